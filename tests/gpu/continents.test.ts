// Kernel tests of the continents as points (shaders/tectonics/continents.wgsl): they ride their
// plates, cover the grid with their area at any grid, weld where they meet and converge, stay
// apart where they part, and move the same, bit for bit, whatever the grid.
import { describe, expect, it } from 'vitest';
import { CONTINENT_POINTS } from '../../src/sim/fields';
import { spherePosition } from '../reference/sphere';
import * as reference from '../reference/tectonics';
import { useKernelPage } from './kernel-page';
import { angleBetween, blockOf, cellOf, gpuRun, isContinental, PARCEL, rotation, WORDS, type Grid } from './tectonics-support';

const kernels = useKernelPage();
const degrees = Math.PI / 180;
const COARSE: Grid = { width: 64, height: 32 };
const FINE: Grid = { width: 128, height: 64 };

/** Every lattice point, those within `radius` of a centre on a plate (x, y, z, plate each). */
function caps(...list: { centre: reference.Vector; radius: number; plate: number }[]): number[] {
  return Array.from({ length: CONTINENT_POINTS }, (_, i) => {
    const p = reference.latticePoint(i, CONTINENT_POINTS);
    const cap = list.find(({ centre, radius }) => angleBetween(p, centre) < radius);
    return [...p, cap ? cap.plate : 0];
  }).flat();
}

const ocean = (grid: Grid) => Array.from({ length: grid.width * grid.height }, () => cellOf({ plate: 1 })).flat();
const sphereArea = (grid: Grid) => blockOf(grid, () => true).area;
const continental = (grid: Grid, terrain: number[]) => blockOf(grid, (i) => isContinental(terrain[i * WORDS + PARCEL]));
const platesOf = (points: number[]) => points.filter((_, i) => i % 4 === 3);

describe('tectonics.continents: points that ride their plates', () => {
  it('turns a continent over the pole with its plate, covering its own area at two grids', async () => {
    const centre = spherePosition(30 * degrees, 0);
    const radius = 25 * degrees;
    const turn = 1 * degrees;
    const ticks = 40;
    const points = caps({ centre, radius, plate: 1 });
    const axis: reference.Vector = [-1, 0, 0];
    // About the -x axis, a positive turn carries the cap from 30 degrees north to 70.
    const moved = reference.rotate(axis, ticks * turn, centre);
    const masks: number[][] = [];
    for (const grid of [COARSE, FINE]) {
      const result = await gpuRun(kernels, { grid, start: ocean(grid), plates: [rotation(axis, turn)], passes: ['drift', 'relief'], ticks, points });
      // Each point inside the cap turned by exactly the rotation (to float32 steps: 2e-5 radians
      // after 40, as a chord); those within a few spacings of its rim may gather inward.
      const inside = (j: number) => angleBetween(points.slice(4 * j, 4 * j + 3) as reference.Vector, centre) < radius - 8 * degrees;
      for (const i of [0, 1, 2].map((k) => platesOf(points).findIndex((p, j) => p === 1 && j % 97 === k && inside(j)))) {
        const expected = reference.rotate(axis, ticks * turn, points.slice(4 * i, 4 * i + 3));
        const got = result.points.slice(4 * i, 4 * i + 3);
        expect(Math.hypot(...got.map((v, k) => v - expected[k]))).toBeLessThan(2e-5);
      }
      // The continental cells cover the cap's share of the sphere to 6 % (its edge falls
      // across cells: at 64x32 a cell is 5.6 degrees, the cap's rim about 2 x 25 x pi cells long),
      // centred where the rotation took it (within a cell).
      const block = continental(grid, result.terrain);
      const share = (1 - Math.cos(radius)) / 2;
      expect(Math.abs(block.area / sphereArea(grid) / share - 1), `${grid.width}x${grid.height}`).toBeLessThan(0.06);
      expect(angleBetween(block.centroid, moved)).toBeLessThan(180 / grid.height * degrees);
      masks.push(Array.from({ length: grid.width * grid.height }, (_, i) => (isContinental(result.terrain[i * WORDS + PARCEL]) ? 1 : 0)));
    }
    // The fine grid's mask, reduced to the coarse one (a coarse cell continental where most of
    // its four are), agrees with the coarse mask but for cells along the rim.
    let differing = 0;
    for (let y = 0; y < COARSE.height; y++) for (let x = 0; x < COARSE.width; x++) {
      const fine = [0, 1].flatMap((dy) => [0, 1].map((dx) => masks[1][(2 * y + dy) * FINE.width + 2 * x + dx])).reduce((a, b) => a + b, 0);
      if ((fine >= 2 ? 1 : 0) !== masks[0][y * COARSE.width + x]) differing++;
    }
    expect(differing).toBeLessThan(0.05 * masks[0].reduce((a, b) => a + b, 0));
  });

  it('moves the points bit for bit the same at every grid, welds included', async () => {
    const points = caps({ centre: spherePosition(0, -20 * degrees), radius: 15 * degrees, plate: 1 }, { centre: spherePosition(0, 20 * degrees), radius: 15 * degrees, plate: 2 });
    const plates = [rotation([0, 1, 0], 0.2 * degrees), rotation([0, 1, 0], -0.5 * degrees)];
    const runs = await Promise.all([COARSE, FINE].map((grid) => gpuRun(kernels, { grid, start: ocean(grid), plates, passes: ['drift', 'relief'], ticks: 30, points })));
    expect(runs[0].points).toEqual(runs[1].points);
    // And they did weld: some of plate 2's points joined plate 1.
    expect(platesOf(runs[0].points).filter((p) => p === 1).length).toBeGreaterThan(platesOf(points).filter((p) => p === 1).length);
  });

  it('welds two continents that meet: the whole of the higher plate\'s continent joins the lower plate', async () => {
    // Plate 2's continent closes on plate 1's, which stands still, at half a degree a tick: the
    // 10-degree gap closes in about 18 ticks; 60 ticks leave 40 for the weld to cross it.
    const points = caps({ centre: spherePosition(0, -20 * degrees), radius: 15 * degrees, plate: 1 }, { centre: spherePosition(0, 20 * degrees), radius: 15 * degrees, plate: 2 });
    const plates = [rotation([0, 1, 0], 0), rotation([0, 1, 0], -0.5 * degrees)];
    const before = continental(FINE, (await gpuRun(kernels, { grid: FINE, start: ocean(FINE), plates, passes: ['drift', 'relief'], ticks: 1, points })).terrain).area;
    const { terrain, points: after } = await gpuRun(kernels, { grid: FINE, start: ocean(FINE), plates, passes: ['drift', 'relief'], ticks: 60, points });
    expect(platesOf(after).filter((p) => p === 2)).toEqual([]);
    // The collision overlapped the continents where they met, and the thickened crust spread
    // out again: their area is back to within a tenth of what it was.
    const area = continental(FINE, terrain).area;
    expect(Math.abs(area / before - 1)).toBeLessThan(0.1);
  });

  it('keeps continents whose plates part on their own plates', async () => {
    // The caps touch (a degree apart) and plate 2 turns away east.
    const points = caps({ centre: spherePosition(0, -15.5 * degrees), radius: 15 * degrees, plate: 1 }, { centre: spherePosition(0, 15.5 * degrees), radius: 15 * degrees, plate: 2 });
    const plates = [rotation([0, 1, 0], 0), rotation([0, 1, 0], 0.5 * degrees)];
    const { points: after } = await gpuRun(kernels, { grid: FINE, start: ocean(FINE), plates, passes: ['drift', 'relief'], ticks: 20, points });
    expect(platesOf(after)).toEqual(platesOf(points));
  });

  it('gathers a frayed fringe back to its continent, and leaves the inside as it was', async () => {
    // A cap of plate 1 standing still, and a fringe of every fourth lattice point 1-3 degrees
    // beyond its rim: thin crust (cover about a quarter), which moves up the cover's slope.
    const centre = spherePosition(0, 0);
    const radius = 20 * degrees;
    const cap = caps({ centre, radius, plate: 1 });
    const points = cap.map((value, k) => {
      const i = Math.floor(k / 4);
      const angle = angleBetween(cap.slice(4 * i, 4 * i + 3) as reference.Vector, centre);
      const fringe = angle > radius + 1 * degrees && angle < radius + 3 * degrees && i % 4 === 0;
      return k % 4 === 3 && fringe ? 1 : value;
    });
    const fringe = platesOf(points).map((p, i) => (p === 1 && platesOf(cap)[i] === 0 ? i : -1)).filter((i) => i >= 0);
    expect(fringe.length).toBeGreaterThan(20);
    const { points: after } = await gpuRun(kernels, { grid: COARSE, start: ocean(COARSE), plates: [rotation([0, 1, 0], 0)], passes: ['drift', 'relief'], ticks: 30, points });
    const distance = (list: number[], i: number) => angleBetween(list.slice(4 * i, 4 * i + 3) as reference.Vector, centre);
    const meanDistance = (list: number[]) => fringe.reduce((sum, i) => sum + distance(list, i), 0) / fringe.length;
    // A twentieth of a spacing a tick where the cover is a half, slowing as it thickens toward
    // GATHER_BELOW (0.7): in 30 ticks the fringe comes about 0.6 degrees closer. None strays
    // further than a sixth of a spacing (0.27 degrees: the slope is read from bins 0.9 spacings
    // wide, so a point between them can step a little sideways or out).
    expect(meanDistance(points) - meanDistance(after)).toBeGreaterThan(0.4 * degrees);
    for (const i of fringe) expect(distance(after, i), `fringe point ${i}`).toBeLessThan(distance(points, i) + 0.27 * degrees);
    // Points well inside the cap (cover near 1) did not move (but for float32 renormalising
    // each tick: 1e-6 as a chord).
    const inside = platesOf(cap).map((p, i) => (p === 1 && distance(cap, i) < radius - 8 * degrees ? i : -1)).filter((i) => i >= 0);
    for (const i of inside) expect(Math.hypot(...[0, 1, 2].map((k) => after[4 * i + k] - points[4 * i + k])), `inside point ${i}`).toBeLessThan(1e-6);
  });
});
