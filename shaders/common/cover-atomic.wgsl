// The continents' cover as the passes over the points bind it (shaders/common/cover.wgsl): atomic
// words, which the splat sums and the points read while others write.
@group(2) @binding(0) var<storage, read_write> cover: array<atomic<u32>>;

fn coverWord(i: u32) -> u32 { return atomicLoad(&cover[i]); }
