// Without WebGPU the app explains itself instead of failing silently.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { inject } from 'vitest';
import { launchBrowser } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser({ webgpu: false }); });
afterAll(async () => { await browser?.close(); });

it('shows the explanatory page, naming browsers that work', async () => {
  const page = await browser.newPage();
  await page.goto(`${inject('baseUrl')}/?seed=1`);
  await page.waitForSelector('#no-webgpu', { timeout: 60_000 });
  const text = await page.$eval('#no-webgpu', (element) => element.textContent ?? '');
  expect(text).toContain('Deep Time needs WebGPU');
  expect(text).toMatch(/Chrome/);
  expect(text).toMatch(/Safari/);
  expect(text).toMatch(/Firefox/);
  expect(await page.evaluate(() => window.deepTime.status)).toBe('no-webgpu');
});
