// Fuzzing the three doors bad input comes through: parameter values (the GUI's and the link's
// path), link query strings, and world files. Every input ends in acceptance, a clamp or a
// refusal with a message; nothing throws and nothing invalid gets through. Prints the counts.
import { afterAll, describe, expect, it } from 'vitest';
import { serializeWorld, parseWorldFile, WORLD_FILE_VERSION } from '../../src/io/world-file';
import { checkParam } from '../../src/param-check';
import { defaultParams, PARAM_KEYS, SCHEMA, type ParamKey, type ParamValues } from '../../src/params';
import { checkEdits, encodeEdits, type Edit } from '../../src/sim/edits';
import { readUrlState } from '../../src/ui/url-state';
import { generator, hostileValue } from '../support/hostile';

const defaults = defaultParams();
const outcomes = new Map<string, number>();
const count = (door: string, outcome: string) => outcomes.set(`${door}: ${outcome}`, (outcomes.get(`${door}: ${outcome}`) ?? 0) + 1);
afterAll(() => {
  const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
  console.log(`Fuzz: ${total} inputs\n${[...outcomes].map(([name, n]) => `  ${name}: ${n}`).join('\n')}`);
});

/** What is wrong with a set of values: each parameter outside what its schema allows. */
function invalidParams(values: ParamValues): string[] {
  const invalid: string[] = [];
  for (const key of PARAM_KEYS) {
    const spec = SCHEMA[key];
    const value = values[key];
    const allowed = spec.kind === 'choice'
      ? (spec.options as readonly unknown[]).includes(value)
      : typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max && (!spec.integer || Number.isInteger(value));
    if (!allowed) invalid.push(`${key} = ${String(value)}`);
  }
  return invalid;
}

/** Every parameter holds a value its schema allows (one expect a set: 1,200 sets stay fast). */
function expectValid(values: ParamValues): void {
  expect(invalidParams(values)).toEqual([]);
}

const EDITS: Edit[] = [
  { tick: 1600, kind: 'raise', radiusKm: 400, amount: 300, points: [10, 20, 11, 20.5] },
  { tick: 1601, kind: 'plate', plate: 2, eastCmPerYear: 4, northCmPerYear: -3 },
];

describe('fuzz', () => {
  it('parameter values: 1,200 hostile values, each accepted, clamped or refused with a notice', () => {
    // The check itself sees a value out of range, a fraction where a whole number belongs, an unknown choice.
    expect(invalidParams({ ...defaults, seed: -1, plateCount: 2.5, view: 'side' as ParamValues['view'] }))
      .toEqual(['seed = -1', 'view = side', 'plateCount = 2.5']);
    const random = generator(7);
    for (let i = 0; i < 1200; i++) {
      const key = PARAM_KEYS[Math.floor(random() * PARAM_KEYS.length)] as ParamKey;
      const raw = hostileValue(random);
      const checked = checkParam(key, raw, defaults[key]);
      expectValid({ ...defaults, [key]: checked.value });
      if (checked.notice) count('parameter', checked.value === defaults[key] ? 'refused, default kept' : 'clamped');
      else {
        // Accepted silently only when the input was the value itself (or its decimal text).
        expect(typeof raw === 'number' || typeof raw === 'string').toBe(true);
        // (=== so that -0 reads as the 0 it was stored as.)
        expect((typeof checked.value === 'number' ? Number(raw) : String(raw).trim()) === checked.value, `${String(raw)} -> ${String(checked.value)}`).toBe(true);
        count('parameter', 'accepted');
      }
    }
  });

  it('link query strings: 400 generated links, each read to valid values, bad parts with notices', () => {
    const random = generator(11);
    const keys = PARAM_KEYS.map((key) => SCHEMA[key].urlKey);
    for (let i = 0; i < 400; i++) {
      const query = new URLSearchParams();
      const parts = 1 + Math.floor(random() * 6);
      for (let p = 0; p < parts; p++) {
        const roll = random();
        if (roll < 0.7) query.set(keys[Math.floor(random() * keys.length)], String(hostileValue(random)));
        else if (roll < 0.85) query.set(String(hostileValue(random)).slice(0, 20) || 'x', '1');
        else {
          // An edit log, sometimes corrupted one character.
          let text = encodeEdits(EDITS);
          if (random() < 0.7) {
            const at = Math.floor(random() * text.length);
            text = text.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 95)) + text.slice(at + 1);
          }
          query.set('edits', text);
        }
      }
      const search = `?${query.toString()}`;
      const read = readUrlState(search, defaults);
      expectValid(read.values);
      expect(checkEdits(read.edits)).toHaveProperty('edits');
      count('link', read.notices.length > 0 ? `read with ${read.notices.length > 1 ? 'notices' : 'a notice'}` : 'read clean');
    }
  });

  it('world files: 600 truncated, bit-flipped, retyped, newer or foreign files, each refused with a message or read valid', () => {
    const random = generator(13);
    const valid = serializeWorld({ ...defaults, seed: 42, tick: 1601 }, EDITS);
    for (let i = 0; i < 600; i++) {
      const roll = random();
      let text: unknown;
      let kind: string;
      if (roll < 0.25) {
        kind = 'truncated';
        text = valid.slice(0, Math.floor(random() * valid.length));
      } else if (roll < 0.5) {
        kind = 'bit flipped';
        const at = Math.floor(random() * valid.length);
        text = valid.slice(0, at) + String.fromCharCode(valid.charCodeAt(at) ^ (1 << Math.floor(random() * 7))) + valid.slice(at + 1);
      } else if (roll < 0.75) {
        kind = 'a field retyped';
        const file = JSON.parse(valid);
        const fields = ['seed', 'resolution', 'tick', 'version', 'format', 'edits', 'params', 'checksum'];
        file[fields[Math.floor(random() * fields.length)]] = hostileValue(random);
        text = JSON.stringify(file);
      } else if (roll < 0.85) {
        kind = 'newer version';
        text = valid.replace(`"version": ${WORLD_FILE_VERSION}`, `"version": ${WORLD_FILE_VERSION + 1 + Math.floor(random() * 5)}`);
      } else {
        kind = 'foreign';
        text = hostileValue(random);
      }
      const parsed = parseWorldFile(text, defaults);
      if ('error' in parsed) {
        expect(parsed.error.length).toBeGreaterThan(10);
        count('world file', `${kind}: refused`);
      } else {
        expectValid(parsed.params);
        expect(checkEdits(parsed.edits)).toHaveProperty('edits');
        count('world file', `${kind}: read valid`);
      }
    }
    expect(outcomes.get('world file: newer version: refused')).toBeGreaterThan(0);
  });
});
