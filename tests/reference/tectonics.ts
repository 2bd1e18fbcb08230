// CPU reference of the tectonics and ocean passes (shaders/tectonics/*.wgsl, common/plates.wgsl, common/drift-source.wgsl, ocean/level.wgsl), float64.

import { oceanDepthMetres } from '../../src/sim/ocean-depth';
import { PLANET_RADIUS_M } from '../../src/sim/plates';
import { AXIS_STEPS, cellPosition, diffusionWeight, neighbour, type Grid } from './sphere';

/** A terrain: WORDS numbers per cell (TerrainCell: elevation, crust temperature, uplift, plate, oceanAge, parcel). */
export type Terrain = Float64Array<ArrayBuffer>;
export const WORDS = 6;
export const [ELEVATION, CRUST, UPLIFT, PLATE, OCEAN_AGE, PARCEL] = [0, 1, 2, 3, 4, 5];

/** The parcel word of continental crust at its cell's centre (bit 31); ocean crust's is 0. */
export const CONTINENTAL = 2 ** 31;

export interface TectonicsGlobals {
  seaLevel: number;
  upliftRate: number;
  upliftDiffusion: number;
  upliftDecay: number;
  talus: number;
  thermalErosion: number;
}

export type Vector = [number, number, number];

/** A plate as a rotation: about the unit vector `axis` by `turn` radians a tick. */
export interface Rotation { axis: Vector; turn: number }

const MAX_UPLIFTED = 25;

export const cross = (a: ArrayLike<number>, b: ArrayLike<number>): Vector =>
  [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

/** The unit vector v turned by `turn` radians about the unit vector `axis` (Rodrigues' formula). */
export function rotate(axis: ArrayLike<number>, turn: number, v: ArrayLike<number>): Vector {
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  const k = cross(axis, v);
  const along = dot(axis, v) * (1 - c);
  return [0, 1, 2].map((i) => v[i] * c + k[i] * s + axis[i] * along) as Vector;
}

/** Continuous grid coordinates (column, row) of a unit vector: cell centres on integers (drift-source.wgsl's sourcePoint finds the same point from angle differences). */
export function gridPoint(grid: Grid, v: ArrayLike<number>): [number, number] {
  const lat = Math.asin(Math.min(Math.max(v[1], -1), 1));
  let lon = Math.atan2(v[0], v[2]);
  if (lon < 0) lon += 2 * Math.PI;
  return [(lon / (2 * Math.PI)) * grid.width - 0.5, (0.5 - lat / Math.PI) * grid.height - 0.5];
}

/** Grid coordinates of the point the plate's rotation brings to the centre of cell (x, y) one tick later. */
export function sourcePoint(plate: Rotation, x: number, y: number, grid: Grid): [number, number] {
  return gridPoint(grid, rotate(plate.axis, -plate.turn, cellPosition(grid, x, y)));
}

/** The offset (columns east, rows south; each -1..1) and kind a parcel word packs (parcelOf in cells.wgsl). */
export function parcelOf(word: number): { offset: [number, number]; continental: boolean } {
  const signed = (bits: number) => (bits >= 0x4000 ? bits - 0x8000 : bits) / 16383;
  return { offset: [signed(word & 0x7fff), signed((word >>> 15) & 0x7fff)], continental: word >= CONTINENTAL };
}

/**
 * Which cell's parcel the cell `here` takes from the point q (claimOf in drift-source.wgsl), for a
 * plate that holds the cells where `holds` is true, their parcels at `offsetOf`: the nearest of
 * the four cells around q, with its distance (row spacings) and its offset seen from `here`.
 */
export function claim(grid: Grid, q: [number, number], here: [number, number], holds: (x: number, y: number) => boolean,
  offsetOf: (x: number, y: number) => [number, number]): { cell: [number, number]; distance: number; offset: [number, number] } | undefined {
  const cosQ = Math.cos((0.5 - (q[1] + 0.5) / grid.height) * Math.PI);
  const aspect = (2 * grid.height) / grid.width;
  let best: ReturnType<typeof claim>;
  for (let k = 0; k < 4; k++) {
    const y = Math.min(Math.max(Math.floor(q[1]) + (k >> 1), 0), grid.height - 1);
    const x = (((Math.floor(q[0]) + (k & 1)) % grid.width) + grid.width) % grid.width;
    if (!holds(x, y)) continue;
    const [ox, oy] = offsetOf(x, y);
    let dx = x + ox - q[0];
    dx -= grid.width * Math.round(dx / grid.width);
    const dy = y + oy - q[1];
    const distance = Math.hypot(dx * cosQ * aspect, dy);
    if (!best || distance < best.distance) {
      const scale = cosQ / Math.max(Math.sin(((here[1] + 0.5) / grid.height) * Math.PI), 1e-3);
      // packParcel keeps offsets within a cell each way.
      const clamp = (v: number) => Math.min(Math.max(v, -1), 1);
      best = { cell: [x, y], distance, offset: [clamp(dx * scale), clamp(dy)] };
    }
  }
  return best && best.distance <= 1 ? best : undefined;
}

/** A plate's velocity at its centre, cm/yr (east, north): omega x centre, omega the axis times the turn a year. */
export function velocityAtCentre(slot: { axis: ArrayLike<number>; turn: ArrayLike<number>; centre: ArrayLike<number> }, yearsPerTick: number): [number, number] {
  const metresPerYear = (slot.turn[0] / yearsPerTick) * PLANET_RADIUS_M;
  const v = cross(slot.axis, slot.centre).map((c) => c * metresPerYear * 100);
  const [x, y, z] = Array.from(slot.centre);
  const lat = Math.asin(y);
  const lon = Math.atan2(x, z);
  const east = [Math.cos(lon), 0, -Math.sin(lon)];
  const north = [-Math.sin(lon) * Math.sin(lat), Math.cos(lat), -Math.cos(lon) * Math.sin(lat)];
  return [dot(v, east), dot(v, north)];
}

/** Depth of ocean floor `age` Myr old below the datum, metres: the law plates.wgsl runs (src/sim/ocean-depth.ts). */
export { oceanDepthMetres };

/** Where worn continental crust rebounds to at a coast, model units above the sea (plates.wgsl CONTINENT_BASE). */
export const CONTINENT_BASE = 0.3;

/** Myr for ocean floor to settle most of the way to the depth of its age (drift.wgsl SETTLING_MYR). */
export const SETTLING_MYR = 5;

/**
 * One tick of drift.wgsl for a column that keeps its parcel (no plate motion there): the crust
 * ages by a tick and ocean floor settles toward the floor of its new age; continental crust
 * keeps its height (it rebounds in relief.wgsl, where the continents' cover is known).
 */
export function settle(elevation: number, age: number, continental: boolean, g: { seaDatum: number; metresPerUnit: number; dtYears: number }): [number, number] {
  const ageMyr = g.dtYears * 1e-6;
  const newAge = age + ageMyr;
  if (continental) return [elevation, newAge];
  const target = g.seaDatum - oceanDepthMetres(newAge) / g.metresPerUnit;
  return [elevation + (target - elevation) * (1 - Math.exp(-ageMyr / SETTLING_MYR)), newAge];
}

/** Share of the sphere of one cell of row y (level.wgsl): cos(latitude) sin(pi / 2H) / W. */
export function areaFraction(grid: Grid, y: number): number {
  return (Math.sin(((y + 0.5) / grid.height) * Math.PI) * Math.sin((0.5 * Math.PI) / grid.height)) / grid.width;
}

/**
 * The ocean's volume (mean depth over the sphere) that a sea level leaves over these elevations
 * (one per cell), with each row's cell area as a share of the sphere (default: areaFraction).
 */
export function oceanVolume(grid: Grid, elevations: ArrayLike<number>, level: number, rowAreas?: ArrayLike<number>): number {
  let volume = 0;
  for (let i = 0; i < grid.width * grid.height; i++) {
    const y = Math.floor(i / grid.width);
    volume += (rowAreas ? rowAreas[y] : areaFraction(grid, y)) * Math.max(level - elevations[i], 0);
  }
  return volume;
}

/** The sea level at which `volume` fills the basins: bisection of the increasing oceanVolume, float64. */
export function seaLevelFor(grid: Grid, elevations: ArrayLike<number>, volume: number, rowAreas?: ArrayLike<number>): number {
  let low = Math.min(...Array.from(elevations));
  let high = Math.max(...Array.from(elevations)) + volume + 1;
  for (let k = 0; k < 200 && high - low > 1e-12; k++) {
    const middle = 0.5 * (low + high);
    if (oceanVolume(grid, elevations, middle, rowAreas) < volume) low = middle;
    else high = middle;
  }
  return 0.5 * (low + high);
}

const index = (grid: Grid, x: number, y: number) => y * grid.width + x;
const column = (terrain: Terrain, i: number) => Array.from(terrain.subarray(i * WORDS, i * WORDS + WORDS));

/** Uplift spread within its plate, decay and gain, and thermal erosion between cells of the same crust, all from the same input (tectonics.relief). */
export function relief(grid: Grid, terrain: Terrain, g: TectonicsGlobals): Terrain {
  const out = new Float64Array(terrain.length);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const cell = column(terrain, index(grid, x, y));
      let u = cell[UPLIFT];
      let z = cell[ELEVATION];
      for (const [dx, dy] of AXIS_STEPS) {
        const other = column(terrain, index(grid, ...neighbour(grid, x, y, dx, dy)));
        if (other[PLATE] === cell[PLATE]) u += diffusionWeight(grid, x, y, dx, dy, g.upliftDiffusion) * (other[UPLIFT] - cell[UPLIFT]);
        const difference = other[ELEVATION] - cell[ELEVATION];
        // Nothing slides between continental and ocean crust (an isostatic step).
        if (parcelOf(other[PARCEL]).continental !== parcelOf(cell[PARCEL]).continental) continue;
        z += diffusionWeight(grid, x, y, dx, dy, g.thermalErosion) * Math.sign(difference) * Math.max(Math.abs(difference) - g.talus, 0);
      }
      u *= 1 - g.upliftDecay;
      const height = Math.max(cell[ELEVATION] - g.seaLevel, 1);
      const gain = (g.upliftRate * Math.min(Math.max(2 * u - 1, 0), 1)) / height;
      cell[ELEVATION] = Math.min(z + gain, Math.max(z, MAX_UPLIFTED));
      cell[UPLIFT] = u;
      out.set(cell, index(grid, x, y) * WORDS);
    }
  }
  return out;
}

/** Point i of the continents' Fibonacci lattice of n points (latticePoint in shaders/tectonics/continents.wgsl). */
export function latticePoint(i: number, n: number): Vector {
  const y = 1 - (2 * i + 1) / n;
  const longitude = (Math.imul(i, 0x61c88647) >>> 0) * ((2 * Math.PI) / 2 ** 32);
  const r = Math.sqrt(Math.max(1 - y * y, 0));
  return [Math.sin(longitude) * r, y, Math.cos(longitude) * r];
}
