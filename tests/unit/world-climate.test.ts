// The climate grid and the season a world implies (src/sim/world.ts).
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/params';
import { climateGridOf, globalsAt, seasonAt, worldFromParams } from '../../src/sim/world';
import { eraStartTick, ERAS } from '../../src/timeline';

const world = (overrides: Partial<ReturnType<typeof defaultParams>> = {}) => worldFromParams({ ...defaultParams(), ...overrides });

describe('climateGridOf', () => {
  it('divides the terrain grid by a power of two, 2 to 8; other divisors snap to the nearest', () => {
    expect(climateGridOf(world({ resolution: '256x128' }))).toEqual({ width: 64, height: 32 });
    expect(climateGridOf(world({ resolution: '256x128', climateDivisor: 2 }))).toEqual({ width: 128, height: 64 });
    expect(climateGridOf(world({ resolution: '256x128', climateDivisor: 6 }))).toEqual({ width: 32, height: 16 });
    expect(climateGridOf(world({ resolution: '128x64', climateDivisor: 8 }))).toEqual({ width: 16, height: 8 });
  });
});

describe('seasonAt', () => {
  it('is +1 in January, -1 in July, and repeats every year', () => {
    const w = world({ yearTicks: 240 });
    expect(seasonAt(w, 0)).toBeCloseTo(1, 12);
    expect(seasonAt(w, 120)).toBeCloseTo(-1, 12);
    expect(seasonAt(w, 60)).toBeCloseTo(0, 12);
    expect(seasonAt(w, 4080 + 37)).toBeCloseTo(seasonAt(w, 37), 12);
  });
});

describe('globalsAt climate', () => {
  it('switches the rivers to the climate\'s rain from the climate era on', () => {
    const climateStart = eraStartTick(ERAS.findIndex((era) => era.id === 'climate'));
    expect(globalsAt(world(), climateStart - 1).climateOn).toBe(0);
    expect(globalsAt(world(), climateStart).climateOn).toBe(1);
  });
});
