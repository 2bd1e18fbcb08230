// tectonics.erode: thermal erosion. Where a neighbour is higher or lower by more than the
// talus threshold, the excess slides toward the lower cell. Each exchange is the same
// amount seen from both cells (symmetric area-weighted fluxes), so mass is conserved.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn erode(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var cell = terrainIn[cellIndex(c)];
  let weights = diffusionWeights(c.y, globals.thermalErosion);
  var z = cell.x;
  for (var k = 0; k < 4; k++) {
    let difference = terrainIn[cellIndex(neighbour(c, AXIS_STEPS[k]))].x - cell.x;
    let excess = sign(difference) * max(abs(difference) - globals.talus, 0.0);
    z += weights[k] * excess;
  }
  cell.x = z;
  terrainOut[cellIndex(c)] = cell;
}
