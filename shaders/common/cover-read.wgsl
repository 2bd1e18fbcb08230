// The continents' cover as the terrain passes that only read it bind it (shaders/common/cover.wgsl):
// read-only words, plain loads (no atomics: the splat and the shaping have finished).
@group(2) @binding(0) var<storage, read> coverWords: array<u32>;

fn coverWord(i: u32) -> u32 { return coverWords[i]; }
