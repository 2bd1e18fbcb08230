// Headless Chromium for the browser test layers, with the flags that give WebGPU on
// SwiftShader, and pages that record every console error and WebGPU validation message.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium, NO_WEBGPU_FLAGS, WEBGPU_FLAGS } from '../../scripts/chromium.mjs';

export async function launchBrowser(options: { webgpu?: boolean } = {}): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs` or set CHROME_PATH');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: options.webgpu === false ? NO_WEBGPU_FLAGS : WEBGPU_FLAGS,
    // A straight seek through thousands of ticks is one call; on a busy 2-core machine it can
    // outlast puppeteer's default 3 minutes (the tests' own timeouts still bound it).
    protocolTimeout: 900_000,
  });
}

export interface WatchedPage {
  page: Page;
  /** Console errors, page errors, WebGPU warnings and requests outside the page's origin seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 800, height: 500 }): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /WebGPU|validation/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  // Nothing may leave the machine: every request goes to the app's own origin (or is data/blob).
  const origin = new URL(url).origin;
  page.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !/^(data|blob):/.test(target)) problems.push(`request outside the origin: ${target}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
