// Seeded hashing: PCG3D (Jarzynski & Olano 2020, "Hash Functions for GPU Rendering"),
// written from the paper. Every random choice in the simulation is a hash of
// (seed, tick or lattice cell, salt), never a clock.

fn pcg3d(input: vec3u) -> vec3u {
  var v = input * 1664525u + 1013904223u;
  v.x += v.y * v.z;
  v.y += v.z * v.x;
  v.z += v.x * v.y;
  v ^= v >> vec3u(16u);
  v.x += v.y * v.z;
  v.y += v.z * v.x;
  v.z += v.x * v.y;
  return v;
}

// Three uniform floats in [0, 1) from the top 24 bits of each lane (exact in f32).
fn random3(input: vec3u) -> vec3f {
  return vec3f(pcg3d(input) >> vec3u(8u)) * (1.0 / 16777216.0);
}

// The hash input for a value (a cell, a tick) under the seed and one use's salt.
fn seeded(value: u32, salt: u32) -> vec3u { return vec3u(globals.seed, value, salt); }

// The hash of a cell at the current tick under the seed and one use's salt.
fn cellTickHash(cell: u32, salt: u32) -> vec3u { return pcg3d(vec3u(cell, globals.tick, globals.seed ^ salt)); }

// A key that makes one use of the hash (one noise level, one process) differ per seed.
fn hashKey(salt: u32) -> vec3u { return pcg3d(seeded(salt, 0x5eedu)); }

// Hash of an integer lattice point under a key.
fn latticeRandom(cell: vec3i, key: vec3u) -> vec3f { return random3(bitcast<vec3u>(cell) + key); }
