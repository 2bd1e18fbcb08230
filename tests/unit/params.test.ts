// The parameter schema and the validation of hostile input against it.
import { describe, expect, it } from 'vitest';
import { checkParam } from '../../src/param-check';
import { defaultParams, defaultResolution, PARAM_KEYS, parseResolution, PHYSICS_KEYS, RESOLUTIONS, SCHEMA } from '../../src/params';
import { worldFromParams } from '../../src/sim/world';

describe('parameter schema', () => {
  it('declares every parameter once, with a default inside its range and a unit or options', () => {
    const urlKeys = new Set<string>();
    for (const key of PARAM_KEYS) {
      const spec = SCHEMA[key];
      expect(urlKeys.has(spec.urlKey)).toBe(false);
      urlKeys.add(spec.urlKey);
      expect(spec.description.length).toBeGreaterThan(10);
      if (spec.kind === 'number') {
        expect(spec.min).toBeLessThanOrEqual(spec.default);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
        expect(spec.step).toBeGreaterThan(0);
      } else {
        expect(spec.options).toContain(spec.default);
      }
    }
  });

  it('offers grids from 128x64 to 4096x2048, twice as wide as tall', () => {
    expect(RESOLUTIONS[0]).toBe('128x64');
    expect(RESOLUTIONS[RESOLUTIONS.length - 1]).toBe('4096x2048');
    for (const resolution of RESOLUTIONS) {
      const { width, height } = parseResolution(resolution);
      expect(width).toBe(2 * height);
    }
    expect(defaultResolution(true)).toBe('256x128');
    expect(defaultResolution(false)).toBe('1024x512');
  });

  it('derives the physics from the schema: what defines the world, less the seed, the grid and where a map enters', () => {
    const physics = worldFromParams(defaultParams()).physics;
    expect(Object.keys(physics)).toEqual(PHYSICS_KEYS);
    for (const key of ['plateCount', 'coolingTimeMyr', 'yearTicks', 'heatLimit'] as const) expect(PHYSICS_KEYS).toContain(key);
    for (const key of ['seed', 'resolution', 'mapEntry', 'tick', 'speed', 'layer', 'brushRadius', 'plateVelocity'] as const) {
      expect(PHYSICS_KEYS).not.toContain(key);
    }
    expect(PHYSICS_KEYS.length).toBe(PARAM_KEYS.filter((key) => SCHEMA[key].definesWorld).length - 3);
  });

  it('defaults validate cleanly', () => {
    const defaults = defaultParams();
    for (const key of PARAM_KEYS) expect(checkParam(key, defaults[key], defaults[key]).notice).toBeUndefined();
  });
});

describe('checkParam', () => {
  it('accepts good values, from numbers and from strings', () => {
    expect(checkParam('seed', '42', 1)).toEqual({ value: 42 });
    expect(checkParam('speed', 2.5, 1)).toEqual({ value: 2.5 });
    expect(checkParam('view', 'map', 'globe')).toEqual({ value: 'map' });
  });

  it.each([
    ['NaN', 'NaN'], ['text', 'banana'], ['empty', ''], ['object', { x: 1 }], ['null', null], ['Infinity', Infinity],
    ['-Infinity', '-Infinity'],
  ])('refuses %s with a notice and keeps the old value', (_, raw) => {
    const checked = checkParam('seed', raw, 7);
    expect(checked.value).toBe(7);
    expect(checked.notice).toMatch(/Seed: .* is not a number; kept 7/);
  });

  it('clamps out-of-range numbers and says so', () => {
    expect(checkParam('seed', -3, 1)).toMatchObject({ value: 0, notice: expect.stringContaining('outside') });
    expect(checkParam('seed', 1e30, 1)).toMatchObject({ value: 4294967295 });
    expect(checkParam('speed', 1e9, 1)).toMatchObject({ value: 64 });
    expect(checkParam('crustConduction', 5, 0.1)).toMatchObject({ value: 0.25 });
  });

  it('rounds integers, with a notice when the value changed', () => {
    expect(checkParam('tick', 10.4, 0)).toMatchObject({ value: 10, notice: expect.stringContaining('whole numbers') });
  });

  it('refuses choices that are not listed', () => {
    expect(checkParam('resolution', '300x150', '256x128')).toMatchObject({ value: '256x128', notice: expect.stringContaining('not one of') });
    expect(checkParam('layer', 42, 'surface')).toMatchObject({ value: 'surface' });
    const long = checkParam('view', 'x'.repeat(10_000), 'globe');
    expect(long.notice!.length).toBeLessThan(200);
  });
});
