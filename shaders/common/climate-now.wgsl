// The latest climate, read only (bind group 3), for passes on the terrain grid (water and life
// steps).
@group(3) @binding(0) var<storage, read> climateNow: array<ClimateCell>;

// The index of the climate cell over terrain cell c (read its members one by one: a software
// adapter loads each storage value lane by lane, a whole cell member by member).
fn climateOver(c: vec2i) -> u32 { return climateIndex(climateCellOf(c)); }
