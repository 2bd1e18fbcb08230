// CPU reference of the tectonics passes (shaders/tectonics/*.wgsl, common/plates.wgsl): the
// discrete choices (which plate steps, which cell joins which plate) are bit-exact with the GPU
// (same hash, float32 comparisons via Math.fround); elevations are float64.

import { pcg3d, random3 } from '../../src/sim/hash';
import { AXIS_STEPS, diffusionWeight, neighbour, type Grid } from './sphere';

/** A terrain: 4 numbers per cell (elevation, crust temperature, uplift, plate). */
export type Terrain = Float64Array<ArrayBuffer>;

export interface TectonicsGlobals {
  seed: number;
  tick: number;
  seaLevel: number;
  ambientTemp: number;
  upliftRate: number;
  upliftDiffusion: number;
  upliftDecay: number;
  talus: number;
  thermalErosion: number;
}

const RIFT_FLOOR = 3.5;
const MAX_UPLIFTED = 25;
const MOVE_SALT = 0x30e5;
const GROW_SALT = 0x6a0b;

const f32 = Math.fround;

/** Plates' velocities (vx, vy; cells per tick, east and south): plate p's is entry p - 1. */
export type PlateVelocities = readonly (readonly [number, number])[];

/** The velocities of plates 1, 2, ...: every one in use, seeded at cell 0 on the GPU. */
export function velocityTable(...velocities: [number, number][]): PlateVelocities {
  return velocities;
}

/** The one-cell step (dx, dy) plate p takes at this tick, from its float32 velocity. */
export function plateStep(table: PlateVelocities, p: number, seed: number, tick: number): [number, number] {
  if (p === 0 || p > table.length) return [0, 0];
  const vx = f32(table[p - 1][0]);
  const vy = f32(table[p - 1][1]);
  const speed = f32(Math.abs(vx) + Math.abs(vy));
  const [rx, ry] = random3([seed >>> 0, (p * 0x10000 + MOVE_SALT) >>> 0, tick >>> 0]);
  if (speed <= 0 || rx >= speed) return [0, 0];
  if (f32(ry * speed) < Math.abs(vx)) return [Math.sign(vx), 0];
  return [0, Math.sign(vy)];
}

const index = (grid: Grid, x: number, y: number) => y * grid.width + x;

function mapCells(grid: Grid, terrain: Terrain, cell: (x: number, y: number, i: number) => number[]): Terrain {
  const out = new Float64Array(terrain.length);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) out.set(cell(x, y, index(grid, x, y)), index(grid, x, y) * 4);
  }
  return out;
}

const column = (terrain: Terrain, i: number) => Array.from(terrain.subarray(i * 4, i * 4 + 4));

/** Aggregation: each unassigned cell takes the plate of one hashed 4-neighbour. */
export function grow(grid: Grid, terrain: Terrain, g: TectonicsGlobals): Terrain {
  return mapCells(grid, terrain, (x, y, i) => {
    const cell = column(terrain, i);
    if (cell[3] === 0) {
      const [r] = pcg3d([i, g.tick >>> 0, ((g.seed >>> 0) ^ GROW_SALT) >>> 0]);
      const [dx, dy] = AXIS_STEPS[r % 4];
      const [nx, ny] = neighbour(grid, x, y, dx, dy);
      cell[3] = terrain[index(grid, nx, ny) * 4 + 3];
    }
    return cell;
  });
}

export function drift(grid: Grid, terrain: Terrain, table: PlateVelocities, g: TectonicsGlobals): Terrain {
  const step = (p: number) => plateStep(table, p, g.seed, g.tick);
  return mapCells(grid, terrain, (x, y, i) => {
    const own = column(terrain, i);
    const [ownDx, ownDy] = step(own[3]);
    for (const [dx, dy] of AXIS_STEPS) {
      const [sx, sy] = neighbour(grid, x, y, dx, dy);
      const other = column(terrain, index(grid, sx, sy));
      const [mx, my] = step(other[3]);
      if (mx === 0 && my === 0) continue;
      const [tx, ty] = neighbour(grid, sx, sy, mx, my);
      if (tx !== x || ty !== y) continue;
      const result = [...other];
      if (own[3] !== 0 && other[3] !== own[3] && ownDx === 0 && ownDy === 0) {
        // Subduction: the overridden cell's rock above the ocean-floor level piles on.
        result[0] = Math.min(other[0] + Math.max(own[0] - RIFT_FLOOR, 0), Math.max(other[0], MAX_UPLIFTED));
        result[2] = 1;
      }
      return result;
    }
    if (ownDx !== 0 || ownDy !== 0) return [RIFT_FLOOR, g.ambientTemp, 0, 0];
    return own;
  });
}

/** Growth, uplift and thermal erosion, all from the same input (tectonics.relief). */
export function relief(grid: Grid, terrain: Terrain, g: TectonicsGlobals): Terrain {
  const grownPlates = grow(grid, terrain, g);
  return mapCells(grid, terrain, (x, y, i) => {
    const cell = column(terrain, i);
    let u = cell[2];
    let z = cell[0];
    for (const [dx, dy] of AXIS_STEPS) {
      const other = column(terrain, index(grid, ...neighbour(grid, x, y, dx, dy)));
      if (other[3] === cell[3]) u += diffusionWeight(grid, x, y, dx, dy, g.upliftDiffusion) * (other[2] - cell[2]);
      const difference = other[0] - cell[0];
      z += diffusionWeight(grid, x, y, dx, dy, g.thermalErosion) * Math.sign(difference) * Math.max(Math.abs(difference) - g.talus, 0);
    }
    u *= 1 - g.upliftDecay;
    const height = Math.max(cell[0] - g.seaLevel, 1);
    const gain = g.upliftRate * Math.min(Math.max(2 * u - 1, 0), 1) / height;
    cell[0] = Math.min(z + gain, Math.max(z, MAX_UPLIFTED));
    cell[2] = u;
    cell[3] = grownPlates[i * 4 + 3];
    return cell;
  });
}
