// Bindings of a water step (bind group 2): read the current water, write the next (group 3 is
// most often the latest climate, climate-now.wgsl).
@group(2) @binding(0) var<storage, read> waterIn: array<WaterCell>;
@group(2) @binding(1) var<storage, read_write> waterOut: array<WaterCell>;
