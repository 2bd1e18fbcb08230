// The continents' cover as tectonics.shapeBins binds it (shaders/common/cover.wgsl): plain words,
// read and written without atomics (each bin writes only its own shape words, and reads the
// footprints the splat has finished summing), which a software adapter does much faster.
@group(2) @binding(0) var<storage, read_write> coverWords: array<u32>;

fn coverWord(i: u32) -> u32 { return coverWords[i]; }
fn setCoverWord(i: u32, value: u32) { coverWords[i] = value; }
