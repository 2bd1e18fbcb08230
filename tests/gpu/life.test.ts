// Kernel tests of life.grow against the CPU reference (tests/reference/life.ts): the step
// itself, bounded cycles, deserts and ice left bare, plants spreading from where they grow.
import { describe, expect, it } from 'vitest';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { pcg3d } from '../../src/sim/hash';
import { lotkaVolterra, plantGrowth } from '../reference/life';
import { useKernelPage } from './kernel-page';

const kernels = useKernelPage();

const GRID = { width: 32, height: 16 };
const cells = GRID.width * GRID.height;
const climateCells = cells / 16;
const SEA = 7.25;
const hashFloat = (i: number, salt: number) => pcg3d([i, salt, 5])[0] / 2 ** 32;
const TERRAIN = CELL_LAYOUTS.terrain;
/** A terrain cell at this elevation: crust at 15 deg C, no uplift, plate 1, ocean age and parcel 0. */
const terrainCell = (elevation: number) => {
  const cell = new Array<number>(TERRAIN.words).fill(0);
  [cell[TERRAIN.members.elevation.word], cell[TERRAIN.members.crustTemperature.word], cell[TERRAIN.members.plate.word]] = [elevation, 15, 1];
  return cell;
};
const allLand = Array.from({ length: cells }, () => terrainCell(SEA + 1)).flat();
/** A climate of one temperature and mean rain everywhere. */
const climateOf = (temperature: number, rain: number) => Array.from({ length: climateCells }, () => [1013, temperature, 10, rain, 0, 0, 10, rain, temperature, rain, 0, 0]).flat();
const uniformLife = (x: number, y: number, z: number) => Array.from({ length: cells }, () => [x, y, z, 0]).flat();
const run = (climate: number[], life: number[], ticks: number, readEvery?: number, terrain = allLand) =>
  kernels.call('runLife', { ...GRID, terrain, climate, life, globals: { seaLevel: SEA }, ticks, readEvery });

describe('life.grow', () => {
  it('takes the Lotka-Volterra step of the CPU reference (uniform populations: no migration)', async () => {
    for (const [temperature, rain, start] of [[20, 2, [1, 0.5, 0.2]], [10, 0.5, [0.3, 1.2, 0.8]], [30, 4, [2, 0.1, 0.05]]] as const) {
      const [gpu] = await run(climateOf(temperature, rain), uniformLife(start[0], start[1], start[2]), 1);
      const cpu = lotkaVolterra([...start], plantGrowth(rain, temperature), temperature);
      for (let i = 0; i < cells; i++) {
        // Float32 against float64: 1e-5 relative.
        for (let k = 0; k < 3; k++) expect(Math.abs(gpu[i * 4 + k] - cpu[k]) / cpu[k]).toBeLessThan(1e-5);
      }
    }
  });

  it('cycles a cell around its equilibrium without diverging or dying (no migration)', async () => {
    const reads = await run(climateOf(20, 2), uniformLife(1, 0.3, 0.3), 3000, 10);
    const herbivores = reads.map((life) => life[1]);
    const mean = herbivores.reduce((a, b) => a + b, 0) / herbivores.length;
    let crossings = 0;
    for (let k = 1; k < herbivores.length; k++) if ((herbivores[k - 1] - mean) * (herbivores[k] - mean) < 0) crossings++;
    expect(crossings).toBeGreaterThan(6);
    const range = (part: number[]) => Math.max(...part) - Math.min(...part);
    const third = Math.floor(herbivores.length / 3);
    const early = range(herbivores.slice(0, third));
    const late = range(herbivores.slice(-third));
    // Neither spiralling out nor settling: the late swing within a factor 2 of the early one.
    expect(late).toBeLessThan(2 * early);
    expect(late).toBeGreaterThan(0.5 * early);
    for (const life of reads) for (const v of life) expect(Number.isFinite(v) && v >= 0 && v <= 20).toBe(true);
  });

  it('stays finite, never negative, over a long run on rough populations and mixed land and sea', async () => {
    const terrain = Array.from({ length: cells }, (_, i) => terrainCell(SEA + (hashFloat(i, 1) < 0.7 ? 1 : -1))).flat();
    const life = Array.from({ length: cells }, (_, i) => [3 * hashFloat(i, 2), 3 * hashFloat(i, 3), 3 * hashFloat(i, 4), 0]).flat();
    const reads = await run(climateOf(22, 2.5), life, 2000, 500, terrain);
    for (const read of reads) {
      for (let i = 0; i < cells; i++) {
        for (let k = 0; k < 3; k++) {
          const v = read[i * 4 + k];
          expect(Number.isFinite(v) && v >= 0 && v <= 20).toBe(true);
          // The sea holds no life.
          if (terrain[i * TERRAIN.words + TERRAIN.members.elevation.word] <= SEA) expect(v).toBe(0);
        }
      }
    }
  });

  it('leaves deserts and ice bare: plants die out where growth is zero', async () => {
    for (const [temperature, rain] of [[25, 0], [-20, 3]]) {
      const [life] = await run(climateOf(temperature, rain), uniformLife(1, 0.2, 0.1), 600);
      for (let i = 0; i < cells; i++) expect(life[i * 4]).toBeLessThan(0.01);
    }
  });

  it('greens more where it rains more: mean plants over the run rise with the rain', async () => {
    const meanPlants = async (rain: number) => {
      const reads = await run(climateOf(20, rain), uniformLife(0.5, 0.2, 0.1), 1500, 10);
      return reads.slice(50).reduce((sum, life) => sum + life[0], 0) / (reads.length - 50);
    };
    const dry = await meanPlants(0.6);
    const wet = await meanPlants(3);
    // Measured about 0.03 at 0.6 mm/day and 1.7 at 3 mm/day.
    expect(wet).toBeGreaterThan(5 * dry);
  });
});
