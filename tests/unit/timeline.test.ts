// The timeline table: ticks <-> years <-> eras over the whole story.
import { describe, expect, it } from 'vitest';
import {
  clampTick, END_TICK, eraAt, eraStartTick, ERAS, formatAge, formatDuration, FULL_OCEAN_VOLUME, oceanVolumeAt, PRESENT_YEARS, tickAtYears,
  yearsAt, yearsPerTick,
} from '../../src/timeline';

describe('timeline', () => {
  it('covers the story from formation to past the present day, eras in order and contiguous', () => {
    expect(ERAS[0].startYears).toBe(0);
    expect(ERAS[ERAS.length - 1].endYears).toBeGreaterThan(PRESENT_YEARS);
    for (let i = 1; i < ERAS.length; i++) expect(ERAS[i].startYears).toBe(ERAS[i - 1].endYears);
    expect(ERAS.map((era) => era.id)).toEqual(['protoplanet', 'oceans', 'tectonics', 'climate', 'life', 'humans', 'warming']);
    // Four minutes at one tick a frame and 60 fps.
    expect(END_TICK).toBe(4 * 60 * 60);
  });

  it('maps ticks to years monotonically and back', () => {
    let previous = -1;
    for (let tick = 0; tick <= END_TICK; tick += 37) {
      const years = yearsAt(tick);
      expect(years).toBeGreaterThan(previous);
      previous = years;
      expect(tickAtYears(years)).toBe(tick);
    }
    expect(yearsAt(0)).toBe(0);
    expect(yearsAt(END_TICK)).toBe(ERAS[ERAS.length - 1].endYears);
    expect(tickAtYears(PRESENT_YEARS)).toBe(eraStartTick(ERAS.length - 1));
  });

  it('puts era boundaries at their start ticks', () => {
    ERAS.forEach((era, i) => {
      expect(eraAt(eraStartTick(i))).toBe(era);
      if (i > 0) expect(eraAt(eraStartTick(i) - 1)).toBe(ERAS[i - 1]);
    });
    expect(eraAt(END_TICK).id).toBe('warming');
  });

  it('slows down in the human era: years per tick fall by orders of magnitude', () => {
    expect(yearsPerTick(0)).toBeGreaterThan(1e5);
    expect(yearsPerTick(eraStartTick(5))).toBeLessThan(100);
    expect(yearsPerTick(END_TICK - 1)).toBeLessThan(1);
  });

  it('clamps hostile ticks into the story', () => {
    expect(clampTick(NaN)).toBe(0);
    expect(clampTick(-5)).toBe(0);
    expect(clampTick(1e12)).toBe(END_TICK);
    expect(clampTick(Infinity)).toBe(0);
    expect(clampTick(12.6)).toBe(13);
    expect(tickAtYears(NaN)).toBe(0);
    expect(tickAtYears(1e20)).toBe(END_TICK);
  });

  it('keeps the oceans dry while the crust is hot, then fills them smoothly to the full volume', () => {
    const start = eraStartTick(1);
    const end = eraStartTick(2);
    expect(oceanVolumeAt(0)).toBe(0);
    expect(oceanVolumeAt(start)).toBe(0);
    // A smoothstep through the oceans era: half full halfway, symmetric about it.
    expect(oceanVolumeAt((start + end) / 2)).toBeCloseTo(0.5 * FULL_OCEAN_VOLUME, 12);
    expect(oceanVolumeAt(start + 100) + oceanVolumeAt(end - 100)).toBeCloseTo(FULL_OCEAN_VOLUME, 12);
    // Smooth: never falling, no step over 1.5 times the mean rate (the smoothstep's steepest),
    // and starting and ending with a step far smaller than the mean.
    const meanStep = FULL_OCEAN_VOLUME / (end - start);
    for (let tick = start; tick < end; tick++) {
      const step = oceanVolumeAt(tick + 1) - oceanVolumeAt(tick);
      expect(step).toBeGreaterThanOrEqual(0);
      expect(step).toBeLessThanOrEqual(1.5 * meanStep + 1e-12);
    }
    expect(oceanVolumeAt(start + 1) - oceanVolumeAt(start)).toBeLessThan(0.01 * meanStep);
    expect(oceanVolumeAt(end) - oceanVolumeAt(end - 1)).toBeLessThan(0.01 * meanStep);
    for (let tick = end; tick <= END_TICK; tick += 101) expect(oceanVolumeAt(tick)).toBe(FULL_OCEAN_VOLUME);
    expect(oceanVolumeAt(END_TICK)).toBe(FULL_OCEAN_VOLUME);
    expect(oceanVolumeAt(end, 2.5)).toBe(2.5);
  });

  it('reads ages as a viewer would', () => {
    expect(formatAge(0)).toBe('4.50 billion years ago');
    expect(formatAge(PRESENT_YEARS - 65e6)).toBe('65.0 million years ago');
    expect(formatAge(PRESENT_YEARS - 12000)).toBe('12,000 years ago');
    expect(formatAge(PRESENT_YEARS)).toBe('the present day');
    expect(formatAge(PRESENT_YEARS + 150)).toBe('150 years from now');
    expect(formatDuration(2.5e9)).toBe('2.5 Gyr');
    expect(formatDuration(3.5e7)).toBe('35 Myr');
    expect(formatDuration(1234)).toBe('1.2 kyr');
    expect(formatDuration(NaN)).toBe('0 yr');
  });
});
