// The human era and the warming on the story page: Earth's people through the era (a few million
// for most of it, about eight billion at the present day), settled only where it is mild and wet,
// city lights only on the night side and gathered into cities, and at the end of the story the
// fossil reserve burnt, the planet warmed as the parameters say, and the hot tropics emptied.
// Golden frames of the night side, the life layer and the default view.
import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../../src/params';
import { sunDirectionAt } from '../../../src/render/sun';
import { END_TICK, eraStartTick, ERAS, PRESENT_YEARS, tickAtYears } from '../../../src/timeline';
import { brightestShare, EARTH_CHECKPOINTS, suitability, warmingOf } from '../../reference/humans';
import { member } from '../../support/cells';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

const GRID = { width: 128, height: 64 };
const CLIMATE = { width: 32, height: 16 };
/** The present day, the warming era's first tick: the planet settled, no carbon burnt yet. */
const SETTLED = eraStartTick(ERAS.findIndex((era) => era.id === 'warming'));
const CAPTURE = { width: 512, height: 256 };
const [meanTemperatureOf, annualRainOf] = ['meanTemperature', 'annualRain'].map((name) => member('climate', name));
const elevationOf = member('terrain', 'elevation');
const peopleOf = member('life', 'people');

/** The climate's means (mean temperature, annual rain) over terrain cell i. */
function meansAt(climate: number[], i: number): [number, number] {
  const x = i % GRID.width;
  const y = Math.floor(i / GRID.width);
  const c = Math.floor(y / 4) * CLIMATE.width + Math.floor(x / 4);
  return [meanTemperatureOf(climate, c), annualRainOf(climate, c)];
}

/** Linear radiance of an sRGB byte. */
const linear = (byte: number) => (byte <= 10 ? byte / 255 / 12.92 : ((byte / 255 + 0.055) / 1.055) ** 2.4);

/** How far the sun stands above the horizon at a map pixel, as the cosine of its zenith angle. */
function sunHeightAt(px: number, py: number, sun: number[]): number {
  const lon = Math.PI + (((px + 0.5) / CAPTURE.width) * 2 - 1) * Math.PI;
  const lat = (1 - ((py + 0.5) / CAPTURE.height) * 2) * (Math.PI / 2);
  const normal = [Math.cos(lat) * Math.sin(lon), Math.sin(lat), Math.cos(lat) * Math.cos(lon)];
  return normal[0] * sun[0] + normal[1] * sun[1] + normal[2] * sun[2];
}

export function describeHumans(story: Story): void {
  describe('the human era and the warming at 128x64', () => {
    it('settles the mild wet land, lights only the night side, and ends warmer with emptied tropics', async () => {
      const { app } = story;
      await app.set('view', 'map');
      await app.set('layer', 'surface');
      for (const { yearsAgo, min, max } of EARTH_CHECKPOINTS) {
        const tick = tickAtYears(PRESENT_YEARS - yearsAgo);
        expect(await app.seek(tick)).toBe(tick);
        const { population } = await app.readPlanet();
        console.log(`People ${yearsAgo} years ago: ${population.toPrecision(3)}`);
        expect(population, `people ${yearsAgo} years ago`).toBeGreaterThan(min);
        expect(population, `people ${yearsAgo} years ago`).toBeLessThan(max);
        if (yearsAgo !== 100_000) continue;
        // A few million hunter-gatherers light no towns.
        const lit = await app.capture(CAPTURE.width, CAPTURE.height);
        await app.set('cityLights', 'off');
        const dark = await app.capture(CAPTURE.width, CAPTURE.height);
        await app.set('cityLights', 'on');
        expect(lit.filter((byte, k) => byte !== dark[k]).length).toBe(0);
      }
      expect(await app.seek(SETTLED)).toBe(SETTLED);
      const terrain = await app.readTerrain();
      const climate = await app.readClimate();
      const life = await app.readLife();
      const sea = await app.seaLevel();
      let people = 0;
      let peopleOnUnsuitable = 0;
      for (let i = 0; i < GRID.width * GRID.height; i++) {
        const settled = peopleOf(life, i);
        expect(Number.isFinite(settled) && settled >= 0 && settled <= 1).toBe(true);
        if (elevationOf(terrain, i) <= sea) expect(settled).toBe(0);
        people += settled;
        if (suitability(...meansAt(climate, i)) === 0) peopleOnUnsuitable += settled;
      }
      expect(people).toBeGreaterThan(100);
      // Where the year's rain drops below the threshold for a season, people leave over a few
      // ticks: those leaving may hold up to 2% of the people at any moment.
      expect(peopleOnUnsuitable / people).toBeLessThan(0.02);
      const settledPlanet = await app.readPlanet();
      expect(settledPlanet.population).toBeGreaterThan(1e9);
      expect(settledPlanet.carbon).toBe(0);
      expect(settledPlanet.co2).toBe(280);

      // City lights: the same frame with and without them differs only where the sun is down
      // (past the terminator's soft edge, 0.05, and a pixel's width, 0.0125).
      const sun = sunDirectionAt(SETTLED);
      const lit = await app.capture(CAPTURE.width, CAPTURE.height);
      await app.set('cityLights', 'off');
      const dark = await app.capture(CAPTURE.width, CAPTURE.height);
      await app.set('cityLights', 'on');
      let lights = 0;
      // The light (linear radiance) of each terrain cell, its 4x4 pixels, and whether all are at night.
      const cellLight = new Array<number>(GRID.width * GRID.height).fill(0);
      const cellNight = new Array<boolean>(GRID.width * GRID.height).fill(true);
      for (let p = 0; p < CAPTURE.width * CAPTURE.height; p++) {
        const [px, py] = [p % CAPTURE.width, Math.floor(p / CAPTURE.width)];
        const cell = Math.floor(py / 4) * GRID.width + Math.floor(px / 4);
        const height = sunHeightAt(px, py, sun);
        if (height > -0.05 - 0.0125) cellNight[cell] = false;
        cellLight[cell] += [0, 1, 2].reduce((sum, k) => sum + linear(lit[p * 4 + k]) - linear(dark[p * 4 + k]), 0);
        const difference = Math.max(...[0, 1, 2].map((k) => Math.abs(lit[p * 4 + k] - dark[p * 4 + k])));
        if (difference <= 1) continue;
        lights++;
        expect(height).toBeLessThan(0.05 + 0.0125);
      }
      // Gathered into cities: of the settled cells wholly at night, the brightest tenth give more
      // than half the light (an even glow over them would give a tenth; measured 0.61).
      // Enough of them that the brightest tenth is several cells (seed 1: 84 with the continents
      // as points).
      const settledAtNight = cellLight.filter((_, i) => cellNight[i] && peopleOf(life, i) > 0);
      expect(settledAtNight.length).toBeGreaterThan(50);
      expect(brightestShare(settledAtNight, 0.1)).toBeGreaterThan(0.5);
      // Lit pixels of the 512x256 capture: real towns, not a stray pixel (seed 1: 132 with the
      // continents as points).
      expect(lights).toBeGreaterThan(100);
      expectMatchesGolden('humans-night-map', lit, CAPTURE.width, CAPTURE.height);
      await app.set('layer', 'life');
      expectMatchesGolden('humans-life-map', await app.capture(CAPTURE.width, CAPTURE.height), CAPTURE.width, CAPTURE.height);

      // The end of the story.
      expect(await app.seek(END_TICK)).toBe(END_TICK);
      const end = await app.readPlanet();
      const reserve = SCHEMA.fossilCarbon.default;
      expect(Math.abs(end.carbon - reserve) / reserve).toBeLessThan(0.1);
      const warming = warmingOf(reserve, SCHEMA.climateSensitivity.default);
      expect(Math.abs(end.anomaly - warming) / warming).toBeLessThan(0.1);
      // People leave the land the warming makes too hot: the population falls well below its
      // peak (seed 1 with whole continents, whose land stands higher and cooler than the lace of
      // islands before: 0.83 of the peak; below, every too-hot tropical cell is empty).
      expect(end.population).toBeLessThan(0.9 * end.peakPopulation);
      const endTerrain = await app.readTerrain();
      const endClimate = await app.readClimate();
      const endLife = await app.readLife();
      const endSea = await app.seaLevel();
      let tooHot = 0;
      for (let i = 0; i < GRID.width * GRID.height; i++) {
        const latitude = 90 - ((Math.floor(i / GRID.width) + 0.5) / GRID.height) * 180;
        const [meanTemperature] = meansAt(endClimate, i);
        if (Math.abs(latitude) > 23.5 || elevationOf(endTerrain, i) <= endSea || meanTemperature <= SCHEMA.heatLimit.default) continue;
        tooHot++;
        expect(peopleOf(endLife, i)).toBe(0);
      }
      // The warming pushed real stretches of tropical land past the limit.
      expect(tooHot).toBeGreaterThan(50);
      await app.set('layer', 'surface');
      await app.set('view', 'globe');
      expectMatchesGolden('humans-end-surface-globe', await app.capture(CAPTURE.width, CAPTURE.height), CAPTURE.width, CAPTURE.height);
      expect(await app.errors()).toEqual([]);
    });
  });
}
