// World files: a round trip restores the world exactly; every kind of bad file is refused with its own message.
import { describe, expect, it } from 'vitest';
import { MAX_WORLD_FILE_BYTES, parseWorldFile, serializeWorld, WORLD_FILE_VERSION } from '../../src/io/world-file';
import { defaultParams, type ParamValues } from '../../src/params';
import type { Edit } from '../../src/sim/edits';
import { readSavedMap, saveMap } from '../../src/io/map-file';
import { worldMap } from '../../src/sim/map-raster';

const base = defaultParams();
const params: ParamValues = {
  ...base, seed: 4242, resolution: '512x256', tick: 1734, view: 'map', layer: 'rivers', story: 'off',
  coolingTimeMyr: 55, plateCount: 17, upliftDecay: 0.0035, rainfall: 1.25, yearTicks: 480, heatLimit: 33.5,
};
const edits: Edit[] = [
  { tick: 1600, kind: 'raise', radiusKm: 500, amount: 300, points: [12.34, -5.67, 13.5, -5.1] },
  { tick: 1600, kind: 'uplift', radiusKm: 800, amount: 0.3, points: [200.01, 45.5] },
  { tick: 1650, kind: 'plate', plate: 3, eastCmPerYear: -4.5, northCmPerYear: 6.25 },
  { tick: 1700, kind: 'lower', radiusKm: 120, amount: 1999, points: [359.99, -89.99] },
];

/** The error of a parse that must fail (and must not hand back parameters). */
function errorOf(text: unknown): string {
  const result = parseWorldFile(text, base);
  expect(result).not.toHaveProperty('params');
  expect(result).toHaveProperty('error');
  return (result as { error: string }).error;
}

const fileText = () => serializeWorld(params, edits);
const fileObject = () => JSON.parse(fileText()) as Record<string, unknown>;

describe('world files', () => {
  it('round-trip the parameters and the edit log exactly', () => {
    const loaded = parseWorldFile(fileText(), params);
    expect(loaded).toEqual({ params, edits, map: null });
  });

  it('restore every saved parameter over a different base, keeping only the unsaved settings of the base', () => {
    const other = { ...base, speed: 8, tool: 'plate' as const, brushRadius: 900 };
    const loaded = parseWorldFile(fileText(), other);
    if ('error' in loaded) throw new Error(loaded.error);
    expect(loaded.params).toEqual({ ...params, speed: 8, tool: 'plate', brushRadius: 900 });
    expect(loaded.edits).toEqual(edits);
  });

  it('refuses an empty file', () => {
    expect(errorOf('')).toBe('The file is empty.');
    expect(errorOf(undefined)).toBe('The file is empty.');
  });

  it('refuses text that is not JSON', () => {
    expect(errorOf('deep-time-world, honest')).toMatch(/not valid JSON/);
  });

  it('refuses a file cut short anywhere', () => {
    const text = fileText();
    for (const cut of [1, 2, 10, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 2, text.length - 1]) {
      expect(errorOf(text.slice(0, cut)), `cut at ${cut}`).toMatch(/truncated or corrupted/);
    }
  });

  it('refuses a file with one character or one bit of a value changed (checksum)', () => {
    const text = fileText();
    const changes: [string, string][] = [
      ['"seed": 4242', '"seed": 4243'],
      ['"tick": 1734', '"tick": 1735'],
      ['"coolingTimeMyr": 55', '"coolingTimeMyr": 57'],
      ['"upliftDecay": 0.0035', '"upliftDecay": 0.0025'],
      ['12.34', '12.35'],
      ['"plate": 3', '"plate": 2'],
      ['"layer": "rivers"', '"layer": "basins"'],
    ];
    for (const [from, to] of changes) {
      expect(text).toContain(from);
      expect(errorOf(text.replace(from, to)), to).toMatch(/checksum does not match/);
    }
    // One bit: the '4' (0x34) of the seed becomes '5' (0x35).
    const at = text.indexOf('"seed": 4242') + '"seed": '.length;
    const flipped = text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ 1) + text.slice(at + 1);
    expect(errorOf(flipped)).toMatch(/checksum does not match/);
  });

  it('refuses foreign JSON with no format mark', () => {
    expect(errorOf('{"name": "a package", "version": 1}')).toMatch(/not a Deep Time world file \(no "deep-time-world" format mark\)/);
    expect(errorOf('[1, 2, 3]')).toBe('This is not a Deep Time world file.');
    expect(errorOf('42')).toBe('This is not a Deep Time world file.');
    const { format: _format, ...unmarked } = fileObject();
    expect(errorOf(JSON.stringify(unmarked))).toMatch(/format mark/);
  });

  it('refuses a newer format version, saying to update, and a missing version', () => {
    expect(errorOf(JSON.stringify({ ...fileObject(), version: WORLD_FILE_VERSION + 1 }))).toBe(
      `The world file is format version ${WORLD_FILE_VERSION + 1}, newer than this Deep Time reads (${WORLD_FILE_VERSION}): update the app to open it.`);
    const { version: _version, ...unversioned } = fileObject();
    expect(errorOf(JSON.stringify(unversioned))).toBe('The world file has no valid format version.');
  });

  it('refuses a file with no edit log, or no parameters', () => {
    const { edits: _edits, ...noLog } = fileObject();
    expect(errorOf(JSON.stringify(noLog))).toBe('The world file has no edit log.');
    expect(errorOf(JSON.stringify({ ...fileObject(), edits: {} }))).toBe('The world file has no edit log.');
    const { params: _params, ...noParams } = fileObject();
    expect(errorOf(JSON.stringify(noParams))).toBe('The world file has no parameters.');
  });

  it('refuses a bad parameter value, naming the parameter and its range', () => {
    // serializeWorld does not validate, so these files carry a correct checksum over bad values.
    expect(errorOf(serializeWorld({ ...params, coolingTimeMyr: -5 }, edits))).toBe('The world file has a bad value. Cooling time: "-5" is outside 5–500 Myr.');
    expect(errorOf(serializeWorld({ ...params, layer: 'x-rays' as ParamValues['layer'] }, edits))).toMatch(/^The world file has a bad value\. Layer: "x-rays" is not one of surface, /);
    expect(errorOf(serializeWorld({ ...params, seed: Number.NaN }, edits))).toMatch(/^The world file has a bad value\. Seed: .* is not a number\.$/);
  });

  it('refuses an unknown parameter', () => {
    const file = fileObject();
    (file.params as Record<string, unknown>).gravity = 9.81;
    expect(errorOf(JSON.stringify(file))).toBe('The world file has an unknown parameter "gravity".');
  });

  it('refuses a missing parameter', () => {
    const file = fileObject();
    delete (file.params as Record<string, unknown>).talus;
    // The checksum covers the parameters it expects, so a missing one reads as a changed file.
    expect(errorOf(JSON.stringify(file))).toMatch(/checksum does not match/);
  });

  it('refuses a bad edit, naming it', () => {
    const offPlanet = serializeWorld(params, [...edits, { tick: 1800, kind: 'raise', radiusKm: 500, amount: 300, points: [10, 95] }]);
    expect(errorOf(offPlanet)).toBe("The world file's edit log is bad: Edit 5 has a point off the planet.");
    const noPlate = serializeWorld(params, [{ tick: 1800, kind: 'plate', plate: 0, eastCmPerYear: 1, northCmPerYear: 1 }]);
    expect(errorOf(noPlate)).toBe("The world file's edit log is bad: Edit 1 names no plate 1..64.");
  });

  it('refuses a file that is too large before reading it', () => {
    const text = fileText();
    const huge = text.slice(0, -1) + ' '.repeat(MAX_WORLD_FILE_BYTES - text.length + 1) + '}';
    expect(huge.length).toBe(MAX_WORLD_FILE_BYTES + 1);
    expect(errorOf(huge)).toBe(`The file is over ${MAX_WORLD_FILE_BYTES / 2 ** 20} MB: not a Deep Time world.`);
  });
});

describe('world files on a map', () => {
  const raster = { name: 'Pangaea.png', width: 64, height: 32, metres: Float32Array.from({ length: 2048 }, (_, i) => Math.fround(Math.sin(i * 0.37) * 4000 - 800)) };

  it('keep the map, deflated, and give back its metres exactly', async () => {
    const map = worldMap(raster, 'plates');
    const saved = await saveMap(map, false);
    expect(saved.data!.length).toBeLessThan(2048 * 4 * 1.4);
    const loaded = parseWorldFile(serializeWorld(params, edits, saved), params);
    if ('error' in loaded) throw new Error(loaded.error);
    expect(loaded.map).toEqual(saved);
    const read = await readSavedMap(loaded.map!);
    if ('error' in read) throw new Error(read.error);
    expect(read.raster.metres).toEqual(raster.metres);
  });

  it('keep the built-in Earth by name', async () => {
    const saved = await saveMap(worldMap(raster, 'present'), true);
    expect(saved).toEqual({ name: 'Pangaea.png', width: 64, height: 32, checksum: worldMap(raster, 'present').checksum, builtin: 'earth' });
  });

  it('refuse a damaged map: the wrong checksum, or data that does not inflate', async () => {
    const saved = await saveMap(worldMap(raster, 'present'), false);
    const wrong = await readSavedMap({ ...saved, checksum: '00000000' });
    expect('error' in wrong && wrong.error).toMatch(/checksum/);
    const broken = await readSavedMap({ ...saved, data: btoa('not deflate at all') });
    expect('error' in broken && broken.error).toMatch(/damaged/);
    const shapeless = parseWorldFile(serializeWorld(params, edits, { ...saved, width: -3 }), params);
    expect('error' in shapeless && shapeless.error).toMatch(/map has no valid size/);
  });

  it('open a version-1 file (no map, no entry) as the seeded planet', () => {
    const body = JSON.parse(serializeWorld(params, edits)) as Record<string, unknown>;
    delete (body.params as Record<string, unknown>).mapEntry;
    delete body.map;
    const { checksum: _checksum, format, version: _version, ...rest } = body;
    const text = JSON.stringify({ format, version: 1, checksum: fnv(JSON.stringify({ seed: rest.seed, resolution: rest.resolution, tick: rest.tick, params: rest.params, edits: rest.edits })), ...rest });
    const loaded = parseWorldFile(text, params);
    if ('error' in loaded) throw new Error(loaded.error);
    expect(loaded.map).toBeNull();
    expect(loaded.params.mapEntry).toBe(params.mapEntry);
  });
});

/** The world file's checksum (FNV-1a of the body's UTF-16 code units), written here independently. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
