// Where a cell's crust comes from in this step's plate motion (tectonics.drift; life.grow carries
// life along with ownPlateSource, a cheaper nearest-cell step): reads the terrain before the drift. Semi-Lagrangian:
// for each plate near the cell, the point its rotation brings to the cell's centre (a step
// back); the plate covers the cell if one of its crust parcels lies within REACH of that point
// (the parcel nearest it, among the four cells around it). Each cell holds one parcel and
// where it really is (its offset, within half a cell), so motion of any fraction of a cell a
// step adds up exactly, at any grid. Where several plates cover a cell they converge: buoyant continental crust stays
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
  // What the claims already read of that cell (the drift does not read them again): its plate
  // (where none lands, this cell's own), its parcel's word and its ocean age.
  plate: u32,
  parcel: u32,
  oceanAge: f32,
}

// A plate's nearest parcel to a point, in continuous cell coordinates (centres on integers).
struct Claim {
  cell: vec2i,
  parcel: u32,     // the parcel's word (TerrainCell.parcel)
  reach: f32,      // how far the parcel is from the point in cells, along the farther axis
  d: vec2f,        // the parcel less the point, cells (east, south) in the point's frame
  interior: bool,  // all four cells around the point are the plate's
}

// Plate p's parcel nearest the point q (grid coordinates; nearest in cells, the measure of
// REACH), among the four cells around it; reach > REACH when p has none near. The four written
// out, with selects and non-short-circuit & and |, not a loop and branches: a software adapter
// runs both sides of a branch, and pays for branches and loops besides.
fn claimOf(p: u32, q: vec2f, here: vec2i) -> Claim {
  let base = vec2i(floor(q));
  let within = q - vec2f(base);
  var best = Claim(here, 0u, 2.0 * REACH, vec2f(0.0), true);
  var nearest = 1e9;
  nearerParcel(p, base, within, vec2i(0, 0), &best, &nearest);
  nearerParcel(p, base, within, vec2i(1, 0), &best, &nearest);
  nearerParcel(p, base, within, vec2i(0, 1), &best, &nearest);
  nearerParcel(p, base, within, vec2i(1, 1), &best, &nearest);
  return best;
}

// The cell `step` from `base` (at `within` of a cell from the point): its parcel taken if it is
// plate p's and nearer the point than `nearest`; `interior` kept while every cell is p's.
fn nearerParcel(p: u32, base: vec2i, within: vec2f, step: vec2i, best: ptr<function, Claim>, nearest: ptr<function, f32>) {
  let size = gridSize();
  // The cell at (column, row) `around`; past a pole it is on the same row half a world round,
  // its rows running the other way (the grid continued over the pole).
  let around = base + step;
  let cell = neighbourOn(around, vec2i(0), size);
  let index = cellIndex(cell);
  let mine = terrainIn[index].plate == p;
  let parcel = terrainIn[index].parcel;
  let offset = parcelOffset(parcel);
  let flip = select(1.0, -1.0, (around.y < 0) | (around.y >= size.y));
  let d = vec2f(step) - within + vec2f(offset.x, flip * offset.y);
  let distance = dot(d, d);
  let nearer = mine & (distance < *nearest);
  *nearest = select(*nearest, distance, nearer);
  let was = *best;
  *best = Claim(select(was.cell, cell, nearer), select(was.parcel, parcel, nearer), select(was.reach, max(abs(d.x), abs(d.y)), nearer),
    select(was.d, d, nearer), was.interior & mine);
}

// Where the point q3 (the centre of cell c, `centre`, a step back under a plate's rotation) is in
// grid coordinates: c plus the point's displacement in longitude and latitude, each found as one
// angle of difference (atan2 of the two longitudes' cross and dot, asin of the latitudes'
// sine difference), which is exactly zero where q3 is the centre: a plate at rest stays put.
fn sourcePoint(q3: vec3f, c: vec2i, centre: vec3f) -> vec2f {
  let eastward = atan2(centre.z * q3.x - centre.x * q3.z, centre.x * q3.x + centre.z * q3.z);
  let northward = asin(clamp(q3.y * sqrt(max(1.0 - centre.y * centre.y, 0.0)) - centre.y * sqrt(max(1.0 - q3.y * q3.y, 0.0)), -1.0, 1.0));
  return vec2f(c) + vec2f(eastward * f32(globals.width), -northward * f32(globals.height)) / vec2f(2.0 * PI, PI);
}


// A parcel's offset `d` from the point q3 (cells east and south in q3's frame) carried by its
// plate's turn to the cell `here`, whose centre q3 moves onto: the plate turns the local frame
// too (by half a turn over a pole). Inside a plate it is held within half a cell of the centre:
// where a plate moves poleward its parcels spread over more (narrower) cells and several cells
// take the same one, so each keeps it near itself and the parcels stay about one a cell instead
// of thinning out. At a plate's edge it stays exact, so a gap opens once the plate has moved away.
fn carriedOffset(turn: PlateTurn, q3: vec3f, claim: Claim, here: vec2i, centre: vec3f) -> vec2f {
  let aspect = 2.0 * f32(globals.height) / f32(globals.width);
  let east = eastAt(q3);
  let south = -cross(q3, east);
  let along = east * (claim.d.x * length(q3.xz) * aspect) + south * claim.d.y;
  let moved = rotateByTurn(turn, along, 1.0);
  let eastHere = eastAt(centre);
  let offset = vec2f(dot(moved, eastHere) / (max(rowCosLatitude(here.y), 1e-3) * aspect), dot(moved, -cross(centre, eastHere)));
  return select(offset, clamp(offset, vec2f(-0.5), vec2f(0.5)), claim.interior);
}

// How a parcel ranks when several plates cover a cell: continental crust over ocean crust
// (between continents, the plate already here), younger (lighter) ocean floor over older
// (between floors of one age, the plate with the lower slot, so only one side subducts).
// `parcel` is the parcel's word, `oceanAge` its cell's.
fn buoyancy(parcel: u32, oceanAge: f32, p: u32, own: bool) -> f32 {
  return select(-oceanAge - 1e-3 * f32(p), 1e6 + select(0.0, 0.5, own), (parcel & PARCEL_CONTINENTAL) != 0u);
}

// What the plates covering a cell add up to, plate by plate (driftSource).
struct Cover {
  result: DriftSource,
  winnerRank: f32,
  claims: u32,
  continents: u32,
}

// The cell whose column the cell c's own plate brings to it this step (the cell nearest the
// source point; c itself before the plates form), and whether that cell is on the plate (false
// where the plate has moved away and new crust forms). A cheap approximation of driftSource for
// what rides along on the crust (life, shaders/life/grow.wgsl): no parcels, no convergence.
fn ownPlateSource(c: vec2i) -> vec3i {
  let p = terrainIn[cellIndex(c)].plate;
  let centre = cellPosition(c);
  let source = neighbourOn(vec2i(round(sourcePoint(rotateByPlate(p, centre, -1.0), c, centre))), vec2i(0), gridSize());
  return select(vec3i(c, 1), vec3i(source, select(0, 1, terrainIn[cellIndex(source)].plate == p)), plateInUse(p));
}

// Plate p's claim on cell c (centre `centre`; `own` its plate), added to `cover`. Plate p is in
// use; its turn and the claimed parcel's word are read once (storage reads are the drift's main
// cost on a software adapter), and the claim is added by selects, not branches.
fn tryPlate(p: u32, own: u32, c: vec2i, centre: vec3f, cover: ptr<function, Cover>) {
  let turn = plateTurn(p);
  let q3 = rotateByTurn(turn, centre, -1.0);
  let claim = claimOf(p, sourcePoint(q3, c, centre), c);
  // All four cells around the source point on the plate: inside it, where it always covers.
  let covers = (claim.interior & (p == own)) | (claim.reach <= select(FOREIGN_REACH, REACH, p == own));
  let continental = (claim.parcel & PARCEL_CONTINENTAL) != 0u;
  (*cover).claims += select(0u, 1u, covers);
  (*cover).continents += select(0u, 1u, covers & continental);
  let oceanAge = terrainIn[cellIndex(claim.cell)].oceanAge;
  let rank = buoyancy(claim.parcel, oceanAge, p, p == own);
  let wins = covers & (rank > (*cover).winnerRank);
  (*cover).winnerRank = select((*cover).winnerRank, rank, wins);
  let was = (*cover).result;
  (*cover).result = DriftSource(select(was.cell, claim.cell, wins), was.filled | wins, select(was.offset, carriedOffset(turn, q3, claim, c, centre), wins),
    0.0, select(was.plate, p, wins), select(was.parcel, claim.parcel, wins), select(was.oceanAge, oceanAge, wins));
}

// Whether plate p is one more to try among `tried` (the cell's own plate and up to two others,
// 0 an empty slot): in use and not among them. The others fill the empty slots in order.
fn withPlate(tried: vec3u, p: u32) -> vec3u {
  let fresh = all(tried != vec3u(p)) & plateInUse(p);
  let second = fresh & (tried.y == 0u);
  let third = fresh & (tried.y != 0u) & (tried.z == 0u);
  return vec3u(tried.x, select(tried.y, p, second), select(tried.z, p, third));
}

fn driftSource(c: vec2i) -> DriftSource {
  let own = terrainIn[cellIndex(c)].plate;
  let centre = cellPosition(c);
  var cover = Cover(DriftSource(c, false, vec2f(0.0), 0.0, own, 0u, 0.0), -1e9, 0u, 0u);
  // Its own plate and the others among its four neighbours, each tried once (none inside a
  // plate, one along most boundaries; one call site, so the shader stays small).
  let around = vec4u(terrainIn[cellIndex(neighbour(c, vec2i(1, 0)))].plate, terrainIn[cellIndex(neighbour(c, vec2i(-1, 0)))].plate,
    terrainIn[cellIndex(neighbour(c, vec2i(0, -1)))].plate, terrainIn[cellIndex(neighbour(c, vec2i(0, 1)))].plate);
  let plates = withPlate(withPlate(withPlate(withPlate(vec3u(own, 0u, 0u), around.x), around.y), around.z), around.w);
  let count = 1 + select(0, 1, plates.y != 0u) + select(0, 1, plates.z != 0u);
  // A loop, which stops once no lane goes on (one try inside a plate).
  for (var k = select(0, 1, !plateInUse(own)); k < count; k++) { tryPlate(plates[k], own, c, centre, &cover); }
  var result = cover.result;
  let topContinental = cover.winnerRank >= 1e5;
  result.uplift = select(0.0, select(ISLAND_ARC_UPLIFT, select(CONTINENTAL_ARC_UPLIFT, COLLISION_UPLIFT, cover.continents > 1u), topContinental), cover.claims > 1u);
  return result;
}
