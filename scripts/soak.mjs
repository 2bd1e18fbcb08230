// `npm run soak -- [--res 256x128] [--seed 1]`: the whole story in headless Chromium, stopping at
// every era boundary to check every field is finite and in its physical bounds; prints the
// table of ranges and exits 1 on any failure (tests/support/soak.ts holds the bounds).
import { loadAppModule, parseOrExit, integerArg, choiceArg, replayWithProgress, runTool } from './cli.mjs';
import { startHeadless, openApp } from './headless.mjs';

const { RESOLUTIONS } = await loadAppModule('src/params.ts');
const USAGE = 'usage: npm run soak -- [--res 256x128] [--seed 1]';
const options = parseOrExit(process.argv.slice(2), USAGE, (args) => ({
  resolution: choiceArg(args, 'res', RESOLUTIONS, '256x128'),
  seed: integerArg(args, 'seed', 0, 4294967295, 1),
}));
const { checkMoment, soakTable, soakTicks } = await loadAppModule('tests/support/soak.ts');

await runTool('soak', async () => {
  const headless = await startHeadless();
  try {
    const page = await openApp(headless.browser, headless.url, `seed=${options.seed}&res=${options.resolution}&tick=0&view=map`);
    const driver = {
      seek: (tick) => replayWithProgress(page, tick, 'soak'),
      readTerrain: () => page.evaluate(() => window.deepTime.readTerrain()),
      readWater: () => page.evaluate(() => window.deepTime.readWater()),
      readClimate: () => page.evaluate(() => window.deepTime.readClimate()),
      readLife: () => page.evaluate(() => window.deepTime.readLife()),
      readPlanet: () => page.evaluate(() => window.deepTime.readPlanet()),
    };
    const start = Date.now();
    const stops = [];
    for (const tick of soakTicks()) {
      stops.push(await checkMoment(driver, tick));
      console.log(`tick ${tick.toLocaleString('en-US')}: ${stops.at(-1).failures.length === 0 ? 'ok' : stops.at(-1).failures.join('; ')} (${Math.round((Date.now() - start) / 1000)} s)`);
    }
    console.log(`\nSoak, seed ${options.seed}, ${options.resolution}:\n${soakTable(stops)}`);
    const errors = await page.evaluate(() => window.deepTime.errors);
    const failures = stops.flatMap((stop) => stop.failures.map((failure) => `tick ${stop.tick}: ${failure}`)).concat(errors.map((e) => `WebGPU: ${e}`));
    console.log(failures.length === 0 ? '\nEvery field finite and in bounds at every stop.' : `\n${failures.length} failures:\n${failures.join('\n')}`);
    process.exitCode = failures.length === 0 ? 0 : 1;
  } finally {
    await headless.close();
  }
});
