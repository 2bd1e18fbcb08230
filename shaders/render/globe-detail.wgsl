// What render.globe draws finer than the cells (joined to shaders/render/globe.wgsl, whose
// bindings it reads): the rivers as lines, the city lights, the newborn planet's craters.

// How much of the point at uv a river covers, 0..1: the rivers of the 3x3 cells around it drawn
// as lines from each cell's centre to its receiver's, wider the more water they carry (from
// about a tenth of a cell to two thirds), so a river is one continuous line down to the sea.
// The 3x3 written out, without branches (a software adapter runs every branch, and a loop's
// integer division lane by lane).
fn riverCoverage(uv: vec2f) -> f32 {
  let size = vec2i(textureDimensions(rivers));
  let p = uv * vec2f(size) - 0.5;
  let nearest = vec2i(floor(p + 0.5));
  var cover = 0.0;
  cover = max(cover, riverNear(p, nearest + vec2i(-1, -1), size));
  cover = max(cover, riverNear(p, nearest + vec2i(0, -1), size));
  cover = max(cover, riverNear(p, nearest + vec2i(1, -1), size));
  cover = max(cover, riverNear(p, nearest + vec2i(-1, 0), size));
  cover = max(cover, riverNear(p, nearest, size));
  cover = max(cover, riverNear(p, nearest + vec2i(1, 0), size));
  cover = max(cover, riverNear(p, nearest + vec2i(-1, 1), size));
  cover = max(cover, riverNear(p, nearest + vec2i(0, 1), size));
  cover = max(cover, riverNear(p, nearest + vec2i(1, 1), size));
  return cover;
}

// How much of the point p (in cells) the river of cell a covers (0 off the grid's rows or
// where a carries no river).
fn riverNear(p: vec2f, a: vec2i, size: vec2i) -> f32 {
  // a.x is within a column of the grid: one wrap either way, without integer division.
  let column = a.x + select(0, size.x, a.x < 0) - select(0, size.x, a.x >= size.x);
  let river = textureLoad(rivers, vec2i(column, clamp(a.y, 0, size.y - 1)), 0);
  // The distance from p to the segment from the cell's centre to its receiver's, in cells.
  let start = vec2f(a);
  let along = clamp(dot(p - start, river.xy) / max(dot(river.xy, river.xy), 1e-6), 0.0, 1.0);
  let distance = length(p - start - along * river.xy);
  let halfWidth = mix(0.06, 0.33, river.z);
  let covered = smoothstep(halfWidth + 0.08, halfWidth - 0.04, distance) * min(3.0 * river.z, 1.0);
  return select(0.0, covered, (a.y >= 0) & (a.y < size.y) & (river.z > 0.0));
}

// City lights (SIMULATION.md section 6), 0..1 (1: a fully lit town). One candidate town a
// degree of latitude and longitude, placed in it by a hash of the seed and lattice point, takes
// its cell's people per km2 (settled fraction x peopleCapacity) times a Zipf-like size (P(size >
// s) = 1 / s, up to TOWN_SIZE_MAX) times a regional factor 2^(3 n + 2 m), n and m value noise
// over a few cells and a quarter of that (crowded regions and metropolitan areas). It lights
// from TOWN_LIT_DENSITY of those people, brighter as their square up to TOWN_FULL_DENSITY;
// crowded areas add a glow. So lights gather into cities, and only where people are many.
const TOWN_SALT: u32 = 0x717eu;
const REGION_SALT: u32 = 0x3e7f0u;
const REGION_FREQUENCY: f32 = 6.0;      // per radian: regions of a few cells at 128x64
const TOWN_SIZE_MAX: f32 = 50.0;
const TOWN_LIT_DENSITY: f32 = 600.0;    // people/km2 x size x region at which a town begins to glow
const TOWN_FULL_DENSITY: f32 = 8000.0;  // ... at which it is fully lit
const GLOW_DENSITY: f32 = 1000.0;       // people/km2 x region of a region's full glow
const GLOW_MAX: f32 = 0.12;

fn cityLightsAt(lat: f32, lon: f32) -> f32 {
  let size = vec2f(gridSize());
  let position = vec2f(lon / (2.0 * PI), 0.5 - lat / PI) * size;
  let density = life[cellIndex(vec2i(min(position, size - 1.0)))].people * globals.peopleCapacity;
  let p = spherePosition(lat, lon) * REGION_FREQUENCY;
  let region = exp2(3.0 * valueNoise(p, hashKey(REGION_SALT)) + 2.0 * valueNoise(4.0 * p, hashKey(REGION_SALT + 1u)));
  let lattice = vec2f(degrees(lon), 90.0 - degrees(lat));
  let town = latticeRandom(vec3i(vec2i(floor(lattice)), 0), hashKey(TOWN_SALT));
  let townSize = min(1.0 / max(town.x, 1e-6), TOWN_SIZE_MAX);
  let townPeople = density * townSize * region;
  let brightness = select(0.0, min(pow(townPeople / TOWN_FULL_DENSITY, 2.0), 1.0), townPeople > TOWN_LIT_DENSITY);
  // A soft spot, wider the brighter the town, kept within its lattice square.
  let spot = smoothstep(0.15 + 0.2 * sqrt(brightness), 0.0, length(fract(lattice) - 0.35 - 0.3 * town.yz));
  let glow = GLOW_MAX * min(pow(density * region / GLOW_DENSITY, 3.0), 1.0);
  // (A select, not an early return: a software adapter runs the whole function anyway.)
  return select(max(brightness * spot, glow), 0.0, density <= 0.0);
}

// The newborn planet's craters per pixel (the cells too coarse to hold them): the relief's
// slopes in place of the cells', on layers showing height its height, and on the surface the
// melt pooled in the crater floors (hotter the lower, MELT_LAPSE a unit, where the cells glow).
fn withCraterRelief(cell: vec4f, uv: vec2f, lat: f32) -> vec4f {
  let size = vec2f(textureDimensions(relief));
  let step = 1.0 / size;
  // Sampled as the cells are, so the poles are smooth caps here too.
  let here = sampleGround(relief, uv, lat).r;
  let east = sampleGround(relief, uv + vec2f(step.x, 0.0), lat).r - sampleGround(relief, uv - vec2f(step.x, 0.0), lat).r;
  let north = sampleGround(relief, uv - vec2f(0.0, step.y), lat).r - sampleGround(relief, uv + vec2f(0.0, step.y), lat).r;
  // Slopes as render.shade's: units a terrain row spacing (size.y / height relief rows), the
  // east-west spacing floored the same way.
  let eastSpacing = max(cos(lat) * 2.0 * size.y / size.x, 0.05);
  let rows = size.y / f32(globals.height);
  // Under the sea the ground is drawn flat, as render.shade draws it.
  let dry = f32(here > globals.seaLevel);
  var result = vec4f(cell.r, dry * rows * 0.5 * east / eastSpacing, dry * rows * 0.5 * north, cell.a);
  if (LAYER == LAYER_SURFACE || LAYER == LAYER_ELEVATION) {
    let cellHeight = cell.r / globals.metresPerUnit + globals.seaLevel;
    result.r = (here - globals.seaLevel) * globals.metresPerUnit;
    if (cell.a > 0.0) { result.a = max(cell.a + (cellHeight - here) * MELT_LAPSE / GLOW_SPAN_C * min(3.0 * cell.a, 1.0), 0.0); }
  }
  return result;
}
