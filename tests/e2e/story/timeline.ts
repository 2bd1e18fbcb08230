// Scrubbing on the story page: seeking back (from a keyframe) and forward again gives fields
// bit-identical to the straight run to the same tick, in the life and human eras.
import { describe, expect, it } from 'vitest';
import type { AppPage } from '../../support/app-page';
import type { Story } from '../../support/story-page';

/** Every field of the state and the planet's scalars. */
async function snapshot(app: AppPage) {
  return {
    terrain: await app.readTerrain(),
    water: await app.readWater(),
    climate: await app.readClimate(),
    life: await app.readLife(),
    planet: await app.readPlanet(),
  };
}

/** The straight run to 8,450 on SwiftShader: about 60 s here; room for a slower machine. */
const STRAIGHT_RUN_TIMEOUT_MS = 600_000;

/** Runs first on the story page: its run to 8,450 is straight, with no keyframe restored. */
export function describeTimeline(story: Story): void {
  describe('the timeline at 128x64', () => {
    it('scrubs back and forth to fields bit-identical to a straight run', { timeout: STRAIGHT_RUN_TIMEOUT_MS }, async () => {
      const { app } = story;
      const interval = await app.page.evaluate(() => window.deepTime.app!.simulation.keyframes.interval);
      expect(interval).toBe(300);
      // Two moments of the human era, past keyframes at 8100 and 8400 (people appear at 8100).
      expect(await app.seek(8350)).toBe(8350);
      const straightA = await snapshot(app);
      expect(await app.seek(8450)).toBe(8450);
      const straightB = await snapshot(app);
      // The page has run no further than 8450: a keyframe at every 300 ticks up to it.
      const keyframeTicks = await app.page.evaluate(() => window.deepTime.app!.simulation.keyframes.ticks);
      expect(keyframeTicks).toEqual(Array.from({ length: 28 }, (_, k) => (k + 1) * 300));

      // Back into the life era, then forward past a keyframe, then back a little.
      expect(await app.seek(6100)).toBe(6100);
      expect((await app.readLife()).some((value) => value > 0)).toBe(true);
      expect(await app.seek(8450)).toBe(8450);
      expect(await snapshot(app)).toEqual(straightB);
      expect(await app.seek(8350)).toBe(8350);
      expect(await snapshot(app)).toEqual(straightA);
      expect(straightA.planet.population).toBeGreaterThan(0);
      expect(await app.errors()).toEqual([]);
    });
  });
}
