// The plate table and the plate step rule (CPU side; the GPU is checked against the same rule
// bit for bit in tests/gpu/tectonics.test.ts), and its layout, read from the WGSL.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeShaderDataDefinitions } from '../../src/gpu/reflect';
import { SCHEMA } from '../../src/params';
import {
  anyPlateSteps, emptyPlateTable, fastestPlateSpeed, MAX_PLATES, PLANET_RADIUS_M, plateTable, withSteps, type PlateTable,
} from '../../src/sim/plates';
import { plateStep, velocityTable, type PlateVelocities } from '../reference/tectonics';

const input = { seed: 3, epoch: 0, plateCount: 12, speedCmPerYear: 5, yearsPerTick: 3e5, width: 256, height: 128 };

/** The plates' velocities, as the CPU reference reads them. */
const velocitiesOf = (table: PlateTable): PlateVelocities => table.plates.map((slot) => [slot.velocity[0], slot.velocity[1]]);

describe('plate table layout', () => {
  const wgsl = readFileSync(new URL('../../shaders/common/globals.wgsl', import.meta.url), 'utf8');
  const binding = makeShaderDataDefinitions(wgsl).storages.plates;

  it('is the WGSL plates binding: MAX_PLATES slots of the Plate struct, and nothing else', () => {
    expect(wgsl).toMatch(/const MAX_PLATES: u32 = 64u;/);
    expect(MAX_PLATES).toBe(64);
    // The schema's most plates (src/param-schema.ts, which may not import the simulation) is the table's size.
    expect(SCHEMA.plateCount.max).toBe(MAX_PLATES);
    const table = emptyPlateTable();
    expect(table.arrayBuffer.byteLength).toBe(binding.size);
    expect(table.plates.length).toBe(MAX_PLATES);
    expect(Object.keys(table.plates[0])).toEqual(Object.keys(makeShaderDataDefinitions(wgsl).structs.Plate.fields));
  });

  it('puts each member where the WGSL reads it', () => {
    const table = emptyPlateTable();
    const slot = table.plates[5];
    slot.velocity.set([0.25, -0.5]);
    slot.step.set([-1, 1]);
    slot.seedCell[0] = 123456;
    slot.inUse[0] = 1;
    const fields = makeShaderDataDefinitions(wgsl).structs.Plate.fields;
    const at = 5 * (binding.size / MAX_PLATES);
    // The layout WGSL gives this struct (vec2f at 0, vec2i at 8, two u32 at 16 and 20, stride 24),
    // written out here so that a reordered struct shows up even where CPU and GPU would agree.
    expect([fields.velocity.offset, fields.step.offset, fields.seedCell.offset, fields.inUse.offset, binding.size / MAX_PLATES]).toEqual([0, 8, 16, 20, 24]);
    const data = new DataView(table.arrayBuffer);
    expect(data.getFloat32(at + fields.velocity.offset, true)).toBe(0.25);
    expect(data.getFloat32(at + fields.velocity.offset + 4, true)).toBe(-0.5);
    expect(data.getInt32(at + fields.step.offset, true)).toBe(-1);
    expect(data.getUint32(at + fields.seedCell.offset, true)).toBe(123456);
    expect(data.getUint32(at + fields.inUse.offset, true)).toBe(1);
  });
});

describe('plate table', () => {
  it('has the asked number of plates, seeded on distinct cells of the grid', () => {
    const table = plateTable(input);
    const used = table.plates.map((slot) => slot.inUse[0]);
    expect(used.filter((u) => u === 1).length).toBe(12);
    expect(used.slice(12).every((u) => u === 0)).toBe(true);
    const seeds = table.plates.slice(0, 12).map((slot) => slot.seedCell[0]);
    expect(seeds.every((cell) => Number.isInteger(cell) && cell >= 0 && cell < 256 * 128)).toBe(true);
    expect(new Set(seeds).size).toBe(12);
  });

  it('gives speeds around the set mean, in cells per tick', () => {
    const table = plateTable(input);
    const cellMetres = (Math.PI * PLANET_RADIUS_M) / 128;
    const mean = (5 * 0.01 * 3e5) / cellMetres;
    const speeds = table.plates.slice(0, 12).map((slot) => Math.hypot(slot.velocity[0], slot.velocity[1]));
    for (const speed of speeds) {
      expect(speed).toBeGreaterThanOrEqual(0.5 * mean * 0.999);
      expect(speed).toBeLessThanOrEqual(1.5 * mean * 1.001);
    }
    const average = speeds.reduce((a, b) => a + b) / speeds.length;
    expect(average / mean).toBeGreaterThan(0.7);
    expect(average / mean).toBeLessThan(1.3);
    expect(fastestPlateSpeed(table)).toBe(Math.max(...speeds));
    expect(fastestPlateSpeed(emptyPlateTable())).toBe(0);
  });

  it('never asks a plate for more than one cell a tick, and changes with the epoch', () => {
    const fast = plateTable({ ...input, speedCmPerYear: 1e4 });
    for (const slot of fast.plates) expect(Math.abs(slot.velocity[0]) + Math.abs(slot.velocity[1])).toBeLessThanOrEqual(1 + 1e-6);
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
    let stepping = 0;
    for (let tick = 1000; tick < 1300; tick++) {
      const stepped = withSteps(table, input.seed, tick);
      stepped.plates.forEach((slot, k) => {
        expect(Array.from(slot.step)).toEqual(k < 12 ? plateStep(velocitiesOf(table), k + 1, input.seed, tick) : [0, 0]);
      });
      expect(anyPlateSteps(stepped)).toBe(stepped.plates.some((slot) => slot.step.some((d) => d !== 0)));
      if (anyPlateSteps(stepped)) stepping++;
    }
    expect(stepping).toBeGreaterThan(0);
    // The table it was given keeps its zero steps.
    expect(anyPlateSteps(table)).toBe(false);
  });
});
