// The plate table and the plate step rule (CPU side; the GPU is checked against the same rule
// bit for bit in tests/gpu/tectonics.test.ts).
import { describe, expect, it } from 'vitest';
import { MAX_PLATES, PLANET_RADIUS_M, PLATE_FLOATS, plateTable, withSteps } from '../../src/sim/plates';
import { plateStep, velocityTable } from '../reference/tectonics';

const input = { seed: 3, epoch: 0, plateCount: 12, speedCmPerYear: 5, yearsPerTick: 3e5, width: 256, height: 128 };

describe('plate table', () => {
  it('has the asked number of plates, seeded on distinct cells of the grid', () => {
    const table = plateTable(input);
    expect(table.length).toBe(MAX_PLATES * PLATE_FLOATS);
    const used = Array.from({ length: MAX_PLATES }, (_, k) => table[k * PLATE_FLOATS + 5]);
    expect(used.filter((u) => u === 1).length).toBe(12);
    expect(used.slice(12).every((u) => u === 0)).toBe(true);
    const seeds = Array.from({ length: 12 }, (_, k) => table[k * PLATE_FLOATS + 4]);
    expect(seeds.every((cell) => Number.isInteger(cell) && cell >= 0 && cell < 256 * 128)).toBe(true);
    expect(new Set(seeds).size).toBe(12);
  });

  it('gives speeds around the set mean, in cells per tick', () => {
    const table = plateTable(input);
    const cellMetres = (Math.PI * PLANET_RADIUS_M) / 128;
    const mean = (5 * 0.01 * 3e5) / cellMetres;
    const speeds = Array.from({ length: 12 }, (_, k) => Math.hypot(table[k * PLATE_FLOATS], table[k * PLATE_FLOATS + 1]));
    for (const speed of speeds) {
      expect(speed).toBeGreaterThanOrEqual(0.5 * mean * 0.999);
      expect(speed).toBeLessThanOrEqual(1.5 * mean * 1.001);
    }
    const average = speeds.reduce((a, b) => a + b) / speeds.length;
    expect(average / mean).toBeGreaterThan(0.7);
    expect(average / mean).toBeLessThan(1.3);
  });

  it('never asks a plate for more than one cell a tick, and changes with the epoch', () => {
    const fast = plateTable({ ...input, speedCmPerYear: 1e4 });
    for (let k = 0; k < 12; k++) expect(Math.abs(fast[k * PLATE_FLOATS]) + Math.abs(fast[k * PLATE_FLOATS + 1])).toBeLessThanOrEqual(1 + 1e-6);
    expect(plateTable({ ...input, epoch: 1 })).not.toEqual(plateTable(input));
    expect(plateTable(input)).toEqual(plateTable({ ...input }));
  });
});

describe('plate step rule', () => {
  it('moves a plate by its velocity on average, in both axes and every direction', () => {
    // 100,000 ticks: the standard error of the mean step is under 0.002 cells, a seventh of
    // the 3% (of the speed) allowed.
    const ticks = 100_000;
    for (const [vx, vy] of [[0.3, 0.1], [-0.05, 0.2], [0.12, -0.12], [0, -0.4]]) {
      const table = velocityTable([vx, vy]);
      let sumX = 0;
      let sumY = 0;
      let longest = 0;
      for (let tick = 0; tick < ticks; tick++) {
        const [dx, dy] = plateStep(table, 1, 9, tick);
        longest = Math.max(longest, Math.abs(dx) + Math.abs(dy));
        sumX += dx;
        sumY += dy;
      }
      expect(longest).toBe(1);
      const speed = Math.abs(vx) + Math.abs(vy);
      expect(Math.abs(sumX / ticks - vx)).toBeLessThan(0.03 * speed);
      expect(Math.abs(sumY / ticks - vy)).toBeLessThan(0.03 * speed);
    }
  });

  it('keeps unassigned cells and empty slots still', () => {
    expect(plateStep(velocityTable([0.5, 0.5]), 0, 1, 1)).toEqual([0, 0]);
    for (let tick = 0; tick < 100; tick++) expect(plateStep(velocityTable([0, 0]), 1, 1, tick)).toEqual([0, 0]);
  });

  it('is what the uploaded table carries: withSteps agrees with the rule for every plate', () => {
    const table = plateTable({ ...input, speedCmPerYear: 40 });
    for (let tick = 1000; tick < 1300; tick++) {
      const stepped = withSteps(table, input.seed, tick);
      for (let k = 0; k < MAX_PLATES; k++) {
        const step = [stepped[k * PLATE_FLOATS + 2], stepped[k * PLATE_FLOATS + 3]];
        expect(step).toEqual(k < 12 ? plateStep(table, k + 1, input.seed, tick) : [0, 0]);
      }
    }
  });
});
