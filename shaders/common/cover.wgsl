// The continents' cover (bind group 2 of the passes that splat or read it): the continental
// points of shaders/tectonics/continents.wgsl splatted onto a fixed grid of bins, COVER_COLUMNS x
// COVER_ROWS whatever the terrain grid, so the continents and where they meet are the same at
// every grid. Word 0 counts the points splatted; then COVER_BIN_WORDS (4) words a bin: the
// nearest point's weight (12 bits, shifted 8) and plate (8 bits), the summed footprints
// (COVER_SCALE a unit of weight), and, from tectonics.shapeBins (f32 bits), how far inland the bin
// lies and the cover smoothed over a few hundred kilometres (what a cell's crust follows).
// Terrain cells read it interpolated (coverOf).

override COVER_COLUMNS: u32;
override COVER_ROWS: u32;
override COVER_BIN_WORDS: u32;

// The buffer (group 2, binding 0) and coverWord(i), its word i, come from
// shaders/common/cover-atomic.wgsl (the passes over the points, which splat it: atomics),
// shaders/common/cover-plain.wgsl (tectonics.shapeBins, alone on it: plain words) or
// shaders/common/cover-read.wgsl (the terrain passes that only read it: plain loads).

const COVER_HEADER: u32 = 1u;
const COVER_SCALE: f32 = 256.0;
// The summed footprints inside a continent: the lattice's points a steradian (N / 4 pi) times a
// footprint's integral (pi R^2 / 3) at R = 1.5 spacings, 0.75 pi, in cover units.
const COVER_FULL: f32 = 0.75 * PI * COVER_SCALE;

fn binWord(b: vec2i) -> u32 { return COVER_HEADER + COVER_BIN_WORDS * (u32(b.y) * COVER_COLUMNS + u32(b.x)); }
// Bin b's column wrapped round (from one world's width either way: no integer division, which a
// software adapter does lane by lane) and its row held on the grid.
fn wrapBin(b: vec2i) -> vec2i {
  let columns = i32(COVER_COLUMNS);
  let x = select(b.x, b.x - columns, b.x >= columns);
  return vec2i(select(x, x + columns, x < 0), clamp(b.y, 0, i32(COVER_ROWS) - 1));
}
fn binKey(b: vec2i) -> u32 { return coverWord(binWord(b)); }
fn binDensityAt(b: vec2i) -> f32 { return f32(coverWord(binWord(b) + 1u)) / COVER_FULL; }
fn binInlandAt(b: vec2i) -> f32 { return bitcast<f32>(coverWord(binWord(b) + 2u)); }
fn binSolidAt(b: vec2i) -> f32 { return bitcast<f32>(coverWord(binWord(b) + 3u)); }

// The longitude of the unit vector v (0..2 pi), the bin (column, row) holding it, and a bin's centre.
fn longitudeOf(v: vec3f) -> f32 {
  let longitude = atan2(v.x, v.z);
  return select(longitude, longitude + 2.0 * PI, longitude < 0.0);
}
fn binOf(v: vec3f) -> vec2i {
  let row = i32(floor((0.5 - asin(clamp(v.y, -1.0, 1.0)) / PI) * f32(COVER_ROWS)));
  return wrapBin(vec2i(i32(floor(longitudeOf(v) / (2.0 * PI) * f32(COVER_COLUMNS))), row));
}
fn binCentre(b: vec2i) -> vec3f { return spherePosition(latitudeOfRow(b.y, COVER_ROWS), (f32(b.x) + 0.5) / f32(COVER_COLUMNS) * 2.0 * PI); }

// The summed footprints at the bin holding v, 1 inside a continent.
fn binDensity(v: vec3f) -> f32 { return binDensityAt(binOf(v)); }

// A terrain cell's cover: its density (1 inside a continent, 0.5 at its edge, above 1 where
// continents overlap), the density smoothed (`solid`: the crust is continental from 0.5, so gaps
// between a continent's points narrower than the smoothing stay land) and how far inland it
// lies, bilinear between the four bins around its centre, and the plate of the nearest point
// among theirs (0 where no point's footprint reaches); `tracked` false where no points were splatted (a kernel test's
// terrain, or before the plates form): the cells then keep their own crust.
struct CellCover { density: f32, solid: f32, inland: f32, plate: u32, tracked: bool }

fn coverOf(c: vec2i) -> CellCover {
  return coverAtBins((vec2f(c) + 0.5) / vec2f(f32(globals.width), f32(globals.height)) * vec2f(f32(COVER_COLUMNS), f32(COVER_ROWS)) - 0.5);
}

// The same for the point v (a cell's centre).
fn coverAtPoint(v: vec3f) -> CellCover {
  let latitude = asin(clamp(v.y, -1.0, 1.0));
  return coverAtBins(vec2f(longitudeOf(v) / (2.0 * PI), 0.5 - latitude / PI) * vec2f(f32(COVER_COLUMNS), f32(COVER_ROWS)) - 0.5);
}

// The cover at `at`, continuous bin coordinates (bin centres on integers).
// The four bins written out, not a loop (a software adapter pays for a loop's control).
fn coverAtBins(at: vec2f) -> CellCover {
  let base = vec2i(floor(at));
  let f = at - floor(at);
  var sum = BinSum(0.0, 0.0, 0.0, 0u);
  addBin(&sum, base, f, vec2i(0, 0));
  addBin(&sum, base, f, vec2i(1, 0));
  addBin(&sum, base, f, vec2i(0, 1));
  addBin(&sum, base, f, vec2i(1, 1));
  return CellCover(sum.density, sum.solid, sum.inland, sum.key & 0xffu, coverWord(0u) > 0u);
}

// The bins read so far, weighted (coverAtBins), and the greatest nearest-point key among them.
struct BinSum { density: f32, solid: f32, inland: f32, key: u32 }

// The bin `step` from `base`, weighted bilinearly at `f` (within the bins), added to `sum`.
fn addBin(sum: ptr<function, BinSum>, base: vec2i, f: vec2f, step: vec2i) {
  let b = wrapBin(base + step);
  let weight = mix(1.0 - f.x, f.x, f32(step.x)) * mix(1.0 - f.y, f.y, f32(step.y));
  (*sum).density += weight * binDensityAt(b);
  (*sum).solid += weight * binSolidAt(b);
  (*sum).inland += weight * binInlandAt(b);
  (*sum).key = max((*sum).key, binKey(b));
}
