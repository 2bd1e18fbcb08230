// Plate helpers: a cell's plate (0 before the plates form, else the plate's slot + 1), the
// plates' rotations of the sphere, and the depth of the ocean floor from its age.

// Where worn-down continental crust comes to rest, model units above the sea (180 m): rivers wear
// it down to the sea, their base level, and the crust rebounds as it is unloaded (isostasy), so
// old continents stand a little above the sea, as Earth's lowlands do.
const CONTINENT_BASE: f32 = 0.3;

// Highest elevation collisions and uplift can build, model units (15 km above the lowest floor).
const MAX_UPLIFTED: f32 = 25.0;

fn plateOf(cell: TerrainCell) -> u32 { return cell.plate; }

// True for a plate of the current table: its first globals.platesInUse slots (a uniform, not
// the table's inUse: a software adapter loads a storage value lane by lane).
fn plateInUse(p: u32) -> bool { return p - 1u < globals.platesInUse; }

// Plate p's slot in the table, held in it (for reads whose result a select discards where p is
// not a plate).
fn plateSlot(p: u32) -> u32 { return min(p - 1u, MAX_PLATES - 1u); }

// What a plate's rotation in one tick needs: its axis and the cosine and sine of its turn.
struct PlateTurn {
  axis: vec3f,
  cosTurn: f32,
  sinTurn: f32,
}

// Plate p's turn (p in use), read once: a software adapter loads a storage value lane by lane,
// so a pass that rotates by one plate several times reads its members once.
fn plateTurn(p: u32) -> PlateTurn {
  let slot = plateSlot(p);
  return PlateTurn(plates[slot].axis, plates[slot].cosTurn, plates[slot].sinTurn);
}

// Where a plate's turn takes the unit vector v in one tick (Rodrigues' formula); `turns` -1
// gives where it was a tick ago.
fn rotateByTurn(turn: PlateTurn, v: vec3f, turns: f32) -> vec3f {
  let k = turn.axis;
  let s = turns * turn.sinTurn;
  return v * turn.cosTurn + cross(k, v) * s + k * dot(k, v) * (1.0 - turn.cosTurn);
}

// The same for plate p (v itself where p is not in use).
fn rotateByPlate(p: u32, v: vec3f, turns: f32) -> vec3f {
  return select(v, rotateByTurn(plateTurn(p), v, turns), plateInUse(p));
}

// The plate's velocity at the unit vector v, radians a tick, as a 3D vector.
fn plateMotion(p: u32, v: vec3f) -> vec3f {
  let slot = plateSlot(p);
  return select(vec3f(0.0), cross(plates[slot].axis, v) * plates[slot].turn, plateInUse(p));
}

// The same as (east, north).
fn plateVelocity(p: u32, v: vec3f) -> vec2f {
  let velocity = plateMotion(p, v);
  let east = eastAt(v);
  let north = cross(v, east);
  return vec2f(dot(velocity, east), dot(velocity, north));
}

// Depth of the ocean floor below the datum (globals.seaDatum), metres, for crust `age` Myr old:
// the cooling plate's depth, half-space cooling, 2,600 + 365 sqrt(age) m, for young floor,
// flattening to 5,651 - 2,473 exp(-0.0278 age) m for old floor (Stein and Stein 1992, GDH1: a
// refit of Parsons and Sclater 1977 whose old floor levels off at 5.65 km, as Earth's does, not
// 6.4 km), the shallower of the two, so the law is continuous where they meet (20 Myr); less the
// loaded thickness of the sediment the floor gathers (GDH1's depths are corrected for it): up to
// SEDIMENT_MAX_M, most of it within SEDIMENT_MYR (under GDH1's 36 Myr, so the floor still
// deepens with age), each metre leaving the floor SEDIMENT_LOADING m shallower. Old floor levels
// off near 5.1-5.2 km, as Earth's abyssal plains. The same law in TypeScript: src/sim/ocean-depth.ts.
const SEDIMENT_MAX_M: f32 = 800.0;
const SEDIMENT_MYR: f32 = 30.0;
const SEDIMENT_LOADING: f32 = 0.57;
fn oceanDepthMetres(age: f32) -> f32 {
  let a = max(age, 0.0);
  let young = 2600.0 + 365.0 * sqrt(a);
  let old = 5651.0 - 2473.0 * exp(-0.0278 * a);
  return min(young, old) - SEDIMENT_LOADING * SEDIMENT_MAX_M * (1.0 - exp(-a / SEDIMENT_MYR));
}

// The elevation, model units, that ocean floor of this age settles to.
fn oceanFloorElevation(age: f32) -> f32 { return globals.seaDatum - oceanDepthMetres(age) / globals.metresPerUnit; }

// The plate of the current epoch whose centre is nearest the point p warped by 3D noise of the
// seed (plates with ragged, natural outlines, the same at every grid): where p belongs at a
// re-forming.
const PLATE_WARP_SALT: u32 = 0x7a11u;
// How far the noise pushes a point before the nearest plate centre is found (unit sphere).
const PLATE_WARP: f32 = 0.35;

fn plateAt(p: vec3f) -> u32 {
  let key = hashKey(PLATE_WARP_SALT + globals.plateEpoch * 3u);
  let w = normalize(p + PLATE_WARP * vec3f(fbm(2.0 * p, key), fbm(2.0 * p + 17.0, key), fbm(2.0 * p + 31.0, key)));
  var nearest = -2.0;
  var plate = 0u;
  for (var k = 0u; k < globals.platesInUse; k++) {
    let closeness = dot(w, plates[k].centre);
    let nearer = closeness > nearest;
    nearest = select(nearest, closeness, nearer);
    plate = select(plate, k + 1u, nearer);
  }
  return plate;
}
