// climate.months: the climate grid's running climatology (MonthsCell, shaders/common/cells.wgsl),
// after each day of weather. The tick's month is m = floor(12 (tick % yearTicks) / yearTicks);
// its mean (deg C, mm/day) moves toward the day's temperature and rain by an exponential mean of
// weight 1 / (ticks a month), so it is a running climatology over about the last year or two
// (a month's days of a year ago weigh e^-1 of this year's) that converges within a few model
// years; the other eleven months are copied. A month not yet seen (MONTH_UNSET, as
// climate.resetMonths leaves them) takes the day's values outright, so every month has a mean
// after one year of climate.
// The means are half floats (pack2x16float), whose steps (2^-6 deg C at 20 deg C) are larger
// than a day's move of the mean (a twentieth, or at long years a 240th, of the day's departure):
// rounded to the nearest half float the mean would stop short of its target. So it is rounded
// stochastically (up with the probability of its distance from the half float below), which is
// unbiased: the mean converges, wandering by a few steps. The hash makes that rounding the same
// on every replay.

// The means (group 1, updated in place: a cell reads and writes only its own; src/gpu/in-place-field.ts)
// and the latest climate (group 2, read: binding 0 of its step group).
@group(1) @binding(0) var<storage, read_write> climatology: array<MonthsCell>;
@group(2) @binding(0) var<storage, read> climateLatest: array<ClimateCell>;

// Means are kept within this, so that rounding up stays below the largest half float (65504;
// pack2x16float of more is undefined).
const MEAN_LIMIT: f32 = 60000.0;
const MONTHS_SALT: u32 = 0x307a5u;

// x as one of the two half floats around it: the upper with probability (x - lower) / spacing,
// for r uniform in [0, 1). Exact in f32, so pack2x16float keeps it as it is.
fn roundToHalf(x: f32, r: f32) -> f32 {
  // The spacing of half floats at x: 10 fraction bits, and no finer than the subnormals' 2^-24.
  let spacing = exp2(max(f32(frexp(x).exp) - 11.0, -24.0));
  let lower = floor(x / spacing) * spacing;
  return lower + select(0.0, spacing, x - lower > r * spacing);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn months(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let index = climateIndex(vec2i(id.xy));
  let year = max(globals.yearTicks, 12u);
  let month = 12u * (globals.tick % year) / year;
  let weight = 12.0 / f32(year);  // 1 / (ticks a month)
  let day = climateLatest[index];
  let today = vec2f(day.temperature, max(day.rain, 0.0));
  var cell = climatology[index];
  let old = unpack2x16float(cell.means[month]);
  let mean = clamp(select(mix(old, today, weight), today, old.y < 0.0), vec2f(-MEAN_LIMIT), vec2f(MEAN_LIMIT));
  let r = random3(vec3u(index, globals.tick, globals.seed ^ MONTHS_SALT));
  cell.means[month] = pack2x16float(vec2f(roundToHalf(mean.x, r.x), roundToHalf(mean.y, r.y)));
  climatology[index] = cell;
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn resetMonths(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  // No month seen yet.
  let unset = pack2x16float(MONTH_UNSET);
  var cell: MonthsCell;
  for (var m = 0u; m < 12u; m++) { cell.means[m] = unset; }
  climatology[climateIndex(vec2i(id.xy))] = cell;
}
