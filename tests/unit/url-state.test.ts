// URL state: shareable links read with validation, and written back.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/params';
import { END_TICK } from '../../src/timeline';
import { readUrlState, writeUrlState } from '../../src/ui/url-state';

const defaults = defaultParams();

describe('URL state', () => {
  it('round-trips every parameter', () => {
    const values = { ...defaults, seed: 99, resolution: '512x256' as const, tick: 1234, view: 'map' as const, layer: 'crust' as const, speed: 4, coolingTimeMyr: 55 };
    const { values: read, notices } = readUrlState(`?${writeUrlState(values)}`, defaults);
    expect(notices).toEqual([]);
    expect(read).toEqual(values);
  });

  it('always names the world and the moment, and leaves other defaults out', () => {
    const query = new URLSearchParams(writeUrlState(defaults));
    expect([...query.keys()].sort()).toEqual(['layer', 'res', 'seed', 'tick', 'view']);
  });

  it('clamps or ignores hostile values, one notice each, never a NaN', () => {
    const { values, notices } = readUrlState('?seed=NaN&res=99999x1&tick=-7&view=<script>&layer=&speed=1e999&cooling=abc&bogus=1', defaults);
    expect(values.seed).toBe(defaults.seed);
    expect(values.resolution).toBe(defaults.resolution);
    expect(values.tick).toBe(0);
    expect(values.view).toBe(defaults.view);
    expect(values.layer).toBe(defaults.layer);
    expect(values.speed).toBe(defaults.speed);
    expect(values.coolingTimeMyr).toBe(defaults.coolingTimeMyr);
    expect(notices).toHaveLength(8);
    for (const value of Object.values(values)) if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  });

  it('clamps a tick past the end of the story', () => {
    expect(readUrlState(`?tick=${10 * END_TICK}`, defaults).values.tick).toBe(END_TICK);
  });

  it('refuses an absurdly long query whole', () => {
    const { values, notices } = readUrlState(`?seed=5&pad=${'x'.repeat(5000)}`, defaults);
    expect(values).toEqual(defaults);
    expect(notices[0]).toMatch(/over 4096 characters/);
  });
});
