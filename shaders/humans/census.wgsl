// humans.census and humans.burn (SIMULATION.md section 6): the planet's global scalars,
// updated on the GPU by a two-level reduction. The planet field (Planet, shaders/common/cells.wgsl)
// holds the scalars and, in partials[k], the people counted by census invocation k.
// census: WORKGROUP_X invocations per row, each summing every WORKGROUP_X-th cell of its row
// (people = settled fraction * cell area * peopleCapacity, the people a km2 of fully settled land
// holds at this tick: few before farming, the present day's peopleDensity from the present day
// on; src/sim/people-curve.ts) into one partial sum: no workgroup
// barriers, which cost more than the sums on a software GPU.
// burn: one workgroup adds the partials up (a tree in workgroup memory), then burns fossil
// carbon and warms the planet:
//   released carbon C grows logistically toward the reserve R (extraction accelerates, then
//   the reserve runs out): dC/dt = (C + R / 100) (1 - C / R) demand / BURN_YEARS, where demand
//   is 1 while at least half the peak population lives, and less with fewer people;
//   CO2 = 280 ppm + C / 2.13 (2.13 Gt C per ppm; all of it stays in the air over these
//   centuries, the ocean's slow uptake left out);
//   the anomaly relaxes toward sensitivity * log2(CO2 / 280) with the ocean mixed layer's
//   OCEAN_LAG_YEARS e-folding time.

@group(1) @binding(0) var<storage, read> planetIn: Planet;
@group(1) @binding(1) var<storage, read_write> planetOut: Planet;
@group(2) @binding(0) var<storage, read> lifeIn: array<LifeCell>;

const PREINDUSTRIAL_CO2: f32 = 280.0;  // ppm
const GT_CARBON_PER_PPM: f32 = 2.13;
const BURN_YEARS: f32 = 20.0;          // e-folding time of the burning's growth, years
const OCEAN_LAG_YEARS: f32 = 20.0;     // years for the temperature to follow the CO2

var<workgroup> sums: array<f32, WORKGROUP_X * WORKGROUP_Y>;

// Add up `sums` across the workgroup (a power-of-two size); the total ends in sums[0].
fn reduceWorkgroup(local: u32) {
  for (var stride = WORKGROUP_X * WORKGROUP_Y / 2u; stride > 0u; stride /= 2u) {
    workgroupBarrier();
    if (local < stride) { sums[local] += sums[local + stride]; }
  }
  workgroupBarrier();
}

// Area of a row-y cell, km2: R^2 (2 pi / width) (sin(north edge) - sin(south edge)), that is
// R^2 (2 pi / width) 2 cos(lat) sin(half a row). The small sine by its series: WGSL's sin() is
// only held to 2^-11 absolute, a percent of sin(half a row).
fn cellAreaKm2(y: u32) -> f32 {
  let halfRow = 0.5 * PI / f32(globals.height);
  let band = 2.0 * rowCosLatitude(i32(y)) * halfRow * (1.0 - halfRow * halfRow / 6.0);
  return EARTH_RADIUS_KM * EARTH_RADIUS_KM * 2.0 * PI / f32(globals.width) * band;
}

// Dispatched over WORKGROUP_X x height invocations.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn census(@builtin(global_invocation_id) id: vec3u) {
  if (id.x >= WORKGROUP_X || id.y >= globals.height) { return; }
  var settled = 0.0;
  for (var x = id.x; x < globals.width; x += WORKGROUP_X) { settled += lifeIn[id.y * globals.width + x].people; }
  planetOut.partials[id.y * WORKGROUP_X + id.x] = settled * cellAreaKm2(id.y) * globals.peopleCapacity;
  if (all(id.xy == vec2u(0u))) { planetOut.scalars = planetIn.scalars; }
}

// Dispatched as a single workgroup, after census.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn burn(@builtin(local_invocation_index) local: u32) {
  let partials = WORKGROUP_X * globals.height;
  var people = 0.0;
  for (var k = local; k < partials; k += WORKGROUP_X * WORKGROUP_Y) { people += planetIn.partials[k]; }
  sums[local] = people;
  reduceWorkgroup(local);
  if (local != 0u) { return; }
  let population = sums[0];
  let old = planetIn.scalars;
  let peak = max(old.peakPopulation, population);
  let reserve = globals.fossilCarbon;
  var carbon = old.carbon;
  if (globals.industryOn != 0u && reserve > 0.0) {
    let demand = clamp(2.0 * population / max(peak, 1.0), 0.0, 1.0);
    let rate = (carbon + 0.01 * reserve) * (1.0 - carbon / reserve) * demand / BURN_YEARS;
    carbon = min(carbon + rate * globals.dtYears, reserve);
  }
  let co2 = PREINDUSTRIAL_CO2 + carbon / GT_CARBON_PER_PPM;
  let equilibrium = globals.climateSensitivity * log2(co2 / PREINDUSTRIAL_CO2);
  let anomaly = mix(old.anomaly, equilibrium, 1.0 - exp(-globals.dtYears / OCEAN_LAG_YEARS));
  planetOut.scalars = PlanetScalars(carbon, co2, anomaly, population, peak);
}

// Before people: no carbon burnt, pre-industrial CO2, no warming, nobody.
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reset(@builtin(local_invocation_index) local: u32) {
  if (local == 0u) {
    planetOut.scalars = PlanetScalars(0.0, PREINDUSTRIAL_CO2, 0.0, 0.0, 0.0);
  }
}
