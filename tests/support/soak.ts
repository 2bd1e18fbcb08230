// The soak: the whole story, stopping at every era boundary to check that every field is finite
// and inside its physical bounds, with a table of each field's minimum and maximum per era.
// Shared by tests/e2e/story/soak.ts (128x64, in CI, on the story page) and `npm run soak` (any grid).

import { createHash } from 'node:crypto';
import { SCHEMA } from '../../src/params';
import { CLIMATE_CELL_FLOATS } from '../../src/sim/fields';
import { END_TICK, eraStartTick, ERAS } from '../../src/timeline';

/** What the soak reads from a running app (an AppPage, or the soak script's page). */
export interface SoakDriver {
  seek(tick: number): Promise<number>;
  readTerrain(): Promise<number[]>;
  readWater(): Promise<number[]>;
  readClimate(): Promise<number[]>;
  readLife(): Promise<number[]>;
  readPlanet(): Promise<{ carbon: number; co2: number; anomaly: number; population: number; peakPopulation: number }>;
}

/** A field's physical bounds: the component it is in, its stride, and its allowed range. */
interface Bound {
  name: string;
  unit: string;
  source: 'terrain' | 'water' | 'climate' | 'life' | 'planet';
  offset: number;
  min: number;
  max: number;
  integer?: boolean;
}

const PPM_PER_GT_C = 1 / 2.13;
const MAX_CO2 = 280 + SCHEMA.fossilCarbon.default * PPM_PER_GT_C;

/** Every bound, with why. Elevation in model units (600 m each): 0 the lowest floor, 25 the highest relief builds. */
export const BOUNDS: readonly Bound[] = [
  { name: 'elevation', unit: 'units of 600 m', source: 'terrain', offset: 0, min: 0, max: 25 },
  // The crust never hotter than the melt it formed as, never colder than the ambient 15 deg C (float32 slack).
  { name: 'crust temperature', unit: '°C', source: 'terrain', offset: 1, min: 15 - 1e-3, max: SCHEMA.initialCrustTemp.default },
  { name: 'uplift', unit: '', source: 'terrain', offset: 2, min: 0, max: 1 },
  { name: 'plate', unit: 'id', source: 'terrain', offset: 3, min: 0, max: SCHEMA.plateCount.default, integer: true },
  // Discharge: rain summed over at most every cell of the grid; sediment never negative.
  { name: 'discharge', unit: 'cell areas × m/yr', source: 'water', offset: 0, min: 0, max: 1e6 },
  { name: 'sediment', unit: 'units', source: 'water', offset: 1, min: 0, max: 1e6 },
  // Earth's sea-level pressure has stayed within 870..1085 hPa.
  { name: 'pressure', unit: 'hPa', source: 'climate', offset: 0, min: 850, max: 1150 },
  // Earth's record extremes are -89 and +57 deg C; the warming may add 15 more.
  { name: 'temperature', unit: '°C', source: 'climate', offset: 1, min: -100, max: 75 },
  { name: 'vapour', unit: 'mm', source: 'climate', offset: 2, min: 0, max: 150 },
  { name: 'rain', unit: 'mm/day', source: 'climate', offset: 3, min: 0, max: 500 },
  { name: 'wind east', unit: 'm/s', source: 'climate', offset: 4, min: -150, max: 150 },
  { name: 'wind north', unit: 'm/s', source: 'climate', offset: 5, min: -150, max: 150 },
  { name: 'soil moisture', unit: 'mm', source: 'climate', offset: 6, min: 0, max: 2000 },
  { name: 'mean temperature', unit: '°C', source: 'climate', offset: 8, min: -100, max: 75 },
  { name: 'annual rain', unit: 'mm/day', source: 'climate', offset: 9, min: 0, max: 500 },
  { name: 'warming', unit: '°C', source: 'climate', offset: 10, min: -1, max: 40 },
  // Lotka-Volterra populations: never negative, and bounded (a blow-up would leave any bound).
  { name: 'plants', unit: 'model units', source: 'life', offset: 0, min: 0, max: 1000 },
  { name: 'herbivores', unit: 'model units', source: 'life', offset: 1, min: 0, max: 1000 },
  { name: 'carnivores', unit: 'model units', source: 'life', offset: 2, min: 0, max: 1000 },
  { name: 'people', unit: 'settled fraction', source: 'life', offset: 3, min: 0, max: 1 },
  { name: 'carbon burnt', unit: 'Gt C', source: 'planet', offset: 0, min: 0, max: SCHEMA.fossilCarbon.default * 1.001 },
  { name: 'CO2', unit: 'ppm', source: 'planet', offset: 1, min: 280, max: MAX_CO2 * 1.001 },
  { name: 'anomaly', unit: '°C', source: 'planet', offset: 2, min: -1, max: 40 },
  { name: 'population', unit: 'people', source: 'planet', offset: 3, min: 0, max: 2e10 },
];

const STRIDES = { terrain: 4, water: 4, climate: CLIMATE_CELL_FLOATS, life: 4, planet: 4 } as const;

export interface SoakStop {
  era: string;
  tick: number;
  /** The tick the app's seek reported reaching. */
  reached: number;
  /** SHA-256 of every field and planet scalar read at the stop (as float32 bits). */
  digest: string;
  /** Per bound: the minimum and maximum seen (NaN when a value was not finite). */
  ranges: { name: string; min: number; max: number }[];
  failures: string[];
}

/** The ticks the soak stops at: formation, every era boundary, the end. */
export function soakTicks(): number[] {
  return [0, ...ERAS.slice(1).map((_, i) => eraStartTick(i + 1)), END_TICK];
}

/** Check one moment: every value finite and inside its bounds. */
export async function checkMoment(driver: SoakDriver, tick: number): Promise<SoakStop> {
  const reached = await driver.seek(tick);
  const planet = await driver.readPlanet();
  const sources = {
    terrain: await driver.readTerrain(),
    water: await driver.readWater(),
    climate: await driver.readClimate(),
    life: await driver.readLife(),
    planet: [planet.carbon, planet.co2, planet.anomaly, planet.population],
  };
  const failures: string[] = [];
  if (reached !== tick) failures.push(`seek reached ${reached}, not ${tick}`);
  if (planet.peakPopulation < planet.population) failures.push(`peak population ${planet.peakPopulation} below the population ${planet.population}`);
  const ranges = BOUNDS.map((bound) => {
    const values = sources[bound.source];
    let min = Infinity;
    let max = -Infinity;
    let bad = 0;
    for (let i = bound.offset; i < values.length; i += STRIDES[bound.source]) {
      const value = values[i];
      if (!Number.isFinite(value) || value < bound.min || value > bound.max || (bound.integer && !Number.isInteger(value))) bad++;
      if (!Number.isFinite(value)) { min = NaN; max = NaN; continue; }
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (bad > 0) failures.push(`${bound.name}: ${bad} values outside ${bound.min}..${bound.max}${bound.integer ? ' (whole)' : ''} (seen ${min}..${max})`);
    return { name: bound.name, min, max };
  });
  const era = ERAS[Math.min(soakTicks().indexOf(tick), ERAS.length - 1)]?.name ?? `tick ${tick}`;
  const hash = createHash('sha256');
  for (const values of Object.values(sources)) hash.update(new Uint8Array(Float32Array.from(values).buffer));
  return { era: tick === END_TICK ? 'Last tick' : era, tick, reached, digest: hash.digest('hex'), ranges, failures };
}

/** The soak's table: one row per field, a min..max column per stop. */
export function soakTable(stops: readonly SoakStop[]): string {
  const format = (value: number) => (Number.isNaN(value) ? 'NaN' : Math.abs(value) >= 1e5 ? value.toExponential(2) : Number(value.toPrecision(4)).toString());
  const header = `| field | unit | bounds | ${stops.map((stop) => `${stop.era} (${stop.tick})`).join(' | ')} |`;
  const rule = `|---|---|---|${stops.map(() => '---|').join('')}`;
  const rows = BOUNDS.map((bound, b) => `| ${bound.name} | ${bound.unit} | ${format(bound.min)}..${format(bound.max)} | ${stops.map((stop) => `${format(stop.ranges[b].min)}..${format(stop.ranges[b].max)}`).join(' | ')} |`);
  return [header, rule, ...rows].join('\n');
}
