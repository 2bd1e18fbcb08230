// Screenshot of the app as a viewer sees it (page, panel and all), for the README and checks:
//   npm run screenshot -- --query "seed=1&res=256x128&tick=1200&view=globe" --out docs/screenshot.png
// Several layers of one moment, replayed once: --layers pressure,wind,surface@globe and an --out
// holding {layer} (a layer@view entry also switches the view). The replay prints its progress;
// the shot is drawn at the window's full size even on a software adapter.
import { loadAppModule, replayWithProgress, runTool } from './cli.mjs';
import { startHeadless, openApp, parseArgs } from './headless.mjs';

const USAGE = 'usage: npm run screenshot -- [--query "seed=1&tick=300"] [--out file.png] [--size 1280x720] [--layers a,b@globe --out "x-{layer}.png"]';
let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const [width, height] = String(args.size ?? '1280x720').split('x').map(Number);
if (!(width > 0 && height > 0)) {
  console.error(`Bad --size ${args.size}\n${USAGE}`);
  process.exit(2);
}
const { END_TICK } = await loadAppModule('src/timeline.ts');
const query = new URLSearchParams(String(args.query ?? ''));
const tickAsked = query.get('tick') ?? '0';
if (!/^\d+$/.test(tickAsked.trim())) {
  console.error(`Bad tick ${tickAsked} in --query: a whole number from 0 to ${END_TICK}\n${USAGE}`);
  process.exit(2);
}
const target = Math.min(Number(tickAsked), END_TICK);
if (target < Number(tickAsked)) console.log(`tick ${tickAsked} is past the end of the story: ${END_TICK}`);
// The app starts at tick 0 and the tool replays to the tick asked for, with progress.
query.set('tick', '0');

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

await runTool('screenshot', async () => {
  const headless = await startHeadless();
  try {
    const page = await openApp(headless.browser, headless.url, query.toString(), { width, height });
    // The replay's frames at the app's own scale (on a software adapter a full-size frame between
    // its slices cost a tenth of the replay); the shot itself at the window's full size.
    await replayWithProgress(page, target);
    await page.evaluate(() => { window.deepTime.app.setPlaying(false); window.deepTime.app.viewer.maxPixels = Infinity; });
    await pause(1500);
    const errors = await page.evaluate(() => window.deepTime.errors);
    if (errors.length > 0) throw new Error(`WebGPU errors: ${errors.join('; ')}`);
    const out = String(args.out ?? 'screenshot.png');
    const shots = args.layers ? String(args.layers).split(',') : [undefined];
    for (const shot of shots) {
      let path = out;
      if (shot) {
        const [layer, view] = shot.split('@');
        await page.evaluate((l) => window.deepTime.set('layer', l), layer);
        if (view) await page.evaluate((v) => window.deepTime.set('view', v), view);
        await pause(1000);
        path = out.replace('{layer}', view ? `${layer}-${view}` : layer);
      }
      await page.screenshot({ path });
      console.log(`Wrote ${path}`);
    }
  } finally {
    await headless.close();
  }
});
