// The real app in headless Chromium: starts clean, is deterministic, and survives hostile links
// and rebuilds. (Its golden frames of the protoplanet are on the story page, tests/e2e/story/.)
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { AppPage, SMALL_VIEWPORT } from '../support/app-page';
import { launchBrowser, openPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A paused app at a small grid (a tick in the link pauses it), in a small window: no test here points at it. */
const open = (query: string) => AppPage.open(browser, `res=128x64&tick=0&${query}`, SMALL_VIEWPORT);

describe('the app', () => {
  it('starts with no WebGPU error and draws frames', async () => {
    const app = await open('seed=1');
    expect(await app.status()).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await app.errors()).toEqual([]);
    expect(app.problems).toEqual([]);
    await app.close();
  });

  it('says it is forming the planet until the app runs, then clears the notice', async () => {
    const { page } = await openPage(browser, `${inject('baseUrl')}/?res=128x64&tick=0&seed=1`, SMALL_VIEWPORT);
    // Once the device exists, compiling the passes and forming the planet takes seconds here.
    await page.waitForFunction(() => document.getElementById('starting')?.textContent?.startsWith('Compiling the simulation'), { polling: 'mutation', timeout: 60_000 });
    await page.waitForFunction(() => window.deepTime.status === 'ready', { timeout: 120_000 });
    expect(await page.$('#starting')).toBeNull();
    await page.close();
  });

  it('gives identical fields for the same seed in two page loads, different for another seed', async () => {
    const terrainAt = async (seed: number) => {
      const app = await open(`seed=${seed}`);
      await app.seek(120);
      const terrain = await app.readTerrain();
      await app.close();
      return terrain;
    };
    const first = await terrainAt(5);
    expect(first).toHaveLength(128 * 64 * CELL_LAYOUTS.terrain.words);
    expect(first.every(Number.isFinite)).toBe(true);
    expect(await terrainAt(5)).toEqual(first);
    expect(await terrainAt(6)).not.toEqual(first);
  });

  it('replays to the same state after a scrub back (fixed ticks, whatever the frames)', async () => {
    const app = await open('seed=3');
    await app.seek(200);
    const straight = await app.readTerrain();
    await app.seek(50);
    await app.seek(200);
    expect(await app.readTerrain()).toEqual(straight);
    await app.close();
  });

  it('clamps or ignores a hostile link with visible notices, and still runs', async () => {
    const app = await AppPage.open(browser, 'seed=NaN&res=99999x3&tick=-4&view=%3Cscript%3E&speed=1e999&cooling=-1&zzz=1', SMALL_VIEWPORT);
    expect(await app.status()).toBe('ready');
    const notices = await app.notices();
    expect(notices.length).toBeGreaterThanOrEqual(6);
    const shown = await app.page.$$eval('.notice', (elements) => elements.length);
    expect(shown).toBeGreaterThan(0);
    const terrain = await app.readTerrain();
    expect(terrain.every(Number.isFinite)).toBe(true);
    expect(app.page.url()).toContain('seed=1');
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  it('rebuilds cleanly when the resolution and seed change, keeping the tick', async () => {
    const app = await open('seed=2');
    await app.seek(40);
    await app.set('resolution', '256x128');
    await app.page.waitForFunction(() => !window.deepTime.app!.seeking);
    expect(await app.readTerrain()).toHaveLength(256 * 128 * CELL_LAYOUTS.terrain.words);
    await app.set('seed', 9);
    await app.page.waitForFunction(() => !window.deepTime.app!.seeking);
    expect(await app.page.evaluate(() => window.deepTime.app!.simulation.tick)).toBe(40);
    await app.set('resolution', '128x64');
    await app.set('seed', 'not a seed');
    expect((await app.notices()).some((message) => message.includes('not a number'))).toBe(true);
    expect(await app.errors()).toEqual([]);
    expect(app.problems).toEqual([]);
    await app.close();
  });
});
