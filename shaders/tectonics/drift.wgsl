// tectonics.drift: the plates' rotations move the crust (shaders/common/drift-source.wgsl finds
// where each cell's crust comes from). Each cell takes the parcel that lands on it, with its
// column (elevation, crust, uplift, age) and its water; where plates converge the parcel on top
// stays and the convergence sets its uplift (relief raises the range); where they diverge new
// ocean crust forms at a ridge, age 0, belonging to the plate that was here. Ocean crust ages,
// and its floor settles toward the depth of its age (half-space cooling); continental crust
// rebounds in tectonics.relief, where the continents' cover is known.
// The water moves with its column, its receiver shifted by the same step, so rivers keep their
// courses as their continent drifts; new crust opens dry.

// Myr for ocean floor to settle most of the way to the depth of its age: short, so the floor
// follows its age as it cools (a 20 Myr lag kept young floor near the ridge's depth, a fifth of
// the ocean, and made that the ocean's commonest depth).
const SETTLING_MYR: f32 = 5.0;

// Where a receiver goes when its donor moves from `source` to `destination`: a cell draining to
// itself still does; any other receiver takes the same step (a long step, across the poles'
// narrow cells, drains to itself until the rivers route again).
fn movedReceiver(receiver: u32, source: vec2i, destination: vec2i) -> u32 {
  var step = destination - source;
  step.x -= i32(globals.width) * i32(round(f32(step.x) / f32(globals.width)));
  // Its column and row by a mask and a shift: every grid's width is a power of two (src/param-spec.ts).
  let r = vec2i(i32(receiver & (globals.width - 1u)), i32(receiver >> countTrailingZeros(globals.width)));
  return select(cellIndex(neighbour(r, step)), cellIndex(destination), (receiver == cellIndex(source)) | any(abs(step) > vec2i(1)));
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn drift(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  let arrival = driftSource(c);
  // The landed column (selects, not a branch: a software adapter runs both sides of a branch):
  // the members the claims have not read, each alone (each storage value is a load lane by lane
  // on a software adapter); where none lands (`filled` false; arrival.cell is c, its plate c's
  // own, its parcel's word 0, ocean age 0), new ocean crust at a ridge's depth, dry.
  let filled = arrival.filled;
  let source = cellIndex(arrival.cell);
  let continental = (arrival.parcel & PARCEL_CONTINENTAL) != 0u;
  var cell = TerrainCell(select(oceanFloorElevation(0.0), terrainIn[source].elevation, filled),
    select(globals.ambientTemp, terrainIn[source].crustTemperature, filled), select(0.0, max(terrainIn[source].uplift, arrival.uplift), filled),
    arrival.plate, arrival.oceanAge, select(0u, packParcel(Parcel(arrival.offset, continental)), filled));
  let moved = waterIn[source];
  let water = WaterCell(select(0.0, moved.discharge, filled), select(0.0, moved.sediment, filled),
    select(index, movedReceiver(moved.receiver, arrival.cell, c), filled));
  let ageMyr = globals.dtYears * 1e-6;
  cell.oceanAge += ageMyr;
  let settled = cell.elevation + (oceanFloorElevation(cell.oceanAge) - cell.elevation) * (1.0 - exp(-ageMyr / SETTLING_MYR));
  cell.elevation = select(settled, cell.elevation, continental);
  terrainOut[index] = cell;
  waterOut[index] = water;
}
