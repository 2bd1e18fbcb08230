// URL state: the parameters that make a view shareable, read with validation and written back.

import { checkParam } from '../param-check';
import { PARAM_KEYS, SCHEMA, type ParamKey, type ParamValues } from '../params';
import { decodeEdits, encodeEdits, type Edit } from '../sim/edits';

/** Always written, so a shared link names its world and moment even at the defaults. */
const ALWAYS_WRITTEN: readonly ParamKey[] = ['seed', 'resolution', 'tick', 'view', 'layer', 'story'];

/** Most characters of a query we read (an edit log takes room); longer ones are refused whole. */
export const MAX_QUERY_LENGTH = 65536;

/** The query key of the edit log (src/sim/edits.ts encodeEdits). */
const EDITS_KEY = 'edits';
/** The query keys of the world's map: `world=earth` (the built-in Earth), or `map=` the checksum of the heightmap it needs. */
const WORLD_KEY = 'world';
const MAP_KEY = 'map';
const EARTH = 'earth';
const CHECKSUM = /^[0-9a-f]{8}$/;

/**
 * Read parameters and the edit log from a query string on top of `base`. Each bad value is
 * clamped or refused with a notice; a bad edit log is refused whole; unknown keys are reported
 * and ignored. A link that shows a layer or view of its own leaves the guided story unless it
 * asks for it. Never throws.
 */
export function readUrlState(search: string, base: ParamValues): { values: ParamValues; edits: Edit[]; map: string; notices: string[] } {
  const values = { ...base };
  const notices: string[] = [];
  if (search.length > MAX_QUERY_LENGTH) {
    return { values, edits: [], map: '', notices: [`The link's settings are over ${MAX_QUERY_LENGTH} characters long; ignored them all.`] };
  }
  const query = new URLSearchParams(search);
  let map = '';
  const world = query.get(WORLD_KEY);
  if (world === EARTH) map = EARTH;
  else if (world !== null) notices.push(`The link's world ${JSON.stringify(world.slice(0, 40))} is not "earth"; ignored.`);
  const checksum = query.get(MAP_KEY);
  if (checksum !== null && map === '') {
    if (CHECKSUM.test(checksum)) map = checksum;
    else notices.push(`The link's map ${JSON.stringify(checksum.slice(0, 40))} is not a heightmap's checksum (8 hex digits); ignored.`);
  }
  let edits: Edit[] = [];
  const rawEdits = query.get(EDITS_KEY);
  if (rawEdits !== null) {
    const decoded = decodeEdits(rawEdits);
    if ('error' in decoded) notices.push(`The link's edits were not applied: ${decoded.error}`);
    else edits = decoded.edits;
  }
  if ((query.has(SCHEMA.view.urlKey) || query.has(SCHEMA.layer.urlKey)) && !query.has(SCHEMA.story.urlKey)) values.story = 'off';
  const known = new Set<string>([EDITS_KEY, WORLD_KEY, MAP_KEY]);
  for (const key of PARAM_KEYS) {
    const urlKey = SCHEMA[key].urlKey;
    known.add(urlKey);
    const raw = query.get(urlKey);
    if (raw === null) continue;
    const checked = checkParam(key, raw, base[key]);
    (values as Record<ParamKey, unknown>)[key] = checked.value;
    if (checked.notice) notices.push(checked.notice);
  }
  for (const urlKey of new Set(query.keys())) {
    if (!known.has(urlKey)) notices.push(`Unknown link setting ${JSON.stringify(urlKey.slice(0, 40))} ignored.`);
  }
  return { values, edits, map, notices };
}

/** The query string for these values, edits and map: the essentials always, the rest when not default. */
export function writeUrlState(values: ParamValues, edits: readonly Edit[] = [], map = ''): string {
  const query = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    if (ALWAYS_WRITTEN.includes(key) || values[key] !== SCHEMA[key].default) {
      query.set(SCHEMA[key].urlKey, String(values[key]));
    }
  }
  if (map !== '') query.set(map === EARTH ? WORLD_KEY : MAP_KEY, map);
  if (edits.length > 0) query.set(EDITS_KEY, encodeEdits(edits));
  return query.toString();
}
