// Kernel tests of the climate's water cycle against the CPU reference (tests/reference/climate.ts):
// the wind carrying vapour (kept exactly, and as far as the wind blows), evaporation from the
// ocean and the soil (a bucket that overflows into the rivers), rain, and the soil's water.
import { describe, expect, it } from 'vitest';
import {
  evapotranspiration, FIELD_CAPACITY, hadleySinking, oceanEvaporation, rainOf, rowLatitudeDeg, rowWeight, soilAfter, temperature,
} from '../reference/climate';
import { cellOf } from '../support/cells';
import { CLIMATE, climateCells, hashFloat, SEA, TERRAIN } from './climate-support';
import { useKernelPage } from './kernel-page';
import type { ClimatePassName } from './kernels';
import { CLIMATE_CELL_FLOATS as F } from '../../src/sim/fields';

const kernels = useKernelPage();

const ocean = Array.from({ length: TERRAIN.width * TERRAIN.height }, () => cellOf('terrain', { elevation: SEA - 4, crustTemperature: 15, plate: 1 })).flat();
const rowAt = (latDeg: number) => Math.round((90 - latDeg) / 180 * CLIMATE.height - 0.5);

interface Run { passes: ClimatePassName[]; ticks: number; globals?: Record<string, number>; pressure?: number[]; climate?: number[] }
const run = (r: Run) => kernels.call('runClimate', { ...TERRAIN, terrain: ocean, ...r, globals: { seaLevel: SEA, ...r.globals } });

/** Area-weighted sum of channel c of the climate. */
function weightedSum(field: number[], c: number): number {
  let sum = 0;
  for (let i = 0; i < climateCells; i++) sum += rowWeight(CLIMATE.height, Math.floor(i / CLIMATE.width)) * field[i * F + c];
  return sum;
}

describe('climate water cycle', () => {
  it('carries vapour without creating or losing it: total kept within 1e-3 over 20 days of wind', async () => {
    // Dry enough never to reach saturation, anywhere: 0.2..0.6 mm.
    const climate = Array.from({ length: climateCells }, (_, i) => [1013, 15, 0.2 + 0.4 * hashFloat(i, 4), 0, 0, 0, 0, 0, 15, 0, 0, 0]).flat();
    const spun = await run({ passes: ['surface', 'blur', 'weather'], ticks: 1, globals: { evaporation: 0, rainout: 0 }, climate });
    // Start the count from a state with wind, then carry it 20 days.
    const start = spun.climate[0].map((v, k) => (k % F === 2 ? climate[k] : v));
    const after = await run({ passes: ['carry'], ticks: 20, climate: start });
    const end = after.climate[0];
    const before = weightedSum(start, 2);
    expect(Math.abs(weightedSum(end, 2) - before) / before).toBeLessThan(1e-3);
    // It moved: the field changed; nothing else did.
    expect(end.filter((v, k) => k % F === 2 && Math.abs(v - start[k]) > 1e-3).length).toBeGreaterThan(climateCells / 4);
    expect(end.every((v, k) => k % F === 2 || v === start[k])).toBe(true);
  });

  it('carries vapour as far as the wind blows in a day, whatever the grid (substeps)', async () => {
    // The trade winds at 15 N on an all-ocean planet; a puff of vapour in one cell there.
    const spun = await run({ passes: ['surface', 'blur', 'weather'], ticks: 1 });
    const row = rowAt(15);
    const puff = spun.climate[0].map((v, k) => (k % F === 2 ? (k === (row * CLIMATE.width + 10) * F + 2 ? 100 : 0) : v));
    const DAYS = 4;
    const after = await run({ passes: ['carry'], ticks: DAYS, climate: puff });
    // The vapour's centre moved west by the trade wind times the time, within a quarter.
    const metresPerColumn = (2 * Math.PI * 6.371e6 * Math.cos((rowLatitudeDeg(CLIMATE.height, row) * Math.PI) / 180)) / CLIMATE.width;
    let moved = 0;
    let total = 0;
    for (let i = 0; i < climateCells; i++) {
      const vapour = after.climate[0][i * F + 2];
      moved += vapour * ((i % CLIMATE.width) - 10);
      total += vapour;
    }
    const expected = (puff[(row * CLIMATE.width + 10) * F + 4] * DAYS * 86400) / metresPerColumn;
    expect(expected).toBeLessThan(-1);
    expect(Math.abs(moved / total - expected)).toBeLessThan(0.25 * Math.abs(expected));
  });

  it('evaporates from the ocean and the soil (a bucket), rains and fills the soil as the CPU reference does (still air, one day)', async () => {
    // Uniform pressure: no wind, so nothing is lifted, and only the eddies mix the vapour. Land fractions 0, 1 and
    // between; soil (dry to overflowing), vapour (dry to supersaturated) and temperature hashed.
    const landOf = (i: number) => [0, 1, 0.5, hashFloat(i, 6)][i % 4];
    const pressure = Array.from({ length: climateCells }, (_, i) => [1013, 0, landOf(i), 0]).flat();
    const climate = Array.from({ length: climateCells }, (_, i) => [1013, 15, 60 * hashFloat(i, 8), 0, 0, 0, 150 * hashFloat(i, 9), 0, 15, 0, 0, 0]).flat();
    const globals = { season: 0, evaporation: 6, rainout: 0.1 };
    const day = (await run({ pressure, climate, passes: ['weather'], ticks: 1, globals })).climate[0];
    let recycled = 0;
    let overflowing = 0;
    let keptVapour = 0;
    let dayVapour = 0;
    for (let i = 0; i < climateCells; i++) {
      const y = Math.floor(i / CLIMATE.width);
      const lat = rowLatitudeDeg(CLIMATE.height, y);
      const land = landOf(i);
      const t = temperature(lat, 0, land, 0);
      const soil = climate[i * F + 6];
      const fromSoil = land * evapotranspiration(6, soil, t);
      const vapour = climate[i * F + 2] + oceanEvaporation(6, t, land) + fromSoil;
      // Still air: no lift, and only the Hadley cells' sinking.
      const rain = rainOf(vapour, t, 0, 0.1, hadleySinking(lat, 0));
      if (fromSoil > 0.5) recycled++;
      if (land > 0 && day[i * F + 6] === FIELD_CAPACITY) overflowing++;
      const near = (value: number, expected: number, what: string) => expect(Math.abs(value - expected), `${what} at cell ${i}`).toBeLessThan(1e-3 * (1 + Math.abs(expected)));
      near(day[i * F + 1], t, 'temperature');
      // Rain within 0.5 %: the temperature is float32 to about 0.01 deg C (the day's length from
      // float32 tangents), which the capacity and the humidity's smoothstep carry into the rain.
      expect(Math.abs(day[i * F + 3] - rain), `rain at cell ${i}`).toBeLessThan(5e-3 * (1 + rain));
      // The day's eddies then mix the vapour between cells (climate.carry), keeping its total.
      keptVapour += rowWeight(CLIMATE.height, y) * (vapour - rain);
      dayVapour += rowWeight(CLIMATE.height, y) * day[i * F + 2];
      near(day[i * F + 6], soilAfter(6, soil, t, rain, land), 'soil');
    }
    expect(Math.abs(dayVapour - keptVapour)).toBeLessThan(1e-4 * keptVapour);
    // The land's wet soil did feed the air, and full buckets ran off.
    expect(recycled).toBeGreaterThan(climateCells / 8);
    expect(overflowing).toBeGreaterThan(0);
  });
});
