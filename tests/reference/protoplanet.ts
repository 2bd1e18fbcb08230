// CPU reference of the protoplanet passes (shaders/protoplanet/*.wgsl and common/noise.wgsl),
// in float64: the kernel tests compare the GPU's float32 results with it.

import { CELL_LAYOUTS } from '../../src/sim/cells';
import { hashKey, latticeRandom, type U3 } from '../../src/sim/hash';
import { AXIS_STEPS, cellPosition, diffusionWeight, neighbour, type Grid } from './sphere';

type V3 = [number, number, number];
const scale = (p: V3, s: number): V3 => [p[0] * s, p[1] * s, p[2] * s];

export function valueNoise(p: V3, key: U3): number {
  const cell = p.map(Math.floor) as V3;
  const f = p.map((v, i) => v - cell[i]);
  const u = f.map((t) => t * t * t * (t * (t * 6 - 15) + 10));
  const corner = (i: number) => latticeRandom([cell[0] + (i & 1), cell[1] + ((i >> 1) & 1), cell[2] + ((i >> 2) & 1)], key)[0] * 2 - 1;
  const mix = (a: number, b: number, t: number) => a + (b - a) * t;
  const x00 = mix(corner(0), corner(1), u[0]);
  const x10 = mix(corner(2), corner(3), u[0]);
  const x01 = mix(corner(4), corner(5), u[0]);
  const x11 = mix(corner(6), corner(7), u[0]);
  return mix(mix(x00, x10, u[1]), mix(x01, x11, u[1]), u[2]);
}

export function fbm(p: V3, key: U3): number {
  let sum = 0;
  let amplitude = 0.5;
  let frequency = 1;
  let norm = 0;
  for (let octave = 0; octave < 5; octave++) {
    sum += amplitude * valueNoise(scale(p, frequency), key);
    norm += amplitude;
    amplitude *= 0.5;
    frequency *= 2;
  }
  return sum / norm;
}

export function craters(x: V3, key: U3): number {
  const base = x.map(Math.floor) as V3;
  let sum = 0;
  let weights = 0;
  for (let i = -2; i <= 2; i++) {
    for (let j = -2; j <= 2; j++) {
      for (let k = -2; k <= 2; k++) {
        const cell: V3 = [base[0] + i, base[1] + j, base[2] + k];
        const offset = latticeRandom(cell, key);
        const d = Math.hypot(x[0] - cell[0] - 0.8 * offset[0], x[1] - cell[1] - 0.8 * offset[1], x[2] - cell[2] - 0.8 * offset[2]);
        const w = Math.exp(-4 * d);
        sum += w * Math.sin(2 * Math.PI * Math.sqrt(d));
        weights += w;
      }
    }
  }
  return Math.abs(sum / weights);
}

/** Elevation (model units) and crust temperature (deg C) of one cell at formation. */
export function generateCell(grid: Grid, seed: number, initialCrustTemp: number, x: number, y: number): [number, number] {
  const p = cellPosition(grid, x, y);
  const roughness = fbm(scale(p, 10), hashKey(seed, 5));
  let h = 0;
  for (let level = 0; level < 5; level++) {
    const crater = craters(scale(p, 0.6 * 2.2 ** level), hashKey(seed, level));
    h += Math.min(3 * 0.4 ** level, 1) * (crater + 0.4 * Math.exp(-3 * crater) * roughness);
  }
  h = h * h * h;
  const elevation = Math.min(Math.max(15 - 3.5 * h, 0), 15);
  return [elevation, Math.max(initialCrustTemp - 70 * elevation, 15)];
}

export interface CoolingParams { rate: number; dtYears: number; coolingTimeYears: number; ambient: number }

/** One tick of crust cooling on a whole grid of terrain cells (TerrainCell as floats per cell). */
export function coolStep(grid: Grid, cells: Float32Array | Float64Array, p: CoolingParams): Float64Array {
  const { words, members } = CELL_LAYOUTS.terrain;
  const crust = (i: number) => i * words + members.crustTemperature.word;
  const out = Float64Array.from(cells);
  const decay = Math.exp(-p.dtYears / p.coolingTimeYears);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const i = y * grid.width + x;
      const here = cells[crust(i)];
      let temperature = here;
      for (const [dx, dy] of AXIS_STEPS) {
        const [nx, ny] = neighbour(grid, x, y, dx, dy);
        temperature += diffusionWeight(grid, x, y, dx, dy, p.rate) * (cells[crust(ny * grid.width + nx)] - here);
      }
      out[crust(i)] = p.ambient + (temperature - p.ambient) * decay;
    }
  }
  return out;
}
