// ocean.rows and ocean.solve: sea level from a conserved ocean (SIMULATION.md section 2). The
// ocean's volume is a quantity of the world (globals.oceanVolume, filled through the oceans era);
// sea level is the level s at which that volume fills the basins:
//   V(s) = sum over cells of area x max(s - elevation, 0) = oceanVolume,
// areas as fractions of the sphere, so V is a mean depth over the sphere. V is convex and
// increasing in s with slope the ocean's area A(s), so one Newton step a tick,
// s' = s + (oceanVolume - V(s)) / A(s), keeps s on the solution as the floor and the volume move
// (from above it converges monotonically). The rows pass sums V, A and the continental area,
// WORKGROUP_X partial sums a row in a fixed order; the solve pass adds them up in one invocation.

@group(1) @binding(0) var<storage, read> oceanIn: Ocean;
@group(1) @binding(1) var<storage, read_write> oceanOut: Ocean;
@group(2) @binding(0) var<storage, read> terrainIn: array<TerrainCell>;
@group(2) @binding(1) var<storage, read_write> terrainOut: array<TerrainCell>;

// Smallest ocean area a Newton step divides by (a fraction of the sphere), and the highest sea
// level it may reach, model units, while the first water fills the deepest craters.
const MIN_OCEAN_AREA: f32 = 1e-4;
const HIGHEST_LEVEL: f32 = 40.0;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn rows(@builtin(global_invocation_id) id: vec3u) {
  if (id.x >= WORKGROUP_X || id.y >= globals.height) { return; }
  let y = i32(id.y);
  let level = oceanIn.scalars.level;
  // Each cell's share of the sphere: the band between its row's edges, over the columns.
  let area = rowCosLatitude(y) * sin(0.5 * PI / f32(globals.height)) / f32(globals.width);
  var sums = OceanRow(0.0, 0.0, 0.0, 0.0);
  for (var x = id.x; x < globals.width; x += WORKGROUP_X) {
    let cell = terrainIn[cellIndex(vec2i(i32(x), y))];
    let depth = level - cell.elevation;
    sums.volume += max(depth, 0.0);
    sums.oceanArea += select(0.0, 1.0, depth > 0.0);
    sums.continentalArea += select(0.0, 1.0, parcelOf(cell).continental);
  }
  sums.volume *= area;
  sums.oceanArea *= area;
  sums.continentalArea *= area;
  oceanOut.rows[id.y * WORKGROUP_X + id.x] = sums;
  if (all(id.xy == vec2u(0u))) { oceanOut.scalars = oceanIn.scalars; }
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn solve(@builtin(global_invocation_id) id: vec3u) {
  if (any(id.xy != vec2u(0u))) { return; }
  var total = OceanRow(0.0, 0.0, 0.0, 0.0);
  for (var k = 0u; k < globals.height * WORKGROUP_X; k++) {
    let row = oceanIn.rows[k];
    total.volume += row.volume;
    total.oceanArea += row.oceanArea;
    total.continentalArea += row.continentalArea;
  }
  let level = oceanIn.scalars.level;
  let wanted = globals.oceanVolume;
  // No water yet: a level below every floor.
  var next = -1.0;
  if (wanted > 0.0) {
    next = clamp(level + (wanted - total.volume) / max(total.oceanArea, MIN_OCEAN_AREA), -1.0, HIGHEST_LEVEL);
  }
  oceanOut.scalars = OceanLevel(next, wanted, total.oceanArea, total.continentalArea);
}
