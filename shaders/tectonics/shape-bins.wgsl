// tectonics.shapeBins: how far inland each bin of the continents' cover lies and its solid
// cover, averaged over rings of bins around it (after the splat; its own module, with the cover
// bound as plain words: shaders/common/cover-plain.wgsl).

// Two averages of the cover (at most 1) over a bin and 16 points around it, in 8 directions at
// two radii. How far inland the bin lies, 0..1, at INLAND_RADII: 1 deep inside a continent,
// about one half at a straight coast, less on a peninsula or an island; the continents'
// interiors stand higher (tectonics.relief), so their rivers run to the coasts and gather into
// basins. The solid cover, at SOLID_RADII: the points sample a continent about a lattice spacing
// apart and drift a little apart and together as they spread, so their cover has holes a few
// spacings wide that are not ocean; smoothed over twice their footprint the continent is whole.
const INLAND_RADII: vec2f = vec2f(0.1, 0.2); // radians: 640 and 1,270 km
const SOLID_RADII: vec2f = vec2f(0.025, 0.05); // radians: 160 and 320 km

// The bin a step (east, north) in bins from bin b; past a pole the step comes down the other
// side, half the columns round (selects, no branches: a software adapter runs a branch's lanes
// under masks).
fn binAcross(b: vec2i, east: i32, north: i32) -> vec2i {
  let row = b.y - north;
  let above = row < 0;
  let below = row >= i32(COVER_ROWS);
  let column = b.x + east + select(0, i32(COVER_COLUMNS / 2u), above | below);
  let folded = select(select(row, 2 * i32(COVER_ROWS) - 1 - row, below), -1 - row, above);
  return wrapBin(vec2i(column, folded));
}

// The density at most 1 at the bin `direction` (bins a radian) times `radius` (radians) from b.
fn ringSample(b: vec2i, direction: vec2f, radius: f32) -> f32 {
  let step = vec2i(round(clamp(direction * radius, vec2f(-f32(COVER_COLUMNS / 2u)), vec2f(f32(COVER_COLUMNS / 2u)))));
  return min(binDensityAt(binAcross(b, step.x, step.y)), 1.0);
}

// cos 45 degrees, a diagonal direction's east and north parts.
const DIAGONAL: f32 = 0.70710678;

// The cover at most 1 averaged over bin b and 16 bins around it, 8 directions at two radii,
// stepped in bin indices on the tangent plane (no trigonometry a sample: the pass runs every
// drift over all the bins), written out in the order east, then 45 degrees at a time toward
// the north (no loop: a software adapter runs a loop's indexing lane by lane).
fn ringAverage(b: vec2i, centre: f32, radii: vec2f) -> f32 {
  let scale = vec2f(f32(COVER_COLUMNS) / (2.0 * PI * max(cos(latitudeOfRow(b.y, COVER_ROWS)), 0.02)), f32(COVER_ROWS) / PI);
  var sum = min(centre, 1.0);
  sum += ringSample(b, vec2f(1.0, 0.0) * scale, radii.x);
  sum += ringSample(b, vec2f(1.0, 0.0) * scale, radii.y);
  sum += ringSample(b, vec2f(DIAGONAL, DIAGONAL) * scale, radii.x);
  sum += ringSample(b, vec2f(DIAGONAL, DIAGONAL) * scale, radii.y);
  sum += ringSample(b, vec2f(0.0, 1.0) * scale, radii.x);
  sum += ringSample(b, vec2f(0.0, 1.0) * scale, radii.y);
  sum += ringSample(b, vec2f(-DIAGONAL, DIAGONAL) * scale, radii.x);
  sum += ringSample(b, vec2f(-DIAGONAL, DIAGONAL) * scale, radii.y);
  sum += ringSample(b, vec2f(-1.0, 0.0) * scale, radii.x);
  sum += ringSample(b, vec2f(-1.0, 0.0) * scale, radii.y);
  sum += ringSample(b, vec2f(-DIAGONAL, -DIAGONAL) * scale, radii.x);
  sum += ringSample(b, vec2f(-DIAGONAL, -DIAGONAL) * scale, radii.y);
  sum += ringSample(b, vec2f(0.0, -1.0) * scale, radii.x);
  sum += ringSample(b, vec2f(0.0, -1.0) * scale, radii.y);
  sum += ringSample(b, vec2f(DIAGONAL, -DIAGONAL) * scale, radii.x);
  sum += ringSample(b, vec2f(DIAGONAL, -DIAGONAL) * scale, radii.y);
  return sum / 17.0;
}

// tectonics.shapeBins: each bin's inland share and solid cover (dispatched over the bins, after
// the splat).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn shapeBins(@builtin(global_invocation_id) id: vec3u) {
  if ((id.x >= COVER_COLUMNS) | (id.y >= COVER_ROWS)) { return; }
  let b = vec2i(id.xy);
  let density = binDensityAt(b);
  setCoverWord(binWord(b) + 2u, bitcast<u32>(ringAverage(b, density, INLAND_RADII)));
  setCoverWord(binWord(b) + 3u, bitcast<u32>(ringAverage(b, density, SOLID_RADII)));
}
