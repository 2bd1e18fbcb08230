// The Earth check: the Earth map run from the present-day entry to the present day, and its
// climate against Earth's figures (src/analysis/earth-check.ts): zonal temperature and its
// RMSE, precipitation over land and ocean, the rain belt in January and July, the Köppen main
// groups' land shares and the group at named places.
//   npm run earth-check -- [--res 256x128] [--layers]   (--layers: also PNGs of the koppen,
//   surface and precipitation layers in docs/earth-<layer>-<res>.png)
import { writeFile } from 'node:fs/promises';
import { choiceArg, loadAppModule, onlyArgs, parseOrExit, replayWithProgress, runTool } from './cli.mjs';
import { openApp, startHeadless } from './headless.mjs';

const USAGE = 'usage: npm run earth-check -- [--res 128x64|256x128|512x256] [--layers]';
const options = parseOrExit(process.argv.slice(2), USAGE, (args) => {
  onlyArgs(args, ['res', 'layers']);
  return { res: choiceArg(args, 'res', ['128x64', '256x128', '512x256'], '256x128'), layers: args.layers !== undefined };
});
const { PRESENT_YEARS, tickAtYears } = await loadAppModule('src/timeline.ts');
const { earthCheck, formatEarthCheck } = await loadAppModule('src/analysis/earth-check.ts');
const { KOPPEN_TYPES } = await loadAppModule('src/sim/koppen.ts');
const { encodePng } = await loadAppModule('src/io/png.ts');
const { koppenGroupSharesOfFields } = await loadAppModule('src/io/koppen-field.ts');

const groupOf = (code) => KOPPEN_TYPES.find((type) => type.code === code)?.group ?? null;

await runTool('earth-check', async () => {
  const headless = await startHeadless();
  try {
    const page = await openApp(headless.browser, headless.url, `res=${options.res}&tick=0&entry=present&story=off&view=map`, { width: 1024, height: 512 });
    if (!(await page.evaluate(() => window.deepTime.openEarth()))) throw new Error(await page.evaluate(() => window.deepTime.notices.at(-1)?.message));
    const tick = tickAtYears(PRESENT_YEARS);
    console.log(`Earth at ${options.res}, from the present-day entry to the present day (tick ${tick})...`);
    const reached = await replayWithProgress(page, tick);
    if (reached !== tick) throw new Error(`The app stopped at tick ${reached}, not ${tick}`);
    const input = await page.evaluate(async () => {
      const { simulation } = window.deepTime.app;
      const fields = await window.deepTime.exportFields();
      const field = (name) => Array.from(new Float32Array(Uint8Array.from(atob(fields.find((f) => f.name === name).base64), (c) => c.charCodeAt(0)).buffer));
      const { width, height, climateWidth, climateHeight } = simulation.fields;
      return { months: Array.from(await simulation.readMonths()), climateWidth, climateHeight, elevation: field('elevation'), koppen: field('koppen'), width, height };
    });
    const shares = koppenGroupSharesOfFields([{ name: 'koppen', width: input.width, height: input.height, components: 1, data: Float32Array.from(input.koppen) }]);
    const result = earthCheck({ ...input, groupOf, shares });
    console.log(formatEarthCheck(result));
    if (options.layers) {
      for (const layer of ['koppen', 'surface', 'precipitation']) {
        await page.evaluate((l) => window.deepTime.set('layer', l), layer);
        const rgba = Buffer.from(await page.evaluate(() => window.deepTime.capture(1024, 512)), 'base64');
        const out = `docs/earth-${layer}-${options.res}.png`;
        await writeFile(out, encodePng(rgba, 1024, 512, { channels: 4, bitDepth: 8 }));
        console.log(`wrote ${out}`);
      }
    }
  } finally {
    await headless.close();
  }
});
