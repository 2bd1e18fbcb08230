// Export a moment of a world's history as raw float32 fields plus a manifest and previews:
//   npm run export -- --seed 1 --res 128x64 --years 2.6e9 --month 7 --out out/
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { choiceArg, integerArg, loadAppModule, onlyArgs, outArg, parseOrExit, replayWithProgress, runTool, UsageError } from './cli.mjs';
import { previewPng } from './field-preview.mjs';
import { openApp, startHeadless } from './headless.mjs';

const USAGE = 'usage: npm run export -- --seed S --res WxH --years Y|end [--month 1-12] --out DIR';
const { RESOLUTIONS } = await loadAppModule('src/params.ts');
const { ERAS, yearsAt } = await loadAppModule('src/timeline.ts');
/** The planet's age at the end of the story, years: what `--years end` means. */
const END_YEARS = ERAS[ERAS.length - 1].endYears;

const options = parseOrExit(process.argv.slice(2), USAGE, (args) => {
  onlyArgs(args, ['seed', 'res', 'years', 'month', 'out']);
  const seed = integerArg(args, 'seed', 0, 4294967295);
  const res = choiceArg(args, 'res', RESOLUTIONS);
  const years = args.years === 'end' ? END_YEARS : typeof args.years === 'string' && args.years.trim() !== '' ? Number(args.years) : NaN;
  if (!(Number.isFinite(years) && years >= 0 && years <= END_YEARS)) {
    throw new UsageError(`--years must be a planet age from 0 to ${END_YEARS} years or "end", got ${JSON.stringify(args.years ?? null)}`);
  }
  const month = args.month === undefined ? null : integerArg(args, 'month', 1, 12);
  return { seed, res, years, month, out: outArg(args) };
});

await runTool('export', async () => {
  const headless = await startHeadless();
  try {
    const world = `seed=${options.seed}&res=${options.res}`;
    const page = await openApp(headless.browser, headless.url, `${world}&tick=0`, { width: 320, height: 200 });
    // The tick comes from the app itself, which knows this world's year length.
    const tick = await page.evaluate((y, m) => window.deepTime.tickAt(y, m ?? undefined), options.years, options.month);
    console.log(`replaying seed ${options.seed} at ${options.res} to tick ${tick} (age ${yearsAt(tick).toExponential(4)} years)...`);
    const reached = await replayWithProgress(page, tick);
    if (reached !== tick) throw new Error(`The app stopped at tick ${reached}, not ${tick}`);
    const errors = await page.evaluate(() => window.deepTime.errors);
    if (errors.length > 0) throw new Error(`WebGPU errors: ${errors.join('; ')}`);
    const fields = await page.evaluate(() => window.deepTime.exportFields());
    const { width, height } = await page.evaluate(() => window.deepTime.app.simulation.fields);
    await mkdir(options.out, { recursive: true });
    const manifest = { seed: options.seed, width, height, years: yearsAt(tick), month: options.month, fields: [] };
    for (const field of fields) {
      const bytes = Buffer.from(field.base64, 'base64');
      const file = `${field.name}.f32`;
      await writeFile(join(options.out, file), bytes);
      const data = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
      await writeFile(join(options.out, `${field.name}.png`), previewPng(data, field.width, field.height, field.components));
      manifest.fields.push({ name: field.name, unit: field.unit, file, width: field.width, height: field.height, components: field.components });
    }
    await writeFile(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`wrote ${fields.length} fields (tick ${tick}) to ${options.out}`);
  } finally {
    await headless.close();
  }
});
