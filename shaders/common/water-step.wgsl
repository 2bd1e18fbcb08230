// Bindings of a water step (bind group 2): read the current water, write the next; group 3 the
// latest climate (climate-now.wgsl), whose rain the rivers take from the climate era on.
@group(2) @binding(0) var<storage, read> waterIn: array<WaterCell>;
@group(2) @binding(1) var<storage, read_write> waterOut: array<WaterCell>;

// Rain on terrain cell c, m/yr: the climate's mean rain over it from the climate era on (mm/day
// to m/yr), else the uniform rainfall. A select, and the one member read: a software adapter
// runs both sides of a branch, and loads each storage value lane by lane.
fn rainAt(c: vec2i) -> f32 {
  return select(climateNow[climateOver(c)].meanRain * 365.0 / 1000.0, globals.rainfall, globals.climateOn == 0u);
}
