// Kernel tests of the ocean: floors settling to the depth of their age (tectonics.drift) and the sea level a conserved volume fills to (ocean.rows, ocean.solve).
import { describe, expect, it } from 'vitest';
import * as reference from '../reference/tectonics';
import { useKernelPage } from './kernel-page';
import { DT_YEARS, ELEVATION, GLOBALS, gpuRun, hashFloat, OCEAN_AGE, terrainOf, TICK_MYR, WORDS, type Grid } from './tectonics-support';

const kernels = useKernelPage();

describe('tectonics.drift: ocean floor settling to the depth of its age', () => {
  const grid: Grid = { width: 32, height: 16 };
  const ticks = 900;
  // Ocean floor 0-300 Myr old at elevations 0-12; a few cells of continental crust.
  const spec = (x: number, y: number) => {
    const i = y * grid.width + x;
    const continental = i % 37 === 0;
    return { elevation: continental ? 5 + 8 * hashFloat(i, 9) : 12 * hashFloat(i, 7), age: 300 * hashFloat(i, 8), continental };
  };
  const start = terrainOf(grid, spec);

  it('follows the CPU settling, and brings old floor within 1% of the depth of its age', async () => {
    // One plate standing still: every cell keeps its parcel, so drift only ages and settles.
    const { terrain } = await gpuRun(kernels, { grid, start, plates: [{ axis: [0, 1, 0], turn: 0 }], passes: ['drift'], ticks });
    const g = { seaDatum: GLOBALS.seaDatum, metresPerUnit: GLOBALS.metresPerUnit, dtYears: DT_YEARS };
    let oldFloor = 0;
    for (let y = 2; y < grid.height - 2; y++) {
      for (let x = 0; x < grid.width; x++) {
        const i = y * grid.width + x;
        const { continental } = spec(x, y);
        let [elevation, age] = [start[i * WORDS + ELEVATION], start[i * WORDS + OCEAN_AGE]];
        for (let tick = 0; tick < ticks; tick++) [elevation, age] = reference.settle(elevation, age, continental, g);
        // float32 ages (900 sums, 1e-3 Myr) and elevations (a contraction of 0.8% a tick
        // keeps rounding near 6e-5 units): 1e-3 units, 0.6 m.
        expect(Math.abs(terrain[i * WORDS + OCEAN_AGE] - age), `age of cell ${i}`).toBeLessThan(1e-2);
        expect(Math.abs(terrain[i * WORDS + ELEVATION] - elevation), `elevation of cell ${i}`).toBeLessThan(1e-3);
        if (continental) {
          // Continental crust does not settle: drift leaves its height as it was.
          expect(terrain[i * WORDS + ELEVATION], `continental cell ${i}`).toBe(Math.fround(start[i * WORDS + ELEVATION]));
        } else if (age >= 250) {
          // 150 Myr is 7.5 settling times (5e-4 of a 7 km start left: 4 m) and old floor
          // deepens under 1 m/Myr, a lag of 20 m: both well inside 1% (60 m).
          const depth = reference.oceanDepthMetres(age);
          expect(Math.abs((GLOBALS.seaDatum - terrain[i * WORDS + ELEVATION]) * GLOBALS.metresPerUnit - depth), `depth of cell ${i}`).toBeLessThan(0.01 * depth);
          oldFloor++;
        }
      }
    }
    expect(oldFloor).toBeGreaterThan(40);
    expect(ticks * TICK_MYR).toBeCloseTo(150, 6);
  });

  it('keeps every parcel of a plate standing still where it is, pole rows included (100 ticks)', async () => {
    const { parcels } = await gpuRun(kernels, { grid, start, plates: [{ axis: [0, 1, 0], turn: 0 }], passes: ['drift'], ticks: 100 });
    parcels.forEach((word, i) => {
      const { offset } = reference.parcelOf(word);
      expect(Math.hypot(...offset), `offset of cell ${i}`).toBeLessThan(0.01);
    });
  });
});

describe('ocean.rows and ocean.solve: the sea level of a conserved volume', () => {
  const grid: Grid = { width: 64, height: 32 };
  const cells = grid.width * grid.height;
  // Random floors 0-20 units, a tenth of the cells continental.
  const terrain = terrainOf(grid, (x, y) => ({ elevation: 20 * hashFloat(y * 64 + x, 11), continental: (y * 64 + x) % 10 === 3 }));
  const elevationsAt = (tick: number, rise?: number[]) => Array.from({ length: cells }, (_, i) => Math.fround(terrain[i * WORDS] + (rise ? tick * rise[i] : 0)));
  const volume = 4;

  /**
   * The cell areas the GPU uses, as shares of the sphere: WGSL's sin may err by 2^-11, so its
   * areas differ from the exact ones (by 3e-4 on SwiftShader). The sphere helpers' cellArea is
   * the same rowCosLatitude x sin(pi / 2H) as the level pass's, times 4 H^2 / pi.
   */
  const gpuRowAreas = async () => {
    const helpers = await kernels.call('runSphereHelpers', grid.width, grid.height);
    return Array.from({ length: grid.height }, (_, y) => (helpers[y * grid.width * 14 + 9] * Math.PI) / (4 * grid.height ** 2));
  };

  it('finds the level whose volume is the ocean volume in 20 Newton ticks', async () => {
    const levels = await kernels.call('runOceanLevel', { ...grid, terrain, oceanVolume: volume, ticks: 20 });
    const areas = await gpuRowAreas();
    const last = levels[levels.length - 1];
    const floor = elevationsAt(0);
    // Float32 sums (8 partial sums a row of 8 cells each, then 256 of them): 1e-5 relative; 1e-4 allowed.
    expect(Math.abs(reference.oceanVolume(grid, floor, last.level, areas) - volume) / volume).toBeLessThan(1e-4);
    // With exact areas: the GPU's sin error (3e-4 relative here; 1e-3 allowed).
    expect(Math.abs(reference.oceanVolume(grid, floor, last.level) - volume) / volume).toBeLessThan(1e-3);
    // dV/ds is the ocean's area (about 0.6): a level within 1e-3 units.
    expect(Math.abs(last.level - reference.seaLevelFor(grid, floor, volume, areas))).toBeLessThan(1e-3);
    expect(last.volume).toBe(volume);
    // The sums it reports: the area under the sea at its level (cells at the level itself may count either way: 1e-3), and the continents' share.
    let [ocean, continental] = [0, 0];
    for (let i = 0; i < cells; i++) {
      const area = areas[Math.floor(i / grid.width)];
      if (floor[i] < levels[levels.length - 2].level) ocean += area;
      if (i % 10 === 3) continental += area;
    }
    expect(Math.abs(last.oceanArea - ocean)).toBeLessThan(1e-3);
    expect(Math.abs(last.continentalArea - continental)).toBeLessThan(1e-5);
    // From the empty start it converged and then stayed: the last five ticks agree to float32 rounding.
    for (const level of levels.slice(-5)) expect(Math.abs(level.level - last.level)).toBeLessThan(1e-5);
  });

  it('keeps the volume conserved to 1e-4 while the floor moves under it', async () => {
    // Each cell rises or sinks by up to 0.02 units a tick, rising 0.005 units a tick on average.
    const rise = Array.from({ length: cells }, (_, i) => 0.05 * hashFloat(i, 12) - 0.02);
    const ticks = 60;
    const levels = await kernels.call('runOceanLevel', { ...grid, terrain, rise, oceanVolume: volume, ticks });
    const areas = await gpuRowAreas();
    // Once it has converged (20 ticks, as above), each tick's Newton step from the last level
    // keeps V(level) on the volume: the step leaves an error of the order of A' e^2 for a
    // shift e of 0.02 units, far under 1e-4.
    for (let tick = 20; tick <= ticks; tick++) {
      const level = levels[tick - 1].level;
      expect(Math.abs(reference.oceanVolume(grid, elevationsAt(tick, rise), level, areas) - volume) / volume, `tick ${tick}`).toBeLessThan(1e-4);
    }
    // And the sea rose with the floor: as much as the bisection says.
    expect(Math.abs(levels[ticks - 1].level - reference.seaLevelFor(grid, elevationsAt(ticks, rise), volume, areas))).toBeLessThan(1e-3);
    expect(levels[ticks - 1].level - levels[19].level).toBeGreaterThan(0.1);
  });

  it('holds no water before there is any: a level below every floor', async () => {
    const [level] = await kernels.call('runOceanLevel', { ...grid, terrain, oceanVolume: 0, ticks: 1 });
    expect(level.level).toBe(-1);
    expect(level.volume).toBe(0);
  });
});
