// Plate helpers: a cell's plate (0 before the plates form, else the plate's slot + 1), the
// plates' rotations of the sphere, and the depth of the ocean floor from its age.

// Highest elevation collisions and uplift can build, model units (15 km above the lowest floor).
const MAX_UPLIFTED: f32 = 25.0;

fn plateOf(cell: TerrainCell) -> u32 { return cell.plate; }

// True for a plate slot of the current table.
fn plateInUse(p: u32) -> bool { return p >= 1u && p <= MAX_PLATES && plates[p - 1u].inUse != 0u; }

// Where plate p's rotation takes the unit vector v in one tick (Rodrigues' formula); `turns`
// -1 gives where it was a tick ago.
fn rotateByPlate(p: u32, v: vec3f, turns: f32) -> vec3f {
  if (!plateInUse(p)) { return v; }
  let plate = plates[p - 1u];
  let k = plate.axis;
  let s = turns * plate.sinTurn;
  return v * plate.cosTurn + cross(k, v) * s + k * dot(k, v) * (1.0 - plate.cosTurn);
}

// The plate's velocity at the unit vector v, radians a tick, as (east, north).
fn plateVelocity(p: u32, v: vec3f) -> vec2f {
  if (!plateInUse(p)) { return vec2f(0.0); }
  let plate = plates[p - 1u];
  let velocity = cross(plate.axis, v) * plate.turn;
  let east = normalize(vec3f(v.z, 0.0, -v.x) + vec3f(1e-9, 0.0, 0.0));
  let north = cross(v, east);
  return vec2f(dot(velocity, east), dot(velocity, north));
}

// Depth of the ocean floor below the datum (globals.seaDatum), metres, for crust `age` Myr old:
// half-space cooling, 2,500 + 350 sqrt(age) m, for young floor, flattening to
// 6,400 - 3,200 exp(-age / 62.8) m for old floor (Parsons and Sclater 1977); the shallower of
// the two, so the law is continuous where they meet (26 Myr).
fn oceanDepthMetres(age: f32) -> f32 {
  let young = 2500.0 + 350.0 * sqrt(max(age, 0.0));
  let old = 6400.0 - 3200.0 * exp(-age / 62.8);
  return min(young, old);
}

// The elevation, model units, that ocean floor of this age settles to.
fn oceanFloorElevation(age: f32) -> f32 { return globals.seaDatum - oceanDepthMetres(age) / globals.metresPerUnit; }
