// The plate table (rotations of the sphere, CPU side) and its layout, read from the WGSL.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeShaderDataDefinitions } from '../../src/gpu/reflect';
import { defaultParams, SCHEMA, type Resolution } from '../../src/params';
import { emptyPlateTable, fastestPlateSpeed, MAX_PLATES, PLANET_RADIUS_M, plateTable, pushPlate } from '../../src/sim/plates';
import { plateTableAt, worldFromParams } from '../../src/sim/world';
import { eraStartTick } from '../../src/timeline';
import { cross, velocityAtCentre } from '../reference/tectonics';

const input = { seed: 3, epoch: 0, plateCount: 12, speedCmPerYear: 5, yearsPerTick: 3e5 };

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

describe('plate table layout', () => {
  const wgsl = readFileSync(new URL('../../shaders/common/globals.wgsl', import.meta.url), 'utf8');
  const definitions = makeShaderDataDefinitions(wgsl);
  const binding = definitions.storages.plates;

  it('is the WGSL plates binding: MAX_PLATES slots of the Plate struct, and nothing else', () => {
    expect(wgsl).toMatch(/const MAX_PLATES: u32 = 64u;/);
    expect(MAX_PLATES).toBe(64);
    // The schema's most plates (src/param-schema.ts, which may not import the simulation) is the table's size.
    expect(SCHEMA.plateCount.max).toBe(MAX_PLATES);
    const table = emptyPlateTable();
    expect(table.arrayBuffer.byteLength).toBe(binding.size);
    expect(table.plates.length).toBe(MAX_PLATES);
    expect(Object.keys(table.plates[0])).toEqual(['axis', 'cosTurn', 'centre', 'sinTurn', 'turn', 'inUse']);
    expect(Object.keys(table.plates[0])).toEqual(Object.keys(definitions.structs.Plate.fields));
  });

  it('puts each member where the WGSL reads it', () => {
    const table = emptyPlateTable();
    const slot = table.plates[5];
    slot.axis.set([0.25, -0.5, 0.75]);
    slot.cosTurn[0] = 0.125;
    slot.centre.set([-1, 2, -3]);
    slot.sinTurn[0] = -0.375;
    slot.turn[0] = 0.0625;
    slot.inUse[0] = 1;
    const fields = definitions.structs.Plate.fields;
    const stride = binding.size / MAX_PLATES;
    const at = 5 * stride;
    // The layout WGSL gives this struct (a vec3f's alignment is 16: axis at 0, cosTurn packed
    // after it at 12, centre at 16, sinTurn 28, turn 32, inUse 36, stride rounded up to 48),
    // written out so that a reordered struct shows up even where CPU and GPU would agree.
    const offsets = ['axis', 'cosTurn', 'centre', 'sinTurn', 'turn', 'inUse'].map((name) => fields[name].offset);
    expect([...offsets, stride]).toEqual([0, 12, 16, 28, 32, 36, 48]);
    const data = new DataView(table.arrayBuffer);
    const f = (offset: number) => data.getFloat32(at + offset, true);
    expect([f(0), f(4), f(8), f(12), f(16), f(20), f(24), f(28), f(32)]).toEqual([0.25, -0.5, 0.75, 0.125, -1, 2, -3, -0.375, 0.0625]);
    expect(data.getUint32(at + 36, true)).toBe(1);
    // Nothing spilled into the neighbouring slots.
    expect(new Uint8Array(table.arrayBuffer, 4 * stride, stride).every((b) => b === 0)).toBe(true);
    expect(new Uint8Array(table.arrayBuffer, 6 * stride, stride).every((b) => b === 0)).toBe(true);
  });
});

describe('plate table', () => {
  it('has the asked number of plates, with unit centres and unit axes, cos and sin of the turn', () => {
    const table = plateTable(input);
    const used = table.plates.map((slot) => slot.inUse[0]);
    expect(used.filter((u) => u === 1).length).toBe(12);
    expect(used.slice(12).every((u) => u === 0)).toBe(true);
    for (const slot of table.plates.slice(0, 12)) {
      // Stored as float32: a unit vector's length is 1 to a few float32 ulps (1.2e-7 each).
      expect(Math.abs(Math.hypot(...slot.centre) - 1)).toBeLessThan(1e-6);
      expect(Math.abs(Math.hypot(...slot.axis) - 1)).toBeLessThan(1e-6);
      expect(slot.cosTurn[0]).toBeCloseTo(Math.cos(slot.turn[0]), 7);
      expect(slot.sinTurn[0]).toBeCloseTo(Math.sin(slot.turn[0]), 7);
    }
    // Distinct centres: twelve points drawn at random on the sphere.
    expect(new Set(table.plates.slice(0, 12).map((slot) => slot.centre.join())).size).toBe(12);
    expect(plateTable({ ...input, plateCount: 200 }).plates.every((slot) => slot.inUse[0] === 1)).toBe(true);
    expect(plateTable({ ...input, plateCount: 0 }).plates.every((slot) => slot.inUse[0] === 0)).toBe(true);
  });

  it('turns each plate by speed x (0.5..1.5) / radius a year, spread around the mean', () => {
    const table = plateTable({ ...input, plateCount: 64 });
    // The mean turn a tick, radians: 5 cm/yr at the planet's radius, over 3e5 years.
    const mean = (5 * 0.01 * 3e5) / PLANET_RADIUS_M;
    const ratios = table.plates.map((slot) => slot.turn[0] / mean);
    // float32 storage: 1e-6 relative.
    for (const ratio of ratios) {
      expect(ratio).toBeGreaterThanOrEqual(0.5 - 1e-6);
      expect(ratio).toBeLessThanOrEqual(1.5 + 1e-6);
    }
    // 64 uniform draws: the mean's standard error is 0.29 / 8 = 0.036, so 0.15 is four of them;
    // the range of 64 draws is under 0.6 with probability about 1e-12.
    const average = ratios.reduce((a, b) => a + b) / ratios.length;
    expect(Math.abs(average - 1)).toBeLessThan(0.15);
    expect(Math.max(...ratios) - Math.min(...ratios)).toBeGreaterThan(0.6);
    expect(fastestPlateSpeed(table)).toBe(Math.max(...table.plates.map((slot) => slot.turn[0])));
    expect(fastestPlateSpeed(emptyPlateTable())).toBe(0);
    // The turn scales with the years a tick and the speed.
    const slow = plateTable({ ...input, plateCount: 64, yearsPerTick: 1e5, speedCmPerYear: 2 });
    slow.plates.forEach((slot, k) => expect(slot.turn[0] / table.plates[k].turn[0]).toBeCloseTo((2 * 1e5) / (5 * 3e5), 6));
  });

  it('changes with the epoch and the seed, and is a pure function of its input', () => {
    expect(plateTable({ ...input, epoch: 1 }).plates[0].centre).not.toEqual(plateTable(input).plates[0].centre);
    expect(plateTable({ ...input, seed: 4 }).plates[0].axis).not.toEqual(plateTable(input).plates[0].axis);
    expect(plateTable(input)).toEqual(plateTable({ ...input }));
  });

  it('is independent of the grid: the same table at every resolution', () => {
    const tick = eraStartTick(2) + 10;
    const tables = (['128x64', '256x128', '512x256'] as Resolution[]).map((resolution) =>
      plateTableAt(worldFromParams({ ...defaultParams(), resolution, seed: 11 }), tick));
    expect(tables[1]).toEqual(tables[0]);
    expect(tables[2]).toEqual(tables[0]);
  });
});

describe('pushPlate', () => {
  const years = 3e5;

  it('gives the asked velocity (east, north cm/yr) at the plate centre', () => {
    const table = plateTable({ ...input, plateCount: 64 });
    const pushes: [number, number][] = [[5, 0], [0, -3], [-8, 6], [0.5, 0.25], [50, -50]];
    table.plates.forEach((slot, k) => {
      const [east, north] = pushes[k % pushes.length];
      pushPlate(slot, east, north, years);
      const [ve, vn] = velocityAtCentre(slot, years);
      // float32 axis, centre and turn: 1e-6 relative of the speed, 1e-5 allowed.
      const tolerance = 1e-5 * Math.hypot(east, north);
      expect(Math.abs(ve - east), `plate ${k + 1} east`).toBeLessThan(tolerance);
      expect(Math.abs(vn - north), `plate ${k + 1} north`).toBeLessThan(tolerance);
      // The pole is 90 degrees from the centre: the plate moves fastest there.
      expect(Math.abs(dot(slot.axis, slot.centre))).toBeLessThan(1e-6);
      expect(slot.cosTurn[0]).toBeCloseTo(Math.cos(slot.turn[0]), 7);
      expect(slot.sinTurn[0]).toBeCloseTo(Math.sin(slot.turn[0]), 7);
    });
  });

  it('works at a pole, where east is any direction', () => {
    const slot = emptyPlateTable().plates[0];
    slot.centre.set([0, 1, 0]);
    pushPlate(slot, 4, 0, years);
    // The speed is the one asked; the direction is whichever the pushPlate takes as east.
    expect(Math.hypot(...cross(slot.axis, slot.centre)) * (slot.turn[0] / years) * PLANET_RADIUS_M * 100).toBeCloseTo(4, 4);
  });

  it('stops the plate with a zero push', () => {
    const slot = plateTable(input).plates[2];
    expect(slot.turn[0]).toBeGreaterThan(0);
    pushPlate(slot, 0, 0, years);
    expect([slot.turn[0], slot.cosTurn[0], slot.sinTurn[0]]).toEqual([0, 1, 0]);
    expect(velocityAtCentre(slot, years).map(Math.abs)).toEqual([0, 0]);
    expect(slot.inUse[0]).toBe(1);
  });
});
