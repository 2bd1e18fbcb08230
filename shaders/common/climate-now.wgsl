// The latest climate, read only (bind group 3), for passes on the terrain grid (water and life
// steps).
@group(3) @binding(0) var<storage, read> climateNow: array<ClimateCell>;

// The climate cell over terrain cell c.
fn climateOver(c: vec2i) -> ClimateCell { return climateNow[climateIndex(climateCellOf(c))]; }
