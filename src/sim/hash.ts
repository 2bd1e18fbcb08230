// PCG3D hashing on the CPU, bit-exact with shaders/common/hash.wgsl (32-bit integer arithmetic):
// the plate table and the tests draw their random numbers from it.

export type U3 = [number, number, number];

export function pcg3d(input: U3): U3 {
  let [x, y, z] = input.map((v) => (Math.imul(v >>> 0, 1664525) + 1013904223) >>> 0);
  x = (x + Math.imul(y, z)) >>> 0;
  y = (y + Math.imul(z, x)) >>> 0;
  z = (z + Math.imul(x, y)) >>> 0;
  x = (x ^ (x >>> 16)) >>> 0;
  y = (y ^ (y >>> 16)) >>> 0;
  z = (z ^ (z >>> 16)) >>> 0;
  x = (x + Math.imul(y, z)) >>> 0;
  y = (y + Math.imul(z, x)) >>> 0;
  z = (z + Math.imul(x, y)) >>> 0;
  return [x, y, z];
}

export function random3(input: U3): U3 {
  return pcg3d(input).map((v) => (v >>> 8) / 16777216) as U3;
}

export function hashKey(seed: number, salt: number): U3 { return pcg3d([seed >>> 0, salt >>> 0, 0x5eed]); }

export function latticeRandom(cell: U3, key: U3): U3 {
  return random3([(cell[0] + key[0]) >>> 0, (cell[1] + key[1]) >>> 0, (cell[2] + key[2]) >>> 0]);
}
