// Bindings of a water step (bind group 2): read the current water, write the next; and the
// latest climate (bind group 3, read only), whose rain the rivers take from the climate era on.
// A water cell is vec4f(discharge, sediment flux, receiver cell index, basin outlet).
@group(2) @binding(0) var<storage, read> waterIn: array<vec4f>;
@group(2) @binding(1) var<storage, read_write> waterOut: array<vec4f>;
@group(3) @binding(0) var<storage, read> climateNow: array<vec4f>;

// Rain on terrain cell c, m/yr: the climate's mean rain over it from the climate era on (mm/day
// to m/yr), else the uniform rainfall.
fn rainAt(c: vec2i) -> f32 {
  if (globals.climateOn == 0u) { return globals.rainfall; }
  return climateNow[climateBase(climateIndex(climateCellOf(c))) + 1u].w * 365.0 / 1000.0;
}
