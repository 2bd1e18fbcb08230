// climate.weather: one representative day of the season (SIMULATION.md section 4).
// Pressure: the blurred annual mean plus season * the blurred January-July difference (hPa).
// Temperature (deg C), the article's form with a lapse rate in real units:
//   40 tanh(2.2 exp(-0.5 ((lat + 5 season) / 30)^2)) - 15 - (p - 1012) / 1.8 + 1.5 land
//   - 6.5 per km of mean land elevation.
// Wind (m/s): from high to low pressure, turned by the spin,
//   WIND_PER_GRADIENT * (coriolis sin(lat) (-grad.y, grad.x) - grad), grad in hPa per 1000 km,
//   capped at MAX_WIND.
// Water vapour (mm of precipitable water): evaporated from warm ocean and from the wet soil of
// the land (evapotranspiration, which recycles rain inland); carried by the wind afterwards, in
// substeps (climate.carry). Rain: a fraction a day (rainout) of humid air's vapour, less in dry
// air (below half the capacity, in proportion to the relative humidity), more where the air
// rises: blown up the land's slope (orographic lift) or where the wind converges (the ITCZ,
// lows), and what exceeds the air's capacity (about 7% more per deg C). Rain on land soaks the
// soil, a bucket (Manabe 1969) of FIELD_CAPACITY mm over the land: it evaporates at the rate of
// open water at its temperature (globals.evaporation's rule) while the bucket is over WET full,
// in proportion below; what overflows the bucket runs off to the rivers.
// The mean rain (mm/day, a 20-day running mean) feeds the rivers and the plants. Warming: the
// planet's temperature anomaly (humans.burn), 1.5 times over land (land warms faster than the
// ocean: IPCC AR6 gives 1.4-1.7), is added to every temperature.
// The cell also holds what people judge a place by: its mean temperature (the equinox day's:
// season 0 and the annual mean pressure), its annual rain (a running mean over about a year
// of ticks, mm/day) and the warming applied there. The cell: ClimateCell, shaders/common/cells.wgsl.

// The planet's scalars (shaders/humans/census.wgsl).
@group(3) @binding(0) var<storage, read> planetIn: Planet;

const WIND_PER_GRADIENT: f32 = 0.12;  // m/s per hPa/1000 km: westerlies of about 8 m/s
const MAX_WIND: f32 = 20.0;          // m/s
const FIELD_CAPACITY: f32 = 150.0;   // mm of water the soil holds (Manabe's bucket)
const WET: f32 = 0.75;               // of the capacity from which the soil evaporates freely
const LIFT_RAINOUT: f32 = 0.06;      // m/s of rising air that rains out all the vapour in a day
const MIXED_LAYER: f32 = 1000.0;     // m: depth of the converging surface air that is lifted
const HUMID: f32 = 0.5;              // relative humidity from which rain-out runs at full rate
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

  // Evaporation (mm/day): warm open water, and the wet soil of the land (per land area, so
  // weighted by the land fraction).
  let warmth = clamp(temperature / 30.0, 0.0, 1.3);
  let evapotranspiration = min(globals.evaporation * warmth * clamp(old.soil / (WET * FIELD_CAPACITY), 0.0, 1.0), old.soil);
  var vapour = old.vapour + (1.0 - land) * globals.evaporation * warmth + land * evapotranspiration;

  // Divergence of yesterday's wind (1/s), by central differences (north-south through the
  // cos-latitude weighted flux); negative where the air converges and must rise.
  let eastWind = climateIn[climateIndex(east)].wind.x;
  let westWind = climateIn[climateIndex(west)].wind.x;
  let northWind = climateIn[climateIndex(north)].wind.y * climateCosLatitude(north.y);
  let southWind = climateIn[climateIndex(south)].wind.y * climateCosLatitude(south.y);
  let divergence = (eastWind - westWind) / (2.0 * eastWestMetres(c.y))
    + (northWind - southWind) / (2.0 * northSouthMetres() * climateCosLatitude(c.y));
  // Orographic lift: the vertical speed (m/s) of air blown up the land's slope.
  let slope = vec2f(
    (pressureIn[climateIndex(east)].landElevation - pressureIn[climateIndex(west)].landElevation) / (2.0 * eastWestMetres(c.y)),
    (pressureIn[climateIndex(north)].landElevation - pressureIn[climateIndex(south)].landElevation) / (2.0 * northSouthMetres()));
  // Rising air, m/s: up the slope, and out of the converging surface layer.
  let lift = max(dot(wind, slope), 0.0) + max(-divergence, 0.0) * MIXED_LAYER;
  let capacity = vapourCapacity(temperature);
  let humidity = clamp(vapour / (HUMID * capacity), 0.0, 1.0);
  let fraction = clamp(globals.rainout * humidity + lift / LIFT_RAINOUT, 0.0, 0.9);
  let rain = min(vapour * fraction + 0.5 * max(vapour - capacity, 0.0), vapour);
  vapour -= rain;

  // The soil's water over the land (none where there is no land); the overflow runs off.
  let soil = select(0.0, min(old.soil - evapotranspiration + rain, FIELD_CAPACITY), land > 0.0);
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
