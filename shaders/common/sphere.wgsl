// Sphere topology of the equirectangular grid: positions, neighbours across the poles and
// the date line, true spacings and cell areas. Lengths are in units of one row's
// north-south spacing (pi / height radians), so a cell at the equator is 1 x 1.

const PI: f32 = 3.141592653589793;

fn gridSize() -> vec2i { return vec2i(i32(globals.width), i32(globals.height)); }

fn cellIndex(c: vec2i) -> u32 { return u32(c.y) * globals.width + u32(c.x); }

// Latitude of row y's centre in radians (+pi/2 at the north edge of row 0).
fn rowLatitude(y: i32) -> f32 { return (0.5 - (f32(y) + 0.5) / f32(globals.height)) * PI; }

// Longitude of column x's centre in radians (0 at the west edge of column 0).
fn columnLongitude(x: i32) -> f32 { return (f32(x) + 0.5) / f32(globals.width) * 2.0 * PI; }

fn spherePosition(lat: f32, lon: f32) -> vec3f {
  return vec3f(sin(lon) * cos(lat), sin(lat), cos(lon) * cos(lat));
}

fn cellPosition(c: vec2i) -> vec3f { return spherePosition(rowLatitude(c.y), columnLongitude(c.x)); }

// The cell one step of d (each component -1, 0 or 1) away. Longitude wraps; stepping past a
// pole lands on the same row half a world round (longitude + 180 deg).
fn neighbour(c: vec2i, d: vec2i) -> vec2i {
  let size = gridSize();
  var x = c.x + d.x;
  var y = c.y + d.y;
  if (y < 0) { y = -y - 1; x += size.x / 2; }
  else if (y >= size.y) { y = 2 * size.y - y - 1; x += size.x / 2; }
  x = ((x % size.x) + size.x) % size.x;
  return vec2i(x, y);
}

// cos(latitude) of row y's centre, computed as sin(colatitude) so it keeps its precision in
// float32 next to the poles (cos of an angle near pi/2 would cancel).
fn rowCosLatitude(y: i32) -> f32 { return sin((f32(y) + 0.5) / f32(globals.height) * PI); }

// East-west distance between neighbouring cell centres on row y. It shrinks with
// cos(latitude); row centres never sit on a pole, so it stays above zero.
fn eastWestSpacing(y: i32) -> f32 {
  return rowCosLatitude(y) * 2.0 * f32(globals.height) / f32(globals.width);
}

// Length of the boundary between row y and the row north (dy = -1) or south (dy = +1) of
// it; zero across a pole, where the two cells meet in a point only.
fn northSouthEdge(y: i32, dy: i32) -> f32 {
  let edgeRow = f32(y) + 0.5 + 0.5 * f32(dy);
  let edgeCosLatitude = max(sin(edgeRow / f32(globals.height) * PI), 0.0);
  return edgeCosLatitude * 2.0 * f32(globals.height) / f32(globals.width);
}

// Exact area of a row-y cell (a band of the sphere cut by meridians):
// sin(lat + h) - sin(lat - h) = 2 cos(lat) sin(h), with h half a row.
fn cellArea(y: i32) -> f32 {
  let bandHeight = 2.0 * rowCosLatitude(y) * sin(0.5 * PI / f32(globals.height));
  return bandHeight * (2.0 * f32(globals.height) / f32(globals.width)) * f32(globals.height) / PI;
}

// The 4-neighbour directions, in a fixed order shared by every diffusion.
const AXIS_STEPS = array<vec2i, 4>(vec2i(1, 0), vec2i(-1, 0), vec2i(0, -1), vec2i(0, 1));

// Fraction of the difference (neighbour - cell) that flows into cell c per tick from its
// neighbour one step d away, for a diffusion of `rate` cell-areas per tick. The flux is
// edge / distance * rate, limited to 0.2 of the smaller cell's area so the explicit step
// stays stable near the poles; the limit is symmetric, so the area-weighted total is kept.
fn diffusionWeight(c: vec2i, d: vec2i, rate: f32) -> f32 {
  let n = neighbour(c, d);
  var conductance: f32;
  if (d.y == 0) { conductance = 1.0 / eastWestSpacing(c.y); }
  else { conductance = northSouthEdge(c.y, d.y); }
  let areaHere = cellArea(c.y);
  let flux = min(rate * conductance, 0.2 * min(areaHere, cellArea(n.y)));
  return flux / areaHere;
}
