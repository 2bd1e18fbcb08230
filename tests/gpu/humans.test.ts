// Kernel tests of the humans stage: the GPU census and burn against the CPU reference
// (tests/reference/humans.ts), Earth's people through the humans era, the fossil reserve burnt
// and the warming it brings, and people in life.grow settling only where it is mild and wet,
// spreading, and fleeing the heat.
import { describe, expect, it } from 'vitest';
import { defaultParams, type Resolution } from '../../src/params';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { pcg3d } from '../../src/sim/hash';
import { globalsAt, worldFromParams } from '../../src/sim/world';
import { PRESENT_YEARS, tickAtYears } from '../../src/timeline';
import { burnTick, cellAreaKm2, EARTH_CHECKPOINTS, EARTH_RADIUS_KM, suitability, warmingOf, type PlanetState } from '../reference/humans';
import { useKernelPage } from './kernel-page';

const kernels = useKernelPage();

const hashFloat = (i: number, salt: number) => pcg3d([i, salt, 66])[0] / 2 ** 32;
/** The warming era: 400 years in 2700 ticks. */
const WARMING = { ticks: 2700, dtYears: 400 / 2700 };
const START: PlanetState = { carbon: 0, co2: 280, anomaly: 0, population: 0, peak: 0 };

/** People of every cell (settled fraction in w) and their number by the CPU reference at `density` people/km2. */
function peopleOf(width: number, height: number, fraction: (i: number) => number, density: number) {
  const life = Array.from({ length: width * height }, (_, i) => [0.5, 0.2, 0.1, fraction(i)]).flat();
  let population = 0;
  for (let i = 0; i < width * height; i++) population += life[i * 4 + 3] * cellAreaKm2(Math.floor(i / width), width, height) * density;
  return { life, population };
}

describe('humans.census and humans.burn', () => {
  it('count the people like the CPU sum, on a grid that fits neither the strides nor the workgroups', async () => {
    // 44x20: 8 partial sums a row, of 6 or 5 cells; 20 rows in three workgroups of 8.
    const { life, population } = peopleOf(44, 20, (i) => hashFloat(i, 1), 150);
    // The census counts at the tick's capacity, not the present day's density.
    const globals = { peopleCapacity: 150, peopleDensity: 999, industryOn: 0 };
    const [planet] = await kernels.call('runHumans', { width: 44, height: 20, life, globals, ticks: 1 });
    // WGSL holds sin() only to 2^-11 absolute, so each row's cos(latitude) may be 5e-4 off;
    // across the rows the sum stays within 2e-4 relative (measured 6e-5). A partial sum missed
    // or counted twice would be off by several percent.
    expect(Math.abs(planet[3] - population) / population).toBeLessThan(2e-4);
    expect(planet[4]).toBe(planet[3]);
    // Nothing burnt before the industry: pre-industrial CO2, no warming.
    expect(planet.slice(0, 3)).toEqual([0, 280, 0]);
  });

  it('burn carbon, raise CO2 and warm tick by tick like the CPU reference', async () => {
    const { life, population } = peopleOf(32, 16, (i) => hashFloat(i, 2), 150);
    const globals = { peopleCapacity: 150, industryOn: 1, fossilCarbon: 5000, climateSensitivity: 3, dtYears: 0.5 };
    const reads = await kernels.call('runHumans', { width: 32, height: 16, life, globals, ticks: 300, everyTick: true });
    let cpu = START;
    reads.forEach((planet, tick) => {
      cpu = burnTick(cpu, population, { reserve: 5000, sensitivity: 3, dtYears: 0.5, industry: true });
      // Float32 accumulation over up to 300 ticks: 1e-3 relative (1e-3 deg C near zero).
      expect(Math.abs(planet[0] - cpu.carbon), `carbon at tick ${tick}`).toBeLessThan(1e-3 * cpu.carbon + 1e-3);
      expect(Math.abs(planet[1] - cpu.co2)).toBeLessThan(1e-3 * cpu.co2);
      expect(Math.abs(planet[2] - cpu.anomaly)).toBeLessThan(1e-3 * cpu.anomaly + 1e-3);
    });
    // It is under way: a third of the reserve or more burnt in 150 years.
    expect(reads[reads.length - 1][0]).toBeGreaterThan(5000 / 3);
  });

  it('release the fossil reserve over the warming era and warm the planet as its parameters say, within 10%', async () => {
    const { life } = peopleOf(32, 16, (i) => hashFloat(i, 3), 150);
    for (const [reserve, sensitivity] of [[5000, 3], [2000, 2], [10000, 4.5]]) {
      const globals = { peopleCapacity: 150, industryOn: 1, fossilCarbon: reserve, climateSensitivity: sensitivity, dtYears: WARMING.dtYears };
      const [planet] = await kernels.call('runHumans', { width: 32, height: 16, life, globals, ticks: WARMING.ticks });
      expect(Math.abs(planet[0] - reserve) / reserve).toBeLessThan(0.1);
      const warming = warmingOf(reserve, sensitivity);
      expect(Math.abs(planet[2] - warming) / warming).toBeLessThan(0.1);
    }
    // The default story: five trillion tonnes, nearly 10 deg C.
    expect(warmingOf(5000, 3)).toBeGreaterThan(9);
    expect(warmingOf(5000, 3)).toBeLessThan(10);
  });

  it("count Earth's people through the humans era at the capacity the timeline gives", async () => {
    // The whole sphere settled at the share that holds eight billion at the default density.
    const world = { ...worldFromParams(defaultParams()), resolution: '32x16' as Resolution };
    const share = 8e9 / (world.physics.peopleDensity * 4 * Math.PI * EARTH_RADIUS_KM ** 2);
    const { life } = peopleOf(32, 16, () => share, world.physics.peopleDensity);
    let previous = 0;
    for (const { yearsAgo, min, max } of EARTH_CHECKPOINTS) {
      const tick = tickAtYears(PRESENT_YEARS - yearsAgo);
      // The step from the tick before reaches this tick: its census counts this tick's people.
      const globals = { ...globalsAt(world, tick - 1), industryOn: 0 };
      const [planet] = await kernels.call('runHumans', { width: 32, height: 16, life, globals, ticks: 1 });
      expect(planet[3], `${yearsAgo} years ago`).toBeGreaterThan(min);
      expect(planet[3], `${yearsAgo} years ago`).toBeLessThan(max);
      expect(planet[3]).toBeGreaterThan(previous);
      previous = planet[3];
    }
    // On from the present day, the present day's density.
    const [planet] = await kernels.call('runHumans', { width: 32, height: 16, life, globals: { ...globalsAt(world, tickAtYears(PRESENT_YEARS + 100)), industryOn: 0 }, ticks: 1 });
    expect(Math.abs(planet[3] - 8e9) / 8e9).toBeLessThan(0.01);
  });

  it('burn nothing where nobody lives', async () => {
    const { life } = peopleOf(32, 16, () => 0, 150);
    const globals = { peopleCapacity: 150, industryOn: 1, fossilCarbon: 5000, climateSensitivity: 3, dtYears: WARMING.dtYears };
    const [planet] = await kernels.call('runHumans', { width: 32, height: 16, life, globals, ticks: 100 });
    expect(planet.slice(0, 4)).toEqual([0, 280, 0, 0]);
  });
});

describe('people in life.grow', () => {
  const GRID = { width: 64, height: 32 };
  const cells = GRID.width * GRID.height;
  const CLIMATE = { width: 16, height: 8 };
  const SEA = 7.25;
  const TERRAIN = CELL_LAYOUTS.terrain;
  /** Land a unit above the sea: crust at 15 deg C, no uplift, plate 1, ocean age and parcel 0. */
  const land = new Array<number>(TERRAIN.words).fill(0);
  [land[TERRAIN.members.elevation.word], land[TERRAIN.members.crustTemperature.word], land[TERRAIN.members.plate.word]] = [SEA + 1, 15, 1];
  const allLand = Array.from({ length: cells }, () => land).flat();
  /** Mean temperature by climate column (-5..45 deg C), annual rain by climate row (0..2 mm/day). */
  const meanTemperature = (cx: number) => -5 + (50 * cx) / (CLIMATE.width - 1);
  const annualRain = (cy: number) => (2 * cy) / (CLIMATE.height - 1);
  const climate = Array.from({ length: CLIMATE.width * CLIMATE.height }, (_, i) => {
    const t = meanTemperature(i % CLIMATE.width);
    const rain = annualRain(Math.floor(i / CLIMATE.width));
    return [1013, t, 10, rain, 0, 0, 10, rain, t, rain, 0, 0];
  }).flat();
  const suitabilityOf = (i: number) => {
    const x = i % GRID.width;
    const y = Math.floor(i / GRID.width);
    return suitability(meanTemperature(Math.floor(x / 4)), annualRain(Math.floor(y / 4)));
  };
  const humans = { seaLevel: SEA, humansOn: 1, heatLimit: 35 };

  it('settle only where it is mild and wet, and spread from their first places to neighbours', async () => {
    const life = Array.from({ length: cells }, () => [0.5, 0.2, 0.1, 0]).flat();
    const [first, later] = await kernels.call('runLife', {
      ...GRID, terrain: allLand, climate, life, globals: humans, firstTick: { humanOrigin: 1 }, ticks: 300, readEvery: 1,
    }).then((reads) => [reads[0], reads[reads.length - 1]]);
    const inhabited = (read: number[]) => read.filter((v, k) => k % 4 === 3 && v > 0).length;
    const suitable = Array.from({ length: cells }, (_, i) => suitabilityOf(i)).filter((s) => s > 0).length;
    // About 1% of the suitable cells are first settled; 300 ticks later many more.
    expect(inhabited(first)).toBeGreaterThan(0);
    expect(inhabited(first)).toBeLessThan(0.05 * suitable);
    expect(inhabited(later)).toBeGreaterThan(4 * inhabited(first));
    for (const read of [first, later]) {
      for (let i = 0; i < cells; i++) {
        const people = read[i * 4 + 3];
        expect(Number.isFinite(people) && people >= 0 && people <= 1).toBe(true);
        if (people > 0) expect(suitabilityOf(i), `cell ${i}`).toBeGreaterThan(0);
      }
    }
  });

  it('leave land past the heat limit at once, and stay where it is still mild', async () => {
    const life = Array.from({ length: cells }, () => [0.5, 0.2, 0.1, 1]).flat();
    const [after] = await kernels.call('runLife', { ...GRID, terrain: allLand, climate, life, globals: { ...humans, heatLimit: 20 }, ticks: 1 });
    for (let i = 0; i < cells; i++) {
      const t = meanTemperature(Math.floor((i % GRID.width) / 4));
      if (t > 20) expect(after[i * 4 + 3]).toBe(0);
      else if (suitabilityOf(i) > 0.5) expect(after[i * 4 + 3]).toBeGreaterThan(0.9);
    }
  });

  it('stay away before the humans era', async () => {
    const life = Array.from({ length: cells }, () => [0.5, 0.2, 0.1, 0]).flat();
    const [after] = await kernels.call('runLife', {
      ...GRID, terrain: allLand, climate, life, globals: { seaLevel: SEA, humansOn: 0 }, firstTick: { humanOrigin: 1 }, ticks: 5,
    });
    expect(after.filter((_, k) => k % 4 === 3).every((people) => people === 0)).toBe(true);
  });
});
