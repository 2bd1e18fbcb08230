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
  if (receiver == cellIndex(source) || any(abs(step) > vec2i(1))) { return cellIndex(destination); }
  // Its column and row by a mask and a shift: every grid's width is a power of two (src/param-spec.ts).
  let r = vec2i(i32(receiver & (globals.width - 1u)), i32(receiver >> countTrailingZeros(globals.width)));
  return cellIndex(neighbour(r, step));
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn drift(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  let arrival = driftSource(c);
  var cell: TerrainCell;
  var water: WaterCell;
  if (arrival.filled) {
    // The members the claims have not read (each storage value is a load lane by lane on a
    // software adapter).
    let source = cellIndex(arrival.cell);
    let continental = (arrival.parcel & PARCEL_CONTINENTAL) != 0u;
    cell = TerrainCell(terrainIn[source].elevation, terrainIn[source].crustTemperature, max(terrainIn[source].uplift, arrival.uplift),
      arrival.plate, arrival.oceanAge, packParcel(Parcel(arrival.offset, continental)));
    water = waterIn[source];
    water.receiver = movedReceiver(water.receiver, arrival.cell, c);
  } else {
    cell = TerrainCell(oceanFloorElevation(0.0), globals.ambientTemp, 0.0, arrival.plate, 0.0, 0u);
    water = WaterCell(0.0, 0.0, index);
  }
  let ageMyr = globals.dtYears * 1e-6;
  cell.oceanAge += ageMyr;
  if (!parcelOf(cell).continental) {
    cell.elevation += (oceanFloorElevation(cell.oceanAge) - cell.elevation) * (1.0 - exp(-ageMyr / SETTLING_MYR));
  }
  terrainOut[index] = cell;
  waterOut[index] = water;
}
