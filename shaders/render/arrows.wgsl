// render.globe's lines over the data layers: arrows of the plate velocities on the plates layer
// and of the wind on the wind layer, drawn on a lattice of cells that keep their spacing on the
// ground, and the isobars on the pressure layer.

// Spacing of the velocity arrows on the plates layer, radians of latitude.
const ARROW_SPACING: f32 = 0.35;
// Wind speed (m/s) of a full-length arrow.
const FULL_ARROW_WIND: f32 = 15.0;

// The arrow lattice: the centre (latitude, longitude) of the lattice cell around a point, and
// whether it draws an arrow (not too near a pole). Fewer arrows toward the poles, so they keep
// their spacing on the ground.
fn arrowCentre(lat: f32, lon: f32) -> vec3f {
  let rows = floor(PI / ARROW_SPACING);
  let row = clamp(floor((0.5 * PI - lat) / PI * rows), 0.0, rows - 1.0);
  let centreLat = 0.5 * PI - (row + 0.5) * PI / rows;
  let columns = max(floor(2.0 * PI * cos(centreLat) / ARROW_SPACING), 1.0);
  let column = floor(lon / (2.0 * PI) * columns);
  let centreLon = (column + 0.5) * 2.0 * PI / columns;
  return vec3f(centreLat, centreLon, select(0.0, 1.0, abs(centreLat) <= 1.25));
}

// Velocity (east, north) of the plate under the arrow lattice cell, scaled so 1 is a full
// arrow; zero off the plates.
fn plateVelocityAt(lat: f32, lon: f32) -> vec2f {
  let centre = arrowCentre(lat, lon);
  let size = vec2f(gridSize());
  let cell = vec2i(i32(centre.y / (2.0 * PI) * size.x), i32((0.5 - centre.x / PI) * size.y));
  let plate = plateOf(terrain[cellIndex(cell)]);
  return plateVelocity(plate, spherePosition(centre.x, centre.y)) * view.arrowScale;
}

// The wind (east, north) at the arrow lattice cell's centre, scaled so FULL_ARROW_WIND is a
// full arrow.
fn windAt(lat: f32, lon: f32) -> vec2f {
  let centre = arrowCentre(lat, lon);
  let uv = vec2f(centre.y / (2.0 * PI), 0.5 - centre.x / PI);
  return textureSampleLevel(cells, cellSampler, uv, 0.0).gb / FULL_ARROW_WIND;
}

// 1 on the arrow of this velocity (1 = full length) drawn in this point's lattice cell, else 0.
fn arrowAt(lat: f32, lon: f32, velocity: vec2f) -> f32 {
  let centre = arrowCentre(lat, lon);
  let speed = length(velocity);
  if (centre.z == 0.0 || speed <= 0.0) { return 0.0; }
  let direction = velocity / speed;
  let local = vec2f((lon - centre.y) * cos(lat), lat - centre.x) / ARROW_SPACING;
  let half = 0.45 * clamp(speed, 0.15, 1.0);
  let along = dot(local, direction);
  let across = abs(dot(local, vec2f(-direction.y, direction.x)));
  let shaft = select(0.0, 1.0, abs(along) <= half && across < 0.035);
  let headLength = 0.18;
  let head = select(0.0, 1.0, along > half - headLength && along <= half + 0.02 && across < (half + 0.02 - along) * 0.6);
  return max(shaft, head);
}

// Isobars every ISOBAR_HPA, ISOBAR_WIDTH radians wide whatever the grid: 1 on a line, from the
// interpolated pressure (r) and its gradient (g, b: hPa a row spacing) at this pixel, so lines
// are as round as the pressure field.
const ISOBAR_HPA: f32 = 4.0;
const ISOBAR_WIDTH: f32 = 0.012;

fn isobarAt(cell: vec4f) -> f32 {
  let fromLine = abs(fract(cell.r / ISOBAR_HPA + 0.5) - 0.5) * ISOBAR_HPA;
  let halfWidthHpa = max(0.5 * ISOBAR_WIDTH / (PI / f32(globals.height)) * length(cell.gb), 1e-4);
  return 1.0 - smoothstep(0.4 * halfWidthHpa, halfWidthHpa, fromLine);
}
