// climate.weather: one representative day of the season (SIMULATION.md section 4).
// Pressure: the blurred annual mean plus season * the blurred January-July difference (hPa).
// Temperature (deg C): the article's belt for the annual mean, refitted to Earth's zonal means
// (0-70 deg N, within 0.6 deg C; its pressure term left out: it made the subtropical highs
// 5-10 deg C colder than Earth's), a lapse rate in real units, ice's albedo, and a seasonal
// swing from the sunshine:
//   50 tanh(1.6 exp(-0.5 (lat / 34)^2)) - 19 + 1.5 land - 6.5 per km of mean land elevation
//   - ice 0.2 Q_annual / 5.9 + swing (0.7 - 0.2 ice) (Q(lat, season) - Q_annual(lat)) / 5.9,
// Q the day's mean insolation (W/m2) at the season's solar declination (23.44 deg south in
// January) and Q_annual its yearly mean (North 1975: S0/4 (1 - 0.482 P2(sin lat))), 0.7 the
// share absorbed and 5.9 W/m2 per deg C the loss to space and to the other latitudes (Budyko's
// B + C). How much of that swing the air follows: SEA_SWING over the sea (a deep mixed layer),
// up to LAND_SWING deep inside a continent, where the land the wind has crossed (the fetch
// upwind, FETCH_KM) is all land; a coast the wind blows onto from the sea stays mild. Ice: where
// the annual mean without it is below ICE_FROM, ice and snow lie most of the year, fully by
// ICE_FULL, and reflect ICE_ALBEDO more of the sunshine (Budyko-Sellers' ice-albedo feedback):
// the annual mean falls and the summer's swing shrinks.
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
// The cell also holds what people judge a place by: its annual mean temperature, its annual rain (a running mean over about a year
// of ticks, mm/day) and the warming applied there. The cell: ClimateCell, shaders/common/cells.wgsl.

// The planet's scalars (shaders/humans/census.wgsl).
@group(3) @binding(0) var<storage, read> planetIn: Planet;

const WIND_PER_GRADIENT: f32 = 0.12;  // m/s per hPa/1000 km: westerlies of about 8 m/s
const MAX_WIND: f32 = 20.0;          // m/s
const FIELD_CAPACITY: f32 = 150.0;   // mm of water the soil holds (Manabe's bucket)
const WET: f32 = 0.75;               // of the capacity from which the soil evaporates freely
const LIFT_RAINOUT: f32 = 0.06;      // m/s of rising air that rains out all the vapour in a day
const MIXED_LAYER: f32 = 1000.0;     // m: depth of the converging surface air that is lifted
const HUMID: f32 = 0.7;              // relative humidity from which rain-out runs at full rate
const DRY_AIR: f32 = 0.25;           // and below which the air does not rain out (a desert's)
const MEAN_RAIN_WEIGHT: f32 = 0.05;  // of today's rain in the running mean
const ANNUAL_RAIN_WEIGHT: f32 = 0.005; // of today's rain in the annual running mean (200 ticks)
const LAND_WARMING: f32 = 1.5;       // land's warming over the global mean's
const SOLAR_CONSTANT: f32 = 1361.0;  // W/m2
const OBLIQUITY: f32 = 23.44;        // degrees
const ABSORBED: f32 = 0.7;           // of the sunshine, without ice (Earth's albedo 0.3)
const BUDYKO_LOSS: f32 = 5.9;        // W/m2 per deg C lost to space and to other latitudes (B + C)
const ICE_ALBEDO: f32 = 0.2;         // more of the sunshine reflected by ice and snow
const ICE_FROM: f32 = -6.0;          // deg C (annual mean without ice)
const ICE_FULL: f32 = -16.0;
const SEA_SWING: f32 = 0.12;         // of the radiative swing the air over the sea follows
const LAND_SWING: f32 = 0.85;        // and deep inside a continent (Yakutsk: about 29 deg C either way)
const FETCH_KM: f32 = 2000.0;        // how far upwind the land sets a place's continentality
const SINKING_DRYNESS: f32 = 0.01;   // m/s of sinking air that halves the rain-out (the subtropical highs' deserts)
// The Hadley cells' descending branches, which the surface wind does not show: air sinking at
// up to HADLEY_SINKING m/s about HADLEY_LATITUDE from the equator (HADLEY_WIDTH wide), 5 deg
// toward the equator in its hemisphere's winter: the belt of the subtropical deserts.
const HADLEY_SINKING: f32 = 0.02;
const HADLEY_LATITUDE: f32 = 25.0;
const HADLEY_WIDTH: f32 = 7.0;
const POLEWARD_WIND: f32 = 3.0;      // m/s poleward that cancels the descent

fn seasonalPressure(c: vec2i) -> f32 {
  let p = pressureIn[climateIndex(c)];
  return p.annual + globals.season * p.januaryMinusJuly;
}

// The day's mean insolation at the top of the air, W/m2, at latitude and solar declination (radians).
fn dailyInsolation(latitude: f32, declination: f32) -> f32 {
  let hourAngle = acos(clamp(-tan(latitude) * tan(declination), -1.0, 1.0));
  return SOLAR_CONSTANT / PI * (hourAngle * sin(latitude) * sin(declination) + cos(latitude) * cos(declination) * sin(hourAngle));
}

// The annual mean temperature (deg C) of a place, and the season's swing about it for the air
// that follows `swing` of the radiative one.
fn annualInsolation(latDeg: f32) -> f32 {
  let x = sin(radians(latDeg));
  return 0.25 * SOLAR_CONSTANT * (1.0 - 0.482 * 0.5 * (3.0 * x * x - 1.0));
}
// The annual mean without ice, deg C.
fn bareTemperature(latDeg: f32, land: f32, elevationMetres: f32) -> f32 {
  let x = latDeg / 34.0;
  return 50.0 * tanh(1.6 * exp(-0.5 * x * x)) - 19.0 + 1.5 * land - 6.5 * elevationMetres / 1000.0;
}
// The share of the year ice and snow lie, from the annual mean without them.
fn iceShare(bare: f32) -> f32 { return smoothstep(ICE_FROM, ICE_FULL, bare); }
fn annualTemperature(latDeg: f32, bare: f32) -> f32 { return bare - iceShare(bare) * ICE_ALBEDO * annualInsolation(latDeg) / BUDYKO_LOSS; }
fn seasonalSwing(latDeg: f32, season: f32, swing: f32, ice: f32) -> f32 {
  let latitude = radians(latDeg);
  let departure = dailyInsolation(clamp(latitude, -1.5697, 1.5697), radians(-OBLIQUITY * season)) - annualInsolation(latDeg);
  return swing * (ABSORBED - ICE_ALBEDO * ice) / BUDYKO_LOSS * departure;
}

// The share of the land along the wind's last FETCH_KM (four samples) and under the cell: 1
// deep in a continent, low on a coast the wind comes to from the sea. Still air: the cell's own.
// (A select, not an early return: a software adapter runs both sides of a branch.)
fn continentality(c: vec2i, wind: vec2f, size: vec2i) -> f32 {
  let own = pressureIn[climateIndex(c)].landFraction;
  var sum = own;
  let speed = length(wind);
  let upwind = -wind / max(speed, 1.0);
  for (var k = 1; k <= 4; k++) {
    let metres = f32(k) * 0.25 * FETCH_KM * 1000.0;
    let step = vec2i(round(vec2f(upwind.x * metres / eastWestMetres(c.y), -upwind.y * metres / northSouthMetres())));
    let at = vec2i((c.x + step.x + 64 * size.x) % size.x, clamp(c.y + step.y, 0, size.y - 1));
    sum += pressureIn[climateIndex(at)].landFraction;
  }
  return select(sum / 5.0, own, speed < 1.0);
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
  let swing = mix(SEA_SWING, LAND_SWING, land * continentality(c, old.wind, size));
  let bare = bareTemperature(degrees(latitude), land, surface.landElevation);
  let meanTemperature = annualTemperature(degrees(latitude), bare) + warming;
  let temperature = meanTemperature + seasonalSwing(degrees(latitude), globals.season, swing, iceShare(bare));

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
  // The large-scale vertical motion, m/s: up out of the converging surface layer, down where it
  // diverges and in the Hadley cells' descending branches. Rising air (and air blown up the
  // land's slope) rains; sinking air warms and dries as it comes down.
  let hemisphere = select(-1.0, 1.0, latitude >= 0.0);
  // (Less where the wind blows poleward: the subtropical highs' western flanks, the monsoons,
  // where air rises as it goes; more on their eastern flanks, where it comes back equatorward.)
  let equatorward = clamp(1.0 - hemisphere * wind.y / POLEWARD_WIND, 0.0, 2.0);
  let fromBelt = (abs(degrees(latitude)) - HADLEY_LATITUDE + 5.0 * globals.season * hemisphere) / HADLEY_WIDTH;
  let hadley = equatorward * HADLEY_SINKING * exp(-0.5 * fromBelt * fromBelt);
  let rising = -divergence * MIXED_LAYER - hadley;
  let lift = max(dot(wind, slope), 0.0) + max(rising, 0.0);
  let sinking = max(-rising, 0.0);
  let capacity = vapourCapacity(temperature);
  // Rain-out needs humid air: none below DRY_AIR of the capacity, full from HUMID.
  let humidity = smoothstep(DRY_AIR, HUMID, vapour / capacity);
  // Rising air rains only as humid air can (a desert's heat low lifts dry air and stays dry).
  let fraction = clamp(humidity * (globals.rainout / (1.0 + sinking / SINKING_DRYNESS) + lift / LIFT_RAINOUT), 0.0, 0.9);
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
