// The whole-story soak on the story page: at formation, every era boundary and the last tick,
// every field finite and inside its physical bounds (tests/support/soak.ts); prints the table of
// each field's range per era. `npm run soak -- --res 256x128` runs it larger.
import { describe, expect, it } from 'vitest';
import { checkMoment, soakTable, soakTicks, type SoakStop } from '../../support/soak';
import type { Story } from '../../support/story-page';

/** The rest of the story, 8,450 to 14,400, run on SwiftShader: about 45 s here; room for a slower machine. */
const WHOLE_STORY_TIMEOUT_MS = 600_000;

export function describeSoak(story: Story): void {
  describe('the whole story at 128x64', () => {
    it('keeps every field finite and in its bounds at every era boundary', { timeout: WHOLE_STORY_TIMEOUT_MS }, async () => {
      const { app } = story;
      const stops: SoakStop[] = [];
      for (const tick of soakTicks()) stops.push(await checkMoment(app, tick));
      console.log(`Soak, seed 1, 128x64:\n${soakTable(stops)}`);
      // Each stop is at the tick the app's seek reports reaching, and the world moved on
      // between stops: no two neighbouring stops hold the same fields.
      expect(stops.map((stop) => stop.reached)).toEqual(soakTicks());
      const unchanged = stops.slice(1).filter((stop, i) => stop.digest === stops[i].digest);
      expect(unchanged.map((stop) => `${stop.era} (${stop.tick})`)).toEqual([]);
      expect(stops.flatMap((stop) => stop.failures.map((failure) => `tick ${stop.tick}: ${failure}`))).toEqual([]);
      expect(await app.errors()).toEqual([]);
    });
  });
}
