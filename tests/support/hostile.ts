// Hostile inputs for the fuzz tests, drawn from a seeded generator (xorshift32) so every run
// tries the same inputs: the classic bad numbers and strings, wrong types, and random values.

export function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

/** Values no parameter should take as they are. */
export const HOSTILE_VALUES: readonly unknown[] = [
  NaN, Infinity, -Infinity, 1e308, -1e308, 5e-324, -0, -1, 0, 2 ** 53, -(2 ** 31), 0.5, 4294967296,
  '', ' ', 'x'.repeat(100_000), 'NaN', 'Infinity', '-Infinity', '1e999', '0x10', ' 12 ', '12abc', '<script>alert(1)</script>',
  '\u0000', '💥', 'globe\u0000', 'MAP', null, undefined, true, false, {}, [], [1, 2], { valueOf: () => 5 }, '-5e-3', '١٢',
];

/** One hostile value: from the list, or a random number or string. */
export function hostileValue(random: () => number): unknown {
  const pick = random();
  if (pick < 0.6) return HOSTILE_VALUES[Math.floor(random() * HOSTILE_VALUES.length)];
  if (pick < 0.8) return (random() - 0.5) * 10 ** Math.floor(random() * 12);
  const length = Math.floor(random() * 12);
  return Array.from({ length }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join('');
}
