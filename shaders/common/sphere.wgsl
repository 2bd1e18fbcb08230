// Sphere topology of the equirectangular grid: positions, neighbours across the poles and
// the date line, true spacings and cell areas. Lengths are in units of one row's
// north-south spacing (pi / height radians), so a cell at the equator is 1 x 1.

const PI: f32 = 3.141592653589793;

fn gridSize() -> vec2i { return vec2i(i32(globals.width), i32(globals.height)); }

fn cellIndex(c: vec2i) -> u32 { return u32(c.y) * globals.width + u32(c.x); }

// The unit vector east at the unit vector v (any at the poles); north is cross(v, eastAt(v)).
fn eastAt(v: vec3f) -> vec3f { return normalize(vec3f(v.z, 0.0, -v.x) + vec3f(1e-9, 0.0, 0.0)); }

// Latitude of row y's centre in radians on a grid of `rows` rows (+pi/2 at the north edge of row 0).
fn latitudeOfRow(y: i32, rows: u32) -> f32 { return (0.5 - (f32(y) + 0.5) / f32(rows)) * PI; }

// The same for the terrain's row y.
fn rowLatitude(y: i32) -> f32 { return latitudeOfRow(y, globals.height); }

// Longitude of column x's centre in radians (0 at the west edge of column 0).
fn columnLongitude(x: i32) -> f32 { return (f32(x) + 0.5) / f32(globals.width) * 2.0 * PI; }

fn spherePosition(lat: f32, lon: f32) -> vec3f {
  return vec3f(sin(lon) * cos(lat), sin(lat), cos(lon) * cos(lat));
}

fn cellPosition(c: vec2i) -> vec3f { return spherePosition(rowLatitude(c.y), columnLongitude(c.x)); }

// The cell one step of d (each component -1, 0 or 1) away. Longitude wraps; stepping past a
// pole lands on the same row half a world round (longitude + 180 deg).
fn neighbour(c: vec2i, d: vec2i) -> vec2i { return neighbourOn(c, d, gridSize()); }

// The same on a grid of this size (the climate's is coarser than the terrain's).
fn neighbourOn(c: vec2i, d: vec2i, size: vec2i) -> vec2i {
  var x = c.x + d.x;
  var y = c.y + d.y;
  // Selects, not branches: a software adapter runs both sides of a branch.
  let north = y < 0;
  let south = y >= size.y;
  x = select(x, x + (size.x >> 1u), north | south);
  y = select(select(y, 2 * size.y - y - 1, south), -y - 1, north);
  // x is now in [-1, 1.5 width]: one wrap either way, no integer division.
  x = select(x, x - size.x, x >= size.x);
  x = select(x, x + size.x, x < 0);
  return vec2i(x, y);
}

// cos(latitude) of row y's centre on a grid of `rows` rows, computed as sin(colatitude) so it
// keeps its precision in float32 next to the poles (cos of an angle near pi/2 would cancel).
fn cosLatitudeOfRow(y: i32, rows: u32) -> f32 { return sin((f32(y) + 0.5) / f32(rows) * PI); }

// The same for the terrain's row y.
fn rowCosLatitude(y: i32) -> f32 { return cosLatitudeOfRow(y, globals.height); }

// East-west spacing between cell centres along the line `rowsFromNorth` rows south of the north
// pole (a row's centre is at y + 0.5), in row spacings: it shrinks with cos(latitude), to 0 at a
// pole (where neighbours across it are one row apart).
fn eastWestSpacingAt(rowsFromNorth: f32) -> f32 {
  let rows = f32(globals.height);
  return sin(clamp(rowsFromNorth, 0.0, rows) / rows * PI) * 2.0 * rows / f32(globals.width);
}

// East-west distance between neighbouring cell centres on row y; row centres never sit on a
// pole, so it stays above zero.
fn eastWestSpacing(y: i32) -> f32 { return eastWestSpacingAt(f32(y) + 0.5); }

// Exact area of a row-y cell (a band of the sphere cut by meridians):
// sin(lat + h) - sin(lat - h) = 2 cos(lat) sin(h), with h half a row.
fn cellArea(y: i32) -> f32 {
  let bandHeight = 2.0 * rowCosLatitude(y) * sin(0.5 * PI / f32(globals.height));
  return bandHeight * (2.0 * f32(globals.height) / f32(globals.width)) * f32(globals.height) / PI;
}

// The 4-neighbour directions, in a fixed order shared by every diffusion: east, west,
// north, south.
const AXIS_STEPS = array<vec2i, 4>(vec2i(1, 0), vec2i(-1, 0), vec2i(0, -1), vec2i(0, 1));

// What a diffusion needs of row y: cell areas here and on the rows north and south (across a
// pole that row is this row again), and the conductances (edge length / centre distance) of
// the cell's four edges. Five sines; a pass with several diffusions computes it once.
struct RowGeometry {
  area: f32,
  northArea: f32,
  southArea: f32,
  eastWest: f32,
  north: f32,
  south: f32,
}

fn rowGeometry(y: i32) -> RowGeometry {
  let rows = f32(globals.height);
  let aspect = 2.0 * rows / f32(globals.width);
  // cos(latitude) at this row's centre, its north and south edges, and the centres of the
  // rows north and south.
  let here = rowCosLatitude(y);
  let northEdge = max(sin(f32(y) / rows * PI), 0.0);
  let southEdge = max(sin((f32(y) + 1.0) / rows * PI), 0.0);
  let northRow = select(sin((f32(y) - 0.5) / rows * PI), here, y == 0);
  let southRow = select(sin((f32(y) + 1.5) / rows * PI), here, y == i32(globals.height) - 1);
  // Cell areas are proportional to cos(latitude) on every row (see cellArea).
  let areaScale = 2.0 * sin(0.5 * PI / rows) * aspect * rows / PI;
  return RowGeometry(here * areaScale, northRow * areaScale, southRow * areaScale,
    1.0 / (here * aspect), northEdge * aspect, southEdge * aspect);
}

// Fractions of the difference (neighbour - cell) that flow into a cell of this row per tick
// from its east, west, north and south neighbours, for a diffusion of `rate` cell-areas per
// tick. Each flux is edge / distance * rate, limited to 0.2 of the smaller cell's area so the
// explicit step stays stable near the poles; the limit is symmetric between the two cells,
// so the area-weighted total is kept.
fn rowDiffusionWeights(row: RowGeometry, rate: f32) -> vec4f {
  let eastWest = min(rate * row.eastWest, 0.2 * row.area);
  let north = min(rate * row.north, 0.2 * min(row.area, row.northArea));
  let south = min(rate * row.south, 0.2 * min(row.area, row.southArea));
  return vec4f(eastWest, eastWest, north, south) / row.area;
}

// The same for row y, in the order of AXIS_STEPS: east, west, north, south.
fn diffusionWeights(y: i32, rate: f32) -> vec4f { return rowDiffusionWeights(rowGeometry(y), rate); }
