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

/** Surface air temperature: the article's form, lapse rate 6.5 deg C per km of land. */
export function temperature(latDeg: number, season: number, pressure: number, land: number, elevationMetres: number): number {
  const belt = 40 * Math.tanh(2.2 * Math.exp(-0.5 * ((latDeg + 5 * season) / 30) ** 2));
  return belt - 15 - (pressure - 1012) / 1.8 + 1.5 * land - (6.5 * elevationMetres) / 1000;
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
 * A day's rain, mm: `rainout` of the vapour, scaled down in air below half saturation, plus the
 * share that rising air (m/s; 0.06 m/s rains it all out) wrings out, capped at 0.9; plus half of
 * what exceeds the capacity.
 */
export function rainOf(vapour: number, temperatureC: number, liftMetresPerSecond: number, rainout: number): number {
  const capacity = vapourCapacity(temperatureC);
  const humidity = Math.min(Math.max(vapour / (0.5 * capacity), 0), 1);
  const fraction = Math.min(Math.max(rainout * humidity + liftMetresPerSecond / 0.06, 0), 0.9);
  return Math.min(vapour * fraction + 0.5 * Math.max(vapour - capacity, 0), vapour);
}

/** Tomorrow's soil water over the land, mm: the rain soaks in, evapotranspiration leaves, the overflow runs off. None without land. */
export function soilAfter(evaporation: number, soil: number, temperatureC: number, rain: number, land: number): number {
  return land > 0 ? Math.min(soil - evapotranspiration(evaporation, soil, temperatureC) + rain, FIELD_CAPACITY) : 0;
}
