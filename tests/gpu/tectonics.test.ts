// Kernel tests of the tectonics passes against the CPU reference (tests/reference/tectonics.ts).
import { describe, expect, it } from 'vitest';
import { pcg3d } from '../../src/sim/hash';
import { cellArea, type Grid } from '../reference/sphere';
import * as reference from '../reference/tectonics';
import { useKernelPage } from './kernel-page';
import type { TectonicsPassName } from './kernels';

const kernels = useKernelPage();

/** Globals of these tests: the defaults of the app's tectonics, in model units. */
const GLOBALS: reference.TectonicsGlobals = {
  seed: 5, tick: 0, seaLevel: 7.25, ambientTemp: 15,
  upliftRate: 0.2, upliftDiffusion: 0.1, upliftDecay: 0.002, talus: 1, thermalErosion: 0.05,
};

interface Run { grid: Grid; start: ArrayLike<number>; plates?: reference.PlateVelocities; passes: TectonicsPassName[]; ticks: number; globals?: Partial<reference.TectonicsGlobals>; water?: number[] }

function gpuRunFields(run: Run): Promise<{ terrain: number[]; water: number[] }> {
  return kernels.call('runTectonics', {
    ...run.grid, start: Array.from(run.start), plates: (run.plates ?? []).map(([vx, vy]) => [vx, vy]),
    globals: { ...GLOBALS, ...run.globals }, passes: run.passes, ticks: run.ticks, water: run.water,
  });
}

async function gpuRun(run: Run): Promise<number[]> { return (await gpuRunFields(run)).terrain; }

function cpuRun(run: Run): reference.Terrain {
  let terrain: reference.Terrain = Float64Array.from(run.start);
  const table = run.plates ?? [];
  const first = run.globals?.tick ?? 0;
  for (let tick = first; tick < first + run.ticks; tick++) {
    const g = { ...GLOBALS, ...run.globals, tick };
    for (const pass of run.passes) {
      if (pass === 'drift') terrain = reference.drift(run.grid, terrain, table, g);
      else if (pass === 'relief') terrain = reference.relief(run.grid, terrain, g);
      else throw new Error(`no CPU reference for ${pass}`);
    }
  }
  return terrain;
}

/** A terrain from a function of the cell: [elevation, crust, uplift, plate]. */
function terrainOf(grid: Grid, cell: (x: number, y: number) => number[]): number[] {
  const out: number[] = [];
  for (let y = 0; y < grid.height; y++) for (let x = 0; x < grid.width; x++) out.push(...cell(x, y));
  return out;
}

const channel = (terrain: ArrayLike<number>, c: number) => Array.from({ length: terrain.length / 4 }, (_, i) => terrain[i * 4 + c]);
const hashFloat = (i: number, salt: number) => pcg3d([i, salt, 77])[0] / 2 ** 32;

describe('tectonics.relief: growth', () => {
  const grid: Grid = { width: 64, height: 32 };
  // Eight seed cells, one per plate; everything else unassigned.
  const seeds = Array.from({ length: 8 }, (_, k) => Math.floor(hashFloat(k, 1) * 64 * 32));
  const start = terrainOf(grid, (x, y) => [8, 15, 0, seeds.indexOf(y * 64 + x) + 1]);

  it('matches the CPU reference cell for cell, and leaves no cell unassigned', async () => {
    const early = await gpuRun({ grid, start, passes: ['relief'], ticks: 10 });
    expect(channel(early, 3).filter((p) => p === 0).length).toBeGreaterThan(1000);
    const run: Run = { grid, start, passes: ['relief'], ticks: 150 };
    const gpu = await gpuRun(run);
    expect(channel(gpu, 3)).toEqual(channel(cpuRun(run), 3));
    expect(channel(gpu, 3).filter((p) => p === 0).length).toBe(0);
    // Every plate grew from its seed, and only the eight plates exist.
    expect(new Set(channel(gpu, 3))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });
});

describe('tectonics.drift', () => {
  /** Where the column that started in `cell` is after the run: the elevation is a cell's id. */
  const markedStart = (grid: Grid, plate: (x: number, y: number) => number) =>
    terrainOf(grid, (x, y) => [y * grid.width + x, 15, 0, plate(x, y)]);

  /** The CPU reference's total displacement of plate 1 with this velocity over the ticks. */
  const stepsTaken = ([vx, vy]: number[], ticks: number) => {
    const total = [0, 0];
    for (let tick = 0; tick < ticks; tick++) {
      const [dx, dy] = reference.plateStep(reference.velocityTable([vx, vy]), 1, GLOBALS.seed, tick);
      total[0] += dx;
      total[1] += dy;
    }
    return total;
  };

  it('moves a plate east across the date line by its velocity on average (within 10%)', async () => {
    const grid: Grid = { width: 1024, height: 4 };
    const vx = 0.3;
    const ticks = 2000;
    const run: Run = { grid, start: markedStart(grid, () => 1), plates: reference.velocityTable([vx, 0]), passes: ['drift'], ticks };
    const gpu = await gpuRun(run);
    // The whole row turns east: cell (dx, 1) now holds the column that started at (0, 1).
    const dx = channel(gpu, 0).indexOf(grid.width) - grid.width;
    expect(dx).toBe(stepsTaken([vx, 0], ticks)[0]);
    // Binomial(2000, 0.3): 600 cells with a standard deviation of 20 (3.4%).
    expect(Math.abs(dx - vx * ticks) / (vx * ticks)).toBeLessThan(0.1);
    // Every column that wrapped past the date line is whole: the grid is a rotation of the start.
    for (let i = 0; i < grid.width * grid.height; i++) {
      const x = i % grid.width;
      expect(gpu[i * 4]).toBe(Math.floor(i / grid.width) * grid.width + ((x - dx + grid.width) % grid.width));
    }
  });

  it('carries the water with its column, receivers shifted by the same step', async () => {
    const grid: Grid = { width: 64, height: 32 };
    const cells = grid.width * grid.height;
    const index = (x: number, y: number) => y * grid.width + ((x + grid.width) % grid.width);
    // Rivers run south-west off rows 0..30; the last row's cells drain to themselves.
    const water: number[] = [];
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        const receiver = y < grid.height - 1 ? index(x - 1, y + 1) : index(x, y);
        water.push(1 + index(x, y), 0.5 * index(x, y), receiver, -1);
      }
    }
    // Velocity 1 east: the plate steps one cell east every tick; each river still runs south-west.
    const run: Run = { grid, start: markedStart(grid, () => 1), plates: reference.velocityTable([1, 0]), passes: ['drift'], ticks: 1, water };
    const after = (await gpuRunFields(run)).water;
    for (let i = 0; i < cells; i++) {
      const x = i % grid.width;
      const y = Math.floor(i / grid.width);
      const from = index(x - 1, y);
      expect(after.slice(i * 4, i * 4 + 2), `cell ${i}`).toEqual(water.slice(from * 4, from * 4 + 2));
      expect(after[i * 4 + 2], `receiver of cell ${i}`).toBe(y < grid.height - 1 ? index(x - 1, y + 1) : i);
    }
  });

  it('moves a plate south by its velocity on average (within 10%)', async () => {
    const grid: Grid = { width: 4, height: 1024 };
    const vy = 0.3;
    const ticks = 2000;
    const run: Run = { grid, start: markedStart(grid, () => 1), plates: reference.velocityTable([0, vy]), passes: ['drift'], ticks };
    const gpu = await gpuRun(run);
    const marker = 100 * grid.width + 2;
    const dy = Math.floor(channel(gpu, 0).indexOf(marker) / grid.width) - 100;
    expect(dy).toBe(stepsTaken([0, vy], ticks)[1]);
    expect(channel(gpu, 0).indexOf(marker) % grid.width).toBe(2);
    expect(Math.abs(dy - vy * ticks) / (vy * ticks)).toBeLessThan(0.1);
    // Behind the plate, the rows it left are fresh ocean floor (3.5 units) that growth gave back to it.
    expect(channel(gpu, 0).slice(0, dy * grid.width).every((z) => z === 3.5)).toBe(true);
  });

  it('turns a polar cap across the pole and keeps every cell assigned or a fresh rift', async () => {
    const grid: Grid = { width: 16, height: 16 };
    // Plate 1: the four northern rows, moving north every tick; plate 2 stays.
    const start = markedStart(grid, (_, y) => (y < 4 ? 1 : 2));
    const run: Run = { grid, start, plates: reference.velocityTable([0, -1], [0, 0]), passes: ['drift'], ticks: 1 };
    const gpu = await gpuRun(run);
    expect(gpu).toEqual(Array.from(cpuRun(run), Math.fround));
    // Row 0 is row 0 half a world round (it went over the pole); rows 1-2 came up a row.
    for (let x = 0; x < 16; x++) {
      expect(gpu[x * 4]).toBe((x + 8) % 16);
      expect(gpu[(16 + x) * 4]).toBe(2 * 16 + x);
      expect(gpu[(3 * 16 + x) * 4 + 3]).toBe(0);
    }
    const plates = channel(gpu, 3);
    const elevations = channel(gpu, 0);
    expect(plates.every((p, i) => p !== 0 || elevations[i] === 3.5)).toBe(true);
  });

  it('matches the CPU reference on random plates crossing the date line and the poles', async () => {
    const grid: Grid = { width: 64, height: 32 };
    // Ten fast plates (half a cell a tick) in hashed directions.
    const table = reference.velocityTable(...Array.from({ length: 10 }, (_, k): [number, number] => {
      const angle = 2 * Math.PI * hashFloat(k, 2);
      return [0.5 * Math.cos(angle), 0.5 * Math.sin(angle)];
    }));
    // Plates as vertical stripes (two of them straddle the date line), then a polar cap.
    const plateAt = (x: number, y: number) => (y < 3 ? 10 : 1 + Math.floor(((x + 3) % 64) / 8) % 9);
    const start = terrainOf(grid, (x, y) => [4 + 10 * hashFloat(y * 64 + x, 3), 15, 0, plateAt(x, y)]);
    const run: Run = { grid, start, plates: table, passes: ['drift', 'relief'], ticks: 60 };
    const gpu = await gpuRun(run);
    const cpu = cpuRun(run);
    expect(channel(gpu, 3)).toEqual(channel(cpu, 3));
    // Elevations agree to float32 rounding over 60 ticks of piling and uplift.
    for (let i = 0; i < gpu.length; i += 4) expect(Math.abs(gpu[i] - cpu[i])).toBeLessThan(1e-3);
    // Cells still unassigned are this tick's rifts, and growth alone assigns them all.
    const regrown = await gpuRun({ grid, start: gpu, passes: ['relief'], ticks: 40, globals: { tick: 60 } });
    expect(channel(regrown, 3).filter((p) => p === 0).length).toBe(0);
  });
});

describe('tectonics.drift + relief: collisions', () => {
  const grid: Grid = { width: 64, height: 32 };
  // Continental crust 8 units high everywhere: plate 1 (west half) drives east every tick
  // into plate 2 (east half), which stays.
  const start = terrainOf(grid, (x) => [8, 15, 0, x < 32 ? 1 : 2]);
  const run: Run = { grid, start, plates: reference.velocityTable([1, 0], [0, 0]), passes: ['drift', 'relief'], ticks: 6,
    // Erosion off: this is the collision alone.
    globals: { thermalErosion: 0 } };

  it('matches the CPU reference', async () => {
    const gpu = await gpuRun(run);
    const cpu = cpuRun(run);
    // Plates and the discrete moves agree exactly; uplift and elevation carry the diffusion
    // weights' float32 sin error (about 1e-3 relative of a 0.1 weight): 1e-3.
    expect(channel(gpu, 3)).toEqual(channel(cpu, 3));
    for (let i = 0; i < gpu.length; i++) expect(Math.abs(gpu[i] - cpu[i])).toBeLessThan(1e-3);
  });

  it('raises elevation at the colliding boundary and nowhere away from it', async () => {
    const gpu = await gpuRun(run);
    // After 6 one-cell steps plate 1's front is column 37; a rift opened behind it (0-5).
    // Everywhere else, more than two cells from the front, the land is exactly as it was.
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        const [z, , u, plate] = gpu.slice((y * 64 + x) * 4, (y * 64 + x) * 4 + 4);
        if (x === 37) {
          expect(plate).toBe(1);
          expect(u).toBeGreaterThan(0.75);
          expect(z).toBeGreaterThan(20);
        } else if (x >= 35 && x < 37) {
          // Just behind the front, uplift that spread back may have begun to raise the land.
          expect(z).toBeGreaterThanOrEqual(8);
        } else if (x < 6) {
          // The rift: fresh floor, joining the plates on either side as it opens.
          expect([0, 1, 2]).toContain(plate);
          expect(z).toBe(3.5);
        } else {
          expect(z).toBe(8);
        }
      }
    }
  });
});

describe('tectonics.relief: thermal erosion (no uplift)', () => {
  const grid: Grid = { width: 64, height: 32 };
  // Rough relief 0-25 units: most neighbours differ by more than the talus threshold.
  const start = terrainOf(grid, (x, y) => [25 * hashFloat(y * 64 + x, 4), 15, 0, 1]);
  const total = (terrain: ArrayLike<number>) => channel(terrain, 0).reduce((sum, z, i) => sum + z * cellArea(grid, Math.floor(i / 64)), 0);

  it('matches the CPU reference for one tick, pole rows included', async () => {
    const run: Run = { grid, start, passes: ['relief'], ticks: 1 };
    const gpu = await gpuRun(run);
    const cpu = cpuRun(run);
    // Weights from the GPU's sin (about 1e-3 relative) times differences of up to 25 units at
    // weight <= 0.2: 5e-3. A wrong weight or neighbour misses by tenths.
    for (let i = 0; i < gpu.length; i += 4) expect(Math.abs(gpu[i] - cpu[i])).toBeLessThan(5e-3);
  });

  it('conserves the area-weighted elevation to 1e-4 and wears the slopes down', async () => {
    const end = await gpuRun({ grid, start, passes: ['relief'], ticks: 100 });
    expect(Math.abs(total(end) - total(start)) / total(start)).toBeLessThan(1e-4);
    const steepest = (terrain: ArrayLike<number>) => {
      let worst = 0;
      for (let i = 0; i + 1 < terrain.length / 4; i++) if ((i + 1) % 64) worst = Math.max(worst, Math.abs(terrain[i * 4] - terrain[(i + 1) * 4]));
      return worst;
    };
    expect(steepest(end)).toBeLessThan(0.5 * steepest(start));
  });
});
