// The viewer driven as a person drives it, at 128x64: the timeline bar, the keyboard, the layer
// picker, brush strokes and plate pushes with the mouse (kept through links), and world files.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeWorld } from '../../src/io/world-file';
import { defaultParams } from '../../src/params';
import { encodeEdits, type BrushEdit, type Edit } from '../../src/sim/edits';
import { AppPage, SMALL_VIEWPORT } from '../support/app-page';
import { launchBrowser } from '../support/browser';
import { member, wordsOf } from '../support/cells';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A paused app at 128x64 (a tick in the link pauses it), 800x500 CSS pixels. */
const open = (query: string) => AppPage.open(browser, `res=128x64&tick=0&${query}`);
/** The same in a small window, for tests that never point at the page: its frames are cheap. */
const openSmall = (query: string) => AppPage.open(browser, `res=128x64&tick=0&${query}`, SMALL_VIEWPORT);
const WIDTH = 128;
const HEIGHT = 64;

/** Wait until the app is not seeking, then the tick. */
async function settledTick(page: Page): Promise<number> {
  await page.waitForFunction(() => !window.deepTime.app!.seeking, { timeout: 120_000 });
  return page.evaluate(() => window.deepTime.app!.simulation.tick);
}
const appValue = <T>(page: Page, read: () => T): Promise<T> => page.evaluate(read) as Promise<T>;

/**
 * The map view's point under a CSS pixel of the 800x500 canvas at the map's start (centred
 * on 180°, whole map, equal degrees per pixel: 360° / 800 px), as Viewer.lonLatAt computes it.
 */
const mapLonLat = (x: number, y: number): [number, number] => [x * 0.45, (250 - y) * 0.45];
/** The grid cell under a point (column 0 at longitude 0, row 0 at +90°). */
const cellOf = ([lon, lat]: readonly number[]) => {
  const x = Math.min(Math.floor((((lon % 360) + 360) % 360 / 360) * WIDTH), WIDTH - 1);
  const y = Math.min(Math.max(Math.floor(((90 - lat) / 180) * HEIGHT), 0), HEIGHT - 1);
  return y * WIDTH + x;
};
/** Great-circle distance in degrees between two points given in degrees. */
function arcDegrees([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return (2 * Math.asin(Math.min(Math.sqrt(a), 1))) / r;
}
/** Centre of a grid cell, degrees. */
const cellCentre = (index: number): [number, number] => [((index % WIDTH) + 0.5) * (360 / WIDTH), 90 - (Math.floor(index / WIDTH) + 0.5) * (180 / HEIGHT)];

async function press(page: Page, key: Parameters<Page['keyboard']['press']>[0], shift = false): Promise<void> {
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  if (shift) await page.keyboard.up('Shift');
}

/** The text input of the panel's control with this name. */
function panelInput(page: Page, name: string) {
  return page.evaluateHandle((label) => [...document.querySelectorAll('#panel .lil-controller')]
    .find((controller) => controller.querySelector('.lil-name')?.textContent === label)!.querySelector('input')!, name);
}

/**
 * Open a folder of the panel, by a mouse click on its title (`byMouse`: it must be reachable) or
 * from the page, and wait until its opening transition (which starts a frame later) has ended,
 * so that its controls hold still under a click.
 */
async function openFolder(page: Page, name: string, byMouse: boolean): Promise<void> {
  const title = await page.evaluateHandle((label) => [...document.querySelectorAll<HTMLElement>('#panel .lil-title')].find((t) => t.textContent === label)!, name);
  if (byMouse) await title.click();
  else await title.evaluate((element) => element.click());
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction((t) => !t.parentElement!.classList.contains('lil-closed') && !t.parentElement!.classList.contains('lil-transition'), {}, title);
}

describe('the viewer, driven by a person', () => {
  it('timeline bar: play button, speed select, and the slider seeking forward and back', async () => {
    const app = await open('seed=2&view=map');
    const { page } = app;
    const playing = () => appValue(page, () => window.deepTime.app!.playing);
    expect(await playing()).toBe(false);
    await page.click('#timeline .timeline-play');
    expect(await playing()).toBe(true);
    await page.waitForFunction(() => window.deepTime.app!.simulation.tick > 0);
    expect(await page.$eval('#timeline .timeline-play', (button) => button.textContent)).toBe('❚❚');
    // While it plays, the HUD counts the ticks the loop runs (its rate is measured over a second).
    await page.waitForFunction(() => /\b[1-9]\d* ticks\/s/.test(document.querySelector('#hud .hud-rate')?.textContent ?? ''), { timeout: 30_000 });
    expect(await page.$eval('#hud .hud-rate', (line) => line.textContent)).toMatch(/ · [1-9][\d.]* (yr|kyr|Myr|Gyr)\/s · /);
    await page.click('#timeline .timeline-play');
    expect(await playing()).toBe(false);

    await page.select('#timeline .timeline-speed', '0.5');
    expect(await appValue(page, () => window.deepTime.app!.params.speed)).toBe(0.5);
    await page.select('#timeline .timeline-speed', '4');
    expect(await appValue(page, () => window.deepTime.app!.params.speed)).toBe(4);

    const scrub = (tick: number) => page.$eval('#timeline .timeline-slider', (slider, value) => {
      (slider as HTMLInputElement).value = String(value);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }, tick);
    await scrub(310);
    expect(await settledTick(page)).toBe(310);
    await scrub(120);
    expect(await settledTick(page)).toBe(120);
    expect(await appValue(page, () => window.deepTime.app!.playing)).toBe(false);
    expect(page.url()).toContain('tick=120');

    // With the mouse: a click on the slider's track seeks there, and Space then plays.
    const box = (await (await page.$('#timeline .timeline-slider'))!.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(100);
    // Off the thumb (about 16 px wide, now at 120): 12 px past its half width on a track of
    // 100-130 px is 1,300-2,000 ticks.
    await page.mouse.click(box.x + 20, box.y + box.height / 2);
    const clicked = await page.$eval('#timeline .timeline-slider', (slider) => Number((slider as HTMLInputElement).value));
    expect(clicked).toBeGreaterThan(1000);
    expect(clicked).toBeLessThan(2500);
    // The app seeks there (the link names the target at once); the frames replay at 16 ticks
    // each, as above, so the test finishes the replay at full speed.
    expect(await appValue(page, () => window.deepTime.app!.seeking)).toBe(true);
    expect(await page.evaluate(() => location.search)).toContain(`tick=${clicked}`);
    expect(await app.seek(clicked)).toBe(clicked);
    await press(page, 'Space');
    expect(await playing()).toBe(true);
    await press(page, 'Space');
    expect(await playing()).toBe(false);

    // A drag that ends off the slider: Space plays, and the slider follows the ticks again.
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 18, box.y - 150, { steps: 4 });
    await page.mouse.up();
    const dragged = await page.$eval('#timeline .timeline-slider', (slider) => Number((slider as HTMLInputElement).value));
    expect(dragged).toBeLessThan(clicked);
    expect(await app.seek(dragged)).toBe(dragged);
    await press(page, 'Space');
    await page.waitForFunction((t) => window.deepTime.app!.simulation.tick > t + 20, {}, dragged);
    await press(page, 'Space');
    expect(await playing()).toBe(false);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const [sliderValue, tick] = await page.evaluate(() => [
      Number((document.querySelector('#timeline .timeline-slider') as HTMLInputElement).value), window.deepTime.app!.simulation.tick]);
    expect(sliderValue).toBe(tick);
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  it('keyboard: play, step, step back, seek a year, next era, view, layer, story, tool', async () => {
    const app = await openSmall('seed=2');
    const { page } = app;
    const state = () => page.evaluate(() => {
      const { params, playing, simulation } = window.deepTime.app!;
      return { tick: simulation.tick, playing, view: params.view, layer: params.layer, story: params.story, tool: params.tool };
    });
    expect(await state()).toMatchObject({ tick: 0, playing: false, view: 'globe', layer: 'surface', story: 'on', tool: 'none' });
    await press(page, 'Space');
    expect((await state()).playing).toBe(true);
    await press(page, 'Space');
    expect((await state()).playing).toBe(false);

    await press(page, 'ArrowRight', true);
    const start = await settledTick(page);
    expect(start).toBe((await state()).tick);
    expect(start).toBeGreaterThanOrEqual(240);
    const beforeYear = start - 240;
    await press(page, 'ArrowRight');
    expect(await settledTick(page)).toBe(start + 1);
    await press(page, 'ArrowLeft');
    expect(await settledTick(page)).toBe(start);
    // The frames the page played before the first pause are the only ticks not from a key.
    expect(beforeYear).toBeLessThan(60);

    await press(page, 'PageDown');
    expect(await settledTick(page)).toBe(900);
    expect(await page.$eval('#caption .caption-name', (element) => element.textContent)).toBe('Oceans');

    await press(page, 'v');
    expect(await state()).toMatchObject({ view: 'map', story: 'off' });
    await press(page, 'v');
    expect((await state()).view).toBe('globe');
    const layer = (await state()).layer;
    await press(page, 'l');
    const layers = ['surface', 'elevation', 'crust', 'plates', 'rivers', 'basins', 'pressure', 'temperature', 'wind', 'precipitation', 'life', 'koppen'];
    expect((await state()).layer).toBe(layers[(layers.indexOf(layer) + 1) % layers.length]);
    await press(page, 's');
    // Back in the story at 900: the oceans shot, the elevation on the globe.
    await page.waitForFunction(() => window.deepTime.app!.params.layer === 'elevation');
    expect(await state()).toMatchObject({ story: 'on', view: 'globe', layer: 'elevation' });
    await press(page, 's');
    expect((await state()).story).toBe('off');

    const tools: string[] = [];
    for (let i = 0; i < 5; i++) {
      await press(page, 'e');
      tools.push((await state()).tool);
    }
    expect(tools).toEqual(['raise', 'lower', 'uplift', 'plate', 'none']);
    expect((await app.notices()).some((message) => message.startsWith('Plates only move in the tectonics and climate eras'))).toBe(true);
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  it('layer picker: the panel select changes the layer and the legend, and leaves the story', async () => {
    const app = await openSmall('seed=2');
    const { page } = app;
    const legend = () => page.$eval('#legend .legend-title', (element) => element.textContent);
    const before = await legend();
    const select = await page.evaluateHandle(() => [...document.querySelectorAll('#panel .lil-controller')]
      .find((controller) => controller.querySelector('.lil-name')?.textContent === 'Layer')!.querySelector('select')!);
    await select.select('rivers');
    expect(await appValue(page, () => window.deepTime.app!.params.layer)).toBe('rivers');
    expect(await appValue(page, () => window.deepTime.app!.params.story)).toBe('off');
    const rivers = await legend();
    expect(rivers).not.toBe(before);
    expect(rivers).toMatch(/drainage/i);
    await select.select('crust');
    expect(await legend()).not.toBe(rivers);
    expect(page.url()).toContain('layer=crust');
    expect(await app.errors()).toEqual([]);
    await app.close();
  });

  // The panel edits a copy of the parameters, so App.set sees the change and rebuilds the world.
  it('a seed typed into the panel rebuilds the world with it; a number past its range is clamped with a notice', async () => {
    const app = await open('seed=2');
    const { page } = app;
    const terrain = await app.readTerrain();
    const seedInput = await panelInput(page, 'Seed');
    await seedInput.click({ count: 3 });
    await seedInput.type('77');
    await press(page, 'Enter');
    await settledTick(page);
    try {
      expect(await appValue(page, () => window.deepTime.app!.params.seed)).toBe(77);
      expect(await appValue(page, () => window.deepTime.app!.simulation.definition.seed)).toBe(77);
      expect(await app.readTerrain()).not.toEqual(terrain);
      // A number typed past its range is clamped by the app, which says so (the panel's own
      // clamp to the slider's range would otherwise pass it on silently).
      await openFolder(page, 'Tectonics', false);
      const platesInput = await panelInput(page, 'Plates (plates)');
      // Focused and selected from the page (the folder may open below this small window).
      await platesInput.evaluate((input) => { input.focus(); input.select(); });
      await platesInput.type('999');
      await press(page, 'Enter');
      await settledTick(page);
      expect(await appValue(page, () => window.deepTime.app!.params.plateCount)).toBe(64);
      expect(await app.notices()).toContain('Plates: "999" is outside 1–64 plates (whole numbers); using 64.');
      expect(await app.errors()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('panel: at 1280x720 its last folder can be reached, opened and used', async () => {
    const app = await AppPage.open(browser, 'res=128x64&tick=0&seed=2', { width: 1280, height: 720 });
    const { page } = app;
    try {
      // Clicks scroll their target into view first: possible only if the panel scrolls.
      await openFolder(page, 'Humans', true);
      const input = await panelInput(page, 'Heat limit (°C)');
      await input.click({ count: 3 });
      await input.type('40');
      await press(page, 'Enter');
      await settledTick(page);
      expect(await appValue(page, () => window.deepTime.app!.params.heatLimit)).toBe(40);
      expect(await app.errors()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('brush strokes with the mouse raise the ground, travel in the link, and reroute rivers; plate pushes', { timeout: 240_000 }, async () => {
    const query = 'seed=5&view=map';
    const app = await open(query);
    const { page } = app;
    // Same seed, no edits, 100 ticks after the stroke: the rivers to compare with.
    expect(await app.seek(1700)).toBe(1700);
    const riversBefore = await app.readWater();
    expect(await app.seek(1600)).toBe(1600);
    const before = await app.readTerrain();

    await press(page, 'e');
    expect(await appValue(page, () => window.deepTime.app!.params.tool)).toBe('raise');
    const settings = await page.evaluate(() => {
      const { brushRadius, brushHeight } = window.deepTime.app!.params;
      return { brushRadius, brushHeight };
    });
    expect(settings).toEqual({ brushRadius: 500, brushHeight: 1000 });
    // A stroke along the equator from 67.5°E to 157.5°E, in 20 moves.
    await page.mouse.move(150, 250);
    await page.mouse.down();
    await page.mouse.move(350, 250, { steps: 20 });
    // Chromium hands pointer moves over once a frame: let that frame run before the button
    // comes up, as a hand's release never lands in the same frame as its last move.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.mouse.up();
    await page.waitForFunction(() => window.deepTime.app!.edits.length > 0);
    // Let the frame that hands the last dabs over run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const edits = await appValue(page, () => window.deepTime.app!.edits) as Edit[];
    expect(edits.every((edit) => edit.kind === 'raise' && edit.tick === 1600 && edit.radiusKm === 500 && edit.amount === 1000)).toBe(true);
    const points = edits.flatMap((edit) => (edit.kind === 'plate' ? [] : edit.points));
    const dabs = Array.from({ length: points.length / 2 }, (_, i) => [points[2 * i], points[2 * i + 1]]);
    // Dabs from the stroke's start to its end (half a pixel, 0.23°, for rounding to 0.01°).
    const [startLon, startLat] = mapLonLat(150, 250);
    const [endLon] = mapLonLat(350, 250);
    expect(dabs[0][0]).toBeCloseTo(startLon, 0);
    expect(dabs[0][1]).toBeCloseTo(startLat, 0);
    expect(Math.abs(dabs[dabs.length - 1][0] - endLon)).toBeLessThanOrEqual(0.23 + 500 / 4 / 111.2);
    for (const [lon, lat] of dabs) {
      expect(lon).toBeGreaterThanOrEqual(startLon - 0.23);
      expect(lon).toBeLessThanOrEqual(endLon + 0.23);
      expect(Math.abs(lat)).toBeLessThanOrEqual(0.23);
    }
    // A dab every quarter radius along the stroke (125 km, 1.12° of arc), however fast the mouse.
    const elevationOf = member('terrain', 'elevation');
    const receiverOf = member('water', 'receiver');
    const spacing = 500 / 4 / ((6371 * Math.PI) / 180);
    for (let i = 1; i < dabs.length; i++) expect(arcDegrees(dabs[i - 1], dabs[i]), `dab ${i}`).toBeLessThanOrEqual(spacing * 1.01);

    const after = await app.readTerrain();
    // Under every dab the ground rose: 1,000 m (1.67 model units) at a dab's centre; a cell's centre
    // lies within 2° of a point in it, where the raised cosine of a 4.5° radius still weighs 0.59.
    for (const dab of dabs) {
      const cell = cellOf(dab);
      expect(elevationOf(after, cell) - elevationOf(before, cell), `cell under ${dab}`).toBeGreaterThanOrEqual(0.98);
    }
    // Beyond the brush's reach (its radius plus a cell's half diagonal) nothing changed.
    const reach = (500 / 6371) * (180 / Math.PI) + 2;
    let unchanged = 0;
    for (let cell = 0; cell < WIDTH * HEIGHT; cell++) {
      if (dabs.some((dab) => arcDegrees(dab, cellCentre(cell)) < reach)) continue;
      const words = wordsOf('terrain');
      expect(after.slice(cell * words, (cell + 1) * words), `cell ${cell}`).toEqual(before.slice(cell * words, (cell + 1) * words));
      unchanged++;
    }
    expect(unchanged).toBeGreaterThan(WIDTH * HEIGHT * 0.8);

    // The link carries the edits; the same link replays to the same terrain, bit for bit.
    const search = await page.evaluate(() => location.search);
    expect(search).toContain('edits=');
    const copy = await AppPage.open(browser, search.slice(1), SMALL_VIEWPORT);
    expect(await copy.page.evaluate(() => window.deepTime.app!.edits.length)).toBe(edits.length);
    expect(await copy.seek(1600)).toBe(1600);
    expect(await copy.readTerrain()).toEqual(after);
    expect(await copy.errors()).toEqual([]);
    await copy.close();

    // 100 ticks on, the water drains differently around the new ridge.
    expect(await app.seek(1700)).toBe(1700);
    const riversAfter = await app.readWater();
    const area = [...Array(WIDTH * HEIGHT).keys()].filter((cell) => dabs.some((dab) => arcDegrees(dab, cellCentre(cell)) < reach));
    const rerouted = area.filter((cell) => receiverOf(riversAfter, cell) !== receiverOf(riversBefore, cell));
    expect(rerouted.length).toBeGreaterThan(0);

    // A plate push: drag east from a point; the plate under it gets a velocity of 8 cm/yr east.
    for (let i = 0; i < 3; i++) await press(page, 'e');
    expect(await appValue(page, () => window.deepTime.app!.params.tool)).toBe('plate');
    const terrain = await app.readTerrain();
    const plateUnder = member('terrain', 'plate')(terrain, cellOf(mapLonLat(250, 330)));
    expect(plateUnder).toBeGreaterThan(0);
    const count = edits.length;
    await page.mouse.move(250, 330);
    await page.mouse.down();
    await page.mouse.move(300, 330, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction((n) => window.deepTime.app!.edits.length > n, {}, count);
    const push = (await appValue(page, () => window.deepTime.app!.edits) as Edit[])[count];
    expect(push).toEqual({ tick: 1700, kind: 'plate', plate: plateUnder, eastCmPerYear: 8, northCmPerYear: 0 });
    expect(await page.evaluate(() => location.search)).toContain(encodeURIComponent(`1700,plate,${plateUnder},8,0`));
    expect(await app.errors()).toEqual([]);
    expect(app.problems).toEqual([]);
    await app.close();
  });

  it('opens a world file, and refuses bad ones with a notice, the world untouched', { timeout: 200_000 }, async () => {
    const app = await openSmall('seed=3&view=map');
    const { page } = app;
    expect(await app.seek(40)).toBe(40);
    const stroke: BrushEdit = { tick: 100, kind: 'raise', radiusKm: 800, amount: 1000, points: [30, 10, 40, 12] };
    const fileEdits: Edit[] = [stroke];
    const text = serializeWorld({ ...defaultParams(), resolution: '128x64', seed: 11, tick: 150, view: 'map', story: 'off' }, fileEdits);
    const load = (body: unknown) => page.evaluate((t) => window.deepTime.app!.loadWorld(t), body);
    expect(await load(text)).toBe(true);
    expect(await appValue(page, () => window.deepTime.app!.params.seed)).toBe(11);
    expect(await settledTick(page)).toBe(150);
    expect(await appValue(page, () => window.deepTime.app!.edits.length)).toBe(1);
    const loaded = await app.readTerrain();

    // The same world from a link: same seed, same edits, same tick.
    const fresh = await openSmall(`seed=11&view=map&edits=${encodeURIComponent(encodeEdits(fileEdits))}`);
    expect(await fresh.seek(150)).toBe(150);
    expect(await fresh.readTerrain()).toEqual(loaded);
    await fresh.close();

    const bad: [string, string][] = [
      ['', 'The file is empty.'],
      ['not a world', 'not valid JSON'],
      [text.slice(0, text.length / 2), 'truncated or corrupted'],
      [text.replace('"seed": 11', '"seed": 12'), 'checksum does not match'],
      ['{"name": "deep-time", "version": "1.0.0"}', 'no "deep-time-world" format mark'],
      [text.replace('"version": 2', '"version": 3'), 'newer than this Deep Time reads'],
      [serializeWorld({ ...defaultParams(), tick: 5 }, [{ ...stroke, points: [30, -91] }]), 'point off the planet'],
    ];
    for (const [body, message] of bad) {
      expect(await load(body), message).toBe(false);
      const notice = await page.evaluate(() => window.deepTime.notices.at(-1)!);
      expect(notice.kind).toBe('error');
      expect(notice.message).toContain('Could not open the world');
      expect(notice.message).toContain(message);
      expect(await page.$$eval('.notice-error', (elements) => elements.at(-1)?.textContent)).toBe(notice.message);
      expect(await page.evaluate(() => {
        const { params, simulation, seeking } = window.deepTime.app!;
        return { seed: params.seed, tick: simulation.tick, seeking, edits: simulation.definition.edits.length };
      })).toEqual({ seed: 11, tick: 150, seeking: false, edits: 1 });
    }
    expect(await app.readTerrain()).toEqual(loaded);
    expect(await app.errors()).toEqual([]);
    await app.close();
  });
});
