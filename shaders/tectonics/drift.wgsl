// tectonics.drift: plates take their one-cell steps. Each cell pulls: if a neighbour's plate
// steps onto it, the neighbour's column (elevation, crust, uplift, plate) moves in. Where a
// moving plate overrides a cell of another plate that stays, that side subducts: its ocean
// floor goes down, but its buoyant rock above the ocean-floor level is scraped onto the
// incoming column (continental crust is conserved and piles up), and the collision sets full
// uplift. Where a plate moves away and nothing comes in, a rift
// opens: new ocean floor that belongs to no plate until a neighbouring plate grows into it
// (tectonics.grow), so spreading ridges feed the plates on both sides.

// Depth of fresh ocean floor at a rift: model units above the lowest floor (2.25 km below
// the full sea level of 7.25 units).
const RIFT_FLOOR: f32 = 3.5;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn drift(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let own = terrainIn[cellIndex(c)];
  let ownStep = plateStep(plateOf(own));
  var result = own;
  var filled = false;
  // Neighbours in a fixed order: if two plates converge on this cell, the first one wins.
  for (var k = 0; k < 4; k++) {
    let source = neighbour(c, AXIS_STEPS[k]);
    let other = terrainIn[cellIndex(source)];
    let step = plateStep(plateOf(other));
    if (any(step != vec2i(0)) && all(neighbour(source, step) == c)) {
      result = other;
      if (plateOf(own) != 0u && plateOf(other) != plateOf(own) && all(ownStep == vec2i(0))) {
        result.x = min(other.x + max(own.x - RIFT_FLOOR, 0.0), max(other.x, MAX_UPLIFTED));
        result.z = 1.0;
      }
      filled = true;
      break;
    }
  }
  if (!filled && any(ownStep != vec2i(0))) {
    result = vec4f(RIFT_FLOOR, globals.ambientTemp, 0.0, 0.0);
  }
  terrainOut[cellIndex(c)] = result;
}
