// Export a moment of a world's history as raw float32 fields (or float32 GeoTIFFs) plus a
// manifest and previews, of a seeded planet, a heightmap or the built-in Earth:
//   npm run export -- --seed 1 --res 128x64 --years 2.6e9 --month 7 --out out/
//   npm run export -- --heightmap map.tif --entry present --res 256x128 --years end --format geotiff --out out/
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { choiceArg, integerArg, loadAppModule, onlyArgs, outArg, parseOrExit, replayWithProgress, runTool, UsageError } from './cli.mjs';
import { previewPng } from './field-preview.mjs';
import { openApp, startHeadless } from './headless.mjs';

const USAGE = "usage: npm run export -- --seed S --res WxH --years Y|end [--month 1-12] --out DIR [--heightmap FILE (.png, .tif or an export's manifest.json) [--black M --white M] | --world earth] [--entry present|plates] [--format f32|geotiff]";
const { RESOLUTIONS } = await loadAppModule('src/params.ts');
const { ERAS, yearsAt } = await loadAppModule('src/timeline.ts');
const { encodeGeoTiff } = await loadAppModule('src/io/geotiff-write.ts');
const { koppenGroupSharesOfFields } = await loadAppModule('src/io/koppen-field.ts');
/** The planet's age at the end of the story, years: what `--years end` means. */
const END_YEARS = ERAS[ERAS.length - 1].endYears;

const options = parseOrExit(process.argv.slice(2), USAGE, (args) => {
  onlyArgs(args, ['seed', 'res', 'years', 'month', 'out', 'heightmap', 'world', 'entry', 'black', 'white', 'format']);
  if (args.heightmap !== undefined && args.world !== undefined) throw new UsageError('give --heightmap or --world, not both');
  if (args.world !== undefined && args.world !== 'earth') throw new UsageError(`--world must be earth, got ${JSON.stringify(args.world)}`);
  const onMap = args.heightmap !== undefined || args.world !== undefined;
  const seed = integerArg(args, 'seed', 0, 4294967295, onMap ? 1 : undefined);
  const metres = (name, fallback) => {
    const value = args[name] === undefined ? fallback : Number(args[name]);
    if (!Number.isFinite(value)) throw new UsageError(`--${name} must be a height in metres, got ${JSON.stringify(args[name])}`);
    return value;
  };
  const res = choiceArg(args, 'res', RESOLUTIONS);
  const years = args.years === 'end' ? END_YEARS : typeof args.years === 'string' && args.years.trim() !== '' ? Number(args.years) : NaN;
  if (!(Number.isFinite(years) && years >= 0 && years <= END_YEARS)) {
    throw new UsageError(`--years must be a planet age from 0 to ${END_YEARS} years or "end", got ${JSON.stringify(args.years ?? null)}`);
  }
  const month = args.month === undefined ? null : integerArg(args, 'month', 1, 12);
  return {
    seed, res, years, month, out: outArg(args), heightmap: args.heightmap, earth: args.world === 'earth',
    entry: choiceArg(args, 'entry', ['present', 'plates'], 'present'), black: metres('black', -11000), white: metres('white', 9000),
    format: choiceArg(args, 'format', ['f32', 'geotiff'], 'f32'),
  };
});

/** A heightmap's files as the page's openMap takes them: an export folder's manifest brings its elevation.f32. */
async function mapFiles(path) {
  const file = async (name) => ({ name: basename(name), base64: (await readFile(name)).toString('base64') });
  if (basename(path) === 'manifest.json') return [await file(path), await file(join(dirname(path), 'elevation.f32'))];
  return [await file(path)];
}

await runTool('export', async () => {
  const headless = await startHeadless();
  try {
    const world = `seed=${options.seed}&res=${options.res}&entry=${options.entry}&black=${options.black}&white=${options.white}`;
    const page = await openApp(headless.browser, headless.url, `${world}&tick=0`, { width: 320, height: 200 });
    if (options.heightmap !== undefined || options.earth) {
      const opened = options.earth ? await page.evaluate(() => window.deepTime.openEarth()) : await page.evaluate((files) => window.deepTime.openMap(files), await mapFiles(options.heightmap));
      if (!opened) throw new Error(await page.evaluate(() => window.deepTime.notices.at(-1)?.message ?? 'the map was refused'));
      console.log(`running on ${options.earth ? 'Earth' : options.heightmap} from the ${options.entry === 'present' ? 'present day' : 'plates era'}`);
    }
    // The tick comes from the app itself, which knows this world's year length.
    const tick = await page.evaluate((y, m) => window.deepTime.tickAt(y, m ?? undefined), options.years, options.month);
    const firstTick = await page.evaluate(() => window.deepTime.app.simulation.firstTick);
    if (tick < firstTick) throw new UsageError(`the map enters at tick ${firstTick} (${yearsAt(firstTick).toExponential(4)} years): ask for --years from there on`);
    console.log(`replaying ${options.heightmap ?? (options.earth ? 'Earth' : `seed ${options.seed}`)} at ${options.res} to tick ${tick} (age ${yearsAt(tick).toExponential(4)} years)...`);
    const reached = await replayWithProgress(page, tick);
    if (reached !== tick) throw new Error(`The app stopped at tick ${reached}, not ${tick}`);
    const errors = await page.evaluate(() => window.deepTime.errors);
    if (errors.length > 0) throw new Error(`WebGPU errors: ${errors.join('; ')}`);
    const fields = await page.evaluate(() => window.deepTime.exportFields());
    const { width, height } = await page.evaluate(() => window.deepTime.app.simulation.fields);
    await mkdir(options.out, { recursive: true });
    const map = options.earth ? 'earth' : options.heightmap === undefined ? undefined : basename(options.heightmap);
    const decoded = fields.map((field) => {
      const bytes = Buffer.from(field.base64, 'base64');
      return { ...field, bytes, data: new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) };
    });
    const manifest = {
      seed: options.seed, ...(map ? { map, entry: options.entry } : {}), width, height, years: yearsAt(tick), month: options.month, format: options.format,
      // The land's share of each Köppen main group (area-weighted; all 0 before a year of climate).
      koppenShares: koppenGroupSharesOfFields(decoded),
      fields: [],
    };
    for (const { bytes, data, ...field } of decoded) {
      const file = `${field.name}.${options.format === 'geotiff' ? 'tif' : 'f32'}`;
      await writeFile(join(options.out, file), options.format === 'geotiff' ? encodeGeoTiff({ ...field, data }) : bytes);
      await writeFile(join(options.out, `${field.name}.png`), previewPng(data, field.width, field.height, field.components));
      manifest.fields.push({ name: field.name, unit: field.unit, file, width: field.width, height: field.height, components: field.components });
    }
    await writeFile(join(options.out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`wrote ${fields.length} fields (tick ${tick}) to ${options.out}`);
  } finally {
    await headless.close();
  }
});
