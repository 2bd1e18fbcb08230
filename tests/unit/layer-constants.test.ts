// The render shaders' LAYER_* and MODE_* overrides are the layers of LAYERS and the views of
// VIEWS, numbered in their order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS, VIEWS } from '../../src/params';
import { LAYER_CONSTANTS, MODE_CONSTANTS } from '../../src/render/layer-constants';

const shader = (name: string) => readFileSync(new URL(`../../shaders/render/${name}.wgsl`, import.meta.url), 'utf8');

describe('LAYER_* overrides', () => {
  it('are set for every layer the view shader declares, and only those', () => {
    const declared = [...shader('view').matchAll(/override (LAYER_\w+): u32;/g)].map((match) => match[1]);
    expect(declared.length).toBe(LAYERS.length);
    expect(Object.keys(LAYER_CONSTANTS).sort()).toEqual([...declared].sort());
  });

  it('number the layers in the order of LAYERS', () => {
    expect(LAYER_CONSTANTS.LAYER_SURFACE).toBe(0);
    expect(LAYER_CONSTANTS.LAYER_PLATES).toBe(LAYERS.indexOf('plates'));
    expect(Object.values(LAYER_CONSTANTS)).toEqual(LAYERS.map((_, index) => index));
  });

  it('are the only layer numbers the render shaders use', () => {
    for (const name of ['shade', 'globe']) {
      for (const [used] of shader(name).matchAll(/LAYER_\w+/g)) expect(LAYER_CONSTANTS, `${name}: ${used}`).toHaveProperty(used);
    }
  });
});

describe('MODE_* overrides', () => {
  it('are set for every view the view shader declares, numbered in the order of VIEWS, and the only ones used', () => {
    const declared = [...shader('view').matchAll(/override (MODE_\w+): u32;/g)].map((match) => match[1]);
    expect(Object.keys(MODE_CONSTANTS).sort()).toEqual([...declared].sort());
    expect(MODE_CONSTANTS.MODE_MAP).toBe(VIEWS.indexOf('map'));
    expect(MODE_CONSTANTS.MODE_GLOBE).toBe(VIEWS.indexOf('globe'));
    for (const name of ['shade', 'globe']) {
      for (const [used] of shader(name).matchAll(/MODE_\w+/g)) expect(MODE_CONSTANTS, `${name}: ${used}`).toHaveProperty(used);
    }
  });
});
