// The whole-story soak at 128x64 (about two minutes here): at formation, every era boundary
// and the last tick, every field finite and inside its physical bounds (tests/support/soak.ts);
// prints the table of each field's range per era. `npm run soak -- --res 256x128` runs it larger.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from '../support/app-page';
import { launchBrowser } from '../support/browser';
import { checkMoment, soakTable, soakTicks, type SoakStop } from '../support/soak';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the whole story at 128x64', () => {
  it('keeps every field finite and in its bounds at every era boundary', { timeout: 900_000 }, async () => {
    const app = await AppPage.open(browser, 'seed=1&res=128x64&tick=0&view=map');
    const driver = { seek: (t: number) => app.seek(t), readTerrain: () => app.readTerrain(), readWater: () => app.readWater(),
      readClimate: () => app.readClimate(), readLife: () => app.readLife(), readPlanet: () => app.page.evaluate(() => window.deepTime.readPlanet()) };
    const stops: SoakStop[] = [];
    for (const tick of soakTicks()) stops.push(await checkMoment(driver, tick));
    console.log(`Soak, seed 1, 128x64:\n${soakTable(stops)}`);
    expect(stops.map((stop) => stop.tick)).toEqual(soakTicks());
    expect(stops.flatMap((stop) => stop.failures.map((failure) => `tick ${stop.tick}: ${failure}`))).toEqual([]);
    expect(await app.errors()).toEqual([]);
    await app.close();
  });
});
