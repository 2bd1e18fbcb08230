// The edit log: validation of every limit and of the per-tick dab budget, the link form, and
// plate edits in the plate table only within their epoch and from their tick on.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../src/params';
import { checkEdits, decodeEdits, encodeEdits, MAX_DABS_PER_TICK, MAX_EDITS, type BrushEdit, type Edit } from '../../src/sim/edits';
import { plateTable, type PlateTable } from '../../src/sim/plates';
import { plateEpochAt, plateTableAt, worldFromParams } from '../../src/sim/world';
import { END_TICK, eraStartTick, ERAS, plateStepYears } from '../../src/timeline';
import { velocityAtCentre } from '../reference/tectonics';

const brush = (tick: number, dabs: number, extra: Partial<Record<string, unknown>> = {}) =>
  ({ tick, kind: 'raise', radiusKm: 500, amount: 300, points: Array.from({ length: dabs }, (_, i) => [i % 360, (i % 170) - 85]).flat(), ...extra });
const plate = (extra: Partial<Record<string, unknown>> = {}) => ({ tick: 1600, kind: 'plate', plate: 2, eastCmPerYear: 5, northCmPerYear: -3, ...extra });
const errorOf = (raw: unknown) => {
  const result = checkEdits(raw);
  expect(result).not.toHaveProperty('edits');
  return (result as { error: string }).error;
};

describe('checkEdits', () => {
  it('accepts valid edits and returns clean copies of them', () => {
    const raw = [{ ...brush(5, 3), note: 'stray field' }, plate({ colour: 'red' })];
    const result = checkEdits(raw);
    if ('error' in result) throw new Error(result.error);
    expect(result.edits).toEqual([brush(5, 3), plate()]);
    expect(result.edits[0]).not.toHaveProperty('note');
    expect((result.edits[0] as BrushEdit).points).not.toBe((raw[0] as { points: number[] }).points);
  });

  it(`allows ${MAX_DABS_PER_TICK} dabs a tick, in one edit or several, and no more`, () => {
    expect(checkEdits([brush(10, MAX_DABS_PER_TICK)])).toHaveProperty('edits');
    expect(checkEdits([brush(10, 200), brush(10, MAX_DABS_PER_TICK - 200)])).toHaveProperty('edits');
    expect(errorOf([brush(10, 200), brush(10, MAX_DABS_PER_TICK - 199)])).toBe(`Tick 10 has over ${MAX_DABS_PER_TICK} brush dabs.`);
    // The same dabs spread over two ticks are fine; plate edits take no dabs.
    expect(checkEdits([brush(10, 200), brush(11, 200), plate({ tick: 10 })])).toHaveProperty('edits');
    expect(errorOf([brush(10, MAX_DABS_PER_TICK + 1)])).toBe('Edit 1 has no valid list of points.');
  });

  it('refuses each limit with a message naming the edit', () => {
    expect(errorOf('not a list')).toBe('The edit log is not a list.');
    expect(errorOf([brush(1, 1), 7])).toBe('Edit 2 is not an object.');
    expect(errorOf([brush(-1, 1)])).toBe(`Edit 1 has a tick outside 0..${END_TICK}.`);
    expect(errorOf([brush(END_TICK + 1, 1)])).toBe(`Edit 1 has a tick outside 0..${END_TICK}.`);
    expect(errorOf([brush(2.5, 1)])).toBe(`Edit 1 has a tick outside 0..${END_TICK}.`);
    expect(checkEdits([brush(END_TICK, 1), brush(0, 1)])).toHaveProperty('edits');
    expect(errorOf([brush(1, 1, { kind: 'smooth' })])).toBe('Edit 1 has an unknown kind "smooth".');
    expect(errorOf([brush(1, 1, { radiusKm: 49 })])).toBe('Edit 1 has a radius outside 50..3000 km.');
    expect(errorOf([brush(1, 1, { radiusKm: 3001 })])).toBe('Edit 1 has a radius outside 50..3000 km.');
    expect(errorOf([brush(1, 1, { amount: 2001 })])).toBe('Edit 1 has an amount outside 0..2000.');
    expect(errorOf([brush(1, 1, { kind: 'lower', amount: -1 })])).toBe('Edit 1 has an amount outside 0..2000.');
    expect(errorOf([brush(1, 1, { kind: 'uplift', amount: 1.01 })])).toBe('Edit 1 has an amount outside 0..1.');
    expect(errorOf([brush(1, 1, { amount: Number.NaN })])).toBe('Edit 1 has an amount outside 0..2000.');
    expect(errorOf([brush(1, 1, { points: [] })])).toBe('Edit 1 has no valid list of points.');
    expect(errorOf([brush(1, 1, { points: [1, 2, 3] })])).toBe('Edit 1 has no valid list of points.');
    expect(errorOf([brush(1, 1, { points: [10, 90.01] })])).toBe('Edit 1 has a point off the planet.');
    expect(errorOf([brush(1, 1, { points: [-360.5, 0] })])).toBe('Edit 1 has a point off the planet.');
    expect(errorOf([brush(1, 1, { points: [10, Number.POSITIVE_INFINITY] })])).toBe('Edit 1 has a point off the planet.');
    expect(errorOf([plate({ plate: 0 })])).toBe('Edit 1 names no plate 1..64.');
    expect(errorOf([plate({ plate: 65 })])).toBe('Edit 1 names no plate 1..64.');
    expect(errorOf([plate({ plate: 1.5 })])).toBe('Edit 1 names no plate 1..64.');
    expect(errorOf([plate({ eastCmPerYear: 50.5 })])).toBe('Edit 1 has a plate velocity outside ±50 cm/yr.');
    expect(errorOf([plate({ northCmPerYear: -51 })])).toBe('Edit 1 has a plate velocity outside ±50 cm/yr.');
    expect(checkEdits([plate({ eastCmPerYear: 50, northCmPerYear: -50 })])).toHaveProperty('edits');
  });

  it(`refuses a log of more than ${MAX_EDITS} edits`, () => {
    const log = Array.from({ length: MAX_EDITS + 1 }, (_, i) => plate({ tick: i % END_TICK }));
    expect(errorOf(log)).toBe(`The edit log has ${MAX_EDITS + 1} edits; at most ${MAX_EDITS}.`);
    expect(checkEdits(log.slice(1))).toHaveProperty('edits');
  });

  it('round-trips the link form, and refuses a damaged one', () => {
    const log = [brush(3, 4), plate(), brush(3, 1, { kind: 'uplift', amount: 0.25 })] as Edit[];
    expect(decodeEdits(encodeEdits(log))).toEqual({ edits: log });
    expect(decodeEdits('')).toEqual({ edits: [] });
    expect(decodeEdits('1600,plate,2,5')).toEqual({ error: 'Edit 1 names no plate 1..64.' });
    // An empty value reads as NaN, never as 0.
    expect(decodeEdits('5,raise,500,300,10,')).toEqual({ error: 'Edit 1 has a point off the planet.' });
    expect(decodeEdits('5,raise,500,300,10')).toEqual({ error: 'Edit 1 has no valid list of points.' });
  });
});

describe('plateTableAt with plate edits', () => {
  const world = (edits: Edit[]) => worldFromParams({ ...defaultParams(), resolution: '128x64', seed: 7 }, edits);
  const tectonicsStart = eraStartTick(ERAS.findIndex((era) => era.id === 'tectonics'));
  const reform = defaultParams().reformPeriod;
  const editTick = tectonicsStart + 100;
  const push: Edit = { tick: editTick, kind: 'plate', plate: 3, eastCmPerYear: 8, northCmPerYear: -6 };
  /** The rotation of a plate: its axis, turn, cosine and sine of the turn. */
  const rotation = (table: PlateTable, plateNumber: number) => {
    const slot = table.plates[plateNumber - 1];
    return [...slot.axis, slot.turn[0], slot.cosTurn[0], slot.sinTurn[0]];
  };
  /** The plate's velocity at its centre, cm/yr east and north, at a tick (the table turns it a step of the plates). */
  const velocity = (table: PlateTable, plateNumber: number, tick: number) => velocityAtCentre(table.plates[plateNumber - 1], plateStepYears(tick));
  // float32 axis, centre and turn: 1e-6 relative of the speed (10 cm/yr); 1e-4 cm/yr allowed.
  const close = ([east, north]: number[], [wantEast, wantNorth]: number[]) => {
    expect(Math.abs(east - wantEast)).toBeLessThan(1e-4);
    expect(Math.abs(north - wantNorth)).toBeLessThan(1e-4);
  };

  it('sets the plate rotation from the edit tick on, to the end of the epoch', () => {
    const plain = world([]);
    const edited = world([push]);
    expect(plateTableAt(edited, editTick - 1)).toEqual(plateTableAt(plain, editTick - 1));
    // The pushed plate moved otherwise before.
    expect(Math.abs(velocity(plateTableAt(plain, editTick), 3, editTick)[0] - 8)).toBeGreaterThan(0.01);
    for (const tick of [editTick, editTick + 1, editTick + Math.floor((reform - 100) / 2), tectonicsStart + reform - 1]) {
      expect(plateEpochAt(edited, tick)).toBe(0);
      const table = plateTableAt(edited, tick);
      close(velocity(table, 3, tick), [8, -6]);
      // The plate keeps its centre; every other plate keeps its own rotation.
      const before = plateTableAt(plain, tick);
      expect(table.plates[2].centre).toEqual(before.plates[2].centre);
      for (let k = 1; k <= 64; k++) if (k !== 3) expect(rotation(table, k), `plate ${k}`).toEqual(rotation(before, k));
    }
  });

  it('has no effect in the next epoch (the plates re-formed)', () => {
    const next = tectonicsStart + reform;
    expect(plateEpochAt(world([push]), next)).toBe(1);
    for (const tick of [next, next + 200]) expect(plateTableAt(world([push]), tick)).toEqual(plateTableAt(world([]), tick));
  });

  it('lets the latest edit win and ignores a plate that does not exist this epoch', () => {
    const later: Edit = { ...push, tick: editTick + 50, eastCmPerYear: -2, northCmPerYear: 0 };
    const tick = editTick + 60;
    close(velocity(plateTableAt(world([push, later]), tick), 3, tick), [-2, 0]);
    close(velocity(plateTableAt(world([push, later]), editTick + 10), 3, editTick + 10), [8, -6]);
    const ghost: Edit = { ...push, plate: 40 };
    const table = plateTable({ seed: 7, epoch: 0, plateCount: defaultParams().plateCount, speedCmPerYear: 1, yearsPerTick: plateStepYears(tick) });
    expect(table.plates[40 - 1].inUse[0]).toBe(0);
    expect(plateTableAt(world([ghost]), tick)).toEqual(plateTableAt(world([]), tick));
  });
});
