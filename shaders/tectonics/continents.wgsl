// tectonics.continents: the continental crust as a fixed set of points on the sphere, never on
// the grid, so the continents are the same at every grid. Each point stands for an equal area of
// buoyant crust (a Fibonacci lattice's share of the sphere at the first forming); it rides its
// plate's rotation. Where continents meet and converge, the points of the higher-numbered plate
// join the lower one, a front a few hundred kilometres a step across the continent (a collision
// welds them: continents are not subducted, and the plates' drive moves them together), and after
// each re-forming the same rule, run over and over, keeps a continent cut by a new boundary in
// one piece unless the plates pull it apart there (a rift). The points are splatted as a density
// (the cover): a cell is continental where the cover is at least half that of a
// continent's interior, and belongs to the plate of its nearest point; where continents overlap
// the cover exceeds one and a range rises (shaders/tectonics/relief.wgsl). The cover is a fixed
// grid of bins (shaders/common/cover.wgsl), so nothing here depends on the terrain grid.

// Points of the lattice (the buffer's length) and how they are laid out in a dispatch: set from
// src/sim/fields.ts.
override CONTINENT_POINTS: u32;
override POINT_COLUMNS: u32;

const CONTINENT_SALT: u32 = 0xc0d1u;
// Share of the lattice's points that start as continents, those where low-frequency noise of the
// seed is highest: every seed's continents start on a third of the sphere and leave land on about
// as much at the present day (Earth's: 29 %, and 41 % with the shelves) (ranked
// through a histogram of the noise, RANK_BINS bins over -1..1).
const CONTINENT_SHARE: f32 = 0.33;
const RANK_BINS: u32 = 256u;

fn continentNoise(i: u32) -> f32 { return fbm(1.6 * latticePoint(i), hashKey(CONTINENT_SALT)); }
fn rankBin(noise: f32) -> u32 { return u32(clamp((noise + 1.0) * 0.5 * f32(RANK_BINS), 0.0, f32(RANK_BINS - 1u))); }

// The points, updated in place (src/gpu/in-place-field.ts): a pass reads and writes only each
// point's own slot.
@group(1) @binding(0) var<storage, read_write> points: array<ContinentPoint>;

fn pointIndex(id: vec3u) -> u32 { return id.y * POINT_COLUMNS + id.x; }

// Point i of the Fibonacci lattice of CONTINENT_POINTS points: equal areas, no poles favoured.
// Its longitude turns by the golden angle from one point to the next (the fraction exact in
// 32-bit fixed point: 2^32 / golden ratio^2).
fn latticePoint(i: u32) -> vec3f {
  let y = 1.0 - (2.0 * f32(i) + 1.0) / f32(CONTINENT_POINTS);
  let longitude = f32(i * 0x61c88647u) * (2.0 * PI / 4294967296.0);
  let r = sqrt(max(1.0 - y * y, 0.0));
  return vec3f(sin(longitude) * r, y, cos(longitude) * r);
}

// Radius of a point's footprint on the cover (radians): 1.5 lattice spacings, so the footprints
// overlap into a smooth density, flat inside a continent.
fn footprintRadius() -> f32 { return 1.5 * sqrt(4.0 * PI / f32(CONTINENT_POINTS)); }

// What a point adds to the cover at a bin `distance2` (squared chord) from it: a smooth bump,
// 1 at the point, 0 at the footprint's edge.
fn footprintWeight(distance2: f32, radius: f32) -> f32 {
  let t = max(1.0 - distance2 / (radius * radius), 0.0);
  return t * t;
}

// The nearest point's weight (12 bits, shifted 8) and plate (8 bits), for an atomicMax.
fn nearestKey(weight: f32, plate: u32) -> u32 { return (u32(weight * 4095.0) << 8u) | plate; }

// tectonics.clearCover: the cover emptied before the points are splatted again (dispatched over
// the bins).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn clearCover(@builtin(global_invocation_id) id: vec3u) {
  if ((id.x >= COVER_COLUMNS) | (id.y >= COVER_ROWS)) { return; }
  let word = binWord(vec2i(id.xy));
  atomicStore(&cover[word], 0u);
  atomicStore(&cover[word + 1u], 0u);
  atomicStore(&cover[word + 2u], 0u);
  atomicStore(&cover[word + 3u], 0u);
  if (all(id.xy == vec2u(0u))) { atomicStore(&cover[0], 0u); }
}

// tectonics.splat: each continental point adds its footprint to the bins' density and offers its
// plate to the bins it is nearest (integer sums and maxima: the same in any order).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn splat(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  let point = points[i];
  if (point.plate == 0u) { return; }
  atomicAdd(&cover[0], 1u);
  let radius = footprintRadius();
  let v = point.position;
  let latitude = asin(clamp(v.y, -1.0, 1.0));
  let longitude = longitudeOf(v);
  let rowHeight = PI / f32(COVER_ROWS);
  let columnWidth = 2.0 * PI / f32(COVER_COLUMNS);
  let first = max(i32(floor((0.5 * PI - latitude - radius) / rowHeight)), 0);
  let last = min(i32(floor((0.5 * PI - latitude + radius) / rowHeight)), i32(COVER_ROWS) - 1);
  let nearPole = cos(min(abs(latitude) + radius, 0.5 * PI));
  let halfColumns = min(select(i32(ceil(radius / max(nearPole, 1e-6) / columnWidth)) + 1, i32(COVER_COLUMNS) / 2, nearPole < 1e-3), i32(COVER_COLUMNS) / 2);
  let centre = i32(floor(longitude / columnWidth));
  for (var y = first; y <= last; y++) {
    let rowLatitude = latitudeOfRow(y, COVER_ROWS);
    let rowY = sin(rowLatitude);
    let rowRadius = cos(rowLatitude);
    // The row's bins within the footprint: longitudes where the chord is under the radius
    // (cos of the longitude difference above `least`), with room for the weight's own error
    // (its sines and cosines are within 2^-11: a quarter more radius, and a column either way).
    let reachRadius = 1.25 * radius;
    let least = (1.0 - 0.5 * reachRadius * reachRadius - v.y * rowY) / max(length(v.xz) * rowRadius, 1e-6);
    if (least >= 1.0) { continue; }
    let reach = i32(ceil(acos(max(least, -1.0)) / columnWidth)) + 1;
    for (var dx = -min(reach, halfColumns); dx <= min(reach, halfColumns); dx++) {
      let b = wrapBin(vec2i(centre + dx, y));
      // The chord from the point to the bin's centre, as a vector difference (the sine and
      // cosine carry absolute errors up to 2^-11 in WGSL: 2 - 2 cos(angle) would lose the
      // footprint in them).
      let binLongitude = (f32(b.x) + 0.5) * columnWidth;
      let offset = vec3f(sin(binLongitude) * rowRadius, rowY, cos(binLongitude) * rowRadius) - v;
      let weight = footprintWeight(dot(offset, offset), radius);
      if (weight <= 0.0) { continue; }
      let word = binWord(b);
      // A key no higher than the bin's is not offered (a read is cheaper than an atomic maximum).
      let key = nearestKey(weight, point.plate);
      if (key > atomicLoad(&cover[word])) { atomicMax(&cover[word], key); }
      atomicAdd(&cover[word + 1u], u32(round(weight * COVER_SCALE)));
    }
  }
}

// Whether one of the three bins of row `dy` around `home` is nearest a point of a plate numbered
// below `plate` (1 <= other < plate, as one unsigned comparison).
fn lowerPlateAt(home: vec2i, plate: u32, dy: i32) -> bool {
  let west = binKey(wrapBin(home + vec2i(-1, dy))) & 0xffu;
  let middle = binKey(wrapBin(home + vec2i(0, dy))) & 0xffu;
  let east = binKey(wrapBin(home + vec2i(1, dy))) & 0xffu;
  return any(vec3u(west, middle, east) - 1u < vec3u(plate - 1u));
}

// The lowest-numbered plate other than `plate` whose continent touches the point v (one of the
// nine bins around v's is nearest one of its points) and converges on it there; `plate` where
// none does (the cover splatted where the points are now).
fn joinedPlate(v: vec3f, plate: u32) -> u32 {
  let home = binOf(v);
  // Most points lie inside their continent, all nine bins their own plate's: a quick look first.
  if (!(lowerPlateAt(home, plate, -1) || lowerPlateAt(home, plate, 0) || lowerPlateAt(home, plate, 1))) { return plate; }
  var joined = plate;
  for (var k = 0; k < 9; k++) {
    let b = wrapBin(home + vec2i(k % 3 - 1, k / 3 - 1));
    let other = binKey(b) & 0xffu;
    if (other >= joined || !plateInUse(other)) { continue; }
    // The other plate relative to this one, moving toward this point: converging.
    let offset = binCentre(b) - v;
    if (dot(plateMotion(other, v) - plateMotion(plate, v), offset) < 0.0) { joined = other; }
  }
  return joined;
}

// tectonics.rankPoints: the histogram of the lattice's continent noise, in the emptied cover's
// first words (read by reformPoints at the first forming).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn rankPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  atomicAdd(&cover[COVER_HEADER + rankBin(continentNoise(i))], 1u);
}

// tectonics.reformPoints: at the first forming the CONTINENT_SHARE of the lattice's points where
// the noise is highest become continents (unless a map gave them); at every forming each joins the plate of its place.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reformPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  var point = points[i];
  // (A map gives the continents instead: its land and shelves, src/sim/map-imprint.ts.)
  if (globals.plateEpoch == 0u && globals.continentsGiven == 0u) {
    var above = 0u;
    for (var bin = rankBin(continentNoise(i)) + 1u; bin < RANK_BINS; bin++) { above += atomicLoad(&cover[COVER_HEADER + bin]); }
    point.position = latticePoint(i);
    point.plate = select(0u, 1u, f32(above) < CONTINENT_SHARE * f32(CONTINENT_POINTS));
  }
  if (point.plate != 0u) { point.plate = plateAt(point.position); }
  points[i] = point;
}

// tectonics.unifyPoints: continents touching where their plates converge join the lower-numbered
// plate after each step's motion (continents that met weld), reading the cover as the drift left
// it; tectonics.unifyReformed: the same over and over after a re-forming, each time on a cover
// splatted just before (a continent cut by a new boundary stays whole unless it rifts).
fn unify(id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  var point = points[i];
  if (plateInUse(point.plate)) { point.plate = joinedPlate(point.position, point.plate); }
  points[i] = point;
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn unifyPoints(@builtin(global_invocation_id) id: vec3u) { unify(id); }

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn unifyReformed(@builtin(global_invocation_id) id: vec3u) { unify(id); }

// tectonics.clearPoints: no continents (a world starting over; the first forming makes them).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn clearPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  points[i] = ContinentPoint(vec3f(0.0), 0u);
}
