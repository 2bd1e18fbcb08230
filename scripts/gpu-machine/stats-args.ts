// The arguments of the GPU machine's statistics (stats-entry.ts): seeds, grids and the moments to measure; a bad one throws.
import type { Resolution } from '../../src/params';
import { END_TICK, ERAS, PRESENT_YEARS, tickAtYears } from '../../src/timeline';

/** A moment to measure: the planet age asked (years; null when asked as a tick) and its tick. */
export interface Target { asked: number | null; tick: number }

/** SEEDS: "1-10" or "1,4,7", each seed once. */
export function seedList(raw: string): number[] {
  if (!/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(raw)) throw new Error(`SEEDS must be seeds and ranges such as 1-10 or 1,4,7, got ${raw}`);
  return [...new Set(raw.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    if (!(from <= to && to <= 4294967295 && to - from < 1000)) throw new Error(`SEEDS range ${part} must run upward within 0..4294967295`);
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  }))];
}

/** GRIDS: "128x64,256x128", each grid once (any WxH). */
export function gridList(raw: string): Resolution[] {
  const list = raw.split(',').map((r) => r.trim());
  for (const r of list) {
    if (!/^\d+x\d+$/.test(r)) throw new Error(`GRIDS must be WxH,WxH..., got ${raw}`);
  }
  return [...new Set(list)] as Resolution[];
}

/** The moments to measure: { asked (years, or null for --ticks), tick }, by tick. */
export function targetList(rawYears: string | undefined, rawTicks: string | undefined): Target[] {
  if (rawTicks !== undefined) {
    const ticks = rawTicks.split(',').map(Number);
    if (!ticks.every((t) => Number.isSafeInteger(t) && t >= 0 && t <= END_TICK)) throw new Error(`--ticks must be ticks 0..${END_TICK}, got ${rawTicks}`);
    return [...new Set(ticks)].sort((a, b) => a - b).map((tick) => ({ asked: null, tick }));
  }
  const endYears = ERAS[ERAS.length - 1].endYears;
  const years = (rawYears ?? 'present').split(',').map((y) => (y.trim() === 'present' ? PRESENT_YEARS : y.trim() === '' ? NaN : Number(y)));
  if (!years.every((y) => Number.isFinite(y) && y >= 0 && y <= endYears)) throw new Error(`YEARS must be "present" or ages 0..${endYears}, got ${rawYears}`);
  return [...new Set(years)].sort((a, b) => a - b).map((asked) => ({ asked, tick: tickAtYears(asked) }));
}
