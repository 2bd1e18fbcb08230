// The newborn planet's cratered, fBM-roughened relief (SIMULATION.md section 1): a function of
// the 3D position on the unit sphere, so the terrain (protoplanet.generate, at the cells'
// centres) and the globe's finer crater relief (render.relief, per texel) are one surface.

const CRATER_LEVELS: u32 = 5u;
const ROUGHNESS_SALT: u32 = 5u;
const MAX_ELEVATION: f32 = 15.0;
// The impact melt's crust is this much cooler per model unit of height, deg C.
const MELT_LAPSE: f32 = 70.0;

// Elevation at the unit vector p, model units (0..MAX_ELEVATION).
fn protoplanetElevation(p: vec3f) -> f32 {
  let roughness = fbm(10.0 * p, hashKey(ROUGHNESS_SALT));
  // Five levels of detail, each 2.2 times finer; the coarsest two weigh fully.
  var h = 0.0;
  for (var level = 0u; level < CRATER_LEVELS; level++) {
    let crater = craters(0.6 * pow(2.2, f32(level)) * p, hashKey(level));
    let weight = clamp(3.0 * pow(0.4, f32(level)), 0.0, 1.0);
    h += weight * (crater + 0.4 * exp(-3.0 * crater) * roughness);
  }
  h = h * h * h;
  return clamp(MAX_ELEVATION - 3.5 * h, 0.0, MAX_ELEVATION);
}
