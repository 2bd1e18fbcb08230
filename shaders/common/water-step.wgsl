// Bindings of a water step (bind group 2): read the current water, write the next; group 3 the
// latest climate (climate-now.wgsl), whose rain the rivers take from the climate era on.
@group(2) @binding(0) var<storage, read> waterIn: array<WaterCell>;
@group(2) @binding(1) var<storage, read_write> waterOut: array<WaterCell>;

// Rain on terrain cell c, m/yr: the climate's mean rain over it from the climate era on (mm/day
// to m/yr), else the uniform rainfall.
fn rainAt(c: vec2i) -> f32 {
  if (globals.climateOn == 0u) { return globals.rainfall; }
  return climateOver(c).meanRain * 365.0 / 1000.0;
}
