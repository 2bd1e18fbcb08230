// The Earth check: a present-day climate on the Earth map against Earth's own figures: zonal
// annual temperature, precipitation over land and ocean, the rain belt's latitude in January
// and July, the Köppen main groups' land shares and the group found at named places.

/** Earth's zonal-mean annual surface temperature, deg C, at latitudes (deg; both hemispheres where not signed otherwise). */
export const EARTH_ZONAL_TEMPERATURE: readonly [number, number][] = [
  [0, 27], [25, 23], [-25, 23], [35, 16], [-35, 16], [45, 9], [-45, 9], [55, 3], [-55, 3], [65, -6], [85, -18], [-85, -45],
];

/** Earth's precipitation, mm/day (GPCP): global, land, ocean; and the rain belt's latitude in January and July (deg). */
export const EARTH_PRECIPITATION = { global: 2.7, land: 2.3, ocean: 2.9, beltJanuary: -5, beltJuly: 10 } as const;

/** Köppen main groups' shares of the land, Peel et al. (2007). */
export const EARTH_KOPPEN_SHARES = { A: 0.19, B: 0.302, C: 0.134, D: 0.246, E: 0.128 } as const;
export type KoppenGroup = keyof typeof EARTH_KOPPEN_SHARES;

/** Places and the main group Earth has there: name, latitude, longitude (deg, east positive). */
export const NAMED_PLACES: readonly { name: string; latitude: number; longitude: number; group: KoppenGroup }[] = [
  { name: 'Sahara', latitude: 23, longitude: 13, group: 'B' },
  { name: 'Arabia', latitude: 23, longitude: 47, group: 'B' },
  { name: 'Australian interior', latitude: -25, longitude: 134, group: 'B' },
  { name: 'Kalahari', latitude: -23, longitude: 22, group: 'B' },
  { name: 'Gobi', latitude: 43, longitude: 105, group: 'B' },
  { name: 'Amazon', latitude: -3, longitude: -60, group: 'A' },
  { name: 'Congo', latitude: 0, longitude: 22, group: 'A' },
  { name: 'Borneo', latitude: 1, longitude: 114, group: 'A' },
  { name: 'Siberia', latitude: 62, longitude: 110, group: 'D' },
  { name: 'Canada', latitude: 55, longitude: -100, group: 'D' },
  { name: 'Moscow', latitude: 55.7, longitude: 37.6, group: 'D' },
  { name: 'Alaska interior', latitude: 65, longitude: -150, group: 'D' },
  { name: 'Western Europe', latitude: 48.8, longitude: 2.3, group: 'C' },
  { name: 'Eastern China', latitude: 30, longitude: 115, group: 'C' },
  { name: 'South-eastern USA', latitude: 33, longitude: -85, group: 'C' },
  { name: 'Pampas', latitude: -35, longitude: -60, group: 'C' },
  { name: 'Greenland', latitude: 72, longitude: -40, group: 'E' },
  { name: 'Antarctica', latitude: -80, longitude: 0, group: 'E' },
];

/** A grid's values: rows from latitude +90, column 0 starting at 0 deg east. */
export interface Grid { width: number; height: number; values: ArrayLike<number> }

const rowLatitude = (y: number, height: number) => 90 - ((y + 0.5) / height) * 180;
const rowOf = (latitude: number, height: number) => Math.min(Math.max(Math.floor(((90 - latitude) / 180) * height), 0), height - 1);
const columnOf = (longitude: number, width: number) => Math.floor(((((longitude % 360) + 360) % 360) / 360) * width) % width;

/** Mean of a row of the grid (optionally only where `include` holds), or NaN for none. */
function rowMean(grid: Grid, y: number, include: (cell: number) => boolean = () => true): number {
  let sum = 0;
  let count = 0;
  for (let x = 0; x < grid.width; x++) {
    const cell = y * grid.width + x;
    if (include(cell)) {
      sum += grid.values[cell];
      count++;
    }
  }
  return count > 0 ? sum / count : NaN;
}

/** Area-weighted mean over the cells where `include` holds. */
export function areaMean(grid: Grid, include: (cell: number) => boolean = () => true): number {
  let sum = 0;
  let area = 0;
  for (let y = 0; y < grid.height; y++) {
    const weight = Math.cos((rowLatitude(y, grid.height) * Math.PI) / 180);
    for (let x = 0; x < grid.width; x++) {
      const cell = y * grid.width + x;
      if (!include(cell)) continue;
      sum += weight * grid.values[cell];
      area += weight;
    }
  }
  return area > 0 ? sum / area : NaN;
}

/** The zonal-mean temperature at each of Earth's reference latitudes, and the RMSE against Earth. */
export function zonalTemperature(annualTemperature: Grid): { rows: { latitude: number; earth: number; model: number }[]; rmse: number } {
  const rows = EARTH_ZONAL_TEMPERATURE.map(([latitude, earth]) => ({ latitude, earth, model: rowMean(annualTemperature, rowOf(latitude, annualTemperature.height)) }));
  const rmse = Math.sqrt(rows.reduce((sum, row) => sum + (row.model - row.earth) ** 2, 0) / rows.length);
  return { rows, rmse };
}

/** The latitude (deg) of the row with the most zonal-mean precipitation. */
export function rainBeltLatitude(precipitation: Grid): number {
  let best = 0;
  for (let y = 1; y < precipitation.height; y++) if (rowMean(precipitation, y) > rowMean(precipitation, best)) best = y;
  return rowLatitude(best, precipitation.height);
}

/**
 * The group at a named place: the nearest land cell's within two cells, or null when none is
 * land (`groupOf`: a code's main group, null for ocean: src/sim/koppen.ts).
 */
export function groupAt(koppen: Grid, latitude: number, longitude: number, groupOf: (code: number) => string | null): string | null {
  const y0 = rowOf(latitude, koppen.height);
  const x0 = columnOf(longitude, koppen.width);
  for (let radius = 0; radius <= 2; radius++) {
    for (let dy = -radius; dy <= radius; dy++) {
      for (let dx = -radius; dx <= radius; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== radius) continue;
        const y = Math.min(Math.max(y0 + dy, 0), koppen.height - 1);
        const group = groupOf(koppen.values[y * koppen.width + ((x0 + dx + koppen.width) % koppen.width)]);
        if (group) return group;
      }
    }
  }
  return null;
}
