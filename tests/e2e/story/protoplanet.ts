// The protoplanet on the story page: seed 1 at tick 120 drawn on the globe and on the map like
// the golden images.
import { describe, expect, it } from 'vitest';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

export function describeProtoplanet(story: Story): void {
  describe('the protoplanet at 128x64', () => {
    it.each([
      ['globe', 'protoplanet-globe'],
      ['map', 'protoplanet-map'],
    ] as const)('renders seed 1 at tick 120 on the %s like the golden image', async (view, golden) => {
      const { app } = story;
      expect(await app.seek(120)).toBe(120);
      await app.set('view', view);
      await app.set('layer', 'surface');
      expectMatchesGolden(golden, await app.capture(512, 256), 512, 256);
      expect(await app.errors()).toEqual([]);
    });
  });
}
