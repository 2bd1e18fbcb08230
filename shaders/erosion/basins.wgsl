// erosion.basins: drainage basins labelled by their outlet, on demand (for the basins layer
// and readers of the water), not every tick: each cell follows its receivers down to the cell
// that drains to itself (an ocean cell or a pit on land) and records it. Exact for the current
// receivers however fast the terrain changes, unlike labels carried over from tick to tick.
// Receivers always lead strictly downhill (or stop), so the walk ends; the bound only guards a
// pathological grid.

// The latest water (binding 0 of its step group, read) and the labels (written; not state, so
// neither ping-ponged nor kept in keyframes: src/sim/fields.ts).
@group(1) @binding(0) var<storage, read> waterIn: array<WaterCell>;
@group(2) @binding(0) var<storage, read_write> basinLabels: array<i32>;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn basins(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let index = cellIndex(vec2i(id.xy));
  let maxSteps = 4u * (globals.width + globals.height);
  var cell = index;
  for (var step = 0u; step < maxSteps; step++) {
    let next = waterIn[cell].receiver;
    if (next == cell) { break; }
    cell = next;
  }
  basinLabels[index] = i32(cell);
}
