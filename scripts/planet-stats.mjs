// Measure worlds against the issue "one planet at any grid, an Earth-like present day" (src/analysis/criteria.ts):
//   npm run planet-stats -- --seeds 1-10 --res 128x64,256x128 [--years 1.5e9,3e9,4.5e9] [--agreement] [--save FILE] [--load FILE,...]
// Each world runs headless once, forward through the ages asked for; exit code 0 when every criterion measured passes, 1 otherwise, 2 on a bad argument.
// --save writes every moment to FILE as it is measured; --load adds the moments of earlier saves to the report (alone: only the report).
import { duration, loadAppModule, onlyArgs, parseOrExit, replayWithProgress, UsageError } from './cli.mjs';
import { openApp, startHeadless } from './headless.mjs';
import { loadMoments, mergeMoments, saveMoments } from './planet-stats-file.mjs';
import { printAgreement, printMoments, printVerdicts } from './planet-stats-report.mjs';

const USAGE = 'usage: npm run planet-stats -- --seeds 1-10 --res 128x64,256x128 [--years 1.5e9,3e9,4.5e9] [--agreement] [--save FILE] [--load FILE,...]';
const { RESOLUTIONS } = await loadAppModule('src/params.ts');
const { ERAS, PRESENT_YEARS, tickAtYears, yearsAt } = await loadAppModule('src/timeline.ts');
const { CELL_LAYOUTS } = await loadAppModule('src/sim/cells.ts');
const { channelWords } = await loadAppModule('src/sim/channels.ts');
const { landMask, outlets, reduceMaskByArea } = await loadAppModule('src/analysis/planet-stats.ts');
const { momentStats } = await loadAppModule('src/analysis/criteria.ts');

const END_YEARS = ERAS[ERAS.length - 1].endYears;
/** The grid every land mask is reduced to before two grids are compared. */
const COMMON = { width: 128, height: 64 };
/** Ages measured with --agreement and no --years: the issue's three. */
const AGREEMENT_YEARS = [1.5e9, 3e9, 4.5e9];

/** "1-3,7" as [1, 2, 3, 7]. */
function seedList(raw) {
  if (typeof raw !== 'string' || !/^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(raw.trim())) {
    throw new UsageError(`--seeds must be a list of seeds and ranges such as 1-10 or 1,4,7, got ${JSON.stringify(raw ?? null)}`);
  }
  const seeds = raw.trim().split(',').flatMap((part) => {
    const [from, to = from] = part.split('-').map(Number);
    if (!(Number.isSafeInteger(from) && Number.isSafeInteger(to) && from <= to && to <= 4294967295 && to - from < 1000)) {
      throw new UsageError(`--seeds range ${part} must run upward, within 0..4294967295, at most 1000 seeds`);
    }
    return Array.from({ length: to - from + 1 }, (_, k) => from + k);
  });
  return [...new Set(seeds)];
}

function resolutionList(raw) {
  const list = typeof raw === 'string' ? raw.split(',').map((r) => r.trim()) : [];
  const bad = list.find((r) => !RESOLUTIONS.includes(r));
  if (list.length === 0 || bad !== undefined) {
    throw new UsageError(`--res must be a comma-separated list of ${RESOLUTIONS.join(', ')}, got ${JSON.stringify(raw ?? null)}`);
  }
  return [...new Set(list)];
}

function yearList(raw, fallback) {
  if (raw === undefined) return fallback;
  const list = typeof raw === 'string' ? raw.split(',').map((y) => (y.trim() === '' ? NaN : Number(y))) : [NaN];
  if (!list.every((y) => Number.isFinite(y) && y >= 0 && y <= END_YEARS)) {
    throw new UsageError(`--years must be planet ages from 0 to ${END_YEARS} years, comma-separated, got ${JSON.stringify(raw)}`);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}

function fileArg(raw, name) {
  if (typeof raw !== 'string' || raw.trim() === '') throw new UsageError(`--${name} needs a file name`);
  return raw.trim();
}

const options = parseOrExit(process.argv.slice(2), USAGE, (args) => {
  onlyArgs(args, ['seeds', 'res', 'years', 'agreement', 'save', 'load']);
  if (args.agreement !== undefined && args.agreement !== true) throw new UsageError('--agreement takes no value');
  const agreement = args.agreement === true;
  const loaded = args.load === undefined ? [] : loadMoments(fileArg(args.load, 'load').split(',').map((f) => f.trim()));
  // With --load alone nothing runs: the report of the saved moments.
  const reportOnly = loaded.length > 0 && args.seeds === undefined && args.res === undefined;
  const seeds = reportOnly ? [] : seedList(args.seeds);
  const grids = reportOnly ? [] : resolutionList(args.res);
  const years = yearList(args.years, agreement ? AGREEMENT_YEARS : [PRESENT_YEARS]);
  const allGrids = [...new Set([...grids, ...loaded.map((m) => m.res)])];
  if (agreement && allGrids.length < 2) throw new UsageError('--agreement compares grids: give --res at least two, e.g. 128x64,256x128,512x256');
  const save = args.save === undefined ? null : fileArg(args.save, 'save');
  return { seeds, grids: allGrids, runGrids: grids, years, agreement, save, loaded };
});

const cellsOf = (res) => res.split('x').map(Number).reduce((a, b) => a * b);
const targets = options.years.map((years) => ({ years, tick: tickAtYears(years) }));
const lastTick = targets[targets.length - 1].tick;
const worlds = options.seeds.flatMap((seed) => options.runGrids.map((res) => ({ seed, res })));

const decode = (base64) => { const bytes = Buffer.from(base64, 'base64'); return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4); };

/** One moment's fields by name: elevation from the export, receivers and rain from the cells' channels. */
async function readMoment(page) {
  const receiverWords = channelWords({ field: 'water', member: 'receiver' });
  const basinWords = channelWords({ field: 'water', member: 'basin' });
  // The running annual mean of the rain where the climate cell has one, else the export's rain of the day.
  const annual = CELL_LAYOUTS.climate.members.annualRain ? channelWords({ field: 'climate', member: 'annualRain' }) : null;
  const read = await page.evaluate(async (waterWords, basinWords, waterStride, rainWords, climateStride) => {
    const api = window.deepTime;
    const { simulation } = api.app;
    const exported = (await api.exportFields()).filter((f) => f.name === 'elevation' || (rainWords === null && f.name === 'precipitation'));
    const water = await simulation.readWater();
    const receivers = Array.from({ length: water.length / waterStride }, (_, i) => water[i * waterStride + waterWords[0]]);
    const basins = Array.from({ length: water.length / waterStride }, (_, i) => water[i * waterStride + basinWords[0]]);
    let rain = null;
    if (rainWords !== null) {
      const climate = await simulation.readClimate();
      rain = Array.from({ length: climate.length / climateStride }, (_, i) => climate[i * climateStride + rainWords[0]]);
    }
    const { width, height, climateWidth, climateHeight } = simulation.fields;
    return { exported, receivers, basins, rain, width, height, climateWidth, climateHeight, errors: api.errors };
  }, receiverWords, basinWords, CELL_LAYOUTS.water.words, annual, CELL_LAYOUTS.climate.words);
  if (read.errors.length > 0) throw new Error(`WebGPU errors: ${read.errors.join('; ')}`);
  const byName = Object.fromEntries(read.exported.map((f) => [f.name, decode(f.base64)]));
  if (!byName.elevation) throw new Error('The export has no elevation field');
  return {
    width: read.width, height: read.height, climateWidth: read.climateWidth, climateHeight: read.climateHeight,
    elevation: byName.elevation, receivers: read.receivers, basins: read.basins, rain: read.rain ?? byName.precipitation,
  };
}

/**
 * Run the page's world forward to `tick` with progress; the time left is this world's (to its last
 * moment) and, with several worlds, the whole run's, in cell-ticks at the current rate (a tick's
 * cost grows with the cells).
 */
function runTo(page, world, index, tick) {
  const later = worlds.slice(index + 1).reduce((sum, w) => sum + cellsOf(w.res) * lastTick, 0);
  const timeLeft = (reached, ticksPerSecond) => {
    const cellRate = ticksPerSecond * cellsOf(world.res);
    const thisWorld = (lastTick - reached) * cellsOf(world.res);
    const all = worlds.length > 1 ? `, all worlds about ${duration((thisWorld + later) / cellRate)} left` : '';
    return `this world about ${duration(thisWorld / cellRate)} left${all}`;
  };
  return replayWithProgress(page, tick, `seed ${world.seed} ${world.res} (world ${index + 1} of ${worlds.length})`, timeLeft);
}

const started = Date.now();
/** Every moment measured: { seed, res, years, tick, stats, reduced }. */
const moments = [];
let headless;
let ran = false;
let allPass = false;
try {
  if (worlds.length > 0) headless = await startHeadless();
  for (const [index, world] of worlds.entries()) {
    const page = await openApp(headless.browser, headless.url, `seed=${world.seed}&res=${world.res}&tick=0&view=map`, { width: 320, height: 200 });
    for (const { years, tick } of targets) {
      await runTo(page, world, index, tick);
      const reached = await page.evaluate(() => window.deepTime.app.simulation.tick);
      if (reached !== tick) throw new Error(`seed ${world.seed} ${world.res} stopped at tick ${reached}, not ${tick}`);
      const fields = await readMoment(page);
      const mask = landMask(fields.elevation);
      // A check of the receivers as read: their chains end at the outlets the GPU labelled.
      const outlet = outlets(fields.receivers);
      const unlike = fields.basins.filter((basin, i) => basin >= 0 && basin !== outlet[i]).length;
      if (unlike > 0) console.log(`note: seed ${world.seed} ${world.res} at tick ${tick}: ${unlike} cells' receiver chains end elsewhere than their basin label`);
      moments.push({
        seed: world.seed, res: world.res, years: yearsAt(tick), asked: years, tick, stats: momentStats(fields),
        reduced: reduceMaskByArea(mask, fields.width, fields.height, COMMON.width, COMMON.height),
      });
      if (options.save) saveMoments(options.save, mergeMoments(options.loaded, moments));
      console.log(`seed ${world.seed} ${world.res}: measured age ${years.toExponential(2)} years (tick ${tick.toLocaleString('en-US')})${options.save ? `, saved to ${options.save}` : ''}`);
    }
    await page.close();
  }
  ran = true;
} catch (error) {
  console.error(`planet-stats: FAILED to run: ${error.message}`);
} finally {
  await headless?.close();
}

if (ran) {
  const reported = mergeMoments(options.loaded, moments)
    .sort((a, b) => a.seed - b.seed || cellsOf(a.res) - cellsOf(b.res) || a.asked - b.asked);
  printMoments(reported);
  if (options.agreement) printAgreement(reported, options.grids);
  const verdicts = printVerdicts(reported, options);
  const failed = verdicts.filter((v) => v.pass === false);
  const measured = verdicts.filter((v) => v.pass !== null);
  const fromFiles = options.loaded.length > 0 ? `, ${reported.length - moments.length} more loaded` : '';
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${plural(worlds.length, 'world')} run, ${plural(moments.length, 'moment')}${fromFiles}, ${duration((Date.now() - started) / 1000)}`;
  if (measured.length === 0) console.log(`\nplanet-stats: no criterion applies to these ages and grids (${summary})`);
  else console.log(`\nplanet-stats: ${failed.length === 0 ? 'PASS' : 'FAIL'}: ${measured.length - failed.length} of ${measured.length} criteria measured pass (${summary})`);
  allPass = failed.length === 0;
}
process.exitCode = allPass ? 0 : 1;
