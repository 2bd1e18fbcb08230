// tectonics.grow: aggregation. Each tick an unassigned cell joins the plate of one hashed
// 4-neighbour, if that neighbour has a plate; plates grow out from their seeds until every
// cell belongs to one.

const GROW_SALT: u32 = 0x6a0bu;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn grow(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var cell = terrainIn[cellIndex(c)];
  if (plateOf(cell) == 0u) {
    let r = pcg3d(vec3u(cellIndex(c), globals.tick, globals.seed ^ GROW_SALT));
    let other = terrainIn[cellIndex(neighbour(c, AXIS_STEPS[r.x % 4u]))];
    cell.w = other.w;
  }
  terrainOut[cellIndex(c)] = cell;
}
