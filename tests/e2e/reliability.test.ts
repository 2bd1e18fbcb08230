// Reliability of the real app at 128x64: GPU memory flat over 50 rebuilds, recovery from a lost
// device to the same fields at the same tick, and nothing leaving the machine (a CSP that
// blocks other origins, and no request to one).
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage, SMALL_VIEWPORT } from '../support/app-page';
import { launchBrowser } from '../support/browser';
import { generator, hostileValue } from '../support/hostile';
import { serializeWorld } from '../../src/io/world-file';
import { PARAM_KEYS } from '../../src/params';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** No test here points at the page: a small window keeps its frames cheap. */
const open = (query: string) => AppPage.open(browser, query, SMALL_VIEWPORT);
const memory = (app: AppPage) => app.page.evaluate(() => window.deepTime.gpuMemory());
const settled = (app: AppPage) => app.page.waitForFunction(() => window.deepTime.status === 'ready' && !window.deepTime.app!.seeking, { timeout: 120_000 });

describe('reliability at 128x64', () => {
  it('leaves GPU memory where it started after 50 rebuilds of resolution and seed', { timeout: 300_000 }, async () => {
    const app = await open('seed=1&res=128x64&tick=30&view=map');
    await settled(app);
    // The canvas held at its size: on a software adapter it follows the draw budget, and the
    // story's sweep texture follows the canvas (a size, not a leak).
    await app.page.evaluate(() => { const viewer = window.deepTime.app!.viewer; viewer.maxPixels = viewer.maxPixels; });
    const before = await memory(app);
    const rebuilds: string[] = [];
    for (let i = 0; i < 50; i++) {
      // Back and forth: the grid every other time, the seed every time.
      if (i % 2 === 0) await app.set('resolution', i % 4 === 0 ? '256x128' : '128x64');
      await app.set('seed', i % 2 === 0 ? 2 + i : 1);
      await settled(app);
      rebuilds.push(await app.page.evaluate(() => window.deepTime.app!.simulation.definition.resolution));
    }
    expect(rebuilds.filter((resolution) => resolution === '256x128')).toHaveLength(26);
    // Back to the world it started with.
    await app.set('resolution', '128x64');
    await app.set('seed', 1);
    await settled(app);
    const after = await memory(app);
    console.log(`GPU memory before 50 rebuilds: ${JSON.stringify(before)}; after: ${JSON.stringify(after)}`);
    expect(after).toEqual(before);
    expect(await app.errors()).toEqual([]);
    expect(app.problems).toEqual([]);
    await app.close();
  });

  it('recovers from a lost device: a new device, the same world, the same fields at the same tick', { timeout: 300_000 }, async () => {
    const app = await open('seed=4&res=128x64&tick=0&view=map');
    expect(await app.seek(700)).toBe(700);
    const terrain = await app.readTerrain();
    const water = await app.readWater();
    await app.page.evaluate(() => window.deepTime.app!.device.destroy());
    await app.page.waitForFunction(() => window.deepTime.status === 'device-lost' || window.deepTime.app === undefined, { timeout: 30_000 });
    await settled(app);
    const resumed = await app.page.evaluate(() => ({
      tick: window.deepTime.app!.simulation.tick,
      keyframes: window.deepTime.app!.simulation.keyframes.ticks,
      notices: window.deepTime.notices.map((notice) => notice.message),
    }));
    expect(resumed.tick).toBe(700);
    // Replayed on the new device from the old one's keyframe at 600.
    expect(resumed.keyframes).toEqual(expect.arrayContaining([300, 600]));
    expect(resumed.notices.some((message) => message.includes('GPU device was lost'))).toBe(true);
    expect(await app.readTerrain()).toEqual(terrain);
    expect(await app.readWater()).toEqual(water);
    // And it runs on like a world never interrupted.
    expect(await app.seek(760)).toBe(760);
    const onward = await app.readTerrain();
    const straight = await open('seed=4&res=128x64&tick=0&view=map');
    expect(await straight.seek(760)).toBe(760);
    expect(await straight.readTerrain()).toEqual(onward);
    await straight.close();
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  it('takes 240 hostile inputs through the panel, world files and links: clamped or refused, visibly, the world intact', { timeout: 400_000 }, async () => {
    const app = await open('seed=1&res=128x64&tick=20&view=map');
    await settled(app);
    const random = generator(21);
    const outcomes = new Map<string, number>();
    const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    // The panel's path: App.set, as lil-gui and the keyboard call it (values made JSON-safe).
    for (let i = 0; i < 160; i++) {
      const key = PARAM_KEYS[Math.floor(random() * PARAM_KEYS.length)];
      const raw = hostileValue(random);
      const value = typeof raw === 'number' && !Number.isFinite(raw) ? String(raw) : raw;
      const result = await app.page.evaluate(async (k, v) => {
        const api = window.deepTime;
        const before = { notices: api.notices.length, value: (api.app!.params as unknown as Record<string, unknown>)[k] };
        try {
          api.app!.set(k as never, v);
        } catch (error) {
          return { outcome: `threw ${String(error)}` };
        }
        const after = (api.app!.params as unknown as Record<string, unknown>)[k];
        const noticed = api.notices.length > before.notices;
        return { outcome: !noticed ? 'accepted' : after === before.value ? 'refused with a notice' : 'clamped with a notice' };
      }, key, value);
      count(`panel: ${result.outcome}`);
      expect(result.outcome).not.toMatch(/^threw/);
      if (i % 20 === 19) {
        await settled(app);
        expect((await app.readTerrain()).every(Number.isFinite)).toBe(true);
      }
    }
    // Back to a small, quick world before the files.
    await app.set('resolution', '128x64');
    await app.set('tick', 20);
    await settled(app);
    const definition = () => app.page.evaluate(() => JSON.stringify([window.deepTime.app!.simulation.definition, window.deepTime.app!.simulation.tick]));
    const world = await definition();
    const terrain = await app.readTerrain();
    const valid = serializeWorld(await app.page.evaluate(() => window.deepTime.app!.params), []);
    for (let i = 0; i < 70; i++) {
      const at = Math.floor(random() * valid.length);
      const text = i % 3 === 0 ? valid.slice(0, at)
        : i % 3 === 1 ? valid.slice(0, at) + String.fromCharCode(valid.charCodeAt(at) ^ 4) + valid.slice(at + 1)
          : JSON.stringify(hostileValue(random)) ?? '';
      const opened = await app.page.evaluate((t) => {
        const before = window.deepTime.notices.length;
        const ok = window.deepTime.app!.loadWorld(t);
        const notice = window.deepTime.notices.slice(before).find((n) => n.kind === 'error');
        return { ok, notice: notice?.message ?? '' };
      }, text);
      if (opened.ok) {
        // A flip inside the JSON's whitespace changes nothing that matters: the same world.
        count('world file: read (same world)');
        await settled(app);
      } else {
        expect(opened.notice).toMatch(/Could not open the world: /);
        count('world file: refused with a message');
      }
    }
    await settled(app);
    expect(await definition()).toBe(world);
    expect(await app.readTerrain()).toEqual(terrain);
    // Links: a fresh page for each of 10 hostile queries; each starts, with notices, fields finite.
    for (let i = 0; i < 10; i++) {
      const query = new URLSearchParams();
      for (const key of ['seed', 'res', 'tick', 'view', 'layer', 'speed', 'edits']) query.set(key, String(hostileValue(random)).slice(0, 200));
      query.set('res', '128x64');
      const page = await open(query.toString());
      expect(await page.status()).toBe('ready');
      expect((await page.notices()).length).toBeGreaterThan(0);
      expect((await page.readTerrain()).every(Number.isFinite)).toBe(true);
      count('link: started with notices');
      await page.close();
    }
    const total = [...outcomes.values()].reduce((a, b) => a + b, 0);
    console.log(`In-app fuzz: ${total} inputs\n${[...outcomes].map(([name, n]) => `  ${name}: ${n}`).join('\n')}`);
    expect(total).toBe(240);
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  it('sends nothing outside its origin: a CSP blocks other origins, and no request goes to one', async () => {
    const app = await open('seed=1&res=128x64&tick=10');
    const policy = await app.page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content') ?? '');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    const outcome = await app.page.evaluate(async () => {
      let violation = '';
      document.addEventListener('securitypolicyviolation', (event) => { violation = event.violatedDirective; });
      const fetched = await fetch('https://example.com/deep-time-probe').then(() => 'sent', () => 'blocked');
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { fetched, violation };
    });
    expect(outcome).toEqual({ fetched: 'blocked', violation: 'connect-src' });
    // A full interaction: play, a seek, a capture; every request stayed on the origin.
    await app.page.keyboard.press(' ');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await app.seek(200);
    await app.capture(64, 32);
    // The console reports the blocked probe (that is the CSP working); nothing else went wrong.
    expect(app.problems.filter((problem) => !problem.includes('deep-time-probe'))).toEqual([]);
    await app.close();
  });
});
