// erosion.reset: dry land at formation: no water or sediment; every cell its own receiver, until
// the first flow pass routes it.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reset(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let index = cellIndex(vec2i(id.xy));
  waterOut[index] = WaterCell(0.0, 0.0, index);
}
