// URL state: the parameters that make a view shareable, read with validation and written back.

import { checkParam, PARAM_KEYS, SCHEMA, type ParamKey, type ParamValues } from '../params';

/** Always written, so a shared link names its world and moment even at the defaults. */
const ALWAYS_WRITTEN: readonly ParamKey[] = ['seed', 'resolution', 'tick', 'view', 'layer'];

/** Most characters of a query we read; longer ones are refused whole. */
const MAX_QUERY_LENGTH = 4096;

/**
 * Read parameters from a query string on top of `base`. Each bad value is clamped or refused
 * with a notice; unknown keys are reported and ignored. Never throws.
 */
export function readUrlState(search: string, base: ParamValues): { values: ParamValues; notices: string[] } {
  const values = { ...base };
  const notices: string[] = [];
  if (search.length > MAX_QUERY_LENGTH) {
    return { values, notices: [`The link's settings are over ${MAX_QUERY_LENGTH} characters long; ignored them all.`] };
  }
  const query = new URLSearchParams(search);
  const known = new Set<string>();
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
  return { values, notices };
}

/** The query string for these values: the essentials always, the rest when not default. */
export function writeUrlState(values: ParamValues): string {
  const query = new URLSearchParams();
  for (const key of PARAM_KEYS) {
    if (ALWAYS_WRITTEN.includes(key) || values[key] !== SCHEMA[key].default) {
      query.set(SCHEMA[key].urlKey, String(values[key]));
    }
  }
  return query.toString();
}
