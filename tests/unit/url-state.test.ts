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
    expect([...query.keys()].sort()).toEqual(['layer', 'res', 'seed', 'story', 'tick', 'view']);
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
    const { values, notices } = readUrlState(`?seed=5&pad=${'x'.repeat(70000)}`, defaults);
    expect(values).toEqual(defaults);
    expect(notices[0]).toMatch(/over 65536 characters/);
  });
});

describe('URL edit log', () => {
  const edits = [
    { tick: 4000, kind: 'raise' as const, radiusKm: 500, amount: 300, points: [12.5, 40.25, 14, 41] },
    { tick: 4000, kind: 'plate' as const, plate: 3, eastCmPerYear: -5.5, northCmPerYear: 2 },
    { tick: 4100, kind: 'uplift' as const, radiusKm: 800, amount: 0.3, points: [200, -10] },
  ];

  it('round-trips an edit log exactly', () => {
    const { edits: read, notices } = readUrlState(`?${writeUrlState(defaults, edits)}`, defaults);
    expect(notices).toEqual([]);
    expect(read).toEqual(edits);
  });

  it.each([
    ['an unknown kind', '4000,melt,500,300,1,2'],
    ['a tick past the end', `${END_TICK + 1},raise,500,300,1,2`],
    ['a point off the planet', '4000,raise,500,300,1,95'],
    ['an odd number of coordinates', '4000,raise,500,300,1'],
    ['a NaN amount', '4000,lower,500,NaN,1,2'],
    ['a plate edit with a missing value', '4000,plate,3,5'],
    ['a plate out of range', '4000,plate,99,5,5'],
  ])('refuses a log with %s whole, with a notice', (_, text) => {
    const { edits: read, notices } = readUrlState(`?edits=${encodeURIComponent(text)}`, defaults);
    expect(read).toEqual([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/edits were not applied/);
  });

  it('leaves the guided story when a link picks its own layer or view', () => {
    expect(readUrlState('?layer=wind', defaults).values.story).toBe('off');
    expect(readUrlState('?view=map&story=on', defaults).values.story).toBe('on');
    expect(readUrlState('?seed=3', defaults).values.story).toBe('on');
  });
});

describe('URL state of a world on a map', () => {
  const defaults = defaultParams();

  it('writes and reads world=earth and a heightmap checksum', () => {
    expect(new URLSearchParams(writeUrlState(defaults, [], 'earth')).get('world')).toBe('earth');
    expect(readUrlState(`?${writeUrlState(defaults, [], 'earth')}`, defaults)).toMatchObject({ map: 'earth', notices: [] });
    expect(new URLSearchParams(writeUrlState(defaults, [], '0a1b2c3d')).get('map')).toBe('0a1b2c3d');
    expect(readUrlState(`?${writeUrlState(defaults, [], '0a1b2c3d')}`, defaults)).toMatchObject({ map: '0a1b2c3d', notices: [] });
    expect(readUrlState('?seed=3', defaults).map).toBe('');
  });

  it('ignores a bad world or map with a notice', () => {
    const world = readUrlState('?world=mars', defaults);
    expect(world.map).toBe('');
    expect(world.notices[0]).toMatch(/not "earth"/);
    const map = readUrlState('?map=../../etc', defaults);
    expect(map.map).toBe('');
    expect(map.notices[0]).toMatch(/not a heightmap's checksum/);
  });
});
