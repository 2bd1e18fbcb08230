// The continents' cover (bind group 2 of the passes that splat or read it): the continental
// points of shaders/tectonics/continents.wgsl splatted onto a fixed grid of bins, COVER_COLUMNS x
// COVER_ROWS whatever the terrain grid, so the continents and where they meet are the same at
// every grid. Word 0 counts the points splatted; then two words a bin: the nearest point's
// weight (12 bits, shifted 8) and plate (8 bits), and the summed footprints (COVER_SCALE a unit
// of weight). Terrain cells read it interpolated (coverOf).

override COVER_COLUMNS: u32;
override COVER_ROWS: u32;

@group(2) @binding(0) var<storage, read_write> cover: array<atomic<u32>>;

const COVER_HEADER: u32 = 1u;
const COVER_SCALE: f32 = 256.0;
// The summed footprints inside a continent: the lattice's points a steradian (N / 4 pi) times a
// footprint's integral (pi R^2 / 3) at R = 1.5 spacings, 0.75 pi, in cover units.
const COVER_FULL: f32 = 0.75 * PI * COVER_SCALE;

fn binWord(b: vec2i) -> u32 { return COVER_HEADER + 2u * (u32(b.y) * COVER_COLUMNS + u32(b.x)); }
fn wrapBin(b: vec2i) -> vec2i { return vec2i((b.x + i32(COVER_COLUMNS)) % i32(COVER_COLUMNS), clamp(b.y, 0, i32(COVER_ROWS) - 1)); }
fn binKey(b: vec2i) -> u32 { return atomicLoad(&cover[binWord(b)]); }
fn binDensityAt(b: vec2i) -> f32 { return f32(atomicLoad(&cover[binWord(b) + 1u])) / COVER_FULL; }

// A terrain cell's cover: its density (1 inside a continent, 0.5 at its edge, above 1 where
// continents overlap), bilinear between the four bins around its centre, and the plate of the
// nearest point among theirs; `tracked` false where no points were splatted (a kernel test's
// terrain, or before the plates form): the cells then keep their own crust.
struct CellCover { density: f32, plate: u32, tracked: bool }

fn coverOf(c: vec2i) -> CellCover {
  let at = (vec2f(c) + 0.5) / vec2f(f32(globals.width), f32(globals.height)) * vec2f(f32(COVER_COLUMNS), f32(COVER_ROWS)) - 0.5;
  let base = vec2i(floor(at));
  let f = at - floor(at);
  var density = 0.0;
  var key = 0u;
  for (var k = 0; k < 4; k++) {
    let step = vec2i(k & 1, k >> 1);
    let b = wrapBin(base + step);
    let weight = mix(1.0 - f.x, f.x, f32(step.x)) * mix(1.0 - f.y, f.y, f32(step.y));
    density += weight * binDensityAt(b);
    key = max(key, binKey(b));
  }
  return CellCover(density, key & 0xffu, atomicLoad(&cover[0]) > 0u);
}
