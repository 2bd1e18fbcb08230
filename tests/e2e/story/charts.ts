// The charts on the story page: the global sample the app keeps for a tick (src/sim/global-stats.ts,
// summed by the GPU a row at a time) against the same means computed here from the fields read back.
import { describe, expect, it } from 'vitest';
import { SEA_DATUM } from '../../../src/sim/world';
import { eraStartTick, ERAS } from '../../../src/timeline';
import { cellCount, member } from '../../support/cells';
import type { Story } from '../../support/story-page';

/** A sampled tick of the life era (samples are every 60 ticks), where every chart but people has a value. */
const TICK = eraStartTick(ERAS.findIndex((era) => era.id === 'life')) + 300;
const GRID = { width: 128, height: 64 };
const CLIMATE = { width: 32, height: 16 };

/** cos(latitude) of a row's centre, the rows' share of the sphere's area (as the pass weighs them). */
const rowWeight = (y: number, rows: number) => Math.sin(((y + 0.5) / rows) * Math.PI);

export function describeCharts(story: Story): void {
  describe('the charts at 128x64', () => {
    it('sample the means the fields give: land fraction, sea level, temperature and wildlife', async () => {
      const { app } = story;
      expect(await app.seek(TICK)).toBe(TICK);
      // The sample's read-back is mapped asynchronously, a frame or so after its tick.
      await app.page.waitForFunction((t) => window.deepTime.app!.stats.samples.has(t), { timeout: 30_000 }, TICK);
      const sample = await app.page.evaluate((t) => window.deepTime.app!.stats.samples.get(t)!, TICK);
      const [terrain, life, climate] = [await app.readTerrain(), await app.readLife(), await app.readClimate()];
      const elevationOf = member('terrain', 'elevation');
      const temperatureOf = member('climate', 'temperature');
      const populations = ['plants', 'herbivores', 'carnivores'] as const;
      const populationOf = populations.map((name) => member('life', name));
      const sea = Math.fround(await app.seaLevel());
      let area = 0;
      let land = 0;
      const onLand = [0, 0, 0];
      for (let cell = 0; cell < cellCount('terrain', terrain); cell++) {
        const weight = rowWeight(Math.floor(cell / GRID.width), GRID.height);
        area += weight;
        if (elevationOf(terrain, cell) <= sea) continue;
        land += weight;
        populationOf.forEach((population, k) => { onLand[k] += weight * population(life, cell); });
      }
      let climateArea = 0;
      let temperature = 0;
      for (let cell = 0; cell < cellCount('climate', climate); cell++) {
        const weight = rowWeight(Math.floor(cell / CLIMATE.width), CLIMATE.height);
        climateArea += weight;
        temperature += weight * temperatureOf(climate, cell);
      }
      // The GPU weighs rows with its own sin, allowed about 1e-3 absolute error by Vulkan's
      // precision rules (seen: 6e-5 relative on the mean temperature), and sums a row in float32:
      // means within 2e-3 relative (a wrong row, cell or channel is off by far more).
      const near = (actual: number | null, expected: number, what: string) =>
        expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(2e-3 * Math.max(Math.abs(expected), 1e-3));
      near(sample.landFraction, land / area, 'land fraction');
      expect(sample.landFraction).toBeGreaterThan(0.05);
      expect(sample.seaLevel).toBeCloseTo((sea - SEA_DATUM) * 600, 1);
      near(sample.temperature, temperature / climateArea, 'temperature');
      populations.forEach((name, k) => near(sample[name], onLand[k] / land, name));
      expect(sample.plants!).toBeGreaterThan(0);
      // No people, no fossil carbon yet: those charts have no value.
      expect([sample.co2, sample.population]).toEqual([null, null]);
    });
  });
}
