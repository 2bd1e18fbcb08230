// tectonics.drift: the plates' one-cell steps (run only on ticks where some plate steps).
// Each cell pulls: if a neighbour's plate steps onto it, the neighbour's column
// (elevation, crust, uplift, plate) moves in. Where a moving plate overrides a cell of another
// plate that stays, that side subducts: its ocean floor goes down, but its buoyant rock above
// the ocean-floor level is scraped onto the incoming column (continental crust is conserved
// and piles up), and the collision sets full uplift. Where a plate moves away and nothing
// comes in, a rift opens: new ocean floor that belongs to no plate until growth
// (tectonics.relief) fills it, so spreading ridges feed the plates on both sides.
// The water moves with its column, its receiver shifted by the same step, so rivers keep their
// courses and their discharge as their continent drifts; a rift opens dry.

// Depth of fresh ocean floor at a rift: model units above the lowest floor (2.25 km below
// the full sea level of 7.25 units).
const RIFT_FLOOR: f32 = 3.5;

// Where a receiver goes when its donor moves from `source` to `destination` by `step`: a cell
// draining to itself still does; any other receiver takes the same step.
fn movedReceiver(receiver: u32, source: vec2i, destination: vec2i, step: vec2i) -> u32 {
  if (receiver == cellIndex(source)) { return cellIndex(destination); }
  let r = vec2i(i32(receiver % globals.width), i32(receiver / globals.width));
  return cellIndex(neighbour(r, step));
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn drift(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let own = terrainIn[cellIndex(c)];
  let ownStep = plateStep(plateOf(own));
  let arrival = driftSource(c);
  let source = arrival.cell;
  let filled = arrival.filled;
  var result = terrainIn[cellIndex(source)];
  if (filled && plateOf(own) != 0u && plateOf(result) != plateOf(own) && all(ownStep == vec2i(0))) {
    result.elevation = min(result.elevation + max(own.elevation - RIFT_FLOOR, 0.0), max(result.elevation, MAX_UPLIFTED));
    result.uplift = 1.0;
  }
  var water = waterIn[cellIndex(source)];
  if (filled) { water.receiver = movedReceiver(water.receiver, source, c, plateStep(plateOf(result))); }
  if (!filled && any(ownStep != vec2i(0))) {
    result = TerrainCell(RIFT_FLOOR, globals.ambientTemp, 0.0, 0u);
    water = WaterCell(0.0, 0.0, cellIndex(c), -1);
  }
  terrainOut[cellIndex(c)] = result;
  waterOut[cellIndex(c)] = water;
}
