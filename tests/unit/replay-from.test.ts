// The replay-from-keyframe rule for parameter changes (src/sim/replay-from.ts): a physical
// parameter keeps the world up to the first tick of the first era running its process.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAM_KEYS, PHYSICS_KEYS, SCHEMA } from '../../src/params';
import { unchangedThrough } from '../../src/sim/replay-from';
import { eraStartTick, ERAS } from '../../src/timeline';

const start = (id: string) => eraStartTick(ERAS.findIndex((era) => era.id === id));

describe('unchangedThrough', () => {
  it('keeps the world up to the era where the parameter first acts', () => {
    expect(unchangedThrough('coolingTimeMyr')).toBe(0);
    expect(unchangedThrough('initialCrustTemp')).toBe(0);
    expect(unchangedThrough('plateCount')).toBe(start('tectonics'));
    expect(unchangedThrough('talus')).toBe(start('tectonics'));
    expect(unchangedThrough('streamPower')).toBe(start('tectonics'));
    expect(unchangedThrough('coriolis')).toBe(start('climate'));
    expect(unchangedThrough('yearTicks')).toBe(start('climate'));
    expect(unchangedThrough('migration')).toBe(start('life'));
    expect(unchangedThrough('heatLimit')).toBe(start('humans'));
    expect(unchangedThrough('fossilCarbon')).toBe(start('humans'));
  });

  it('starts the world over for the seed, the grid and the climate grid', () => {
    for (const key of ['seed', 'resolution', 'climateDivisor'] as const) expect(unchangedThrough(key)).toBe(0);
  });

  it('gives every world-defining parameter an era start, and no other parameter any', () => {
    const eraStarts = ERAS.map((_, i) => eraStartTick(i));
    for (const key of PARAM_KEYS) {
      if (SCHEMA[key].definesWorld) expect(eraStarts, key).toContain(unchangedThrough(key));
      else expect(unchangedThrough(key), key).toBe(0);
    }
  });

  it("holds for the shaders: a group's uniforms are read only by passes of its process", () => {
    // The passes each process runs (src/sim/stages/), and the parameters read there by name.
    const passesOf: Record<string, string[]> = {
      tectonics: ['tectonics/relief', 'tectonics/drift', 'tectonics/reform'],
      rivers: ['erosion/flow', 'common/water-step'],
      climate: ['climate/surface', 'climate/blur', 'climate/weather', 'climate/months'],
      life: ['life/grow'],
      // life.grow reads heatLimit for people only, a result it discards until the humans era.
      humans: ['humans/census', 'life/grow'],
    };
    const shaders = ['protoplanet/generate', 'protoplanet/cool', 'tectonics/relief', 'tectonics/drift', 'tectonics/reform',
      'erosion/flow', 'erosion/basins', 'erosion/reset', 'common/water-step', 'climate/surface', 'climate/blur',
      'climate/weather', 'climate/months', 'life/grow', 'humans/census', 'edit/brush']
      .map((name) => ({ name, code: readFileSync(new URL(`../../shaders/${name}.wgsl`, import.meta.url), 'utf8') }));
    for (const key of PHYSICS_KEYS) {
      const group = SCHEMA[key].group;
      const allowed = passesOf[group];
      if (!allowed) continue;
      for (const { name, code } of shaders) {
        if (new RegExp(`globals\\.${key}\\b`).test(code)) expect(allowed, `${key} read by ${name}`).toContain(name);
      }
    }
  });
});
