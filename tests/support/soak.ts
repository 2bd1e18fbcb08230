// The soak: the whole story, stopping at every era boundary to check that every field is finite
// and inside its physical bounds, with a table of each field's minimum and maximum per era.
// Shared by tests/e2e/story/soak.ts (128x64, in CI, on the story page) and `npm run soak` (any grid).

import { createHash } from 'node:crypto';
import { SCHEMA } from '../../src/params';
import { CELL_LAYOUTS, type CellField } from '../../src/sim/cells';
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

/**
 * A value's physical bounds: the cell member it is (src/sim/cells.ts places it; `component` for a
 * vector's), or a planet scalar, and its allowed range.
 */
interface Bound {
  name: string;
  unit: string;
  source: Exclude<CellField, 'pressure' | 'months'> | 'planet';
  member: string;
  component?: number;
  min: number;
  max: number;
  integer?: boolean;
}

const PPM_PER_GT_C = 1 / 2.13;
const MAX_CO2 = 280 + SCHEMA.fossilCarbon.default * PPM_PER_GT_C;

/** Every bound, with why. Elevation in model units (600 m each): 0 the lowest floor, 25 the highest relief builds. */
export const BOUNDS: readonly Bound[] = [
  { name: 'elevation', unit: 'units of 600 m', source: 'terrain', member: 'elevation', min: 0, max: 25 },
  // The crust never hotter than the melt it formed as, never colder than the ambient 15 deg C (float32 slack).
  { name: 'crust temperature', unit: '°C', source: 'terrain', member: 'crustTemperature', min: 15 - 1e-3, max: SCHEMA.initialCrustTemp.default },
  { name: 'uplift', unit: '', source: 'terrain', member: 'uplift', min: 0, max: 1 },
  { name: 'plate', unit: 'id', source: 'terrain', member: 'plate', min: 0, max: SCHEMA.plateCount.default, integer: true },
  // Discharge: rain summed over at most every cell of the grid; sediment never negative.
  { name: 'discharge', unit: 'cell areas × m/yr', source: 'water', member: 'discharge', min: 0, max: 1e6 },
  { name: 'sediment', unit: 'units', source: 'water', member: 'sediment', min: 0, max: 1e6 },
  // Earth's sea-level pressure has stayed within 870..1085 hPa.
  { name: 'pressure', unit: 'hPa', source: 'climate', member: 'pressure', min: 850, max: 1150 },
  // Earth's record extremes are -89 and +57 deg C; the warming may add 15 more.
  { name: 'temperature', unit: '°C', source: 'climate', member: 'temperature', min: -100, max: 75 },
  { name: 'vapour', unit: 'mm', source: 'climate', member: 'vapour', min: 0, max: 150 },
  { name: 'rain', unit: 'mm/day', source: 'climate', member: 'rain', min: 0, max: 500 },
  { name: 'wind east', unit: 'm/s', source: 'climate', member: 'wind', component: 0, min: -150, max: 150 },
  { name: 'wind north', unit: 'm/s', source: 'climate', member: 'wind', component: 1, min: -150, max: 150 },
  { name: 'soil moisture', unit: 'mm', source: 'climate', member: 'soil', min: 0, max: 2000 },
  { name: 'mean temperature', unit: '°C', source: 'climate', member: 'meanTemperature', min: -100, max: 75 },
  { name: 'annual rain', unit: 'mm/day', source: 'climate', member: 'annualRain', min: 0, max: 500 },
  { name: 'warming', unit: '°C', source: 'climate', member: 'warming', min: -1, max: 40 },
  // Lotka-Volterra populations: never negative, and bounded (a blow-up would leave any bound).
  { name: 'plants', unit: 'model units', source: 'life', member: 'plants', min: 0, max: 1000 },
  { name: 'herbivores', unit: 'model units', source: 'life', member: 'herbivores', min: 0, max: 1000 },
  { name: 'carnivores', unit: 'model units', source: 'life', member: 'carnivores', min: 0, max: 1000 },
  { name: 'people', unit: 'settled fraction', source: 'life', member: 'people', min: 0, max: 1 },
  { name: 'carbon burnt', unit: 'Gt C', source: 'planet', member: 'carbon', min: 0, max: SCHEMA.fossilCarbon.default * 1.001 },
  { name: 'CO2', unit: 'ppm', source: 'planet', member: 'co2', min: 280, max: MAX_CO2 * 1.001 },
  { name: 'anomaly', unit: '°C', source: 'planet', member: 'anomaly', min: -1, max: 40 },
  { name: 'population', unit: 'people', source: 'planet', member: 'population', min: 0, max: 2e10 },
];

/** Where a bound's values sit in what the soak reads: the first one and the stride. */
function placeOf(bound: Bound): { first: number; stride: number } {
  if (bound.source === 'planet') return { first: PLANET_SCALARS.indexOf(bound.member as typeof PLANET_SCALARS[number]), stride: PLANET_SCALARS.length };
  const layout = CELL_LAYOUTS[bound.source];
  const member = layout.members[bound.member];
  if (!member) throw new Error(`No member ${bound.member} in a ${bound.source} cell`);
  return { first: member.word + (bound.component ?? 0), stride: layout.words };
}

/** The planet's scalars the soak bounds, in the order it lists them. */
const PLANET_SCALARS = ['carbon', 'co2', 'anomaly', 'population'] as const;

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
    planet: PLANET_SCALARS.map((name) => planet[name]),
  };
  const failures: string[] = [];
  if (reached !== tick) failures.push(`seek reached ${reached}, not ${tick}`);
  if (planet.peakPopulation < planet.population) failures.push(`peak population ${planet.peakPopulation} below the population ${planet.population}`);
  const ranges = BOUNDS.map((bound) => {
    const values = sources[bound.source];
    let min = Infinity;
    let max = -Infinity;
    let bad = 0;
    const { first, stride } = placeOf(bound);
    for (let i = first; i < values.length; i += stride) {
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
