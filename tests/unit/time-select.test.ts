// Choosing the export tick by age and month: the month's phase, at or after the age, inside the story.
import { describe, expect, it } from 'vitest';
import { monthPhase, tickAtAgeAndMonth } from '../../src/io/time-select';
import { END_TICK, tickAtYears, yearsAt } from '../../src/timeline';

describe('tickAtAgeAndMonth', () => {
  it('is tickAtYears without a month', () => {
    for (const years of [0, 1e8, 2.6e9, 4.5e9, 4.5e9 + 400]) expect(tickAtAgeAndMonth(years, undefined, 240)).toBe(tickAtYears(years));
  });

  it('puts each month at its phase of the year', () => {
    expect([1, 2, 7, 12].map((month) => monthPhase(month, 240))).toEqual([0, 20, 120, 220]);
    // 4029 % 240 = 189: the next July (phase 120) is 4200, the next January 4080.
    expect(tickAtYears(2.6e9)).toBe(4029);
    expect(tickAtAgeAndMonth(2.6e9, 7, 240)).toBe(4200);
    expect(tickAtAgeAndMonth(2.6e9, 1, 240)).toBe(4080);
    // Phases round: a 100-tick year puts February at 8 (100 / 12 = 8.33).
    expect(monthPhase(2, 100)).toBe(8);
  });

  it('returns the first matching tick at or after the age, for every month and several year lengths', () => {
    for (const yearTicks of [24, 240, 2880]) {
      for (const years of [0, 3.3e8, 2.6e9, 4.49e9]) {
        const start = tickAtYears(years);
        for (let month = 1; month <= 12; month++) {
          const tick = tickAtAgeAndMonth(years, month, yearTicks);
          expect(tick % yearTicks).toBe(monthPhase(month, yearTicks));
          expect(tick).toBeGreaterThanOrEqual(start);
          expect(tick - start).toBeLessThan(yearTicks);
          expect(yearsAt(tick)).toBeGreaterThanOrEqual(years);
        }
      }
    }
  });

  it('steps back a year rather than pass the end of the story', () => {
    // END_TICK = 14400 = 60 years of 240 ticks: January is END_TICK itself, July a year back.
    expect(tickAtAgeAndMonth(4.5e9 + 400, 1, 240)).toBe(END_TICK);
    expect(tickAtAgeAndMonth(4.5e9 + 400, 7, 240)).toBe(END_TICK - 120);
    for (let month = 1; month <= 12; month++) {
      const tick = tickAtAgeAndMonth(4.5e9 + 400, month, 2880);
      expect(tick).toBeLessThanOrEqual(END_TICK);
      expect(tick % 2880).toBe(monthPhase(month, 2880));
    }
  });
});
