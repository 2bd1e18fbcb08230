// tectonics.reform: at the start of an epoch the plate boundaries re-form. Every cell joins the
// plate whose centre is nearest its position warped by 3D noise of the seed (plates with ragged,
// natural outlines, the same at every grid). At the first forming the crust is sorted into
// buoyant continents (where low-frequency noise of the seed is high: about 37 % of the sphere) and ocean floor of a spread of ages, so the continents stand above the datum and the
// ocean floors settle to their depths (SIMULATION.md section 2).

const WARP_SALT: u32 = 0x7a11u;
const CONTINENT_SALT: u32 = 0xc0d1u;
const AGE_SALT: u32 = 0xa9e5u;
// How far the noise pushes a point before the nearest plate centre is found (unit sphere).
const WARP: f32 = 0.35;
// Noise level above which crust starts continental: about 37 % of the sphere (measured: seeds 1
// and 2 at 128x64 and 256x128; Earth's continental crust covers about 40 %).
const CONTINENT_THRESHOLD: f32 = 0.17;
// Continents start between 120 and 600 m above the datum (model units above it: lowlands and
// plateaus; ranges rise where plates collide); ocean floor about 60 to 200 Myr old (noise of
// the position).
const CONTINENT_LOW: f32 = 0.2;
const CONTINENT_HIGH: f32 = 1.0;

fn warped(p: vec3f) -> vec3f {
  let key = hashKey(WARP_SALT + globals.plateEpoch * 3u);
  let push = vec3f(fbm(2.0 * p, key), fbm(2.0 * p + 17.0, key), fbm(2.0 * p + 31.0, key));
  return normalize(p + WARP * push);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reform(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  let p = cellPosition(c);
  let w = warped(p);
  var cell = terrainIn[index];
  var nearest = -2.0;
  for (var k = 0u; k < MAX_PLATES; k++) {
    if (plates[k].inUse == 0u) { continue; }
    let closeness = dot(w, plates[k].centre);
    if (closeness > nearest) { nearest = closeness; cell.plate = k + 1u; }
  }
  if (globals.plateEpoch == 0u) {
    let continental = fbm(1.6 * p, hashKey(CONTINENT_SALT)) > CONTINENT_THRESHOLD;
    cell.parcel = packParcel(Parcel(vec2f(0.0), continental));
    cell.oceanAge = 130.0 + 70.0 * fbm(4.0 * p, hashKey(AGE_SALT));
    if (continental) { cell.elevation = clamp(cell.elevation, globals.seaDatum + CONTINENT_LOW, globals.seaDatum + CONTINENT_HIGH); }
  }
  terrainOut[index] = cell;
}

// tectonics.unify, run after the re-forming for as many passes as rows span UNIFY_KM
// (src/sim/stages/tectonics.ts): where a new boundary cuts a continent and the plates either side
// would converge across it, the continent's crust joins the lower-numbered plate (pass after
// pass, across the continent), so continents are cut only where the plates pull apart (rifts)
// instead of grinding into each other from the first tick (Earth's plate boundaries run mostly
// through the oceans).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn unify(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var cell = terrainIn[cellIndex(c)];
  if (parcelOf(cell).continental) {
    let centre = cellPosition(c);
    for (var k = 0; k < 4; k++) {
      let step = AXIS_STEPS[k];
      let other = terrainIn[cellIndex(neighbour(c, step))];
      if (!parcelOf(other).continental || !plateInUse(other.plate) || other.plate >= cell.plate) { continue; }
      // The other plate relative to this one, toward this cell (east, north): converging.
      let closing = dot(plateVelocity(other.plate, centre) - plateVelocity(cell.plate, centre), vec2f(f32(step.x), f32(-step.y)));
      if (closing <= 0.0) { cell.plate = other.plate; }
    }
  }
  terrainOut[cellIndex(c)] = cell;
}
