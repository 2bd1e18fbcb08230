// Shared by the headless tools: serve the app with Vite and open it in headless Chromium.
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium, WEBGPU_FLAGS } from './chromium.mjs';

/** Start Vite and Chromium; returns { url, browser, close }. */
export async function startHeadless() {
  const server = await createServer({ server: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'error' });
  await server.listen();
  const url = server.resolvedUrls.local[0].replace(/\/$/, '');
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH');
  // Long seeks (thousands of ticks on SwiftShader) outlast puppeteer's default 3-minute call limit.
  const browser = await puppeteer.launch({ executablePath, headless: true, args: WEBGPU_FLAGS, protocolTimeout: 1_800_000 });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Open a page of the app with this query and wait until it is running (or failed). */
export async function openApp(browser, url, query, viewport = { width: 1280, height: 720 }) {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  await page.goto(`${url}/?${query}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.deepTime && window.deepTime.status !== 'loading', { timeout: 120_000 });
  const status = await page.evaluate(() => window.deepTime.status);
  if (status !== 'ready') throw new Error(`The app did not start: ${status} ${await page.evaluate(() => window.deepTime.errors.join('; '))}`);
  return page;
}

/** Parse --name value pairs; flags without a value are true. */
export function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) throw new Error(`Unexpected argument ${argv[i]}`);
    const name = argv[i].slice(2);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[name] = true;
    else { args[name] = next; i++; }
  }
  return args;
}
