// Plate helpers. A terrain cell's plate is 0 while unassigned, else the plate's slot + 1.

// Highest elevation collisions and uplift can build, model units (15 km above the lowest floor).
const MAX_UPLIFTED: f32 = 25.0;

fn plateOf(cell: TerrainCell) -> u32 { return cell.plate; }

// The one-cell step plate p takes this tick, or (0, 0): drawn on the CPU from the hash of
// (seed, plate, tick) and uploaded with the plate table (src/sim/plates.ts withSteps).
fn plateStep(p: u32) -> vec2i {
  if (p == 0u || p > MAX_PLATES) { return vec2i(0); }
  return plates[p - 1u].step;
}
