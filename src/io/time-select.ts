// Choosing a tick by the planet's age and a month of its year, for the export tools.

import { END_TICK, tickAtYears } from '../timeline';

/** Tick within a year (0..yearTicks-1) where a month (1 = January .. 12) begins. */
export function monthPhase(month: number, yearTicks: number): number {
  return Math.round(((month - 1) / 12) * yearTicks);
}

/**
 * The first tick at or after the age `years` whose place in the year (tick % yearTicks) is the
 * start of `month`; a year earlier if that lies past the end of the story. With no month, the
 * first tick at or after the age.
 */
export function tickAtAgeAndMonth(years: number, month: number | undefined, yearTicks: number): number {
  const start = tickAtYears(years);
  if (month === undefined) return start;
  const phase = monthPhase(month, yearTicks);
  let tick = start + ((((phase - start) % yearTicks) + yearTicks) % yearTicks);
  while (tick > END_TICK) tick -= yearTicks;
  return tick;
}
