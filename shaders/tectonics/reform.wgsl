// tectonics.reform: at the start of an epoch the plate boundaries re-form. Every cell joins the
// plate of its place (plateAt: the nearest warped centre); a continental cell, where the
// continents' cover (shaders/common/cover.wgsl) says so, joins the plate of its continent
// instead. At the first forming the ocean floor gets a spread of ages and the continents stand
// above the datum, so the ocean floors settle to their depths (SIMULATION.md section 2).

const AGE_SALT: u32 = 0xa9e5u;
// Continents start between 120 and 600 m above the datum (model units above it: lowlands and
// plateaus; ranges rise where plates collide); ocean floor about 60 to 200 Myr old (noise of
// the position).
const CONTINENT_LOW: f32 = 0.2;
const CONTINENT_HIGH: f32 = 1.0;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reform(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  let p = cellPosition(c);
  var cell = terrainIn[index];
  cell.plate = plateAt(p);
  let here = coverOf(c);
  let continental = select(parcelOf(cell).continental, here.solid >= 0.5, here.tracked);
  if (continental && here.plate != 0u) { cell.plate = here.plate; }
  cell.parcel = packParcel(Parcel(parcelOffset(cell.parcel), continental));
  // (A map keeps its own heights and the ages its depths give: src/sim/map-imprint.ts.)
  if (globals.plateEpoch == 0u && globals.continentsGiven == 0u) {
    cell.oceanAge = 130.0 + 70.0 * fbm(4.0 * p, hashKey(AGE_SALT));
    if (continental) { cell.elevation = clamp(cell.elevation, globals.seaDatum + CONTINENT_LOW, globals.seaDatum + CONTINENT_HIGH); }
  }
  terrainOut[index] = cell;
}
