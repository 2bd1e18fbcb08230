// The life era on the story page: populations finite and never negative, plants on the land and
// none at sea, populations that change from tick to tick, and golden frames of the default view
// (surface, greened by the plants) and the life layer.
import { describe, expect, it } from 'vitest';
import { eraStartTick, ERAS } from '../../../src/timeline';
import { cellCount, member } from '../../support/cells';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

const LIFE_START = eraStartTick(ERAS.findIndex((era) => era.id === 'life'));
const TICK = LIFE_START + 300;
const elevationOf = member('terrain', 'elevation');
const [plantsOf, herbivoresOf, carnivoresOf] = ['plants', 'herbivores', 'carnivores'].map((name) => member('life', name));

export function describeLife(story: Story): void {
  describe('the life era at 128x64', () => {
    it('greens the land with pulsing populations and draws them like the golden images', async () => {
      const { app } = story;
      expect(await app.seek(TICK)).toBe(TICK);
      const terrain = await app.readTerrain();
      const life = await app.readLife();
      const sea = await app.seaLevel();
      let green = 0;
      let seaCells = 0;
      let livingSea = 0;
      for (let i = 0; i < cellCount('life', life); i++) {
        for (const population of [plantsOf, herbivoresOf, carnivoresOf]) expect(Number.isFinite(population(life, i)) && population(life, i) >= 0).toBe(true);
        if (elevationOf(terrain, i) <= sea) {
          seaCells++;
          if (plantsOf(life, i) > 0) livingSea++;
        }
        if (plantsOf(life, i) > 0.1) green++;
      }
      expect(green).toBeGreaterThan(100);
      // Life is updated from the terrain at the start of a tick: a cell that the tick's erosion
      // or the sea's breathing just submerged keeps its life until the next. Under 2% of the sea.
      expect(livingSea / seaCells).toBeLessThan(0.02);
      // Twenty ticks on, the herbivores have moved: the populations pulse.
      expect(await app.seek(TICK + 20)).toBe(TICK + 20);
      const later = await app.readLife();
      const changed = Array.from({ length: cellCount('life', life) }, (_, i) => i).filter((i) => Math.abs(herbivoresOf(later, i) - herbivoresOf(life, i)) > 1e-3).length;
      expect(changed).toBeGreaterThan(100);
      await app.set('view', 'map');
      for (const layer of ['surface', 'life']) {
        await app.set('layer', layer);
        expectMatchesGolden(`life-${layer}-map`, await app.capture(512, 256), 512, 256);
      }
      expect(await app.errors()).toEqual([]);
    });
  });
}
