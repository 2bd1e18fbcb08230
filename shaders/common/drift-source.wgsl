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
// each axis: for the plate already there (the cell keeps its crust until its plate has moved a
// whole cell away), and for another plate (its crust must have moved into the cell, within half
// a cell of its centre, to converge there).
const REACH: f32 = 1.0;
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
  offset: vec2f,
}

// Continuous cell coordinates (column, row) of a unit vector.
fn gridPoint(v: vec3f) -> vec2f {
  let lat = asin(clamp(v.y, -1.0, 1.0));
  var lon = atan2(v.x, v.z);
  lon = select(lon, lon + 2.0 * PI, lon < 0.0);
  return vec2f(lon / (2.0 * PI) * f32(globals.width), (0.5 - lat / PI) * f32(globals.height)) - 0.5;
}

// Plate p's parcel nearest the point q (grid coordinates; "nearest" on the sphere), and its
// offset seen from `here` once the rotation has brought q onto here's centre. reach > REACH
// when p has none near.
fn claimOf(p: u32, q: vec2f, here: vec2i) -> Claim {
  let size = gridSize();
  let base = vec2i(floor(q));
  let cosQ = cos((0.5 - (q.y + 0.5) / f32(size.y)) * PI);
  let aspect = 2.0 * f32(size.y) / f32(size.x);
  var best = Claim(here, 2.0 * REACH, vec2f(0.0));
  var nearest = 1e9;
  var interior = true;
  for (var k = 0; k < 4; k++) {
    let y = clamp(base.y + (k >> 1), 0, size.y - 1);
    var x = base.x + (k & 1);
    x = select(select(x, x - size.x, x >= size.x), x + size.x, x < 0);
    let cell = terrainIn[u32(y) * globals.width + u32(x)];
    if (plateOf(cell) != p) { interior = false; continue; }
    var d = vec2f(f32(x), f32(y)) + parcelOf(cell).offset - q;
    d.x -= f32(size.x) * round(d.x / f32(size.x));
    let distance = length(vec2f(d.x * cosQ * aspect, d.y));
    if (distance < nearest) {
      nearest = distance;
      // East-west offsets scale with 1 / cos(latitude) from the source's row to here.
      let scale = cosQ / max(rowCosLatitude(here.y), 1e-3);
      best = Claim(vec2i(x, y), max(abs(d.x), abs(d.y)), vec2f(d.x * scale, d.y));
    }
  }
  // Inside a plate the parcel is held within half a cell of the centre: where a plate moves
  // poleward its parcels spread over more (narrower) cells and several cells take the same one,
  // so each keeps it near itself and the parcels stay about one a cell instead of thinning out.
  // At a plate's edge the offset stays exact, so a gap opens once the plate has moved away.
  if (interior) { best.offset = clamp(best.offset, vec2f(-0.5), vec2f(0.5)); }
  return best;
}

// Where plate p's rotation brings the centre of cell c from, a tick back, in grid coordinates:
// the rotation's displacement of the centre added to c itself, so the rounding of the
// trigonometry cancels (a plate at rest stays exactly where it is).
fn sourcePoint(p: u32, c: vec2i, centre: vec3f, here: vec2f) -> vec2f {
  var shift = gridPoint(rotateByPlate(p, centre, -1.0)) - here;
  shift.x -= f32(globals.width) * round(shift.x / f32(globals.width));
  return vec2f(c) + shift;
}

// How a parcel ranks when several plates cover a cell: continental crust over ocean crust,
// younger (lighter) ocean floor over older; the plate already here wins a tie.
fn buoyancy(cell: TerrainCell, own: bool) -> f32 {
  let kind = select(0.0, 1e6, parcelOf(cell).continental);
  return kind - select(cell.oceanAge, 0.0, parcelOf(cell).continental) + select(0.0, 0.5, own);
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
    let claim = claimOf(p, sourcePoint(p, c, centre, here), c);
    if (claim.reach > select(FOREIGN_REACH, REACH, p == own)) { continue; }
    let parcel = terrainIn[cellIndex(claim.cell)];
    claims++;
    continents += select(0u, 1u, parcelOf(parcel).continental);
    let rank = buoyancy(parcel, p == own);
    if (rank > winnerRank) {
      winnerRank = rank;
      result = DriftSource(claim.cell, true, claim.offset, 0.0, false);
    }
  }
  if (claims > 1u) {
    let topContinental = winnerRank >= 1e5;
    result.uplift = select(ISLAND_ARC_UPLIFT, select(CONTINENTAL_ARC_UPLIFT, COLLISION_UPLIFT, continents > 1u), topContinental);
    result.islandArc = !topContinental;
  }
  return result;
}
