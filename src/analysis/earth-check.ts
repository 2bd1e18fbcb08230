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

/** What the check reads from a present-day state. */
export interface EarthCheckInput {
  /** 24 floats a climate cell: the twelve monthly temperatures (deg C), then rains (mm/day), January first. */
  months: ArrayLike<number>;
  climateWidth: number;
  climateHeight: number;
  /** Terrain grid: metres above sea level, and the Köppen codes (0: ocean). */
  elevation: ArrayLike<number>;
  koppen: ArrayLike<number>;
  width: number;
  height: number;
  /** A Köppen code's main group, null for ocean (src/sim/koppen.ts). */
  groupOf: (code: number) => string | null;
  /** The land's share of each main group (src/io/koppen-field.ts koppenGroupSharesOfFields). */
  shares: Record<KoppenGroup, number>;
}

/** Zonal means over 10-degree bands, north to south: annual temperature (deg C) and rain over land and sea (mm/day). */
export interface ZonalBand { from: number; to: number; temperature: number; landRain: number; seaRain: number }

export interface EarthCheckResult {
  bands: ZonalBand[];
  temperature: { rows: { latitude: number; earth: number; model: number }[]; rmse: number };
  precipitation: { global: number; land: number; ocean: number; beltJanuary: number; beltJuly: number };
  shares: Record<KoppenGroup, number>;
  /** Each named place's group and its climate cell's annual mean, coldest and warmest months (deg C) and rain (mm/yr). */
  places: { name: string; expected: KoppenGroup; found: string | null; mean: number; coldest: number; warmest: number; rainMm: number }[];
  placesRight: number;
}

/** The Earth check's figures from a present-day state. */
export function earthCheck(input: EarthCheckInput): EarthCheckResult {
  const { climateWidth: cw, climateHeight: ch, width, height } = input;
  const cells = cw * ch;
  const monthly = (offset: number) => Float32Array.from({ length: cells }, (_, cell) => input.months[cell * 24 + offset]);
  const annual = (first: number) => Float32Array.from({ length: cells }, (_, cell) => {
    let sum = 0;
    for (let m = 0; m < 12; m++) sum += input.months[cell * 24 + first + m];
    return sum / 12;
  });
  // Each climate cell's land share, from the terrain cells under it.
  const block = width / cw;
  const land = new Float32Array(cells);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) if (input.elevation[y * width + x] > 0) land[Math.floor(y / block) * cw + Math.floor(x / block)] += 1 / (block * block);
  }
  const grid = (values: ArrayLike<number>) => ({ width: cw, height: ch, values });
  const rain = grid(annual(12));
  const koppen = { width, height, values: input.koppen };
  const places = NAMED_PLACES.map((place) => {
    const cell = rowOf(place.latitude, ch) * cw + columnOf(place.longitude, cw);
    const temperatures = Array.from({ length: 12 }, (_, m) => input.months[cell * 24 + m]);
    const rainMm = Array.from({ length: 12 }, (_, m) => input.months[cell * 24 + 12 + m]).reduce((a, b) => a + b, 0) * 365.25 / 12;
    return {
      name: place.name, expected: place.group, found: groupAt(koppen, place.latitude, place.longitude, input.groupOf),
      mean: temperatures.reduce((a, b) => a + b, 0) / 12, coldest: Math.min(...temperatures), warmest: Math.max(...temperatures), rainMm,
    };
  });
  const temperature = grid(annual(0));
  const bands: ZonalBand[] = [];
  for (let from = 90; from > -90; from -= 10) {
    const inBand = (cell: number) => {
      const latitude = rowLatitude(Math.floor(cell / cw), ch);
      return latitude <= from && latitude > from - 10;
    };
    bands.push({
      from, to: from - 10, temperature: areaMean(temperature, inBand),
      landRain: areaMean(rain, (cell) => inBand(cell) && land[cell] >= 0.5), seaRain: areaMean(rain, (cell) => inBand(cell) && land[cell] < 0.5),
    });
  }
  return {
    bands,
    temperature: zonalTemperature(temperature),
    precipitation: {
      global: areaMean(rain),
      land: areaMean(rain, (cell) => land[cell] >= 0.5),
      ocean: areaMean(rain, (cell) => land[cell] < 0.5),
      beltJanuary: rainBeltLatitude(grid(monthly(12))),
      beltJuly: rainBeltLatitude(grid(monthly(18))),
    },
    shares: input.shares,
    places,
    placesRight: places.filter((place) => place.found === place.expected).length / places.length,
  };
}

/** The check as markdown tables beside Earth's figures. */
export function formatEarthCheck(result: EarthCheckResult): string {
  const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
  const lines = ['| band | annual °C | land rain mm/day | sea rain mm/day |', '|---|---:|---:|---:|'];
  for (const band of result.bands) lines.push(`| ${band.from}..${band.to} | ${fixed(band.temperature)} | ${fixed(band.landRain, 2)} | ${fixed(band.seaRain, 2)} |`);
  lines.push('', '| latitude | Earth °C | model °C |', '|---:|---:|---:|');
  for (const row of result.temperature.rows) lines.push(`| ${row.latitude} | ${row.earth} | ${fixed(row.model)} |`);
  lines.push(`RMSE: ${fixed(result.temperature.rmse, 2)} °C`, '');
  const p = result.precipitation;
  lines.push('| precipitation | Earth | model |', '|---|---:|---:|');
  lines.push(`| global, mm/day | ${EARTH_PRECIPITATION.global} | ${fixed(p.global, 2)} |`, `| land, mm/day | ${EARTH_PRECIPITATION.land} | ${fixed(p.land, 2)} |`, `| ocean, mm/day | ${EARTH_PRECIPITATION.ocean} | ${fixed(p.ocean, 2)} |`);
  lines.push(`| rain belt in January, ° | ${EARTH_PRECIPITATION.beltJanuary} | ${fixed(p.beltJanuary)} |`, `| rain belt in July, ° | ${EARTH_PRECIPITATION.beltJuly} | ${fixed(p.beltJuly)} |`, '');
  lines.push('| Köppen group | Earth % of land | model % |', '|---|---:|---:|');
  for (const group of Object.keys(EARTH_KOPPEN_SHARES) as KoppenGroup[]) lines.push(`| ${group} | ${fixed(100 * EARTH_KOPPEN_SHARES[group])} | ${fixed(100 * result.shares[group])} |`);
  lines.push('', '| place | Earth | model | mean °C | coldest | warmest | rain mm/yr |', '|---|---|---|---:|---:|---:|---:|');
  for (const place of result.places) {
    lines.push(`| ${place.name} | ${place.expected} | ${place.found ?? 'sea'}${place.found === place.expected ? '' : ' ✗'} | ${fixed(place.mean)} | ${fixed(place.coldest)} | ${fixed(place.warmest)} | ${fixed(place.rainMm, 0)} |`);
  }
  lines.push(`Places in their main group: ${fixed(100 * result.placesRight, 0)} %`);
  return lines.join('\n');
}
