// The climate era on the story page (climate grid 32x16): a January and a July a year apart,
// every value finite and bounded, the seasons swapping hemispheres, and golden frames of each
// climate layer in both months.
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../../src/params';
import { eraStartTick, ERAS } from '../../../src/timeline';
import { cellCount, member } from '../../support/cells';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

const YEAR = SCHEMA.yearTicks.default;
const CLIMATE_START = eraStartTick(ERAS.findIndex((era) => era.id === 'climate'));
/** The first January a full year into the climate era, and the July after it. */
const JANUARY = Math.ceil((CLIMATE_START + YEAR) / YEAR) * YEAR;
const JULY = JANUARY + YEAR / 2;
const CLIMATE = { width: 32, height: 16 };
const [pressureOf, temperatureOf, vapourOf] = ['pressure', 'temperature', 'vapour'].map((name) => member('climate', name));

/** Mean temperature of a hemisphere (area-weighted), deg C. */
function hemisphereTemperature(climate: number[], north: boolean): number {
  let sum = 0;
  let weights = 0;
  for (let y = 0; y < CLIMATE.height; y++) {
    if ((y < CLIMATE.height / 2) !== north) continue;
    const weight = Math.sin(((y + 0.5) / CLIMATE.height) * Math.PI);
    for (let x = 0; x < CLIMATE.width; x++) {
      sum += weight * temperatureOf(climate, y * CLIMATE.width + x);
      weights += weight;
    }
  }
  return sum / weights;
}

export function describeClimate(story: Story): void {
  describe('the climate era at 128x64', () => {
    it('swings the seasons between the hemispheres and draws each climate layer like the golden images', async () => {
      const { app } = story;
      await app.set('view', 'map');
      const months: Record<string, number[]> = {};
      for (const [month, tick] of [['january', JANUARY], ['july', JULY]] as const) {
        expect(await app.seek(tick)).toBe(tick);
        const climate = await app.readClimate();
        expect(cellCount('climate', climate)).toBe(CLIMATE.width * CLIMATE.height);
        expect(climate.every(Number.isFinite)).toBe(true);
        for (let i = 0; i < cellCount('climate', climate); i++) {
          expect(pressureOf(climate, i)).toBeGreaterThan(950);
          expect(pressureOf(climate, i)).toBeLessThan(1070);
          expect(temperatureOf(climate, i)).toBeGreaterThan(-80);
          expect(temperatureOf(climate, i)).toBeLessThan(60);
          expect(vapourOf(climate, i)).toBeGreaterThanOrEqual(0);
        }
        months[month] = climate;
        for (const layer of ['pressure', 'temperature', 'wind', 'precipitation', 'surface']) {
          await app.set('layer', layer);
          expectMatchesGolden(`climate-${layer}-${month}`, await app.capture(512, 256), 512, 256);
        }
      }
      // Northern summer in July, southern in January: each hemisphere warmer by over 2 deg C.
      expect(hemisphereTemperature(months.july, true) - hemisphereTemperature(months.january, true)).toBeGreaterThan(2);
      expect(hemisphereTemperature(months.january, false) - hemisphereTemperature(months.july, false)).toBeGreaterThan(2);
      expect(await app.errors()).toEqual([]);
    });
  });
}
