// World files: a world's whole definition (seed, resolution, parameters, edit log, map) and the
// moment shown, as versioned JSON with a checksum. Reading checks everything and refuses a
// truncated, corrupted, foreign or newer file with a message, so the world on screen stays.

import { checkParam } from '../param-check';
import { PARAM_KEYS, type ParamKey, type ParamValues } from '../params';
import { checkEdits, type Edit } from '../sim/edits';
import { savedMapProblem, type SavedMap } from './map-file';

export const WORLD_FILE_FORMAT = 'deep-time-world';
/** 2: the world's map and where it enters (version 1 files have none: the seeded planet). */
export const WORLD_FILE_VERSION = 2;
/** Largest file read (a full edit log is a few megabytes; a 2048x1024 map deflated about ten). */
export const MAX_WORLD_FILE_BYTES = 32 * 2 ** 20;

/** What a world file restores. */
export interface LoadedWorld {
  params: ParamValues;
  edits: Edit[];
  /** The map it runs on, still to be read (src/io/map-file.ts), or null. */
  map: SavedMap | null;
}

/** The parameters a file keeps: all but the speed and the edit tool's settings. */
const SAVED_KEYS = PARAM_KEYS.filter((key) => !['speed', 'tool', 'brushRadius', 'brushHeight', 'brushUplift', 'plateVelocity', 'pngBlack', 'pngWhite'].includes(key));
/** Parameters newer than version 1: a version-1 file takes their defaults. */
const SINCE_VERSION_2: readonly ParamKey[] = ['mapEntry'];

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits: catches flipped bits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The file's body: everything but its checksum, in a fixed key order. */
function bodyOf(params: Partial<Record<ParamKey, unknown>>, edits: readonly unknown[], map: unknown): string {
  return JSON.stringify({
    seed: params.seed, resolution: params.resolution, tick: params.tick,
    params: Object.fromEntries(SAVED_KEYS.filter((key) => !['seed', 'resolution', 'tick'].includes(key)).map((key) => [key, params[key]])),
    edits,
    ...(map === undefined ? {} : { map }),
  });
}

/** The world file's text for these parameters (tick included), edit log and map. */
export function serializeWorld(params: ParamValues, edits: readonly Edit[], map: SavedMap | null = null): string {
  const body = bodyOf(params, edits, map);
  return JSON.stringify({ format: WORLD_FILE_FORMAT, version: WORLD_FILE_VERSION, checksum: checksum(body), ...JSON.parse(body) }, null, 1);
}

/** Read a world file on top of `base` (the view settings it lacks stay). Never throws. */
export function parseWorldFile(text: unknown, base: ParamValues): LoadedWorld | { error: string } {
  if (typeof text !== 'string' || text.length === 0) return { error: 'The file is empty.' };
  if (text.length > MAX_WORLD_FILE_BYTES) return { error: `The file is over ${MAX_WORLD_FILE_BYTES / 2 ** 20} MB: not a Deep Time world.` };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: 'The file is truncated or corrupted (it is not valid JSON).' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'This is not a Deep Time world file.' };
  const file = data as Record<string, unknown>;
  if (file.format !== WORLD_FILE_FORMAT) return { error: 'This is not a Deep Time world file (no "deep-time-world" format mark).' };
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) return { error: 'The world file has no valid format version.' };
  if (file.version > WORLD_FILE_VERSION) {
    return { error: `The world file is format version ${file.version}, newer than this Deep Time reads (${WORLD_FILE_VERSION}): update the app to open it.` };
  }
  const saved = (typeof file.params === 'object' && file.params !== null && !Array.isArray(file.params) ? file.params : null) as Record<string, unknown> | null;
  if (!saved) return { error: 'The world file has no parameters.' };
  const raw: Partial<Record<ParamKey, unknown>> = { ...saved, seed: file.seed, resolution: file.resolution, tick: file.tick };
  if (!Array.isArray(file.edits)) return { error: 'The world file has no edit log.' };
  if (file.checksum !== checksum(bodyOf(raw, file.edits, file.map))) return { error: 'The world file is corrupted: its checksum does not match its contents.' };
  const unknown = Object.keys(saved).find((key) => !SAVED_KEYS.includes(key as ParamKey));
  if (unknown) return { error: `The world file has an unknown parameter ${JSON.stringify(unknown.slice(0, 40))}.` };
  const params = { ...base };
  for (const key of SAVED_KEYS) {
    if (raw[key] === undefined && file.version < 2 && SINCE_VERSION_2.includes(key)) continue;
    if (raw[key] === undefined) return { error: `The world file lacks the parameter ${key}.` };
    const checked = checkParam(key, raw[key], base[key]);
    if (checked.notice) return { error: `The world file has a bad value. ${checked.notice.replace(/; (kept|using) .*$/, '.')}` };
    (params as Record<ParamKey, unknown>)[key] = checked.value;
  }
  const edits = checkEdits(file.edits);
  if ('error' in edits) return { error: `The world file's edit log is bad: ${edits.error}` };
  const map = file.map ?? null;
  const mapProblem = map === null ? null : savedMapProblem(map);
  if (mapProblem) return { error: `The world file's map ${mapProblem}.` };
  return { params, edits: edits.edits, map: map as SavedMap | null };
}
