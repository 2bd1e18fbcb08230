// climate.blurEastWest and climate.blurNorthSouth: a Gaussian blur of the pressure (x: annual,
// y: January-July) with a standard deviation of blurDegrees of arc, separable and true to the
// sphere. A fixed number of taps, spread over three standard deviations, so the cost does not
// grow with the width. The land fraction and elevation (z, w) pass through.
// East-west: along a row the spacing is 2 pi cos(lat) / width, so the blur spans more columns
// toward the poles (near a pole it wraps the whole ring: the ring's mean). Taps fall between
// columns and are interpolated; every row is a ring and the same weights shift with the cell,
// so a row's sum is kept.
// North-south: along a meridian and on over a pole (to longitude + 180). Cells shrink toward
// the poles, so a plain convolution would move pressure poleward; instead each pair of cells
// exchanges g * min(area, area) * (difference), the same amount both ways, so the
// area-weighted mean is kept exactly.

const BLUR_TAPS: i32 = 7;  // each side of the centre

fn gaussianTap(k: i32, spacingInSigmas: f32) -> f32 {
  let x = f32(k) * spacingInSigmas;
  return exp(-0.5 * x * x);
}

fn sigmaRadians() -> f32 { return radians(globals.blurDegrees); }

// The two pressures that are blurred: (annual, January-July), hPa.
fn pressureOf(cell: PressureCell) -> vec2f { return vec2f(cell.annual, cell.januaryMinusJuly); }

// Pressure (annual, delta) at a fractional column of a row, wrapping in longitude.
fn pressureAlongRow(y: i32, column: f32) -> vec2f {
  let width = f32(globals.climateWidth);
  let wrapped = column - floor(column / width) * width;
  let x0 = i32(floor(wrapped));
  let t = wrapped - f32(x0);
  let x1 = select(x0 + 1, 0, x0 + 1 >= i32(globals.climateWidth));
  let a = pressureOf(pressureIn[climateIndex(vec2i(x0, y))]);
  let b = pressureOf(pressureIn[climateIndex(vec2i(x1, y))]);
  return mix(a, b, t);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn blurEastWest(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let c = vec2i(id.xy);
  let own = pressureIn[climateIndex(c)];
  // Standard deviation in columns on this row, and the tap spacing in columns.
  let sigmaColumns = sigmaRadians() / (2.0 * PI * climateCosLatitude(c.y) / f32(globals.climateWidth));
  let stride = max(1.0, 3.0 * sigmaColumns / f32(BLUR_TAPS));
  var sum = vec2f(0.0);
  var weights = 0.0;
  for (var k = -BLUR_TAPS; k <= BLUR_TAPS; k++) {
    let w = gaussianTap(k, stride / sigmaColumns);
    sum += w * pressureAlongRow(c.y, f32(c.x) + f32(k) * stride);
    weights += w;
  }
  let blurred = sum / weights;
  pressureOut[climateIndex(c)] = PressureCell(blurred.x, blurred.y, own.landFraction, own.landElevation);
}

// The cell rows away along the meridian, over a pole onto the far meridian (longitude + 180);
// a step longer than the grid (a wide blur on a coarse grid) stops at the pole row.
fn alongMeridian(c: vec2i, rows: i32) -> vec2i {
  let cell = neighbourOn(c, vec2i(0, rows), climateSize());
  return vec2i(cell.x, clamp(cell.y, 0, i32(globals.climateHeight) - 1));
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn blurNorthSouth(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let c = vec2i(id.xy);
  let own = pressureIn[climateIndex(c)];
  let area = climateCosLatitude(c.y);
  let sigmaRows = sigmaRadians() / (PI / f32(globals.climateHeight));
  let stride = max(1, i32(round(3.0 * sigmaRows / f32(BLUR_TAPS))));
  var weights = 0.0;
  for (var k = -BLUR_TAPS; k <= BLUR_TAPS; k++) { weights += gaussianTap(k, f32(stride) / sigmaRows); }
  var change = vec2f(0.0);
  for (var k = -BLUR_TAPS; k <= BLUR_TAPS; k++) {
    if (k == 0) { continue; }
    let other = alongMeridian(c, k * stride);
    let exchange = gaussianTap(k, f32(stride) / sigmaRows) / weights * min(area, climateCosLatitude(other.y)) / area;
    change += exchange * (pressureOf(pressureIn[climateIndex(other)]) - pressureOf(own));
  }
  let blurred = pressureOf(own) + change;
  pressureOut[climateIndex(c)] = PressureCell(blurred.x, blurred.y, own.landFraction, own.landElevation);
}
