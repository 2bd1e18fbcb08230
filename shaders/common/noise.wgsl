// Procedural noise on 3D positions (so terrain has no seam at the date line or pinch at the
// poles): value noise, fractional Brownian motion, and the crater field of the protoplanet.

// Value noise in [-1, 1]: hashed lattice values blended with the quintic fade.
fn valueNoise(p: vec3f, key: vec3u) -> f32 {
  let cell = vec3i(floor(p));
  let f = p - floor(p);
  let u = f * f * f * (f * (f * 6.0 - 15.0) + 10.0);
  var corners: array<f32, 8>;
  for (var i = 0; i < 8; i++) {
    let offset = vec3i(i & 1, (i >> 1) & 1, (i >> 2) & 1);
    corners[i] = latticeRandom(cell + offset, key).x * 2.0 - 1.0;
  }
  let x00 = mix(corners[0], corners[1], u.x);
  let x10 = mix(corners[2], corners[3], u.x);
  let x01 = mix(corners[4], corners[5], u.x);
  let x11 = mix(corners[6], corners[7], u.x);
  return mix(mix(x00, x10, u.y), mix(x01, x11, u.y), u.z);
}

// Five octaves of value noise (lacunarity 2, gain 0.5), normalised back to [-1, 1].
fn fbm(p: vec3f, key: vec3u) -> f32 {
  var sum = 0.0;
  var amplitude = 0.5;
  var frequency = 1.0;
  var norm = 0.0;
  for (var octave = 0; octave < 5; octave++) {
    sum += amplitude * valueNoise(p * frequency, key);
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2.0;
  }
  return sum / norm;
}

// Crater field in [0, 1]: every unit lattice cell holds one crater centre at a hashed offset
// (0.8 of a cell) from its corner. Over the 5 x 5 x 5 cells around x, the mean of
// sin(2 pi sqrt(d)) weighted by exp(-4 d), d the distance to each centre, so the nearest
// craters weigh most; its absolute value gives bowls with raised rims.
fn craters(x: vec3f, key: vec3u) -> f32 {
  let base = vec3i(floor(x));
  var sum = 0.0;
  var weights = 0.0;
  // One flat loop over the 125 cells (offsets -2..2 on each axis): SwiftShader's compiler
  // was seen to crash on this loop written as three nested ones inside the level loop.
  for (var n = 0; n < 125; n++) {
    let cell = base + vec3i(n % 5, (n / 5) % 5, n / 25) - vec3i(2);
    let centre = vec3f(cell) + 0.8 * latticeRandom(cell, key);
    let d = distance(x, centre);
    let w = exp(-4.0 * d);
    sum += w * sin(2.0 * PI * sqrt(d));
    weights += w;
  }
  return abs(sum / weights);
}
