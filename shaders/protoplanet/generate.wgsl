// protoplanet.generate: the newborn planet's cratered, fBM-roughened surface, from the 3D
// position of each cell (SIMULATION.md section 1), and its molten crust.

const CRATER_LEVELS: u32 = 5u;
const ROUGHNESS_SALT: u32 = 5u;
const MAX_ELEVATION: f32 = 15.0;
const MELT_LAPSE: f32 = 70.0; // deg C per model unit

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn generate(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let p = cellPosition(c);
  let roughness = fbm(10.0 * p, hashKey(ROUGHNESS_SALT));
  // Five levels of detail, each 2.2 times finer; the coarsest two weigh fully.
  var h = 0.0;
  for (var level = 0u; level < CRATER_LEVELS; level++) {
    let crater = craters(0.6 * pow(2.2, f32(level)) * p, hashKey(level));
    let weight = clamp(3.0 * pow(0.4, f32(level)), 0.0, 1.0);
    h += weight * (crater + 0.4 * exp(-3.0 * crater) * roughness);
  }
  h = h * h * h;
  let elevation = clamp(MAX_ELEVATION - 3.5 * h, 0.0, MAX_ELEVATION);
  // Impact melt pools in the crater floors, which start hottest; high ground has already
  // crusted over, MELT_LAPSE cooler per unit of height.
  let crust = max(globals.initialCrustTemp - MELT_LAPSE * elevation, globals.ambientTemp);
  terrainOut[cellIndex(c)] = TerrainCell(elevation, crust, 0.0, 0u, 0.0, 0u);
}
