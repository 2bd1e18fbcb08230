// The shared story for the e2e layer: one page of seed 1 at 128x64 that every era's checks
// drive (tests/e2e/story.test.ts), so the story is simulated once a run; it counts its ticks.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { AppPage, SMALL_VIEWPORT } from './app-page';
import { launchBrowser } from './browser';

/** Seed 1 at 128x64, paused at tick 0, on the map (a view in the link leaves the guided story). */
export const STORY_QUERY = 'seed=1&res=128x64&tick=0&view=map';

/** The page the blocks share; `app` is there once the file's beforeAll has run. */
export interface Story {
  readonly app: AppPage;
}

/** Ticks this page's simulation has stepped so far (a keyframe restore steps none). */
export function ticksSimulated(app: AppPage): Promise<number> {
  return app.page.evaluate(() => window.deepTime.app!.simulation.ticksSimulated);
}

/**
 * Open the story page before the file's tests and close it after them, logging the ticks it
 * simulated. Seeking back restores the latest keyframe (every 300 ticks at 128x64), so blocks
 * may visit their ticks in any order for at most 299 ticks of replay each.
 */
export function useStory(): Story {
  let browser: Browser | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Captures draw at their own size, whatever the window's.
    app = await AppPage.open(browser, STORY_QUERY, SMALL_VIEWPORT);
  });
  afterAll(async () => {
    if (app) console.log(`The story page simulated ${(await ticksSimulated(app)).toLocaleString('en-US')} ticks.`);
    await browser?.close();
  });
  return {
    get app(): AppPage {
      if (!app) throw new Error('The story page is not open (its beforeAll failed)');
      return app;
    },
  };
}
