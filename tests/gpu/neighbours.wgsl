// tests.neighbours: writes the sphere helpers' results for every cell, for the kernel tests.

@group(1) @binding(0) var<storage, read_write> results: array<f32>;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn neighbours(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let base = cellIndex(c) * 14u;
  var k = 0u;
  for (var dy = -1; dy <= 1; dy++) {
    for (var dx = -1; dx <= 1; dx++) {
      if (dx == 0 && dy == 0) { continue; }
      results[base + k] = f32(cellIndex(neighbour(c, vec2i(dx, dy))));
      k++;
    }
  }
  results[base + 8u] = eastWestSpacing(c.y);
  results[base + 9u] = cellArea(c.y);
  let weights = diffusionWeights(c.y, 0.1);
  for (var j = 0; j < 4; j++) { results[base + 10u + u32(j)] = weights[j]; }
}
