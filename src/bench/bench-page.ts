// Benchmark page entry: filled in below.
