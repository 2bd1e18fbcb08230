// A deterministic generator of test inputs: numbers in [0, 1) from xorshift32 (Marsaglia 2003).

export function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}
