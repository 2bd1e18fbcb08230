// Shared by the tectonics and ocean kernel tests: terrains of whole cells, runs of the passes, and block measures.
import { pcg3d } from '../../src/sim/hash';
import { cellArea, cellPosition, type Grid } from '../reference/sphere';
import * as reference from '../reference/tectonics';
import type { KernelPage } from './kernel-page';
import type { PlateRotation, TectonicsPassName } from './kernels';

export type { Grid };
export const { WORDS, ELEVATION, CRUST, UPLIFT, PLATE, OCEAN_AGE, PARCEL, CONTINENTAL } = reference;

/** Globals of these tests: the app's tectonics defaults in model units, the sea at the datum. */
export const GLOBALS = {
  seaLevel: 11, seaDatum: 11, metresPerUnit: 600, ambientTemp: 15,
  upliftRate: 0.2, upliftDiffusion: 0.1, upliftDecay: 0.002, talus: 1, thermalErosion: 0.05,
};
/** Years a tick in these runs (the kernel page's globals at tick 0: the protoplanet era's 150 Myr over 900 ticks). */
export const DT_YEARS = 150e6 / 900;
export const TICK_MYR = DT_YEARS * 1e-6;

export const hashFloat = (i: number, salt: number) => pcg3d([i, salt, 77])[0] / 2 ** 32;

export interface CellSpec { elevation?: number; uplift?: number; plate?: number; age?: number; continental?: boolean }

/** A TerrainCell's six words. */
export function cellOf({ elevation = 8, uplift = 0, plate = 1, age = 100, continental = false }: CellSpec): number[] {
  return [elevation, 15, uplift, plate, age, continental ? CONTINENTAL : 0];
}

/** A terrain from a function of the cell. */
export function terrainOf(grid: Grid, cell: (x: number, y: number) => CellSpec): number[] {
  const out: number[] = [];
  for (let y = 0; y < grid.height; y++) for (let x = 0; x < grid.width; x++) out.push(...cellOf(cell(x, y)));
  return out;
}

export const channel = (terrain: ArrayLike<number>, c: number) => Array.from({ length: terrain.length / WORDS }, (_, i) => terrain[i * WORDS + c]);

/** The continental bit of a parcel word read back through decodeCells (a float32: 2**31 rounds to within 256). */
export const isContinental = (word: number) => word >= 2 ** 31 - 256;

export interface Run {
  grid: Grid;
  start: number[];
  plates?: PlateRotation[];
  passes: TectonicsPassName[];
  ticks: number;
  globals?: Record<string, number>;
  water?: number[];
  /** Continent points (x, y, z, plate each). */
  points?: number[];
}

type Kernels = Pick<KernelPage, 'call'>;

export function gpuRun(kernels: Kernels, run: Run) {
  return kernels.call('runTectonics', {
    ...run.grid, start: run.start, plates: run.plates ?? [], globals: { ...GLOBALS, ...run.globals }, passes: run.passes, ticks: run.ticks, water: run.water, points: run.points,
  });
}

/** The relief pass on the CPU for some ticks. */
export function cpuRelief(run: Run): reference.Terrain {
  let terrain: reference.Terrain = Float64Array.from(run.start);
  for (let tick = 0; tick < run.ticks; tick++) terrain = reference.relief(run.grid, terrain, { ...GLOBALS, ...run.globals });
  return terrain;
}

/** A plate about the pole through unit vector `axis`, turning `turn` radians a tick. */
export const rotation = (axis: number[], turn: number): PlateRotation => {
  const length = Math.hypot(...axis);
  return { axis: axis.map((c) => c / length) as [number, number, number], turn };
};

/** Area-weighted cell count (equatorial cells) and centroid direction (unit vector) of the cells where `inside`. */
export function blockOf(grid: Grid, inside: (i: number) => boolean): { area: number; centroid: reference.Vector } {
  let area = 0;
  const sum = [0, 0, 0];
  for (let i = 0; i < grid.width * grid.height; i++) {
    if (!inside(i)) continue;
    const y = Math.floor(i / grid.width);
    const a = cellArea(grid, y);
    const p = cellPosition(grid, i % grid.width, y);
    area += a;
    for (let k = 0; k < 3; k++) sum[k] += a * p[k];
  }
  const length = Math.hypot(...sum);
  return { area, centroid: sum.map((c) => c / length) as reference.Vector };
}

/** Angle between two unit vectors, radians. */
export const angleBetween = (a: ArrayLike<number>, b: ArrayLike<number>) => Math.acos(Math.min(Math.max(reference.dot(a, b), -1), 1));

/** True for the cells within `radius` radians of the unit vector `centre`. */
export const withinCap = (grid: Grid, centre: ArrayLike<number>, radius: number) =>
  (x: number, y: number) => angleBetween(cellPosition(grid, x, y), centre) < radius;
