// climate.weather: one representative day of the season (SIMULATION.md section 4).
// Pressure: the blurred annual mean plus season * the blurred January-July difference (hPa).
// Temperature (deg C), the article's form with a lapse rate in real units:
//   40 tanh(2.2 exp(-0.5 ((lat + 5 season) / 30)^2)) - 15 - (p - 1012) / 1.8 + 1.5 land
//   - 6.5 per km of mean land elevation.
// Wind (m/s): from high to low pressure, turned by the spin,
//   WIND_PER_GRADIENT * (coriolis sin(lat) (-grad.y, grad.x) - grad), grad in hPa per 1000 km,
//   capped at MAX_WIND.
// Water vapour (mm of precipitable water): carried by last day's wind through the cell faces
// (donor-cell fluxes, the same amount leaving one cell and entering the other, so advection
// keeps the total exactly; a semi-Lagrangian step would not); evaporation over warm ocean and
// from wet soil; rain: a fraction a day (rainout), more where the wind climbs the land
// (orographic lift), and what exceeds the air's capacity (about 7% more per deg C). Rain on
// land soaks the soil, which dries 5% a day. The mean rain (mm/day, a 20-day running mean)
// feeds the rivers. Warming: the planet's temperature anomaly (humans.burn), 1.5 times over
// land (land warms faster than the ocean: IPCC AR6 gives 1.4-1.7), is added to every temperature.
// The cell also holds what people judge a place by: its mean temperature (the equinox day's:
// season 0 and the annual mean pressure), its annual rain (a running mean over about a year
// of ticks, mm/day) and the warming applied there. The cell: ClimateCell, shaders/common/cells.wgsl.

// The planet's scalars (shaders/humans/census.wgsl).
@group(3) @binding(0) var<storage, read> planetIn: Planet;

const WIND_PER_GRADIENT: f32 = 0.12;  // m/s per hPa/1000 km: westerlies of about 8 m/s
const DAY_SECONDS: f32 = 86400.0;
const MAX_WIND: f32 = 20.0;          // m/s
const MAX_COURANT: f32 = 0.2;        // of a cell per face a day: four faces never empty a cell
const SOIL_DRYING: f32 = 0.05;       // of the soil's water a day
const MEAN_RAIN_WEIGHT: f32 = 0.05;  // of today's rain in the running mean
const ANNUAL_RAIN_WEIGHT: f32 = 0.005; // of today's rain in the annual running mean (200 ticks)
const LAND_WARMING: f32 = 1.5;       // land's warming over the global mean's

fn seasonalPressure(c: vec2i) -> f32 {
  let p = pressureIn[climateIndex(c)];
  return p.annual + globals.season * p.januaryMinusJuly;
}

fn temperatureAt(latDeg: f32, season: f32, pressure: f32, land: f32, elevationMetres: f32) -> f32 {
  let belt = 40.0 * tanh(2.2 * exp(-0.5 * pow((latDeg + 5.0 * season) / 30.0, 2.0)));
  return belt - 15.0 - (pressure - 1012.0) / 1.8 + 1.5 * land - 6.5 * elevationMetres / 1000.0;
}

// Spacing between cell centres, metres: east-west on row y (kept above a tenth of the
// equator's so the pole rows stay sane), and north-south.
fn eastWestMetres(y: i32) -> f32 {
  return 2.0 * PI * EARTH_RADIUS_KM * 1000.0 * max(climateCosLatitude(y), 0.1) / f32(globals.climateWidth);
}
fn northSouthMetres() -> f32 { return PI * EARTH_RADIUS_KM * 1000.0 / f32(globals.climateHeight); }

// Vapour (mm) moving east through the face between a cell and its east neighbour on row y.
fn eastwardFlux(west: u32, east: u32, y: i32) -> f32 {
  let a = climateIn[west];
  let b = climateIn[east];
  let courant = clamp(0.5 * (a.wind.x + b.wind.x) * DAY_SECONDS / eastWestMetres(y), -MAX_COURANT, MAX_COURANT);
  return courant * select(b.vapour, a.vapour, courant > 0.0);
}

// Vapour moving north through the face between row y (south) and row y - 1 (north), in mm times
// equatorial cell areas: the face's length is cos of its latitude.
fn northwardFlux(south: u32, north: u32, y: i32) -> f32 {
  let a = climateIn[south];
  let b = climateIn[north];
  let courant = clamp(0.5 * (a.wind.y + b.wind.y) * DAY_SECONDS / northSouthMetres(), -MAX_COURANT, MAX_COURANT);
  let faceLength = sin(f32(y) / f32(globals.climateHeight) * PI);
  return courant * faceLength * select(b.vapour, a.vapour, courant > 0.0);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn weather(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let c = vec2i(id.xy);
  let size = climateSize();
  let index = climateIndex(c);
  let old = climateIn[index];
  let surface = pressureIn[index];
  let land = surface.landFraction;
  let latitude = climateLatitude(c.y);

  let east = neighbourOn(c, vec2i(1, 0), size);
  let west = neighbourOn(c, vec2i(-1, 0), size);
  let north = neighbourOn(c, vec2i(0, -1), size);
  let south = neighbourOn(c, vec2i(0, 1), size);
  let pressure = seasonalPressure(c);
  let warming = planetIn.scalars.anomaly * mix(1.0, LAND_WARMING, land);
  let temperature = temperatureAt(degrees(latitude), globals.season, pressure, land, surface.landElevation) + warming;
  let meanTemperature = temperatureAt(degrees(latitude), 0.0, surface.annual, land, surface.landElevation) + warming;

  // Pressure gradient, hPa per 1000 km (x east, y north), and the wind it drives.
  let gradient = 1e6 * vec2f(
    (seasonalPressure(east) - seasonalPressure(west)) / (2.0 * eastWestMetres(c.y)),
    (seasonalPressure(north) - seasonalPressure(south)) / (2.0 * northSouthMetres()));
  let rawWind = WIND_PER_GRADIENT * (globals.coriolis * sin(latitude) * vec2f(-gradient.y, gradient.x) - gradient);
  // The Coriolis term grows toward the poles, where the polar highs' steep gradients would
  // blow gales: surface winds are capped at MAX_WIND.
  let wind = rawWind * min(1.0, MAX_WIND / max(length(rawWind), 1e-6));

  // Advection through the four faces; no flux over a pole (the face there has no length).
  let area = climateCosLatitude(c.y);
  var vapour = old.vapour
    - eastwardFlux(index, climateIndex(east), c.y) + eastwardFlux(climateIndex(west), index, c.y);
  if (c.y > 0) { vapour -= northwardFlux(index, climateIndex(north), c.y) / area; }
  if (c.y < size.y - 1) { vapour += northwardFlux(climateIndex(south), index, c.y + 1) / area; }

  // Evaporation (mm/day): warm open water, and wet soil.
  let warmth = clamp(temperature / 30.0, 0.0, 1.3);
  let soilEvaporation = SOIL_DRYING * 0.5 * old.soil * land * clamp(temperature / 30.0, 0.0, 1.0);
  vapour += (1.0 - land) * globals.evaporation * warmth + soilEvaporation;

  // Orographic lift: the vertical speed (m/s) of air blown up the land's slope.
  let slope = vec2f(
    (pressureIn[climateIndex(east)].landElevation - pressureIn[climateIndex(west)].landElevation) / (2.0 * eastWestMetres(c.y)),
    (pressureIn[climateIndex(north)].landElevation - pressureIn[climateIndex(south)].landElevation) / (2.0 * northSouthMetres()));
  let lift = max(dot(wind, slope), 0.0);
  let capacity = vapourCapacity(temperature);
  let fraction = clamp(globals.rainout + lift / 0.06, 0.0, 0.9);
  let rain = min(vapour * fraction + 0.5 * max(vapour - capacity, 0.0), vapour);
  vapour -= rain;

  let soil = old.soil * (1.0 - SOIL_DRYING) + land * rain;
  let meanRain = mix(old.meanRain, rain, MEAN_RAIN_WEIGHT);
  let annualRain = mix(old.annualRain, rain, ANNUAL_RAIN_WEIGHT);
  climateOut[index] = ClimateCell(pressure, temperature, vapour, rain, wind, soil, meanRain, meanTemperature, annualRain, warming);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reset(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let index = climateIndex(vec2i(id.xy));
  // A still, mild, moist start: 1013 hPa, 15 deg C, 10 mm of vapour, dry soil, no rain yet.
  climateOut[index] = ClimateCell(1013.0, 15.0, 10.0, 0.0, vec2f(0.0), 0.0, 0.0, 15.0, 0.0, 0.0);
}
