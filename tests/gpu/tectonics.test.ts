// Kernel tests of tectonics.drift against the CPU reference (tests/reference/tectonics.ts): rigid rotations carry crust parcels, plates part and meet.
import { describe, expect, it } from 'vitest';
import { spherePosition } from '../reference/sphere';
import * as reference from '../reference/tectonics';
import { useKernelPage } from './kernel-page';
import {
  angleBetween, blockOf, cellOf, type CellSpec, channel, gpuRun, isContinental, OCEAN_AGE, PARCEL, PLATE, rotation, TICK_MYR, UPLIFT, withinCap, WORDS, type Grid,
} from './tectonics-support';

const kernels = useKernelPage();
const degrees = Math.PI / 180;

/** Longitude (radians, -pi..pi) of the area-weighted mean of points given by (column, row) on the grid. */
function meanLongitude(grid: Grid, points: [number, number][]): number {
  let [sx, sz] = [0, 0];
  for (const [x, y] of points) {
    const [px, , pz] = spherePosition((0.5 - (y + 0.5) / grid.height) * Math.PI, ((x + 0.5) / grid.width) * 2 * Math.PI);
    const weight = Math.cos((0.5 - (Math.round(y) + 0.5) / grid.height) * Math.PI);
    sx += weight * px;
    sz += weight * pz;
  }
  return Math.atan2(sx, sz);
}
const wrapAngle = (a: number) => a - 2 * Math.PI * Math.round(a / (2 * Math.PI));

describe('tectonics.drift: rigid rotations', () => {
  it('carries a block east about the polar axis by its turn a tick, across the date line, at two grids', async () => {
    // A third of a 64-column cell a tick (two thirds at 128): parcels never sit halfway
    // between cells, so no cell's choice is a tie. 40 ticks: 75 degrees of longitude.
    const turn = (2 * Math.PI) / 64 / 3;
    const ticks = 40;
    const centre = spherePosition(10 * degrees, 340 * degrees);
    for (const grid of [{ width: 64, height: 32 }, { width: 128, height: 64 }]) {
      const inBlock = withinCap(grid, centre, 20 * degrees);
      const start: number[] = [];
      for (let y = 0; y < grid.height; y++) for (let x = 0; x < grid.width; x++) start.push(...cellOf({ continental: inBlock(x, y) }));
      const { terrain, parcels } = await gpuRun(kernels, { grid, start, plates: [rotation([0, 1, 0], turn)], passes: ['drift'], ticks });
      const blockCells = (words: number[]) => words.flatMap((w, i): [number, number][] => (isContinental(w) ? [[i % grid.width, Math.floor(i / grid.width)]] : []));
      const before = blockCells(channel(start, PARCEL));
      const after = blockCells(channel(terrain, PARCEL));
      // Each cell holds the parcel nearest its centre, so the block's cells moved a whole
      // number of cells: its centroid within half a cell of the turn.
      const moved = wrapAngle(meanLongitude(grid, after) - meanLongitude(grid, before));
      expect(Math.abs(moved - ticks * turn)).toBeLessThan(0.5 * ((2 * Math.PI) / grid.width));
      // Where the parcels really are (cell + offset) moved by exactly the turn: to the parcels'
      // float32 positions and 15-bit offsets (1e-3 of a cell).
      const parcelsAt = after.map(([x, y]): [number, number] => {
        const { offset } = reference.parcelOf(parcels[y * grid.width + x]);
        return [x + offset[0], y + offset[1]];
      });
      expect(Math.abs(wrapAngle(meanLongitude(grid, parcelsAt) - meanLongitude(grid, before)) - ticks * turn)).toBeLessThan(1e-3 * ((2 * Math.PI) / grid.width));
      // The block crossed the date line whole, and is wholly past it: as many cells, none lost or doubled (no ties).
      expect(after.length).toBe(before.length);
      expect(after.some(([x]) => x < 4) && after.some(([x]) => x > grid.width - 4)).toBe(false);
      // One plate turning: nothing parted, so no crust is new.
      expect(Math.min(...channel(terrain, OCEAN_AGE))).toBeCloseTo(100 + ticks * TICK_MYR, 3);
    }
  });

  it('carries a block over the north pole about an equatorial axis, keeping its area within 15%', async () => {
    const grid = { width: 128, height: 64 };
    // 1.6 degrees a tick toward the north (about 0.57 rows) for 50 ticks: from 50 N over the pole to 50 N on the far side.
    const plate = rotation([1, 0, 0], -1.6 * degrees);
    const ticks = 50;
    const inBlock = withinCap(grid, spherePosition(50 * degrees, 0), 20 * degrees);
    const start: number[] = [];
    for (let y = 0; y < grid.height; y++) for (let x = 0; x < grid.width; x++) start.push(...cellOf({ continental: inBlock(x, y) }));
    const { terrain } = await gpuRun(kernels, { grid, start, plates: [plate], passes: ['drift'], ticks });
    const before = blockOf(grid, (i) => isContinental(start[i * WORDS + PARCEL]));
    const after = blockOf(grid, (i) => isContinental(terrain[i * WORDS + PARCEL]));
    // Cells nearest the pole are narrow and few: the block is rebuilt from them as it passes.
    expect(Math.abs(after.area / before.area - 1)).toBeLessThan(0.15);
    // It went where the rotation takes it, to within a row (2.8 degrees).
    const expected = reference.rotate(plate.axis, ticks * plate.turn, before.centroid);
    expect(expected[2]).toBeLessThan(-0.5);
    expect(angleBetween(after.centroid, expected)).toBeLessThan(Math.PI / grid.height);
  });

  it('lands each marked parcel where the CPU source points put it, at its offset, in one tick', async () => {
    const grid = { width: 64, height: 32 };
    const plate = rotation([0.3, 0.8, -0.5], 0.02);
    // Six marked parcels, far apart, from the tropics to next to the pole.
    const marks = [[5, 16], [20, 9], [33, 24], [47, 3], [58, 28], [12, 1]].map(([x, y]) => y * grid.width + x);
    const start: number[] = [];
    for (let i = 0; i < grid.width * grid.height; i++) start.push(...cellOf({ continental: marks.includes(i) }));
    const { terrain, parcels } = await gpuRun(kernels, { grid, start, plates: [plate], passes: ['drift'], ticks: 1 });
    let landed = 0;
    for (let y = 0; y < grid.height; y++) {
      // WGSL's sin, cos and asin may err by 2^-11 (SwiftShader's by over 1e-4): positions to
      // 5e-4, that is 5e-3 rows and 5e-3 / cos(latitude) columns; twice that, both positions.
      const cosLat = Math.sin(((y + 0.5) / grid.height) * Math.PI);
      const tolerance = 0.02 * (1 + 1 / cosLat);
      for (let x = 0; x < grid.width; x++) {
        const i = y * grid.width + x;
        const q = reference.sourcePoint(plate, x, y, grid);
        const claim = reference.claim(grid, q, [x, y], () => true, () => [0, 0]);
        if (!claim) throw new Error(`a tick of 1.1 degrees leaves cell ${x}, ${y} within reach of its source`);
        const source = claim.cell[1] * grid.width + claim.cell[0];
        // The choice is decisive: the runner-up is farther by more than the trig error.
        const other = reference.claim(grid, q, [x, y], (cx, cy) => cx !== claim.cell[0] || cy !== claim.cell[1], () => [0, 0]);
        const decisive = !other || other.distance - claim.distance > tolerance;
        const { offset, continental } = reference.parcelOf(parcels[i]);
        if (decisive) expect(continental, `cell ${x}, ${y} from ${claim.cell}`).toBe(marks.includes(source));
        // The landed offset is the parcel's place seen from here.
        if (decisive) expect(Math.abs(offset[0] - claim.offset[0]) + Math.abs(offset[1] - claim.offset[1]), `offset of cell ${x}, ${y}`).toBeLessThan(tolerance);
        if (decisive && marks.includes(source)) landed++;
        expect(terrain[i * WORDS + OCEAN_AGE]).toBeCloseTo(100 + TICK_MYR, 4);
      }
    }
    // Nearest-parcel sampling copies some parcels and drops others; most marks land (decisively).
    expect(landed).toBeGreaterThanOrEqual(4);
  });

  it('carries the water with its column, receivers shifted by the same step', async () => {
    const grid = { width: 64, height: 32 };
    const index = (x: number, y: number) => y * grid.width + ((x + grid.width) % grid.width);
    // Rivers run south-west off rows 0..30; the last row's cells drain to themselves.
    const water: number[] = [];
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) water.push(1 + index(x, y), 0.5 * index(x, y), y < grid.height - 1 ? index(x - 1, y + 1) : index(x, y), -1);
    }
    const start = Array.from({ length: grid.width * grid.height }, () => cellOf({})).flat();
    // One column a tick east: every cell takes the column west of it; each river still runs south-west.
    const run = await gpuRun(kernels, { grid, start, plates: [rotation([0, 1, 0], (2 * Math.PI) / 64)], passes: ['drift'], ticks: 1, water });
    for (let i = 0; i < grid.width * grid.height; i++) {
      const [x, y] = [i % grid.width, Math.floor(i / grid.width)];
      const from = index(x - 1, y);
      expect(run.water.slice(i * 4, i * 4 + 2), `cell ${i}`).toEqual(water.slice(from * 4, from * 4 + 2));
      expect(run.water[i * 4 + 2], `receiver of cell ${i}`).toBe(y < grid.height - 1 ? index(x - 1, y + 1) : i);
    }
  });
});

describe('tectonics.drift: plates parting and meeting', () => {
  const grid = { width: 64, height: 32 };
  const ticks = 20;
  // A third of a cell a tick about the polar axis; plate 1 holds the western half (columns 0-31).
  const step = (2 * Math.PI) / 64 / 3;
  const halves = (west: CellSpec, east: CellSpec) =>
    Array.from({ length: grid.width * grid.height }, (_, i) => cellOf(i % grid.width < 32 ? { ...west, plate: 1 } : { ...east, plate: 2 })).flat();
  const latitude = (y: number) => 90 - ((y + 0.5) / grid.height) * 180;
  // Rows within 35 degrees of the equator (a cell there is more than 0.8 row spacings wide);
  // and rows poleward of 45 degrees.
  const tropics = Array.from({ length: grid.height }, (_, y) => y).filter((y) => Math.abs(latitude(y)) < 35);
  const highRows = Array.from({ length: grid.height }, (_, y) => y).filter((y) => Math.abs(latitude(y)) > 45);
  /** A boundary's place is known to REACH (a row spacing: 1 / cos(latitude) columns) and half a cell of rounding. */
  const reach = (y: number) => 1 / Math.cos(latitude(y) * degrees) + 0.5;
  const apart = () => gpuRun(kernels, { grid, start: halves({ age: 100 }, { age: 100 }), plates: [rotation([0, 1, 0], -step), rotation([0, 1, 0], step)], passes: ['drift'], ticks });
  /** Crust formed in the run (younger than the start's 100 Myr) along row y: [age, column]. */
  const freshIn = (terrain: number[], y: number) =>
    channel(terrain, OCEAN_AGE).slice(y * grid.width, (y + 1) * grid.width).map((age, x) => [age, x]).filter(([age]) => age < 100);
  /** Columns of plate 1's half that plate 2 took over, in row y. */
  const overridden = (terrain: number[], y: number) => channel(terrain, PLATE).slice(y * grid.width, y * grid.width + 32).filter((p) => p === 2).length;
  const meeting = (westAge: number, eastAge: number) => gpuRun(kernels, {
    grid, start: halves({ age: westAge }, { age: eastAge }), plates: [rotation([0, 1, 0], 0), rotation([0, 1, 0], -step)], passes: ['drift'], ticks,
  });

  it('opens new ocean crust where two plates turn apart, youngest at the ridge (tropics)', async () => {
    const { terrain, parcels } = await apart();
    for (const y of tropics) {
      // The gap the plates opened: 2 x 20 / 3 = 13.3 columns, to a cell each side (an edge
      // parcel covers up to a row spacing beyond it before a gap opens).
      const fresh = freshIn(terrain, y);
      expect(Math.abs(fresh.length - (2 * ticks) / 3), `row ${y}`).toBeLessThanOrEqual(2);
      // Centred on the ridge (between columns 31 and 32), youngest there: at most 4 ticks old
      // (a cell opens every 1.5 ticks), and ocean crust.
      const [youngest, at] = fresh.reduce((a, b) => (b[0] < a[0] ? b : a));
      expect(youngest).toBeGreaterThanOrEqual(TICK_MYR * 0.999);
      expect(youngest).toBeLessThanOrEqual(4 * TICK_MYR);
      expect(Math.abs(at - 31.5)).toBeLessThanOrEqual(2);
      expect(Math.abs(fresh.reduce((sum, [, x]) => sum + x, 0) / fresh.length - 31.5)).toBeLessThanOrEqual(1);
      expect(fresh.every(([, x]) => !reference.parcelOf(parcels[y * grid.width + x]).continental)).toBe(true);
    }
  });

  it('keeps continental crust on top where ocean crust runs into it, and raises an arc', async () => {
    const start = halves({ continental: true }, { age: 100 });
    // Plate 1 stays; plate 2 turns west into it (and away from it across the date line).
    const { terrain } = await gpuRun(kernels, { grid, start, plates: [rotation([0, 1, 0], 0), rotation([0, 1, 0], -step)], passes: ['drift'], ticks });
    for (let i = 0; i < grid.width * grid.height; i++) {
      const x = i % grid.width;
      if (x >= 32) continue;
      expect(isContinental(terrain[i * WORDS + PARCEL]), `cell ${i}`).toBe(true);
      expect(terrain[i * WORDS + PLATE]).toBe(1);
      // The continent's edge carries the arc's uplift (0.8, drift-source.wgsl); its inside none.
      if (x > 0 && x < 30) expect(terrain[i * WORDS + UPLIFT], `uplift of cell ${i}`).toBe(0);
      if (x === 31) expect(terrain[i * WORDS + UPLIFT], `uplift of cell ${i}`).toBeCloseTo(0.8, 6);
    }
    // The ocean plate's crust away from both its edges stayed ocean crust.
    for (let i = 0; i < grid.width * grid.height; i++) if (i % grid.width >= 35 && i % grid.width < 56) expect(isContinental(terrain[i * WORDS + PARCEL])).toBe(false);
  });

  it('subducts the older ocean floor under the younger, and raises an island arc (tropics)', async () => {
    for (const [westAge, eastAge] of [[20, 150], [150, 20]]) {
      const { terrain } = await meeting(westAge, eastAge);
      const uplift = channel(terrain, UPLIFT);
      for (let y = 0; y < grid.height; y++) {
        // Plate 1's cells that plate 2's younger floor took over: 20 / 3 = 6.7 columns.
        if (westAge < eastAge) expect(overridden(terrain, y), `row ${y}`).toBe(0);
        else if (tropics.includes(y)) expect(Math.abs(overridden(terrain, y) - ticks / 3), `row ${y}`).toBeLessThanOrEqual(reach(y));
        // The island arc's uplift (0.6) where the plates meet.
        if (tropics.includes(y)) expect(Math.max(...uplift.slice(y * grid.width + 24, y * grid.width + 33)), `row ${y}`).toBeCloseTo(0.6, 6);
      }
    }
  });

  it('opens the ridge at every latitude, not only in the tropics', async () => {
    const { terrain } = await apart();
    for (const y of highRows) expect(Math.abs(freshIn(terrain, y).length - (2 * ticks) / 3), `row ${y}`).toBeLessThanOrEqual(2);
  });

  it('moves a subducting boundary at the plate speed at every latitude, not a cell a tick', async () => {
    const terrain = (await meeting(150, 20)).terrain;
    for (const y of highRows) expect(Math.abs(overridden(terrain, y) - ticks / 3), `row ${y}`).toBeLessThanOrEqual(reach(y));
  });

  it('keeps the area of a continent: its edge parcels are not copied into the ocean or a ridge beside it', async () => {
    const { terrain } = await gpuRun(kernels, { grid, start: halves({ continental: true }, { age: 100 }), plates: [rotation([0, 1, 0], 0), rotation([0, 1, 0], -step)], passes: ['drift'], ticks });
    for (const y of tropics) for (const x of [32, 63]) expect(isContinental(terrain[(y * grid.width + x) * WORDS + PARCEL]), `cell ${x}, ${y}`).toBe(false);
  });
});
