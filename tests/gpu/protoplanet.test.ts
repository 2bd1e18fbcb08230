// Kernel tests of the protoplanet passes against the float64 CPU reference.
import { describe, expect, it } from 'vitest';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { coolStep, generateCell } from '../reference/protoplanet';
import { cellArea, type Grid } from '../reference/sphere';
import { useKernelPage } from './kernel-page';

const grid: Grid = { width: 64, height: 32 };
const cells = grid.width * grid.height;

const kernels = useKernelPage();

const generate = (seed: number) => kernels.call('runProtoplanet', { ...grid, globals: { seed }, coolTicks: 0 });
const { words: WORDS, members } = CELL_LAYOUTS.terrain;
const [ELEVATION, CRUST] = [members.elevation.word, members.crustTemperature.word];
const channel = (terrain: number[], c: number) => Array.from({ length: cells }, (_, i) => terrain[i * WORDS + c]);

describe('protoplanet.generate', () => {
  it('matches the CPU reference of the crater + fBM terrain', async () => {
    const seed = 7;
    const gpu = await generate(seed);
    let worstElevation = 0;
    let totalElevationError = 0;
    let worstCrust = 0;
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        const [elevation, crust] = generateCell(grid, seed, 1600, x, y);
        const i = (y * grid.width + x) * WORDS;
        worstElevation = Math.max(worstElevation, Math.abs(gpu[i + ELEVATION] - elevation));
        totalElevationError += Math.abs(gpu[i + ELEVATION] - elevation);
        worstCrust = Math.max(worstCrust, Math.abs(gpu[i + CRUST] - crust));
      }
    }
    // The GPU's sin may be off by 2^-11 (Vulkan's precision rule) and the sum is cubed, which
    // multiplies errors by about 18: allow 0.1 units (60 m) at worst and 0.01 units on average.
    // A wrong formula or hash misses by whole units.
    expect(worstElevation).toBeLessThan(0.1);
    expect(totalElevationError / cells).toBeLessThan(0.01);
    // Crust temperature is 1600 - 70 z deg C: the elevation's error times 70.
    expect(worstCrust).toBeLessThan(10);
  });

  it('spans a real relief inside its bounds: low crater floors and high rims', async () => {
    const elevations = channel(await generate(7), ELEVATION);
    expect(Math.min(...elevations)).toBeLessThan(7.25);
    expect(Math.max(...elevations)).toBeGreaterThan(12);
    expect(elevations.every((z) => z >= 0 && z <= 15)).toBe(true);
  });

  it('is seamless across the date line', async () => {
    const elevations = channel(await generate(3), ELEVATION);
    let seam = 0;
    let interior = 0;
    for (let y = 0; y < grid.height; y++) {
      const row = y * grid.width;
      seam += Math.abs(elevations[row] - elevations[row + grid.width - 1]);
      interior += Math.abs(elevations[row + 31] - elevations[row + 32]);
    }
    // Neighbours across the date line differ no more than a pair in the middle (2x slack).
    expect(seam).toBeLessThan(2 * interior);
  });

  it('repeats for the same seed and differs for another', async () => {
    const a = await generate(1);
    expect(await generate(1)).toEqual(a);
    expect(await generate(2)).not.toEqual(a);
  });
});

describe('protoplanet.cool', () => {
  it('matches the CPU reference for one tick, pole rows included', async () => {
    const start = await generate(11);
    const params = { rate: 0.2, dtYears: 2e6, coolingTimeYears: 4e7, ambient: 15 };
    const gpu = await kernels.call('runProtoplanet', {
      ...grid, start, coolTicks: 1,
      globals: { crustConduction: params.rate, crustCoolingFactor: Math.exp(-params.dtYears / params.coolingTimeYears) },
    });
    const cpu = coolStep(grid, Float64Array.from(start), params);
    let worst = 0;
    for (let i = 0; i < cells; i++) {
      expect(gpu[i * WORDS + ELEVATION]).toBe(start[i * WORDS + ELEVATION]);
      worst = Math.max(worst, Math.abs(gpu[i * WORDS + CRUST] - cpu[i * WORDS + CRUST]));
    }
    // The diffusion weights use the GPU's sin (Vulkan allows about 1e-3 relative error here);
    // times four neighbours' differences of up to ~300 deg C at weight <= 0.2: 0.25 deg C.
    // A wrong weight or neighbour misses by degrees.
    expect(worst).toBeLessThan(0.25);
  });

  it('conserves the area-weighted heat when radiation is off, and smooths it', async () => {
    const start = await generate(5);
    const end = await kernels.call('runProtoplanet', {
      ...grid, start, coolTicks: 20, globals: { crustConduction: 0.25, crustCoolingFactor: 1, ambientTemp: 0 },
    });
    const total = (terrain: number[]) => channel(terrain, CRUST)
      .reduce((sum, t, i) => sum + t * cellArea(grid, Math.floor(i / grid.width)), 0);
    expect(Math.abs(total(end) - total(start)) / total(start)).toBeLessThan(1e-5);
    const spread = (terrain: number[]) => Math.max(...channel(terrain, CRUST)) - Math.min(...channel(terrain, CRUST));
    expect(spread(end)).toBeLessThan(spread(start));
  });

  it('cools toward the ambient temperature at the set rate', async () => {
    // Crust at 1015 deg C, elevation, uplift and plate 5, ocean age and parcel 0 (ocean crust).
    const zero = [members.oceanAge.word, members.parcel.word];
    const uniform = Array.from({ length: cells * WORDS }, (_, i) => (i % WORDS === CRUST ? 1015 : zero.includes(i % WORDS) ? 0 : 5));
    const end = await kernels.call('runProtoplanet', {
      ...grid, start: uniform, coolTicks: 10, globals: { crustCoolingFactor: Math.exp(-4e6 / 4e7), ambientTemp: 15 },
    });
    // After 10 ticks of 4 Myr with a 40 Myr e-folding time: 15 + 1000 e^-1 deg C everywhere.
    const expected = 15 + 1000 * Math.exp(-1);
    for (const t of channel(end, CRUST)) expect(Math.abs(t - expected)).toBeLessThan(0.05);
  });
});
