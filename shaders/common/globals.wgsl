// Globals shared by every pass (bind group 0): grid size, seed, time and stage parameters.
// Lengths on the grid are in cells; elevation is in model units (metresPerUnit converts).

struct Globals {
  width: u32,              // terrain columns (longitude 0..360 deg)
  height: u32,             // terrain rows (row 0 at latitude +90 deg)
  seed: u32,
  tick: u32,
  seaLevel: f32,           // model units above the lowest possible floor
  dtYears: f32,            // years that one tick stands for in the current era
  crustCoolingFactor: f32, // exp(-dtYears / cooling time): what remains of the crust's excess heat after a tick
  crustConduction: f32,    // lateral heat conduction, cell-areas per tick (stable up to 0.25)
  initialCrustTemp: f32,   // deg C of the molten surface at tick 0
  ambientTemp: f32,        // deg C the crust cools toward
  metresPerUnit: f32,      // display scale of elevation (600 m per model unit)
}

@group(0) @binding(0) var<uniform> globals: Globals;

// Compute workgroup size, fed by every compute pipeline from one TypeScript constant.
override WORKGROUP_X: u32 = 8u;
override WORKGROUP_Y: u32 = 8u;

// True when a 2D invocation falls outside the grid (the last workgroups overhang it).
fn outsideGrid(id: vec3u) -> bool { return id.x >= globals.width || id.y >= globals.height; }
