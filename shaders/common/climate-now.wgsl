// The latest climate, read only (bind group 3), for passes on the terrain grid (water and life
// steps).
@group(3) @binding(0) var<storage, read> climateNow: array<ClimateCell>;

// The climate cell over terrain cell c.
fn climateOver(c: vec2i) -> ClimateCell { return climateNow[climateIndex(climateCellOf(c))]; }

// Rain on terrain cell c, m/yr: the climate's mean rain over it from the climate era on (mm/day
// to m/yr), else the uniform rainfall.
fn rainAt(c: vec2i) -> f32 {
  if (globals.climateOn == 0u) { return globals.rainfall; }
  return climateOver(c).meanRain * 365.0 / 1000.0;
}
