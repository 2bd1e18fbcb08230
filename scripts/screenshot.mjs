// Screenshot of the app as a viewer sees it (page, panel and all), for the README and checks:
//   npm run screenshot -- --query "seed=1&res=256x128&tick=1200&view=globe" --out docs/screenshot.png
// Several layers of one moment, replayed once: --layers pressure,wind,surface@globe and an --out
// holding {layer} (a layer@view entry also switches the view).
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
const headless = await startHeadless();
try {
  const page = await openApp(headless.browser, headless.url, String(args.query ?? ''), { width, height });
  // A long replay on a software renderer takes minutes: allow half an hour.
  await page.waitForFunction(() => !window.deepTime.app.seeking, { timeout: 1_800_000 });
  await page.evaluate(() => window.deepTime.app.setPlaying(false));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const out = String(args.out ?? 'screenshot.png');
  const shots = args.layers ? String(args.layers).split(',') : [undefined];
  for (const shot of shots) {
    let path = out;
    if (shot) {
      const [layer, view] = shot.split('@');
      await page.evaluate((l) => window.deepTime.set('layer', l), layer);
      if (view) await page.evaluate((v) => window.deepTime.set('view', v), view);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      path = out.replace('{layer}', view ? `${layer}-${view}` : layer);
    }
    await page.screenshot({ path });
    console.log(`Wrote ${path}`);
  }
} finally {
  await headless.close();
}
