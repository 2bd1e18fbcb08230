// tectonics.continents: the continental crust as a fixed set of points on the sphere, never on
// the grid, so the continents are the same at every grid. Each point stands for an equal area of
// buoyant crust (a Fibonacci lattice's share of the sphere at the first forming); it rides its
// plate's rotation. Where continents meet and converge, the points of the higher-numbered plate
// join the lower one, a front a few hundred kilometres a tick across the continent (a collision
// welds them: continents are not subducted, and the plates' drive moves them together), and after
// each re-forming the same rule, run over and over, keeps a continent cut by a new boundary in
// one piece unless the plates pull it apart there (a rift). The points are splatted onto the grid
// as a density (the cover): a cell is continental where the cover is at least half that of a
// continent's interior, and belongs to the plate of its nearest point; where continents overlap
// the cover exceeds one and a range rises (shaders/tectonics/relief.wgsl).

// Points of the lattice (the buffer's length) and how they are laid out in a dispatch: set from
// src/sim/continents.ts.
override CONTINENT_POINTS: u32;
override POINT_COLUMNS: u32;
// The contact bins, a fixed grid of the cover (after the cells' words) where the points also mark
// their plates, so that continents meet at the same distance at every terrain grid.
override CONTACT_COLUMNS: u32;
override CONTACT_ROWS: u32;

const CONTINENT_SALT: u32 = 0xc0d1u;
// Noise level above which the lattice's points start as continents: about 37 % of the sphere
// (Earth's continental crust covers about 40 %).
const CONTINENT_THRESHOLD: f32 = 0.17;

@group(1) @binding(0) var<storage, read> pointsIn: array<ContinentPoint>;
@group(1) @binding(1) var<storage, read_write> pointsOut: array<ContinentPoint>;

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

// What a point adds to the cover at a cell `distance2` (squared chord) from it: a smooth bump,
// 1 at the point, 0 at the footprint's edge.
fn footprintWeight(distance2: f32, radius: f32) -> f32 {
  let t = max(1.0 - distance2 / (radius * radius), 0.0);
  return t * t;
}

// The cells of a grid of `size` (columns, rows) whose centres may lie within `radius` of v: rows
// (first, last) and a half-width in columns about column `centre` (the whole row near a pole).
struct Footprint { rows: vec2i, centre: i32, halfColumns: i32 }

fn footprintOn(v: vec3f, radius: f32, size: vec2u) -> Footprint {
  let latitude = asin(clamp(v.y, -1.0, 1.0));
  let h = f32(size.y);
  let w = f32(size.x);
  let first = max(i32(floor((0.5 - (latitude + radius) / PI) * h - 0.5)), 0);
  let last = min(i32(ceil((0.5 - (latitude - radius) / PI) * h - 0.5)), i32(size.y) - 1);
  let nearPole = cos(min(abs(latitude) + radius, 0.5 * PI));
  let halfColumns = select(i32(ceil(radius / max(nearPole, 1e-6) / (2.0 * PI) * w)) + 1, i32(size.x) / 2, nearPole < 1e-3);
  var longitude = atan2(v.x, v.z);
  longitude = select(longitude, longitude + 2.0 * PI, longitude < 0.0);
  return Footprint(vec2i(first, last), i32(floor(longitude / (2.0 * PI) * w)), min(halfColumns, i32(size.x) / 2));
}

// Cell (column, row) of a grid of `size`, its column wrapped, and its centre.
fn wrapOn(c: vec2i, size: vec2u) -> vec2i { return vec2i(((c.x % i32(size.x)) + i32(size.x)) % i32(size.x), c.y); }
fn centreOn(c: vec2i, size: vec2u) -> vec3f {
  return spherePosition(latitudeOfRow(c.y, size.y), (f32(c.x) + 0.5) / f32(size.x) * 2.0 * PI);
}

fn contactSize() -> vec2u { return vec2u(CONTACT_COLUMNS, CONTACT_ROWS); }
fn contactWord(c: vec2i) -> u32 { return COVER_HEADER + 2u * globals.width * globals.height + u32(c.y) * CONTACT_COLUMNS + u32(c.x); }

// The nearest point's weight (12 bits, shifted 8) and plate (8 bits), for an atomicMax.
fn nearestKey(weight: f32, plate: u32) -> u32 { return (u32(weight * 4095.0) << 8u) | plate; }

// tectonics.clearCover: the cover emptied before the points are splatted again (the cells' words
// and, cell by cell, the contact bins).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn clearCover(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let cells = globals.width * globals.height;
  let index = cellIndex(vec2i(id.xy));
  atomicStore(&cover[COVER_HEADER + 2u * index], 0u);
  atomicStore(&cover[COVER_HEADER + 2u * index + 1u], 0u);
  for (var bin = index; bin < CONTACT_COLUMNS * CONTACT_ROWS; bin += cells) { atomicStore(&cover[COVER_HEADER + 2u * cells + bin], 0u); }
  if (index == 0u) { atomicStore(&cover[0], 0u); }
}

// tectonics.splat: each continental point adds its footprint to the cells' density, and offers its
// plate to the cells and contact bins it is nearest (integer sums and maxima: the same in any order).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn splat(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  let point = pointsIn[i];
  if (point.plate == 0u) { return; }
  atomicAdd(&cover[0], 1u);
  let radius = footprintRadius();
  let size = vec2u(globals.width, globals.height);
  let footprint = footprintOn(point.position, radius, size);
  for (var y = footprint.rows.x; y <= footprint.rows.y; y++) {
    for (var dx = -footprint.halfColumns; dx <= footprint.halfColumns; dx++) {
      let c = wrapOn(vec2i(footprint.centre + dx, y), size);
      let offset = centreOn(c, size) - point.position;
      let weight = footprintWeight(dot(offset, offset), radius);
      if (weight <= 0.0) { continue; }
      let index = COVER_HEADER + 2u * cellIndex(c);
      atomicAdd(&cover[index], u32(round(weight * COVER_SCALE)));
      atomicMax(&cover[index + 1u], nearestKey(weight, point.plate));
    }
  }
  let bins = footprintOn(point.position, radius, contactSize());
  for (var y = bins.rows.x; y <= bins.rows.y; y++) {
    for (var dx = -bins.halfColumns; dx <= bins.halfColumns; dx++) {
      let c = wrapOn(vec2i(bins.centre + dx, y), contactSize());
      let offset = centreOn(c, contactSize()) - point.position;
      let weight = footprintWeight(dot(offset, offset), radius);
      if (weight > 0.0) { atomicMax(&cover[contactWord(c)], nearestKey(weight, point.plate)); }
    }
  }
}

// The lowest-numbered plate other than `plate` whose continent touches the point v (a cell
// within CONTACT_SPACINGS lattice spacings of it is nearest one of its points) and converges on
// it there; `plate` where none does.
const CONTACT_SPACINGS: f32 = 1.0;

fn joinedPlate(v: vec3f, plate: u32) -> u32 {
  let radius = CONTACT_SPACINGS * footprintRadius() / 1.5;
  let bins = footprintOn(v, radius, contactSize());
  var joined = plate;
  for (var y = bins.rows.x; y <= bins.rows.y; y++) {
    for (var dx = -bins.halfColumns; dx <= bins.halfColumns; dx++) {
      let c = wrapOn(vec2i(bins.centre + dx, y), contactSize());
      let offset = centreOn(c, contactSize()) - v;
      if (dot(offset, offset) > radius * radius) { continue; }
      let other = atomicLoad(&cover[contactWord(c)]) & 0xffu;
      if (other >= joined || !plateInUse(other)) { continue; }
      // The other plate relative to this one, moving toward this point: converging.
      let relative = cross(plates[other - 1u].axis, v) * plates[other - 1u].turn - cross(plates[plate - 1u].axis, v) * plates[plate - 1u].turn;
      if (dot(relative, offset) < 0.0) { joined = other; }
    }
  }
  return joined;
}

// tectonics.reformPoints: at the first forming the lattice's points where low-frequency noise of
// the seed is high become continents; at every forming each joins the plate of its place.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reformPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  var point = pointsIn[i];
  if (globals.plateEpoch == 0u) {
    point.position = latticePoint(i);
    point.plate = select(0u, 1u, fbm(1.6 * point.position, hashKey(CONTINENT_SALT)) > CONTINENT_THRESHOLD);
  }
  if (point.plate != 0u) { point.plate = plateAt(point.position); }
  pointsOut[i] = point;
}

// tectonics.unifyPoints: continents touching where their plates converge join the lower-numbered
// plate: after each tick's motion (continents that met weld), and over and over after a
// re-forming (a continent cut by a new boundary stays whole unless it rifts).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn unifyPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  var point = pointsIn[i];
  if (plateInUse(point.plate)) { point.plate = joinedPlate(point.position, point.plate); }
  pointsOut[i] = point;
}

// tectonics.movePoints: every point turns with its plate for one tick.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn movePoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  var point = pointsIn[i];
  if (plateInUse(point.plate)) { point.position = normalize(rotateByPlate(point.plate, point.position, 1.0)); }
  pointsOut[i] = point;
}

// tectonics.clearPoints: no continents (a world starting over; the first forming makes them).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn clearPoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  pointsOut[i] = ContinentPoint(vec3f(0.0), 0u);
}
