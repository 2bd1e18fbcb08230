// The tectonic eras on the story page: every value finite and inside its bounds the whole way,
// continents and oceans at the end, and golden frames of the plates, elevation, rivers and basins.
import { describe, expect, it } from 'vitest';
import { eraStartTick, ERAS } from '../../../src/timeline';
import { cellCount, member } from '../../support/cells';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

const eraStart = (id: string) => eraStartTick(ERAS.findIndex((era) => era.id === id));
/** Tectonics run from the tectonics era to the humans era, where the terrain is fixed. */
const FIRST = eraStart('tectonics');
const LAST = eraStart('humans');

interface Cell { elevation: number; crust: number; uplift: number; plate: number }
const [elevationOf, crustOf, upliftOf, plateOf] = ['elevation', 'crustTemperature', 'uplift', 'plate'].map((name) => member('terrain', name));
const cells = (terrain: number[]): Cell[] => Array.from({ length: cellCount('terrain', terrain) }, (_, i) => ({
  elevation: elevationOf(terrain, i), crust: crustOf(terrain, i), uplift: upliftOf(terrain, i), plate: plateOf(terrain, i),
}));

/**
 * Elevation: 0 (the lowest floor) to 25 units (15 km); uplift a fraction; the crust no hotter
 * than it formed and no colder than the ambient 15 deg C (float32 slack); plates whole numbers,
 * 0 (a fresh rift) to the 12 plates of the default. NaN breaks every bound.
 */
const BOUNDS: readonly [string, (cell: Cell) => boolean][] = [
  ['elevation >= 0', ({ elevation }) => elevation >= 0],
  ['elevation <= 25', ({ elevation }) => elevation <= 25],
  ['uplift >= 0', ({ uplift }) => uplift >= 0],
  ['uplift <= 1', ({ uplift }) => uplift <= 1],
  ['crust >= 15 - 1e-3', ({ crust }) => crust >= 15 - 1e-3],
  ['crust <= 1600', ({ crust }) => crust <= 1600],
  ['plate a whole number in 0..12', ({ plate }) => Number.isInteger(plate) && plate >= 0 && plate <= 12],
];

/** Each bound some cell breaks, with how many cells break it (one check for the whole grid). */
const outOfBounds = (all: readonly Cell[]): string[] => BOUNDS.flatMap(([bound, holds]) => {
  const broken = all.filter((cell) => !holds(cell)).length;
  return broken > 0 ? [`${broken} cells break ${bound}`] : [];
});

export function describeTectonics(story: Story): void {
  describe('the tectonic eras at 128x64', () => {
    it('keep every value finite and in bounds, and end with continents and oceans', async () => {
      const { app } = story;
      const checkpoints = [FIRST, FIRST + 1, FIRST + 500, FIRST + 1500, FIRST + 2400, FIRST + 4000, LAST, LAST + 100];
      let plateMaps: number[][] = [];
      for (const tick of checkpoints) {
        expect(await app.seek(tick)).toBe(tick);
        const terrain = await app.readTerrain();
        expect(terrain.every(Number.isFinite)).toBe(true);
        const all = cells(terrain);
        expect(outOfBounds(all).map((bound) => `tick ${tick}: ${bound}`)).toEqual([]);
        plateMaps.push(all.map((cell) => cell.plate));
      }
      // The last two checkpoints come after the last tectonic tick: the plates have stopped.
      const [beforeStop, afterStop] = plateMaps.slice(-2);
      expect(afterStop).toEqual(beforeStop);
      // Plates re-formed between checkpoints: the maps differ.
      expect(plateMaps[3]).not.toEqual(plateMaps[2]);
      plateMaps = [];

      const end = cells(await app.readTerrain());
      const sea = await app.seaLevel();
      const land = end.filter((cell) => cell.elevation > sea).length / end.length;
      // An Earth-like world: neither a water world nor a dry one (Earth: 0.29).
      expect(land).toBeGreaterThan(0.1);
      expect(land).toBeLessThan(0.6);
      // Mountain ranges: some land stands more than 2.4 km above the sea (a 128x64 cell averages
      // the relief of 313 km; since the plates move in steps seed 1's highest cell here stands
      // 2.95 km high, 3.21 when they moved every tick, and 105 cells stand above 2 km, 199 then).
      expect(Math.max(...end.map((cell) => cell.elevation))).toBeGreaterThan(sea + 4);
      expect(await app.errors()).toEqual([]);
    });

    it.each([
      ['plates', 'tectonics-plates-map'],
      ['elevation', 'tectonics-elevation-map'],
      ['rivers', 'rivers-map'],
      ['basins', 'basins-map'],
    ] as const)('render the %s layer at the end of the terrain eras like the golden image', async (layer, golden) => {
      const { app } = story;
      expect(await app.seek(LAST)).toBe(LAST);
      await app.set('view', 'map');
      await app.set('layer', layer);
      expectMatchesGolden(golden, await app.capture(512, 256), 512, 256);
      expect(await app.errors()).toEqual([]);
    });
  });
}
