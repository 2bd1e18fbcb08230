// The channel table against the cells' WGSL: every member of every cell struct has one channel,
// readers see the same interleaved floats as before the structs, and integer members survive
// the round trip between floats and bytes.
import { describe, expect, it } from 'vitest';
import cellsWgsl from '../../shaders/common/cells.wgsl?raw';
import { BRUSH_STRUCT, CELL_LAYOUTS, CELL_STRUCTS, DAB_BYTES, decodeCells, encodeCells, PLANET_LAYOUT, storedWater, WATER_CELL_BYTES, waterReadings, type CellField } from '../../src/sim/cells';
import { CHANNELS, channelWords } from '../../src/sim/channels';
import { CLIMATE_CELL_FLOATS, PLANET_SCALAR_BYTES } from '../../src/sim/fields';

const FIELDS = Object.keys(CELL_STRUCTS) as CellField[];

/** Member names of a WGSL struct, read with a plain pattern (independently of webgpu-utils). */
function membersInSource(struct: string): string[] {
  const body = new RegExp(`struct ${struct} \\{([^}]*)\\}`).exec(cellsWgsl)?.[1] ?? '';
  return [...body.matchAll(/^\s*(\w+)\s*:/gm)].map((match) => match[1]);
}

describe('the channel table', () => {
  it('has exactly one channel for every member of every cell struct, and none for anything else', () => {
    for (const field of FIELDS) {
      const members = membersInSource(CELL_STRUCTS[field]);
      expect(members.length).toBeGreaterThan(0);
      expect(Object.keys(CELL_LAYOUTS[field].members)).toEqual(members);
      const channels = CHANNELS.filter((channel) => channel.field === field).map((channel) => channel.member);
      expect([...channels].sort()).toEqual([...members].sort());
    }
  });

  it('gives every channel a unit, and export names that are unique', () => {
    for (const channel of CHANNELS) expect(channel.unit.length).toBeGreaterThan(0);
    const names = CHANNELS.flatMap((channel) => (channel.exportAs ? [channel.exportAs] : []));
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps the interleaved floats readers saw before the structs (the terrain grew ocean age and parcel)', () => {
    expect(FIELDS.map((field) => CELL_LAYOUTS[field].words)).toEqual([6, 4, 4, 12, 4, 12]);
    expect(channelWords({ field: 'terrain', member: 'oceanAge' })).toEqual([4]);
    expect(channelWords({ field: 'terrain', member: 'parcel' })).toEqual([5]);
    expect(CLIMATE_CELL_FLOATS).toBe(12);
    expect(channelWords({ field: 'terrain', member: 'plate' })).toEqual([3]);
    expect(channelWords({ field: 'water', member: 'receiver' })).toEqual([2]);
    expect(channelWords({ field: 'water', member: 'basin' })).toEqual([3]);
    expect(channelWords({ field: 'climate', member: 'rain' })).toEqual([3]);
    expect(channelWords({ field: 'climate', member: 'wind' })).toEqual([4, 5]);
    expect(channelWords({ field: 'climate', member: 'soil' })).toEqual([6]);
    expect(channelWords({ field: 'climate', member: 'annualRain' })).toEqual([9]);
    expect(channelWords({ field: 'life', member: 'people' })).toEqual([3]);
  });

  it('reads the planet and brush layouts from the WGSL', () => {
    expect(PLANET_SCALAR_BYTES).toBe(PLANET_LAYOUT.scalarBytes);
    expect(PLANET_LAYOUT.scalarBytes).toBe(4 * membersInSource('PlanetScalars').length);
    expect(PLANET_LAYOUT.partialBytes).toBe(4);
    expect(BRUSH_STRUCT.fields.dabs.offset).toBe(16);
    expect(DAB_BYTES).toBe(32);
  });
});

describe('cells as floats', () => {
  it('decode integer members to their values and encode them back to the same bytes', () => {
    const terrain = [12.5, 1200, 0.25, 7, 3.5, 15, 0, 0];
    const water = [1.5, 0.25, 4096, -1, 0, 0, 1, 1];
    for (const [field, values] of [['terrain', terrain], ['water', water]] as const) {
      const bytes = encodeCells(field, values);
      expect(Array.from(decodeCells(field, bytes))).toEqual(values);
      expect(Array.from(decodeCells(field, encodeCells(field, Array.from(decodeCells(field, bytes)))))).toEqual(values);
    }
    const waterWords = new Int32Array(encodeCells('water', water));
    expect(waterWords[2]).toBe(4096);
    expect(waterWords[3]).toBe(-1);
    expect(new Uint32Array(encodeCells('terrain', terrain))[3]).toBe(7);
  });

  it('store the water without its basin and read it back with the labels', () => {
    // Two cells: the second a pit draining to itself, its basin its own index.
    const readings = [1.5, 0.25, 1, 7, 0, 0, 1, 1];
    expect(WATER_CELL_BYTES).toBe(12);
    const stored = new Float32Array(storedWater(encodeCells('water', readings)));
    expect(stored.length).toBe(6);
    expect(new Uint32Array(stored.buffer)[2]).toBe(1);
    const labels = new Int32Array([5, 1]);
    expect(Array.from(decodeCells('water', waterReadings(stored.buffer, labels.buffer)))).toEqual([1.5, 0.25, 1, 5, 0, 0, 1, 1]);
  });
});
