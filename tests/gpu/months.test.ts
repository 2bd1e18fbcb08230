// Kernel test of climate.months (shaders/climate/months.wgsl): the running monthly means against
// the same exponential mean in float64, for made-up weather. The means are stored as half floats,
// rounded stochastically: each may wander a few half-float steps from the reference, but not
// drift (round to nearest would leave a slowly creeping mean stuck short of its target).
import { describe, expect, it } from 'vitest';
import { MONTHS_CELL_FLOATS } from '../../src/sim/months';
import { useKernelPage } from './kernel-page';
import { generator } from '../support/xorshift';

const kernels = useKernelPage();

/** Terrain 32x16: climate 8x4. */
const GRID = { width: 32, height: 16 };
const CELLS = 32;

type Spell = { days: number; weather: number[] };

/** Monthly means of the spells' days, per cell as readMonths gives them: 12 deg C then 12 mm/day; null where unset. */
function reference(spells: Spell[], yearTicks: number): (number | null)[] {
  const means: (number | null)[] = new Array<number | null>(CELLS * MONTHS_CELL_FLOATS).fill(null);
  let tick = 0;
  for (const { days, weather } of spells) {
    for (let day = 0; day < days; day++, tick++) {
      const month = Math.floor((12 * (tick % yearTicks)) / yearTicks);
      for (let cell = 0; cell < CELLS; cell++) {
        for (const [channel, today] of [[0, Math.fround(weather[2 * cell])], [12, Math.fround(weather[2 * cell + 1])]]) {
          const at = cell * MONTHS_CELL_FLOATS + channel + month;
          const old = means[at];
          means[at] = old === null ? today : old + (today - old) * (12 / yearTicks);
        }
      }
    }
  }
  return means;
}

/** The spacing of half floats at x. */
const halfSpacing = (x: number) => 2 ** Math.max(Math.floor(Math.log2(Math.max(Math.abs(x), 2 ** -14))) - 10, -24);

/** Each mean's departure from the reference in half-float steps; the unset ones must match. */
function stepsOff(means: (number | null)[], expected: (number | null)[]): number[] {
  expect(means.map((value) => value === null)).toEqual(expected.map((value) => value === null));
  return expected.flatMap((value, i) => (value === null ? [] : [(means[i]! - value) / halfSpacing(value)]));
}

/**
 * Daily weather over `years`: each cell a seasonal cycle of temperature (its own mean, -30..30
 * deg C, and swing) and of rain (0..12 mm/day), plus day-to-day noise of +-4 deg C and +-50 % rain.
 */
function noisyYears(yearTicks: number, years: number): { spells: Spell[]; base: (cell: number, month: number) => [number, number] } {
  const next = generator(7);
  const cells = Array.from({ length: CELLS }, () => ({ mean: -30 + 60 * next(), swing: 15 * next(), rain: 12 * next(), peak: 12 * next() }));
  const base = (cell: number, month: number): [number, number] => {
    const { mean, swing, rain, peak } = cells[cell];
    const phase = Math.cos((2 * Math.PI * (month + 0.5 - peak)) / 12);
    return [mean + swing * phase, rain * (0.5 + 0.5 * phase)];
  };
  const spells = Array.from({ length: yearTicks * years }, (_, tick) => {
    const month = Math.floor((12 * (tick % yearTicks)) / yearTicks);
    const weather = Array.from({ length: CELLS }, (_, cell) => {
      const [temperature, rain] = base(cell, month);
      return [temperature + 8 * (next() - 0.5), rain * (0.5 + next())];
    }).flat();
    return { days: 1, weather };
  });
  return { spells, base };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('climate.months', () => {
  it('leaves the months the climate has not yet reached unset, and starts each at its first day', async () => {
    const yearTicks = 48;
    const { spells } = noisyYears(yearTicks, 1);
    const half = spells.slice(0, yearTicks / 2);
    const means = await kernels.call('runMonths', { ...GRID, yearTicks, spells: half });
    const expected = reference(half, yearTicks);
    for (let cell = 0; cell < CELLS; cell++) {
      for (let m = 0; m < 12; m++) {
        expect(expected[cell * MONTHS_CELL_FLOATS + m] === null).toBe(m >= 6);
        expect(expected[cell * MONTHS_CELL_FLOATS + 12 + m] === null).toBe(m >= 6);
      }
    }
    // Four days a month: the first day taken as it is, three moves of a quarter.
    for (const off of stepsOff(means, expected)) expect(Math.abs(off)).toBeLessThan(6);
  });

  it('follows the exponential mean of each month at the default year of 240 ticks, and comes near the season of the days', async () => {
    const yearTicks = 240;
    const { spells, base } = noisyYears(yearTicks, 4);
    const means = await kernels.call('runMonths', { ...GRID, yearTicks, spells });
    const off = stepsOff(means, reference(spells, yearTicks));
    expect(Math.max(...off.map(Math.abs))).toBeLessThan(10);
    expect(Math.abs(mean(off))).toBeLessThan(1);
    // A climatology: each month's mean within 1.5 deg C and 1.5 mm/day of the month's own weather
    // (20 noisy days a year, weighted over about two years).
    for (let cell = 0; cell < CELLS; cell++) {
      for (let m = 0; m < 12; m++) {
        const [temperature, rain] = base(cell, m);
        expect(Math.abs(means[cell * MONTHS_CELL_FLOATS + m]! - temperature)).toBeLessThan(1.5);
        expect(Math.abs(means[cell * MONTHS_CELL_FLOATS + 12 + m]! - rain)).toBeLessThan(1.5);
      }
    }
  });

  it('converges without bias where the mean creeps toward its target in steps under a half float', async () => {
    // A year of 480 ticks (a fortieth of the way a day): a year at 0, then five at about 20 deg C
    // and 7 mm/day, where a day's move near the end (0.003 deg C) is a fifth of a half-float step.
    const yearTicks = 480;
    const target = Array.from({ length: CELLS }, (_, cell) => [20.1 + 0.01 * cell, 7.3 + 0.003 * cell]).flat();
    const spells = [{ days: yearTicks, weather: new Array<number>(2 * CELLS).fill(0) }, { days: 5 * yearTicks, weather: target }];
    const means = await kernels.call('runMonths', { ...GRID, yearTicks, spells });
    const off = stepsOff(means, reference(spells, yearTicks));
    expect(Math.max(...off.map(Math.abs))).toBeLessThan(12);
    expect(Math.abs(mean(off))).toBeLessThan(1);
  }, 120_000);
});
