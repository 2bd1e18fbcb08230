// The edit log: a person's brush strokes and plate pushes, each stamped with the tick it was
// made at. It is part of a world's definition, so a replay, a seek, a link and a saved file
// all apply the same edits at the same ticks and reach the same state.

import { END_TICK } from '../timeline';
import { MAX_PLATES } from './plates';

export const BRUSH_KINDS = ['raise', 'lower', 'uplift'] as const;
export type BrushKind = (typeof BRUSH_KINDS)[number];

/**
 * Dabs of one brush, applied in order at the end of `tick` (after that tick's passes, so the
 * state "at tick T" includes the edits made at T). raise/lower: `amount` metres at the centre;
 * uplift: `amount` added to the uplift (0..1, where relief builds mountains from 0.5 up).
 */
export interface BrushEdit {
  tick: number;
  kind: BrushKind;
  radiusKm: number;
  amount: number;
  /** Dab centres, longitude then latitude in degrees, flattened. */
  points: readonly number[];
}

/** From `tick` to the end of its tectonic epoch, plate `plate` (1..64) moves at this velocity. */
export interface PlateEdit {
  tick: number;
  kind: 'plate';
  plate: number;
  eastCmPerYear: number;
  northCmPerYear: number;
}

export type Edit = BrushEdit | PlateEdit;
/** An edit as a tool makes it, before the app stamps the tick. */
export type UnstampedEdit = Omit<BrushEdit, 'tick'> | Omit<PlateEdit, 'tick'>;

/** Most dabs the brush pass applies in one tick (the size of its GPU buffer). */
export const MAX_DABS_PER_TICK = 1024;
/** Most edits a world may hold. */
export const MAX_EDITS = 20_000;
/** Brush radius and amount limits (per dab). */
export const BRUSH_LIMITS = { radiusKm: [50, 3000], raise: [0, 2000], lower: [0, 2000], uplift: [0, 1] } as const;
/** Fastest plate a person may set, cm/yr (the drift moves at most one cell a tick anyway). */
export const MAX_PLATE_CM_PER_YEAR = 50;

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const inRange = (value: unknown, [min, max]: readonly [number, number]) => isNumber(value) && value >= min && value <= max;

/** Why this edit is not valid, or null. Never throws, whatever `raw` is. */
function editProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'is not an object';
  const edit = raw as Record<string, unknown>;
  if (!Number.isInteger(edit.tick) || (edit.tick as number) < 0 || (edit.tick as number) > END_TICK) return `has a tick outside 0..${END_TICK}`;
  if (edit.kind === 'plate') {
    if (!Number.isInteger(edit.plate) || (edit.plate as number) < 1 || (edit.plate as number) > MAX_PLATES) return `names no plate 1..${MAX_PLATES}`;
    const limit = [-MAX_PLATE_CM_PER_YEAR, MAX_PLATE_CM_PER_YEAR] as const;
    if (!inRange(edit.eastCmPerYear, limit) || !inRange(edit.northCmPerYear, limit)) return `has a plate velocity outside ±${MAX_PLATE_CM_PER_YEAR} cm/yr`;
    return null;
  }
  if (!BRUSH_KINDS.includes(edit.kind as BrushKind)) return `has an unknown kind ${JSON.stringify(String(edit.kind).slice(0, 20))}`;
  if (!inRange(edit.radiusKm, BRUSH_LIMITS.radiusKm)) return `has a radius outside ${BRUSH_LIMITS.radiusKm.join('..')} km`;
  if (!inRange(edit.amount, BRUSH_LIMITS[edit.kind as BrushKind])) return `has an amount outside ${BRUSH_LIMITS[edit.kind as BrushKind].join('..')}`;
  const points = edit.points;
  if (!Array.isArray(points) || points.length === 0 || points.length % 2 !== 0 || points.length > 2 * MAX_DABS_PER_TICK) return 'has no valid list of points';
  for (let i = 0; i < points.length; i += 2) {
    if (!inRange(points[i], [-360, 360]) || !inRange(points[i + 1], [-90, 90])) return 'has a point off the planet';
  }
  return null;
}

/** Validate a whole log: every edit valid and no tick over its dab budget, or a message. */
export function checkEdits(raw: unknown): { edits: Edit[] } | { error: string } {
  if (!Array.isArray(raw)) return { error: 'The edit log is not a list.' };
  if (raw.length > MAX_EDITS) return { error: `The edit log has ${raw.length} edits; at most ${MAX_EDITS}.` };
  const dabsAt = new Map<number, number>();
  for (let i = 0; i < raw.length; i++) {
    const problem = editProblem(raw[i]);
    if (problem) return { error: `Edit ${i + 1} ${problem}.` };
    const edit = raw[i] as Edit;
    if (edit.kind !== 'plate') {
      const dabs = (dabsAt.get(edit.tick) ?? 0) + edit.points.length / 2;
      if (dabs > MAX_DABS_PER_TICK) return { error: `Tick ${edit.tick} has over ${MAX_DABS_PER_TICK} brush dabs.` };
      dabsAt.set(edit.tick, dabs);
    }
  }
  return { edits: (raw as Edit[]).map(copyEdit) };
}

/** A clean copy holding only the edit's own fields. */
function copyEdit(edit: Edit): Edit {
  if (edit.kind === 'plate') {
    const { tick, kind, plate, eastCmPerYear, northCmPerYear } = edit;
    return { tick, kind, plate, eastCmPerYear, northCmPerYear };
  }
  const { tick, kind, radiusKm, amount, points } = edit;
  return { tick, kind, radiusKm, amount, points: [...points] };
}

/** The brush edits made at this tick, in the order they were made. */
export function brushEditsAt(edits: readonly Edit[], tick: number): BrushEdit[] {
  return edits.filter((edit): edit is BrushEdit => edit.kind !== 'plate' && edit.tick === tick);
}

/** Dabs already in the log at this tick. */
export function dabsAt(edits: readonly Edit[], tick: number): number {
  return brushEditsAt(edits, tick).reduce((sum, edit) => sum + edit.points.length / 2, 0);
}

/** Short text form for links: edits joined by ';', fields by ','. */
export function encodeEdits(edits: readonly Edit[]): string {
  return edits.map((edit) => edit.kind === 'plate'
    ? [edit.tick, 'plate', edit.plate, edit.eastCmPerYear, edit.northCmPerYear].join(',')
    : [edit.tick, edit.kind, edit.radiusKm, edit.amount, ...edit.points].join(',')).join(';');
}

/** Parse the link form back (validated as a whole); an empty string is no edits. */
export function decodeEdits(text: string): { edits: Edit[] } | { error: string } {
  if (text === '') return { edits: [] };
  return checkEdits(text.split(';').map((part) => {
    const [tick, kind, ...rest] = part.split(',');
    const numbers = rest.map((value) => (value.trim() === '' ? NaN : Number(value)));
    if (kind === 'plate') {
      // A plate edit has exactly three values; any other count fails validation.
      const [plate, eastCmPerYear, northCmPerYear] = numbers.length === 3 ? numbers : [NaN, NaN, NaN];
      return { tick: Number(tick), kind, plate, eastCmPerYear, northCmPerYear };
    }
    return { tick: Number(tick), kind, radiusKm: numbers[0], amount: numbers[1], points: numbers.slice(2) };
  }));
}
