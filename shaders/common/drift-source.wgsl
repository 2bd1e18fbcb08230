// Where a cell's column comes from in this tick's plate steps (shared by tectonics.drift and
// life.grow, which carries life along): reads the terrain before the drift.
// A neighbour lands here if its step points back at this cell: the opposite of the way to it,
// except across a pole, where the neighbour on the far side steps the same way (north over the
// north pole). If two plates converge on this cell, the first in the order east, west, north,
// south wins. `filled` is false where nothing lands (the cell keeps its column, or a rift opens
// if its own plate moves away).
struct DriftSource {
  cell: vec2i,
  filled: bool,
}

// True when the column's plate takes exactly this step this tick.
fn takes(column: TerrainCell, step: vec2i) -> bool { return all(plateStep(plateOf(column)) == step); }

fn driftSource(c: vec2i) -> DriftSource {
  let fromNorth = select(vec2i(0, 1), vec2i(0, -1), c.y == 0);
  let fromSouth = select(vec2i(0, -1), vec2i(0, 1), c.y == i32(globals.height) - 1);
  let candidates = array<vec2i, 4>(vec2i(1, 0), vec2i(-1, 0), vec2i(0, -1), vec2i(0, 1));
  let steps = array<vec2i, 4>(vec2i(-1, 0), vec2i(1, 0), fromNorth, fromSouth);
  for (var k = 0; k < 4; k++) {
    let n = neighbour(c, candidates[k]);
    if (takes(terrainIn[cellIndex(n)], steps[k])) { return DriftSource(n, true); }
  }
  return DriftSource(c, false);
}
