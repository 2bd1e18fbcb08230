// util.copy: a plain copy of the terrain state, the floor any tick must pay (benchmark).

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn copy(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let i = cellIndex(vec2i(id.xy));
  terrainOut[i] = terrainIn[i];
}
