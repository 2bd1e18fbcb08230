// Worlds on a map, end to end at 128x64: an export folder opened again exports the same
// elevation bit for bit where it enters; the present day runs climate, rivers, life and people
// on it; a 16-bit PNG of it gives the same coasts; the plates era carries its continents; a bad
// file is refused with a message and the world kept; the built-in Earth opens.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heightmapLevels } from '../../src/io/download';
import { encodePng } from '../../src/io/png';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { earthCheck, EARTH_KOPPEN_SHARES, formatEarthCheck } from '../../src/analysis/earth-check';
import { koppenGroupSharesOfFields } from '../../src/io/koppen-field';
import { KOPPEN_TYPES } from '../../src/sim/koppen';
import { HUMANS_START, METRES_PER_UNIT } from '../../src/sim/world';
import { PRESENT_YEARS, tickAtYears } from '../../src/timeline';
import { AppPage, SMALL_VIEWPORT } from '../support/app-page';
import { launchBrowser } from '../support/browser';

const WIDTH = 128;
const HEIGHT = 64;
const TERRAIN_WORDS = CELL_LAYOUTS.terrain.words;

let browser: Browser;
let app: AppPage;
/** Seed 1's elevation 600 ticks into the tectonics era, metres: the map every test opens. */
let source: Float32Array;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

async function exportedElevation(): Promise<Float32Array> {
  const fields = await app.page.evaluate(() => window.deepTime.exportFields());
  const elevation = fields.find((field) => field.name === 'elevation')!;
  const bytes = Buffer.from(elevation.base64, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function openFolder(metres: Float32Array): Promise<boolean> {
  const manifest = JSON.stringify({ fields: [{ name: 'elevation', width: WIDTH, height: HEIGHT, components: 1, file: 'elevation.f32' }] });
  const files = [{ name: 'manifest.json', base64: Buffer.from(manifest).toString('base64') }, { name: 'elevation.f32', base64: base64(new Uint8Array(metres.buffer)) }];
  return app.page.evaluate((f) => window.deepTime.openMap(f), files);
}

/** Area share of the cells above the sea level (model units) in terrain cells, or of the metres above 0. */
function landShare(isLand: (cell: number) => boolean): number {
  let land = 0;
  let all = 0;
  for (let y = 0; y < HEIGHT; y++) {
    const area = Math.cos(((y + 0.5) / HEIGHT - 0.5) * Math.PI);
    for (let x = 0; x < WIDTH; x++) {
      all += area;
      if (isLand(y * WIDTH + x)) land += area;
    }
  }
  return land / all;
}

beforeAll(async () => {
  browser = await launchBrowser();
  app = await AppPage.open(browser, `seed=1&res=${WIDTH}x${HEIGHT}&tick=0&story=off`, SMALL_VIEWPORT);
  await app.seek(2100);
  source = await exportedElevation();
});

afterAll(async () => {
  await app?.close();
  await browser?.close();
});

describe('a map from the present day', () => {
  it('exports the elevation it was opened with, bit for bit, where it enters', async () => {
    expect(await openFolder(source)).toBe(true);
    const first = await app.page.evaluate(() => window.deepTime.app!.simulation.firstTick);
    expect(first).toBeLessThan(HUMANS_START);
    expect(await app.seek(first)).toBe(first);
    expect(await exportedElevation()).toEqual(source);
  });

  it('runs climate, rivers, life and people on it, its coasts where the map has them', async () => {
    const tick = HUMANS_START + 600;
    expect(await app.seek(tick)).toBe(tick);
    expect(await app.errors()).toEqual([]);
    const terrain = await app.readTerrain();
    const level = await app.seaLevel();
    const mapLand = landShare((cell) => source[cell] > 0);
    const nowLand = landShare((cell) => terrain[cell * TERRAIN_WORDS] > level);
    // The terrain stays: erosion over 50,000 years moves a coast by at most a few cells.
    expect(Math.abs(nowLand - mapLand)).toBeLessThan(0.01);
    const life = await app.readLife();
    const climate = await app.readClimate();
    expect(climate.every(Number.isFinite) && life.every(Number.isFinite)).toBe(true);
    const plantedLand = landShare((cell) => terrain[cell * TERRAIN_WORDS] > level && life[cell * 4] > 0.1);
    expect(plantedLand / nowLand).toBeGreaterThan(0.2);
    expect((await app.readPlanet()).population).toBeGreaterThan(1e5);
  });

  it('gives the same coasts from a 16-bit PNG of the map', async () => {
    const png = encodePng(heightmapLevels(source), WIDTH, HEIGHT, { channels: 1, bitDepth: 16 });
    expect(await app.page.evaluate((f) => window.deepTime.openMap(f), [{ name: 'map.png', base64: base64(png) }])).toBe(true);
    const first = await app.page.evaluate(() => window.deepTime.app!.simulation.firstTick);
    await app.seek(first);
    const metres = await exportedElevation();
    // A grey level is 0.3 m: only cells within that of sea level may change sides.
    const differ = [...metres].filter((value, cell) => (value > 0) !== (source[cell] > 0) && Math.abs(source[cell]) > 0.31).length;
    expect(differ).toBe(0);
    for (let cell = 0; cell < metres.length; cell++) expect(Math.abs(metres[cell] - source[cell])).toBeLessThan(0.31);
  });

  it('refuses a colour image with a message and keeps the world', async () => {
    const before = await app.page.evaluate(() => window.deepTime.app!.simulation.definition.map?.checksum);
    const colour = encodePng(new Array(WIDTH * HEIGHT * 4).fill(90), WIDTH, HEIGHT, { channels: 4, bitDepth: 8 });
    expect(await app.page.evaluate((f) => window.deepTime.openMap(f), [{ name: 'photo.png', base64: base64(colour) }])).toBe(false);
    expect((await app.notices()).at(-1)).toMatch(/colour image/);
    expect(await app.page.evaluate(() => window.deepTime.app!.simulation.definition.map?.checksum)).toBe(before);
  });
});

describe('a map from the plates era', () => {
  it('carries its continents on the plates', async () => {
    await app.set('mapEntry', 'plates');
    expect(await openFolder(source)).toBe(true);
    const first = await app.page.evaluate(() => window.deepTime.app!.simulation.firstTick);
    expect(first).toBe(1500);
    await app.seek(first + 60);
    expect(await app.errors()).toEqual([]);
    const terrain = await app.readTerrain();
    const level = await app.seaLevel();
    expect(terrain.every(Number.isFinite)).toBe(true);
    // 60 ticks (47 Myr) on: most of the map's land is still land, and land is neither gone nor everywhere.
    const kept = landShare((cell) => source[cell] > 0 && terrain[cell * TERRAIN_WORDS] > level) / landShare((cell) => source[cell] > 0);
    expect(kept).toBeGreaterThan(0.5);
    const land = landShare((cell) => terrain[cell * TERRAIN_WORDS] > level);
    expect(land).toBeGreaterThan(0.1);
    expect(land).toBeLessThan(0.6);
    // Its mountains ride on (the first forming keeps a map's heights): the highest land stands at
    // least half as high as the map's.
    const highest = Math.max(...Array.from({ length: WIDTH * HEIGHT }, (_, cell) => (terrain[cell * TERRAIN_WORDS] - level) * METRES_PER_UNIT));
    expect(highest).toBeGreaterThan(0.5 * Math.max(...source));
    await app.set('mapEntry', 'present');
  });
});

describe('the built-in Earth', () => {
  it('opens at the present-day entry with Natural Earth’s coasts', async () => {
    expect(await app.page.evaluate(() => window.deepTime.openEarth())).toBe(true);
    const first = await app.page.evaluate(() => window.deepTime.app!.simulation.firstTick);
    await app.seek(first);
    const metres = await exportedElevation();
    // Natural Earth's land is 28.7 % of the sphere; at 128x64 coasts move it by about a point.
    expect(Math.abs(landShare((cell) => metres[cell] > 0) - 0.287)).toBeLessThan(0.015);
    // Its heights are synthesised (public/worlds/earth.json): Tibet near 5 km, nothing like Everest.
    expect(Math.max(...metres)).toBeGreaterThan(3000);
    expect(Math.max(...metres)).toBeLessThan(6000);
  });

  it('passes a loose Earth check at the present day (figures printed)', async () => {
    const tick = tickAtYears(PRESENT_YEARS);
    expect(await app.seek(tick)).toBe(tick);
    const input = await app.page.evaluate(async () => {
      const { simulation } = window.deepTime.app!;
      const fields = await window.deepTime.exportFields();
      const field = (name: string) => Array.from(new Float32Array(Uint8Array.from(atob(fields.find((f) => f.name === name)!.base64), (c) => c.charCodeAt(0)).buffer));
      return { months: Array.from(await simulation.readMonths()), elevation: field('elevation'), koppen: field('koppen') };
    });
    const koppen = Float32Array.from(input.koppen);
    const shares = koppenGroupSharesOfFields([{ name: 'koppen', unit: '', width: WIDTH, height: HEIGHT, components: 1, data: koppen }]);
    const groupOf = (code: number) => KOPPEN_TYPES.find((type) => type.code === code)?.group ?? null;
    const result = earthCheck({ ...input, koppen, climateWidth: WIDTH / 4, climateHeight: HEIGHT / 4, width: WIDTH, height: HEIGHT, groupOf, shares });
    console.log(`Earth check at ${WIDTH}x${HEIGHT}:\n${formatEarthCheck(result)}`);
    // Loose bounds at 128x64 (the climate grid's rows are 11 degrees; npm run earth-check at
    // 256x128 holds the issue's: RMSE 4 deg C, shares within 7 points, 70 % of places).
    expect(result.temperature.rmse).toBeLessThan(8);
    for (const group of ['A', 'B', 'C', 'D', 'E'] as const) expect(Math.abs(shares[group] - EARTH_KOPPEN_SHARES[group]), group).toBeLessThan(0.15);
    expect(result.placesRight).toBeGreaterThan(0.5);
    expect(result.precipitation.land).toBeGreaterThan(1.2);
    expect(result.precipitation.land).toBeLessThan(3.5);
  });
});
