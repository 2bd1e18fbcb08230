// Plate helpers. A terrain cell's w holds its plate: 0 while unassigned, else the plate's slot
// + 1 (a small integer, exact in f32, only ever compared, never interpolated).

const MOVE_SALT: u32 = 0x30e5u;

// Highest elevation collisions and uplift can build, model units (15 km above the lowest floor).
const MAX_UPLIFTED: f32 = 25.0;

fn plateOf(cell: vec4f) -> u32 { return u32(cell.w); }

// The one-cell step plate p takes this tick, or (0, 0). It moves with probability
// |vx| + |vy|, along x with probability |vx| / (|vx| + |vy|), so its mean displacement per
// tick is its velocity; the draw is a hash of (seed, plate, tick), the same for all its cells.
fn plateStep(p: u32) -> vec2i {
  if (p == 0u || p > MAX_PLATES) { return vec2i(0); }
  let v = plates[p - 1u].velocity;
  let speed = abs(v.x) + abs(v.y);
  let r = random3(vec3u(globals.seed, p * 0x10000u + MOVE_SALT, globals.tick));
  if (speed <= 0.0 || r.x >= speed) { return vec2i(0); }
  if (r.y * speed < abs(v.x)) { return vec2i(i32(sign(v.x)), 0); }
  return vec2i(0, i32(sign(v.y)));
}
