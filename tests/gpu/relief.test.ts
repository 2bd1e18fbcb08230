// Kernel tests of tectonics.relief against the CPU reference: uplift spread within a plate, its decay and gain, and thermal erosion.
import { describe, expect, it } from 'vitest';
import { cellArea } from '../reference/sphere';
import { useKernelPage } from './kernel-page';
import { channel, cpuRelief, ELEVATION, gpuRun, hashFloat, PLATE, terrainOf, UPLIFT, WORDS, type Grid, type Run } from './tectonics-support';

const kernels = useKernelPage();
const grid: Grid = { width: 64, height: 32 };

describe('tectonics.relief: collision uplift', () => {
  // Two plates (west and east halves); a band of full uplift (columns 28-30) near plate 1's
  // east edge, some uplift elsewhere, over land and sea.
  const start = terrainOf(grid, (x, y) => ({
    elevation: 8 + 6 * hashFloat(y * 64 + x, 5), plate: x < 32 ? 1 : 2, uplift: x >= 28 && x < 31 ? 1 : 0.3 * hashFloat(y * 64 + x, 6),
  }));
  const run: Run = { grid, start, passes: ['relief'], ticks: 10 };

  it('matches the CPU reference: spread within the plate, decay, gain and erosion', async () => {
    const gpu = (await gpuRun(kernels, run)).terrain;
    const cpu = cpuRelief(run);
    // Diffusion weights from the GPU's sin (SwiftShader's errs by over 1e-4; WGSL allows 2^-11
    // absolute) times differences of up to 6 units, over 10 ticks, and the gain's division:
    // 1e-2 on elevation; uplift differences are at most 1: 5e-3. A wrong neighbour or weight misses by tenths.
    for (let i = 0; i < gpu.length / WORDS; i++) {
      expect(Math.abs(gpu[i * WORDS + ELEVATION] - cpu[i * WORDS + ELEVATION]), `elevation of cell ${i}`).toBeLessThan(1e-2);
      expect(Math.abs(gpu[i * WORDS + UPLIFT] - cpu[i * WORDS + UPLIFT]), `uplift of cell ${i}`).toBeLessThan(5e-3);
      // Relief no longer grows plates: every cell keeps its plate.
      expect(gpu[i * WORDS + PLATE]).toBe(start[i * WORDS + PLATE]);
    }
    // The test sees the gain: without it the reference's band (column 29) ends lower by far more than the tolerance.
    const still = cpuRelief({ ...run, globals: { upliftRate: 0 } });
    for (let y = 0; y < grid.height; y++) expect(cpu[(y * 64 + 29) * WORDS] - still[(y * 64 + 29) * WORDS]).toBeGreaterThan(0.1);
  });

  it('never spreads uplift across a plate boundary, and lets it decay', async () => {
    const lone = terrainOf(grid, (x) => ({ elevation: 8, plate: x < 32 ? 1 : 2, uplift: x < 32 ? 1 : 0 }));
    const gpu = (await gpuRun(kernels, { grid, start: lone, passes: ['relief'], ticks: 20, globals: { upliftDecay: 0.01 } })).terrain;
    const uplift = channel(gpu, UPLIFT);
    // Plate 2's cells had none and get none; plate 1's decay by 1% a tick: 0.99^20, float32.
    uplift.forEach((u, i) => expect(u, `cell ${i}`).toBeCloseTo(i % 64 < 32 ? 0.99 ** 20 : 0, 5));
  });
});

describe('tectonics.relief: thermal erosion (no uplift)', () => {
  // Rough relief 0-25 units: most neighbours differ by more than the talus threshold.
  const start = terrainOf(grid, (x, y) => ({ elevation: 25 * hashFloat(y * 64 + x, 4), plate: 1 }));
  const total = (terrain: ArrayLike<number>) => channel(terrain, ELEVATION).reduce((sum, z, i) => sum + z * cellArea(grid, Math.floor(i / 64)), 0);

  it('matches the CPU reference for one tick, pole rows included', async () => {
    const run: Run = { grid, start, passes: ['relief'], ticks: 1 };
    const gpu = (await gpuRun(kernels, run)).terrain;
    const cpu = cpuRelief(run);
    // Weights from the GPU's sin (about 1e-3 relative here) times differences of up to 25
    // units at weight <= 0.2: 5e-3. A wrong weight or neighbour misses by tenths.
    for (let i = 0; i < gpu.length; i += WORDS) expect(Math.abs(gpu[i] - cpu[i])).toBeLessThan(5e-3);
  });

  it('conserves the area-weighted elevation to 1e-4 and wears the slopes down', async () => {
    const end = (await gpuRun(kernels, { grid, start, passes: ['relief'], ticks: 100 })).terrain;
    expect(Math.abs(total(end) - total(start)) / total(start)).toBeLessThan(1e-4);
    const steepest = (terrain: ArrayLike<number>) => {
      let worst = 0;
      for (let i = 0; i + 1 < terrain.length / WORDS; i++) if ((i + 1) % 64) worst = Math.max(worst, Math.abs(terrain[i * WORDS] - terrain[(i + 1) * WORDS]));
      return worst;
    };
    expect(steepest(end)).toBeLessThan(0.5 * steepest(start));
  });
});
