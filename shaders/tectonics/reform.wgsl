// tectonics.reform: at the start of an epoch every cell leaves its plate, except the seed
// cells of the new plate table, which start their plates (SIMULATION.md section 2).

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reform(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let index = cellIndex(c);
  var cell = terrainIn[index];
  cell.plate = 0u;
  for (var k = 0u; k < MAX_PLATES; k++) {
    if (plates[k].inUse != 0u && plates[k].seedCell == index) { cell.plate = k + 1u; break; }
  }
  terrainOut[index] = cell;
}
