// A parameter changed on the story page replays from the keyframe where it first acts, not from
// formation: a life parameter changed at tick 6,000 replays from the life era's first tick, to
// fields bit-identical to a world that had the new value from the start; changed back, the
// page returns to the very same fields it had.
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../../src/params';
import { eraStartTick, ERAS } from '../../../src/timeline';
import { AppPage, SMALL_VIEWPORT } from '../../support/app-page';
import { STORY_QUERY, ticksSimulated, type Story } from '../../support/story-page';

const LIFE_START = eraStartTick(ERAS.findIndex((era) => era.id === 'life'));
const TICK = LIFE_START + 300;

/** Every field of the state and the planet's scalars. */
async function snapshot(app: AppPage) {
  return { terrain: await app.readTerrain(), water: await app.readWater(), climate: await app.readClimate(), life: await app.readLife(), planet: await app.readPlanet() };
}

export function describeReplayFrom(story: Story): void {
  describe('a parameter change at 128x64', () => {
    it('replays from the keyframe where the parameter first acts, to the world that had it from the start', { timeout: 300_000 }, async () => {
      const { app } = story;
      expect(await app.seek(TICK)).toBe(TICK);
      const before = await snapshot(app);
      const ticksBefore = await ticksSimulated(app);
      await app.set('migration', 0.05);
      expect(await app.seek(TICK)).toBe(TICK);
      // From the life era's first tick (a keyframe), not from formation.
      expect(await ticksSimulated(app) - ticksBefore).toBe(TICK - LIFE_START);
      const changed = await snapshot(app);
      expect(changed.life).not.toEqual(before.life);
      // The same world with the new value from the start, replayed straight on its own page.
      const straight = await AppPage.open(app.page.browser(), `${STORY_QUERY}&migration=0.05`, SMALL_VIEWPORT);
      expect(await straight.seek(TICK)).toBe(TICK);
      expect(await snapshot(straight)).toEqual(changed);
      await straight.close();
      // Back to the value the story has: its own fields again, bit for bit.
      await app.set('migration', SCHEMA.migration.default);
      expect(await app.seek(TICK)).toBe(TICK);
      expect(await snapshot(app)).toEqual(before);
      expect(await app.errors()).toEqual([]);
    });
  });
}
