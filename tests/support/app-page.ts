// Drives the real app in headless Chromium through window.deepTime, as the tests need it.
import type { Browser, Page } from 'puppeteer-core';
import { inject } from 'vitest';
import type { ParamKey } from '../../src/params';
import type { PlanetScalars } from '../../src/sim/state';
import { openPage } from './browser';

/**
 * A small window for tests that never point at the page: on SwiftShader a frame at 800x500 costs
 * tens of milliseconds, and the app draws one every animation frame, seeking or not.
 */
export const SMALL_VIEWPORT = { width: 160, height: 100 };

export class AppPage {
  private constructor(readonly page: Page, readonly problems: string[]) {}

  /** Open the app with this query and wait until it has started (or failed to). */
  static async open(browser: Browser, query: string, viewport?: { width: number; height: number }): Promise<AppPage> {
    const { page, problems } = await openPage(browser, `${inject('baseUrl')}/?${query}`, viewport);
    await page.waitForFunction(() => window.deepTime && window.deepTime.status !== 'loading', { timeout: 120_000 });
    return new AppPage(page, problems);
  }

  status(): Promise<string> { return this.page.evaluate(() => window.deepTime.status); }
  errors(): Promise<string[]> { return this.page.evaluate(() => window.deepTime.errors); }
  notices(): Promise<string[]> { return this.page.evaluate(() => window.deepTime.notices.map((notice) => notice.message)); }
  seek(tick: number): Promise<number> { return this.page.evaluate((t) => window.deepTime.seek(t), tick); }
  set(key: ParamKey, value: unknown): Promise<void> { return this.page.evaluate((k, v) => window.deepTime.set(k, v), key, value); }
  readTerrain(): Promise<number[]> { return this.page.evaluate(() => window.deepTime.readTerrain()); }
  readWater(): Promise<number[]> { return this.page.evaluate(() => window.deepTime.readWater()); }
  readClimate(): Promise<number[]> { return this.page.evaluate(() => window.deepTime.readClimate()); }
  readLife(): Promise<number[]> { return this.page.evaluate(() => window.deepTime.readLife()); }
  readPlanet(): Promise<PlanetScalars> { return this.page.evaluate(() => window.deepTime.readPlanet()); }
  /** The sea level of the latest state, model units (the level the renderer and the next tick use). */
  async seaLevel(): Promise<number> { return (await this.page.evaluate(() => window.deepTime.readOcean())).level; }

  async capture(width: number, height: number): Promise<Uint8Array> {
    const base64 = await this.page.evaluate((w, h) => window.deepTime.capture(w, h), width, height);
    return new Uint8Array(Buffer.from(base64, 'base64'));
  }

  close(): Promise<void> { return this.page.close(); }
}
