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
