// Validation of one parameter's raw input against the schema: a clamp or a refusal, each with
// the notice a person sees. Every door bad input comes through (GUI, link, file) uses it.

import { SCHEMA, type ParamKey, type ParamSpec, type ParamValues } from './params';

/** The outcome of checking one input: the value to use, and what to tell the user. */
export interface Checked<T> {
  value: T;
  /** Set when the input was clamped or refused; says what happened, for a visible notice. */
  notice?: string;
}

function describe(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : String(raw);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A number written in decimal: sign, digits, a point, an exponent. */
const DECIMAL = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

/**
 * Check a raw input (a URL string, a GUI number, a value from a file) against a parameter's
 * spec. Anything that is not a finite number or a listed choice is refused and the fallback
 * kept; numbers outside the range are clamped; integers are rounded. Never throws.
 */
export function checkParam<K extends ParamKey>(key: K, raw: unknown, fallback: ParamValues[K]): Checked<ParamValues[K]> {
  const spec = SCHEMA[key] as ParamSpec;
  if (spec.kind === 'choice') {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (typeof text === 'string' && spec.options.includes(text)) return { value: text as ParamValues[K] };
    return {
      value: fallback,
      notice: `${spec.label}: ${describe(raw)} is not one of ${spec.options.join(', ')}; kept ${fallback}.`,
    };
  }
  // Decimal notation only: no hex, binary or other spellings Number() would also take.
  const number = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(number)) {
    return { value: fallback, notice: `${spec.label}: ${describe(raw)} is not a number; kept ${fallback}.` };
  }
  let value = spec.integer ? Math.round(number) : number;
  // Clamped, and -0 made +0 (an unsigned seed, a plain zero in links).
  value = Math.min(Math.max(value, spec.min), spec.max) + 0;
  if (value !== number) {
    const unit = spec.unit ? ` ${spec.unit}` : '';
    return {
      value: value as ParamValues[K],
      notice: `${spec.label}: ${describe(raw)} is outside ${spec.min}–${spec.max}${unit}${spec.integer ? ' (whole numbers)' : ''}; using ${value}.`,
    };
  }
  return { value: value as ParamValues[K] };
}
