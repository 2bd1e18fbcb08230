// Kernel tests of the river pass (erosion.flow) against the CPU reference (tests/reference/rivers.ts).
import { describe, expect, it } from 'vitest';
import { CELL_LAYOUTS, type CellField } from '../../src/sim/cells';
import { pcg3d } from '../../src/sim/hash';
import { cellArea, cellPosition, type Grid } from '../reference/sphere';
import { drainageArea, longestPath, outlets, receivers } from '../reference/rivers';
import { cellCount, member } from '../support/cells';
import { useKernelPage } from './kernel-page';

const kernels = useKernelPage();

const grid: Grid = { width: 64, height: 32 };
const cells = grid.width * grid.height;
const SEA = 7.25;
/** Rivers alone: no incision and no pit filling, so the terrain stays as it is. */
const FIXED = { seaLevel: SEA, rainfall: 1, streamPower: 0, pitFill: 0 };

const { words: WORDS, members } = CELL_LAYOUTS.terrain;
const ELEVATION = members.elevation.word;

type Surface = (p: [number, number, number]) => number;
/** Terrain cells at the surface's elevation: crust at 15 deg C, no uplift, plate 1, ocean age and parcel 0. */
function terrainOf(surface: Surface): number[] {
  const out: number[] = [];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const cell = new Array<number>(WORDS).fill(0);
      [cell[ELEVATION], cell[members.crustTemperature.word], cell[members.plate.word]] = [surface(cellPosition(grid, x, y)), 15, 1];
      out.push(...cell);
    }
  }
  return out;
}
/** A member of every cell of a field's read-back floats. */
const column = (field: CellField, name: string) => {
  const read = member(field, name);
  return (floats: number[]) => Array.from({ length: cellCount(field, floats) }, (_, i) => read(floats, i));
};
const elevations = column('terrain', 'elevation');
const [discharges, receiversOf, basins] = [column('water', 'discharge'), column('water', 'receiver'), column('water', 'basin')];
const hashFloat = (i: number, salt: number) => pcg3d([i, salt, 31])[0] / 2 ** 32;

/** A rolling landscape with continents, seas and closed hollows: a sum of hashed bumps. */
const rolling: Surface = (p) => {
  let z = 6.5;
  for (let k = 0; k < 24; k++) {
    const lat = Math.asin(2 * hashFloat(k, 1) - 1);
    const lon = 2 * Math.PI * hashFloat(k, 2);
    const centre = [Math.sin(lon) * Math.cos(lat), Math.sin(lat), Math.cos(lon) * Math.cos(lat)];
    const d = Math.acos(Math.min(1, p[0] * centre[0] + p[1] * centre[1] + p[2] * centre[2]));
    z += (4 * hashFloat(k, 3) - 1) * Math.exp(-((d / 0.35) ** 2));
  }
  return z;
};

const gpuRivers = (terrain: number[], ticks: number, globals: Record<string, number> = FIXED, water?: number[]) =>
  kernels.call('runRivers', { ...grid, terrain, water, globals, ticks });

describe('erosion.flow receivers', () => {
  const apex = cellPosition(grid, 20, 10);
  const nearPole: [number, number, number] = [Math.sin(0.1) * 0.2, Math.cos(0.1), 0.05];
  it.each<[string, Surface]>([
    ['a tilted plane', (p) => 10 + 3 * p[0]],
    ['a cone', (p) => 20 - 5 * Math.acos(Math.min(1, p[0] * apex[0] + p[1] * apex[1] + p[2] * apex[2]))],
    ['a saddle', (p) => 10 + 3 * (p[0] * p[0] - p[2] * p[2]) + p[1]],
    ['a bowl straddling the north pole', (p) => 10 + 5 * Math.acos(Math.min(1, p[0] * nearPole[0] + p[1] * nearPole[1] + p[2] * nearPole[2]))],
  ])('on %s equal the CPU reference', async (_, surface) => {
    const terrain = terrainOf(surface);
    const { water } = await gpuRivers(terrain, 1);
    const gpuReceivers = receiversOf(water);
    const cpu = receivers(grid, elevations(terrain), SEA);
    let compared = 0;
    for (let i = 0; i < cells; i++) {
      // Near-ties (top two slopes within 1e-3 relative) may go either way in float32.
      if (cpu[i].slope - cpu[i].secondSlope < 1e-3 * Math.abs(cpu[i].slope)) continue;
      expect(gpuReceivers[i], `cell ${i}`).toBe(cpu[i].receiver);
      compared++;
    }
    expect(compared).toBeGreaterThan(0.9 * cells);
  });
});

describe('erosion.flow water', () => {
  const terrain = terrainOf(rolling);
  const land = elevations(terrain).map((z) => z > SEA);

  it('balances: rain in = water out to the ocean + water stored, within 1e-3', async () => {
    expect(land.filter(Boolean).length).toBeGreaterThan(0.2 * cells);
    // Rain on land per tick: 1 m/yr on every land cell, in equatorial cell areas.
    const rainPerTick = land.reduce((sum, isLand, i) => sum + (isLand ? cellArea(grid, Math.floor(i / grid.width)) : 0), 0);
    let water: number[] | undefined;
    let outflow = 0;
    let stored = 0;
    const ticks = 60;
    for (let tick = 0; tick < ticks; tick++) {
      water = (await gpuRivers(terrain, 1, { ...FIXED, tick }, water)).water;
      const discharge = discharges(water);
      outflow += discharge.reduce((sum, w, i) => sum + (land[i] ? 0 : w), 0);
      stored = discharge.reduce((sum, w, i) => sum + (land[i] ? w : 0), 0);
    }
    expect(Math.abs(ticks * rainPerTick - (outflow + stored)) / (ticks * rainPerTick)).toBeLessThan(1e-3);
    expect(outflow).toBeGreaterThan(0.1 * ticks * rainPerTick);
  });

  it('converges to the drainage area (1%) in the longest river\'s length of ticks; labels basins by outlet', async () => {
    const cpu = receivers(grid, elevations(terrain), SEA).map((r) => r.receiver);
    const longest = longestPath(cpu);
    expect(longest).toBeGreaterThan(8);
    // Labels are exact as soon as the receivers are: after the first tick.
    const early = await gpuRivers(terrain, 1);
    const gpuReceivers = receiversOf(early.water);
    expect(gpuReceivers).toEqual(cpu);
    const outlet = outlets(gpuReceivers);
    expect(basins(early.water)).toEqual(outlet);
    // Every land cell drains to the ocean or to a pit on land (no cycles: outlets() throws).
    for (let i = 0; i < cells; i++) expect(gpuReceivers[outlet[i]]).toBe(outlet[i]);

    const settled = await gpuRivers(terrain, longest + 2);
    const area = drainageArea(grid, gpuReceivers, land);
    const discharge = discharges(settled.water);
    let compared = 0;
    for (let i = 0; i < cells; i++) {
      if (!land[i] || gpuReceivers[i] === i) continue;
      expect(Math.abs(discharge[i] - area[i]) / area[i], `cell ${i}`).toBeLessThan(0.01);
      compared++;
    }
    expect(compared).toBeGreaterThan(0.2 * cells);
  });
});

describe('erosion.flow incision', () => {
  it('never lowers a cell to its receiver or the sea (a river keeps falling to its mouth), and carves where rivers run', async () => {
    const terrain = terrainOf(rolling);
    const eroding = { ...FIXED, streamPower: 0.05, pitFill: 0.01 };
    const before = await gpuRivers(terrain, 40, eroding);
    const after = await gpuRivers(before.terrain, 1, { ...eroding, tick: 40 }, before.water);
    const receiver = receiversOf(after.water);
    const [startZ, endZ] = [elevations(before.terrain), elevations(after.terrain)];
    let lowered = 0;
    for (let i = 0; i < cells; i++) {
      const z = endZ[i];
      const start = startZ[i];
      if (start > SEA && receiver[i] !== i) {
        expect(z).toBeGreaterThanOrEqual(startZ[receiver[i]]);
        // A carved cell stays MIN_RIVER_DROP (1e-3 units) a row spacing above its receiver: at
        // least 4.9e-5 for the shortest step here (east-west in the rows nearest the poles), far
        // above float32 rounding of these heights.
        if (z < start) expect(z - startZ[receiver[i]], `carved cell ${i} above its receiver`).toBeGreaterThan(2e-5);
        expect(z, `cell ${i} above the sea`).toBeGreaterThan(SEA);
        if (z < start - 1e-4) lowered++;
      }
      expect(Number.isFinite(z)).toBe(true);
    }
    expect(lowered).toBeGreaterThan(50);
    // Over the 40 ticks the land was carved: the total land elevation fell.
    const landTotal = (field: number[]) => elevations(field).reduce((sum, z) => sum + Math.max(z - SEA, 0), 0);
    expect(landTotal(before.terrain)).toBeLessThan(landTotal(terrain));
  });
});
