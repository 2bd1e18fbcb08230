// The continents' cover as the passes that splat and shape it bind it (shaders/common/cover.wgsl):
// atomic words, read with atomic loads.
@group(2) @binding(0) var<storage, read_write> cover: array<atomic<u32>>;

fn coverWord(i: u32) -> u32 { return atomicLoad(&cover[i]); }
