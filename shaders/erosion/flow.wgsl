// erosion.flow: rivers in one pass (SIMULATION.md section 3), writing both fields.
// Receivers: each land cell drains to the steepest-descent one of its 8 neighbours (D8), with
// true distances on the sphere (east-west spacing shrinks toward the poles, diagonals are
// longer, neighbours across a pole are one row apart); a land cell with no lower neighbour is
// a pit, an ocean cell an outlet: both are their own receiver.
// Water moves one hop a tick: a cell's discharge is its own rain plus what its donors (the
// neighbours whose receiver was this cell last tick) held; a pit keeps its water (a lake);
// water reaching an outlet in the ocean leaves. On terrain that stops changing the discharge
// converges to the rain (uniform, or the climate's) summed over the upstream drainage area. Units: equatorial cell areas times
// metres per year of rain.
// Stream power: a land cell is lowered by streamPower * discharge^0.8 * slope^2 a tick, never
// below MIN_RIVER_DROP a row spacing above its receiver or the sea (a river's base level): a
// river keeps falling all the way to its mouth, so its valley never becomes a flat at sea level
// that splits its basin into the sea's; the rock removed travels as sediment, like the water, and settles where
// it reaches the ocean (up to sea level) or a pit. Pits fill slowly until they spill over.
// Basins are labelled on demand (erosion.basins), not carried.
// East-west spacings come from eastWestSpacingAt (shaders/common/sphere.wgsl).

// The least a river falls, model units a row spacing (0.6 m).
const MIN_RIVER_DROP: f32 = 1e-3;

struct Route {
  receiver: u32,
  drop: f32,      // elevation above the receiver, model units
  distance: f32,  // to the receiver, row spacings
  lowest: f32,    // the lowest neighbour's elevation
}

// Take the neighbour one step d away (at this distance, row spacings) if it is steeper.
fn consider(route: ptr<function, Route>, c: vec2i, z: f32, d: vec2i, distance: f32) {
  let n = neighbour(c, d);
  let zn = terrainIn[cellIndex(n)].elevation;
  let was = *route;
  // Selects, not a branch (a software adapter runs both sides of a branch, and pays for it besides).
  let steeper = (z - zn) * was.distance > was.drop * distance;
  (*route) = Route(select(was.receiver, cellIndex(n), steeper), select(was.drop, z - zn, steeper), select(was.distance, distance, steeper),
    min(was.lowest, zn));
}

// The 8 neighbours' steps, k = 0..7: east, west, north, south, north-east, north-west,
// south-east, south-west; each component + 1 packed in 2 bits a step (arithmetic, not a table a
// software adapter would index lane by lane).
const DONOR_STEPS_X: u32 = 0x2252u;
const DONOR_STEPS_Y: u32 = 0xa085u;
fn donorStep(k: u32) -> vec2i {
  return vec2i(i32((DONOR_STEPS_X >> (2u * k)) & 3u), i32((DONOR_STEPS_Y >> (2u * k)) & 3u)) - 1;
}

// What the donors (the neighbours whose receiver was this cell last tick) send here: their water
// and sediment, summed in the order of donorStep. The receivers are read first, then only the
// donors' water, in a loop that runs as often as a lane has donors (a software adapter runs
// every branch its lanes could take, but stops a loop once none goes on).
fn arriving(c: vec2i, index: u32) -> vec2f {
  let donors = donorBit(c, index, 0u) | donorBit(c, index, 1u) | donorBit(c, index, 2u) | donorBit(c, index, 3u)
    | donorBit(c, index, 4u) | donorBit(c, index, 5u) | donorBit(c, index, 6u) | donorBit(c, index, 7u);
  return donorsWater(c, donors);
}

// Bit k set where neighbour k (donorStep) drained to this cell last tick.
fn donorBit(c: vec2i, index: u32, k: u32) -> u32 {
  return select(0u, 1u << k, waterIn[cellIndex(neighbour(c, donorStep(k)))].receiver == index);
}

// The water and sediment of the donors whose bits are set, summed in the order of donorStep.
fn donorsWater(c: vec2i, mask: u32) -> vec2f {
  var donors = mask;
  var inflow = vec2f(0.0);
  while (donors != 0u) {
    let donor = cellIndex(neighbour(c, donorStep(firstTrailingBit(donors))));
    donors &= donors - 1u;
    inflow += vec2f(waterIn[donor].discharge, waterIn[donor].sediment);
  }
  return inflow;
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn flow(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  var cell = terrainIn[index];
  let old = waterIn[index];
  let land = cell.elevation > globals.seaLevel;
  // Steepest descent: compare drop / distance without dividing (distance 1 to start).
  var route = Route(index, 0.0, 1.0, 1e30);
  // Distances, row spacings: east-west along this row, diagonals across the lines midway to
  // the rows north and south, straight north and south one row.
  let eastWest = eastWestSpacingAt(f32(c.y) + 0.5);
  let northDiagonal = length(vec2f(eastWestSpacingAt(f32(c.y)), 1.0));
  let southDiagonal = length(vec2f(eastWestSpacingAt(f32(c.y) + 1.0), 1.0));
  consider(&route, c, cell.elevation, vec2i(1, 0), eastWest);
  consider(&route, c, cell.elevation, vec2i(-1, 0), eastWest);
  consider(&route, c, cell.elevation, vec2i(0, -1), 1.0);
  consider(&route, c, cell.elevation, vec2i(0, 1), 1.0);
  consider(&route, c, cell.elevation, vec2i(1, -1), northDiagonal);
  consider(&route, c, cell.elevation, vec2i(-1, -1), northDiagonal);
  consider(&route, c, cell.elevation, vec2i(1, 1), southDiagonal);
  consider(&route, c, cell.elevation, vec2i(-1, 1), southDiagonal);
  let receiver = select(index, route.receiver, land);
  let inflow = arriving(c, index);
  let area = cellArea(c.y);
  // A pit (last tick's receiver itself) on land keeps what it held.
  let kept = select(vec2f(0.0), vec2f(old.discharge, old.sediment), land & (old.receiver == index));
  let discharge = select(0.0, rainAt(c) * area, land) + inflow.x + kept.x;
  let carried = inflow.y + kept.y;
  // Land draining on: rivers cut down to their base level, the receiver, or the sea where they
  // reach it. Elsewhere sediment settles: in the ocean up to sea level, in a pit up to just above
  // its lowest neighbour (the pit also fills slowly on its own); what does not fit is lost.
  // Both worked out, one taken (a software adapter runs both sides of a branch anyway).
  let draining = land & (receiver != index);
  let drop = min(route.drop, cell.elevation - globals.seaLevel);
  let slope = drop / route.distance;
  let incision = max(min(globals.streamPower * pow(discharge, 0.8) * slope * slope, drop - MIN_RIVER_DROP * route.distance), 0.0);
  let ceiling = select(globals.seaLevel, route.lowest + 1e-3, land);
  let fill = select(0.0, globals.pitFill, land);
  let settled = max(cell.elevation, min(cell.elevation + fill + carried / area, ceiling));
  cell.elevation = select(settled, cell.elevation - incision, draining);
  let sediment = select(0.0, carried + incision * area, draining);
  waterOut[index] = WaterCell(select(0.0, discharge, land) + select(inflow.x, 0.0, land), sediment, receiver);
  terrainOut[index] = cell;
}
