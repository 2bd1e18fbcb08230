// Where a cell's crust comes from in this tick's plate motion (shared by tectonics.drift and
// life.grow, which carries life along): reads the terrain before the drift. Semi-Lagrangian:
// for each plate near the cell, the point its rotation brings to the cell's centre (a tick
// back); the plate covers the cell if one of its crust parcels lies within REACH of that point
// (the parcel nearest it, among the four cells around it). Each cell holds one parcel and
// where it really is (its offset, within half a cell), so motion of any fraction of a cell a
// tick adds up exactly, at any grid. Where several plates cover a cell they converge: buoyant continental crust stays
// on top and ocean crust subducts (the older, denser floor under the younger); where none does
// they diverge and new ocean crust forms (`filled` false).

// Farthest a parcel may be from a cell's source point and still cover the cell, in cells along
// the farther axis: for the plate already there, at its edge (the cell keeps its crust until its
// plate has moved about a whole cell away; a parcel one row off, across a pole, does not count),
// and for another plate (its crust must have moved into the cell, within half a cell of its
// centre, to converge there).
const REACH: f32 = 0.95;
const FOREIGN_REACH: f32 = 0.5;

// Uplift a convergence leaves in the cell: two continents colliding raise a range; ocean
// crust subducting under a continent raises an Andean arc; under ocean, an island arc.
const COLLISION_UPLIFT: f32 = 1.0;
const CONTINENTAL_ARC_UPLIFT: f32 = 0.8;
const ISLAND_ARC_UPLIFT: f32 = 0.6;

struct DriftSource {
  cell: vec2i,     // where the parcel that lands here was (the cell itself where none does)
  filled: bool,    // false where the plates diverge: new ocean crust
  offset: vec2f,   // the landed parcel's offset from this cell's centre
  uplift: f32,     // uplift the convergence here sets (0 where none)
  islandArc: bool, // ocean crust subducts under ocean crust here
}

// A plate's nearest parcel to a point, in continuous cell coordinates (centres on integers).
struct Claim {
  cell: vec2i,
  reach: f32,      // how far the parcel is from the point in cells, along the farther axis
  d: vec2f,        // the parcel less the point, cells (east, south) in the point's frame
  interior: bool,  // all four cells around the point are the plate's
}

// Continuous cell coordinates (column, row) of a unit vector.
fn gridPoint(v: vec3f) -> vec2f {
  let lat = asin(clamp(v.y, -1.0, 1.0));
  var lon = atan2(v.x, v.z);
  lon = select(lon, lon + 2.0 * PI, lon < 0.0);
  return vec2f(lon / (2.0 * PI) * f32(globals.width), (0.5 - lat / PI) * f32(globals.height)) - 0.5;
}

// Plate p's parcel nearest the point q (grid coordinates; nearest in cells, the measure of
// REACH), among the four cells around it; reach > REACH when p has none near.
fn claimOf(p: u32, q: vec2f, here: vec2i) -> Claim {
  let size = gridSize();
  let base = vec2i(floor(q));
  var best = Claim(here, 2.0 * REACH, vec2f(0.0), true);
  var nearest = 1e9;
  for (var k = 0; k < 4; k++) {
    // The cell at (column, row) `around`; past a pole it is on the same row half a world round,
    // its rows running the other way (the grid continued over the pole).
    let around = base + vec2i(k & 1, k >> 1);
    let cellAt = neighbourOn(around, vec2i(0), size);
    let flip = select(1.0, -1.0, around.y < 0 || around.y >= size.y);
    let cell = terrainIn[cellIndex(cellAt)];
    if (plateOf(cell) != p) { best.interior = false; continue; }
    let offset = parcelOf(cell).offset;
    var d = vec2f(around) + vec2f(offset.x, flip * offset.y) - q;
    d.x -= f32(size.x) * round(d.x / f32(size.x));
    let distance = length(d);
    if (distance < nearest) {
      nearest = distance;
      best = Claim(cellAt, max(abs(d.x), abs(d.y)), d, best.interior);
    }
  }
  return best;
}

// Where the point q3 (the centre of cell c a tick back, under a plate's rotation) is in grid
// coordinates: its displacement from the centre added to c itself, so the rounding of the
// trigonometry cancels (a plate at rest stays exactly where it is).
fn sourcePoint(q3: vec3f, c: vec2i, here: vec2f) -> vec2f {
  var shift = gridPoint(q3) - here;
  shift.x -= f32(globals.width) * round(shift.x / f32(globals.width));
  return vec2f(c) + shift;
}

// East and south unit vectors of the grid's frame at the unit vector v.
fn eastAt(v: vec3f) -> vec3f { return normalize(vec3f(v.z, 0.0, -v.x) + vec3f(1e-9, 0.0, 0.0)); }

// A parcel's offset `d` from the point q3 (cells east and south in q3's frame) carried by plate
// p's rotation to the cell `here`, whose centre q3 moves onto: the plate turns the local frame
// too (by half a turn over a pole). Inside a plate it is held within half a cell of the centre:
// where a plate moves poleward its parcels spread over more (narrower) cells and several cells
// take the same one, so each keeps it near itself and the parcels stay about one a cell instead
// of thinning out. At a plate's edge it stays exact, so a gap opens once the plate has moved away.
fn carriedOffset(p: u32, q3: vec3f, claim: Claim, here: vec2i, centre: vec3f) -> vec2f {
  let aspect = 2.0 * f32(globals.height) / f32(globals.width);
  let east = eastAt(q3);
  let south = -cross(q3, east);
  let along = east * (claim.d.x * length(q3.xz) * aspect) + south * claim.d.y;
  let moved = rotateByPlate(p, along, 1.0);
  let eastHere = eastAt(centre);
  let offset = vec2f(dot(moved, eastHere) / (max(rowCosLatitude(here.y), 1e-3) * aspect), dot(moved, -cross(centre, eastHere)));
  return select(offset, clamp(offset, vec2f(-0.5), vec2f(0.5)), claim.interior);
}

// How a parcel ranks when several plates cover a cell: continental crust over ocean crust
// (between continents, the plate already here), younger (lighter) ocean floor over older
// (between floors of one age, the plate with the lower slot, so only one side subducts).
fn buoyancy(cell: TerrainCell, p: u32, own: bool) -> f32 {
  if (parcelOf(cell).continental) { return 1e6 + select(0.0, 0.5, own); }
  return -cell.oceanAge - 1e-3 * f32(p);
}

fn driftSource(c: vec2i) -> DriftSource {
  let own = plateOf(terrainIn[cellIndex(c)]);
  let centre = cellPosition(c);
  let here = gridPoint(centre);
  // The plates near the cell: its own and its four neighbours', each tried once.
  var candidates = array<u32, 5>(own,
    plateOf(terrainIn[cellIndex(neighbour(c, vec2i(1, 0)))]), plateOf(terrainIn[cellIndex(neighbour(c, vec2i(-1, 0)))]),
    plateOf(terrainIn[cellIndex(neighbour(c, vec2i(0, -1)))]), plateOf(terrainIn[cellIndex(neighbour(c, vec2i(0, 1)))]));
  var result = DriftSource(c, false, vec2f(0.0), 0.0, false);
  var winnerRank = -1e9;
  var claims = 0u;
  var continents = 0u;
  for (var k = 0; k < 5; k++) {
    let p = candidates[k];
    var seen = !plateInUse(p);
    for (var j = 0; j < k; j++) { seen = seen || candidates[j] == p; }
    if (seen) { continue; }
    let q3 = rotateByPlate(p, centre, -1.0);
    let claim = claimOf(p, sourcePoint(q3, c, here), c);
    // All four cells around the source point on the plate: inside it, where it always covers.
    let covers = (claim.interior && p == own) || claim.reach <= select(FOREIGN_REACH, REACH, p == own);
    if (!covers) { continue; }
    let parcel = terrainIn[cellIndex(claim.cell)];
    claims++;
    continents += select(0u, 1u, parcelOf(parcel).continental);
    let rank = buoyancy(parcel, p, p == own);
    if (rank > winnerRank) {
      winnerRank = rank;
      result = DriftSource(claim.cell, true, carriedOffset(p, q3, claim, c, centre), 0.0, false);
    }
  }
  if (claims > 1u) {
    let topContinental = winnerRank >= 1e5;
    result.uplift = select(ISLAND_ARC_UPLIFT, select(CONTINENTAL_ARC_UPLIFT, COLLISION_UPLIFT, continents > 1u), topContinental);
    result.islandArc = !topContinental;
  }
  return result;
}
