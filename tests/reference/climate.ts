// CPU reference of the climate formulas (SIMULATION.md section 4), written from the spec, not
// from the shaders: pressure in hPa from latitude in degrees, temperature in deg C.

/** Annual mean sea-level pressure: land and ocean formulas mixed by the land fraction. */
export function annualPressure(latDeg: number, land: number): number {
  const ocean = 1014.5 - 20 * Math.cos((latDeg * Math.PI) / 30);
  const ground = 1012.5 - 6 * Math.cos((latDeg * Math.PI) / 45);
  return ocean + (ground - ocean) * land;
}

/** January minus July sea-level pressure. */
export function januaryMinusJuly(latDeg: number, land: number): number {
  const ocean = (20 * Math.sin((latDeg * Math.PI) / 35) * Math.abs(latDeg)) / 90;
  const ground = 15 * Math.sin((latDeg * Math.PI) / 90);
  return ocean + (ground - ocean) * land;
}

/**
 * Surface air temperature, deg C: the annual mean (the article's belt refitted to Earth's zonal
 * means, lapse rate 6.5 deg C a km, ice's albedo 0.2 more where the mean without it is -6 to
 * -16 deg C) plus the season's swing of the radiative balance (0.7 of the day's mean insolation
 * less its yearly mean, over 5.9 W/m2 a degree; the ice's share of it less), of which the air
 * follows 0.12 over the sea and up to 0.85 over land whose fetch (`continentality`) is all land.
 */
export function temperature(latDeg: number, season: number, land: number, elevationMetres: number, continentality = land): number {
  const bare = 50 * Math.tanh(1.6 * Math.exp(-0.5 * (latDeg / 34) ** 2)) - 19 + 1.5 * land - (6.5 * elevationMetres) / 1000;
  const t = Math.min(Math.max((bare + 6) / -10, 0), 1);
  const ice = t * t * (3 - 2 * t);
  const x = Math.sin((latDeg * Math.PI) / 180);
  const yearly = (1361 / 4) * (1 - 0.482 * ((3 * x * x - 1) / 2));
  const lat = Math.min(Math.max((latDeg * Math.PI) / 180, -1.5697), 1.5697);
  const declination = (-23.44 * season * Math.PI) / 180;
  const hourAngle = Math.acos(Math.min(Math.max(-Math.tan(lat) * Math.tan(declination), -1), 1));
  const daily = (1361 / Math.PI) * (hourAngle * Math.sin(lat) * Math.sin(declination) + Math.cos(lat) * Math.cos(declination) * Math.sin(hourAngle));
  const follows = 0.12 + (0.85 - 0.12) * land * continentality;
  return bare - (ice * 0.2 * yearly) / 5.9 + (follows * (0.7 - 0.2 * ice) * (daily - yearly)) / 5.9;
}

/** The Hadley cells' sinking air, m/s, in still air: 0.02 m/s at 25 deg from the equator, 5 deg nearer it in its hemisphere's winter. */
export function hadleySinking(latDeg: number, season: number): number {
  const hemisphere = latDeg >= 0 ? 1 : -1;
  return 0.02 * Math.exp(-0.5 * ((Math.abs(latDeg) - 25 + 5 * season * hemisphere) / 7) ** 2);
}

/** Latitude of a row's centre in degrees (row 0 next to +90). */
export function rowLatitudeDeg(height: number, y: number): number { return 90 - ((y + 0.5) / height) * 180; }

/** Area weight of a row: cos of its latitude. */
export function rowWeight(height: number, y: number): number { return Math.sin(((y + 0.5) / height) * Math.PI); }

/** Water vapour the air holds at saturation, mm of precipitable water: about 7% more per deg C. */
export function vapourCapacity(temperatureC: number): number { return 50 * Math.exp(0.07 * (temperatureC - 25)); }

/** Ocean evaporation, mm/day over the whole cell: `evaporation` (mm/day at 30 deg C) in proportion to warmth, over the water. */
export function oceanEvaporation(evaporation: number, temperatureC: number, land: number): number {
  return (1 - land) * evaporation * Math.min(Math.max(temperatureC / 30, 0), 1.3);
}

/** Soil water the land holds, mm (Manabe's bucket); what overflows runs off. */
export const FIELD_CAPACITY = 150;

/**
 * Evapotranspiration, mm/day over the land: open water's rate at this temperature while the
 * soil is over three quarters full, in proportion below, never more than the soil holds.
 */
export function evapotranspiration(evaporation: number, soil: number, temperatureC: number): number {
  const potential = oceanEvaporation(evaporation, temperatureC, 0);
  return Math.min(potential * Math.min(Math.max(soil / (0.75 * FIELD_CAPACITY), 0), 1), soil);
}

/**
 * A day's rain, mm: `rainout` of the vapour (halved by 0.01 m/s of sinking air), plus the share
 * that rising air (m/s; 0.06 m/s rains it all out) wrings out, both as humid air allows (none
 * below a relative humidity of 0.25, all from 0.7, smoothly), capped at 0.9; plus half of what
 * exceeds the capacity.
 */
export function rainOf(vapour: number, temperatureC: number, liftMetresPerSecond: number, rainout: number, sinkingMetresPerSecond = 0): number {
  const capacity = vapourCapacity(temperatureC);
  const t = Math.min(Math.max((vapour / capacity - 0.25) / 0.45, 0), 1);
  const humidity = t * t * (3 - 2 * t);
  const fraction = Math.min(Math.max(humidity * (rainout / (1 + sinkingMetresPerSecond / 0.01) + liftMetresPerSecond / 0.06), 0), 0.9);
  return Math.min(vapour * fraction + 0.5 * Math.max(vapour - capacity, 0), vapour);
}

/** Tomorrow's soil water over the land, mm: the rain soaks in, evapotranspiration leaves, the overflow runs off. None without land. */
export function soilAfter(evaporation: number, soil: number, temperatureC: number, rain: number, land: number): number {
  return land > 0 ? Math.min(soil - evapotranspiration(evaporation, soil, temperatureC) + rain, FIELD_CAPACITY) : 0;
}
