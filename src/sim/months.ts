// The months field (struct MonthsCell, shaders/common/cells.wgsl): each climate cell's running
// climatology, twelve monthly means of temperature and rain stored as half-float pairs; decoded
// here for readers, and classified by the Köppen–Geiger rules (src/sim/koppen.ts).

import { CELL_LAYOUTS } from './cells';
import { koppenType } from './koppen';

/** Floats a reader sees per climate cell (StateReader.readMonths): 12 temperatures (deg C), then 12 rains (mm/day), January first. */
export const MONTHS_CELL_FLOATS = 24;

/** Days in a mean month (365.25 / 12): mm/day times this is mm a month, the Köppen rules' unit (DAYS_PER_MONTH in cells.wgsl). */
export const DAYS_PER_MONTH = 30.44;

/** An IEEE-754 half float (16 bits) as a number. */
export function halfToFloat(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/**
 * The months field's bytes as MONTHS_CELL_FLOATS floats a climate cell: the twelve monthly
 * temperatures (deg C), then the twelve rains (mm/day), January first. A month the climate has
 * not yet run through (MONTH_UNSET: negative rain) reads NaN in both.
 */
export function decodeMonths(bytes: ArrayBuffer): Float32Array {
  const words = new Uint32Array(bytes);
  const perCell = CELL_LAYOUTS.months.words;
  const cells = words.length / perCell;
  const floats = new Float32Array(cells * MONTHS_CELL_FLOATS);
  for (let cell = 0; cell < cells; cell++) {
    for (let m = 0; m < 12; m++) {
      // pack2x16float: the temperature in the low 16 bits, the rain in the high 16.
      const word = words[cell * perCell + m];
      const rain = halfToFloat(word >>> 16);
      const set = rain >= 0;
      floats[cell * MONTHS_CELL_FLOATS + m] = set ? halfToFloat(word & 0xffff) : NaN;
      floats[cell * MONTHS_CELL_FLOATS + 12 + m] = set ? rain : NaN;
    }
  }
  return floats;
}

/**
 * The Köppen–Geiger type (1..30, Beck et al. 2018's codes) of a climate cell's year of
 * monthly means in decoded `months` (decodeMonths); 0 while any month is still unset.
 */
export function koppenOfMonths(months: Float32Array, cell: number): number {
  const at = cell * MONTHS_CELL_FLOATS;
  const temperature = months.subarray(at, at + 12);
  // mm/day -> mm a month, rounded to float32 as the GPU's product is (the koppen layer).
  const precipitation = Array.from(months.subarray(at + 12, at + 24), (rain) => Math.fround(rain * Math.fround(DAYS_PER_MONTH)));
  if (temperature.some(Number.isNaN) || precipitation.some(Number.isNaN)) return 0;
  return koppenType(temperature, precipitation);
}
