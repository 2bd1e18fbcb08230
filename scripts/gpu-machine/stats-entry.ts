// Deno entry of the planet statistics: the measures of scripts/planet-stats.mjs, by the simulation itself on Deno's WebGPU (no browser, no app).
// Bundled by prepare.sh into .gpu-machine/stats-entry.js, every WGSL source inlined.
//
// Usage: deno run --unstable-webgpu -A stats-entry.js SEEDS GRIDS [YEARS] OUTDIR [--ticks T,T,...] [--set key=value,...]
//   SEEDS  "1-10" or "1,4,7" (ranges and lists);   "adapter" only probes the adapter and exits.
//   GRIDS  "128x64,256x128" (any WxH; those of src/params.ts RESOLUTIONS are the app's).
//   YEARS  "present" (default: PRESENT_YEARS) or planet ages "1.5e9,3e9,4.5e9"; "present" may be mixed in: "1.5e9,present".
//   --ticks T,T  measure at these ticks instead of YEARS (tests; "asked" is then null).
//   --set key=value,...  numeric parameters other than their defaults, for experiments.
// Each world: Simulation.create(device, worldFromParams({...defaultParams(), seed, resolution}, [])), run forward (seek in
// slices, awaiting the keyframe captures and onSubmittedWorkDone about every 200 ticks), and at each moment read as
// scripts/planet-stats.mjs readMoment does; one JSON line a moment is appended to OUTDIR/stats.jsonl at once, progress goes to stderr.

import { initGpu, isGpuFailure } from '../../src/gpu/device';
import { defaultParams, parseResolution, RESOLUTIONS, type Resolution } from '../../src/params';
import { Simulation } from '../../src/sim/simulation';
import { worldFromParams } from '../../src/sim/world';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { channelWords } from '../../src/sim/channels';
import { collectFields, readElevation } from '../../src/io/field-export';
import { landMask, outlets, reduceMaskByArea } from '../../src/analysis/planet-stats';
import { momentStats, type MomentFields } from '../../src/analysis/criteria';
import { HYPSOMETRY_DEFAULTS, hypsometry } from '../../src/analysis/hypsometry';
import { eraAt, yearsAt } from '../../src/timeline';
import { gridList, seedList, targetList, type Target } from './stats-args';

/** The parts of Deno's API used here (the project's TypeScript has no Deno types). */
declare const Deno: {
  args: string[];
  version: Record<string, string>;
  exit(code: number): never;
  mkdir(path: string, options: { recursive: boolean }): Promise<void>;
  writeTextFile(path: string, data: string, options?: { append: boolean }): Promise<void>;
};

/** The grid every land mask is reduced to before two grids are compared (as scripts/planet-stats.mjs). */
const COMMON = { width: 128, height: 64 };
/** Await the GPU about this often while stepping, so the queue never runs far ahead. */
const SYNC_TICKS = 200;

const t0 = performance.now();
const log = (...parts: unknown[]) => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s]`, ...parts);
const usage = 'usage: deno run --unstable-webgpu -A stats-entry.js SEEDS GRIDS [YEARS] OUTDIR [--ticks T,T] [--set key=value,...]  e.g. 1-10 128x64,256x128 present /out';
function fail(message: string): never { console.error(`${message}\n${usage}`); Deno.exit(2); }

/** Bytes as base64. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const flags: Record<string, string> = {};
const positional: string[] = [];
for (let i = 0; i < Deno.args.length; i++) {
  const arg: string = Deno.args[i];
  if (arg.startsWith('--')) {
    const [name, inline] = arg.slice(2).split('=');
    flags[name] = inline ?? Deno.args[++i];
  } else positional.push(arg);
}

const adapterOnly = positional[0] === 'adapter';
const outDir: string | undefined = adapterOnly ? positional[positional.length - 1] : positional.length >= 3 ? positional[positional.length - 1] : undefined;
if (!adapterOnly && (positional.length < 3 || positional.length > 4)) fail(`expected SEEDS GRIDS [YEARS] OUTDIR, got ${JSON.stringify(Deno.args)}`);
// --set key=value,key=value: parameters other than their defaults (numbers), for experiments.
const overrides: Record<string, number> = {};
for (const pair of (flags.set ?? '').split(',').filter((p: string) => p !== '')) {
  const [key, value] = pair.split('=');
  if (typeof (defaultParams() as Record<string, unknown>)[key] !== 'number' || !Number.isFinite(Number(value))) fail(`--set ${pair}: not a numeric parameter`);
  overrides[key] = Number(value);
}
if (Object.keys(overrides).length > 0) log(`parameters set: ${JSON.stringify(overrides)}`);

const errors: string[] = [];
let lost: string | null = null;
const gpu = await initGpu(navigator.gpu, { onLost: (message) => { lost = message; }, onError: (message) => { errors.push(message); } });
if (isGpuFailure(gpu)) {
  log('no WebGPU:', gpu.reason, gpu.detail);
  Deno.exit(3);
}
const { device } = gpu;
const adapterInfo = {
  description: gpu.description, software: gpu.software, timestamps: gpu.timestamps,
  ...Object.fromEntries((['vendor', 'architecture', 'device', 'description'] as const).map((k) => [`info.${k}`, gpu.adapter.info[k]])),
  maxBufferSize: gpu.adapter.limits.maxBufferSize, maxStorageBufferBindingSize: gpu.adapter.limits.maxStorageBufferBindingSize,
  deno: Deno.version,
};
log('adapter', JSON.stringify(adapterInfo));
if (outDir && outDir !== 'adapter') {
  await Deno.mkdir(outDir, { recursive: true });
  await Deno.writeTextFile(`${outDir}/adapter.json`, JSON.stringify(adapterInfo, null, 1));
}
if (adapterOnly) { device.destroy(); Deno.exit(0); }

let seeds: number[], grids: Resolution[], targets: Target[];
try {
  seeds = seedList(positional[0]);
  grids = gridList(positional[1]);
  targets = targetList(positional.length === 4 ? positional[2] : undefined, flags.ticks);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
for (const r of grids) if (!(RESOLUTIONS as readonly string[]).includes(r)) log(`note: ${r} is not one of the app's grids (${RESOLUTIONS.join(', ')})`);
const lastTick = targets[targets.length - 1].tick;
const worlds = seeds.flatMap((seed) => grids.map((res) => ({ seed, res })));
const jsonl = `${outDir}/stats.jsonl`;
/** The reduced masks' grid: 128x64 when it divides every grid asked (as planet-stats.mjs), else the smallest grid asked if that divides them all. */
const sizes = grids.map((r) => parseResolution(r));
const divides = (c: { width: number; height: number }) => sizes.every((g) => g.width % c.width === 0 && g.height % c.height === 0);
const smallest = sizes.reduce((a, b) => (b.width * b.height < a.width * a.height ? b : a));
const common = divides(COMMON) ? COMMON : divides(smallest) ? smallest : null;
if (common !== COMMON) log(`note: masks reduced to ${common ? `${common.width}x${common.height}` : 'their own grids'}, not ${COMMON.width}x${COMMON.height}`);
log(`${worlds.length} worlds (seeds ${seeds.join(',')}; grids ${grids.join(',')}), ticks ${targets.map((t) => t.tick).join(',')} (asked ${targets.map((t) => t.asked ?? 'tick').join(',')}) -> ${jsonl}`);

const receiverWords = channelWords({ field: 'water', member: 'receiver' });
const basinWords = channelWords({ field: 'water', member: 'basin' });
const annualWords = CELL_LAYOUTS.climate.members.annualRain ? channelWords({ field: 'climate', member: 'annualRain' }) : null;

function checkErrors(where: string): void {
  if (lost !== null) throw new Error(`device lost ${where}: ${lost}`);
  if (errors.length > 0) throw new Error(`WebGPU errors ${where}: ${errors.splice(0).join('; ')}`);
}

/** One moment's fields, as scripts/planet-stats.mjs readMoment reads them from the page. */
async function readMoment(simulation: Simulation): Promise<MomentFields & { basins: number[]; rainSource: string }> {
  // Elevation: the export's (src/io/field-export.ts elevationOf: terrain elevation minus the ocean's level, x 600 m, float32).
  const elevation = await readElevation(simulation);
  const water = await simulation.readWater();
  const waterStride = CELL_LAYOUTS.water.words;
  const cells = water.length / waterStride;
  const receivers = Array.from({ length: cells }, (_, i) => water[i * waterStride + receiverWords[0]]);
  const basins = Array.from({ length: cells }, (_, i) => water[i * waterStride + basinWords[0]]);
  let rain: ArrayLike<number>;
  let rainSource: string;
  if (annualWords !== null) {
    const climate = await simulation.readClimate();
    const stride = CELL_LAYOUTS.climate.words;
    rain = Array.from({ length: climate.length / stride }, (_, i) => climate[i * stride + annualWords[0]]);
    rainSource = 'climate.annualRain';
  } else {
    const precipitation = (await collectFields(simulation)).find((f) => f.name === 'precipitation');
    if (!precipitation) throw new Error('The export has no precipitation field and the climate cell no annualRain');
    rain = precipitation.data;
    rainSource = 'export.precipitation';
  }
  const { width, height, climateWidth, climateHeight } = simulation.fields;
  return { width, height, climateWidth, climateHeight, elevation, receivers, basins, rain, rainSource };
}

/** Step `simulation` forward to `tick`: seek in slices (as the page's deepTime.seek), the GPU awaited every slice. */
async function runTo(simulation: Simulation, tick: number, label: string, state: { lastPrint: number; started: number }): Promise<void> {
  const slice = Math.min(SYNC_TICKS, simulation.keyframes.interval);
  while (simulation.tick < tick) {
    simulation.seek(tick, slice);
    await simulation.keyframes.settled();
    await device.queue.onSubmittedWorkDone();
    checkErrors(`at tick ${simulation.tick}`);
    if (performance.now() - state.lastPrint > 10_000 || simulation.tick === tick) {
      state.lastPrint = performance.now();
      const seconds = (performance.now() - state.started) / 1000;
      const rate = simulation.ticksSimulated / Math.max(seconds, 1e-3);
      log(`${label}: tick ${simulation.tick} of ${lastTick} (${eraAt(simulation.tick).id}), ${rate.toFixed(1)} ticks/s, ~${((lastTick - simulation.tick) / rate).toFixed(0)} s left for this world`);
    }
  }
  if (simulation.tick !== tick) throw new Error(`${label} stopped at tick ${simulation.tick}, not ${tick}`);
}

let failures = 0;
for (const [index, { seed, res }] of worlds.entries()) {
  const label = `seed ${seed} ${res} (world ${index + 1} of ${worlds.length})`;
  const started = performance.now();
  let simulation: Simulation | undefined;
  try {
    simulation = await Simulation.create(device, worldFromParams({ ...defaultParams(), ...overrides, seed, resolution: res }, []));
    await device.queue.onSubmittedWorkDone();
    checkErrors('after create');
    const generateMs = performance.now() - started;
    log(`${label}: created in ${(generateMs / 1000).toFixed(1)} s, keyframe interval ${simulation.keyframes.interval}`);
    const state = { lastPrint: performance.now(), started: performance.now() };
    for (const { asked, tick } of targets) {
      await runTo(simulation, tick, label, state);
      const readStart = performance.now();
      const fields = await readMoment(simulation);
      checkErrors(`reading tick ${tick}`);
      const mask = landMask(fields.elevation);
      // The check of the receivers as read: their chains end at the outlets the GPU labelled.
      const outlet = outlets(fields.receivers);
      const unlike = fields.basins.filter((basin, i) => basin >= 0 && basin !== outlet[i]).length;
      const stats = momentStats(fields);
      // The highest land, m above the sea (the tectonics story test wants ranges over 3 km at the end of the tectonic eras).
      let highestMetres = -Infinity;
      for (let i = 0; i < fields.elevation.length; i++) highestMetres = Math.max(highestMetres, fields.elevation[i]);
      const { width, height } = parseResolution(res);
      // The land's hypsometry, % of the sphere in each 250 m bin from 0 to 3 km (where the lowland and upland humps lie).
      const { binMetres, minMetres } = HYPSOMETRY_DEFAULTS;
      const landBins = [...hypsometry(fields.elevation, width, height).histogram.slice(-minMetres / binMetres, (3000 - minMetres) / binMetres)]
        .map((share) => +(100 * share).toFixed(2));
      const to = common ?? { width, height };
      const reduced = reduceMaskByArea(mask, width, height, to.width, to.height);
      const line = {
        seed, res, tick, years: yearsAt(tick), asked, stats, highestMetres, landBins,
        reducedWidth: to.width, reducedHeight: to.height, reducedType: 'float64le',
        reduced: toBase64(new Uint8Array(reduced.buffer, reduced.byteOffset, reduced.byteLength)),
        unlikeBasinCells: unlike, rainSource: fields.rainSource, climateGrid: `${fields.climateWidth}x${fields.climateHeight}`,
        worldSeconds: (performance.now() - started) / 1000, readMs: performance.now() - readStart, generateMs,
        ticksSimulated: simulation.ticksSimulated, adapter: gpu.description,
      };
      // JSON writes NaN as null; report.mjs reads null back as NaN.
      await Deno.writeTextFile(jsonl, `${JSON.stringify(line)}\n`, { append: true });
      if (unlike > 0) log(`note: ${label} at tick ${tick}: ${unlike} cells' receiver chains end elsewhere than their basin label`);
      log(`${label}: measured tick ${tick} (age ${yearsAt(tick).toExponential(3)} y): land ${stats.landFraction.toFixed(3)}, ocean mode ${stats.oceanModeMetres.toFixed(0)} m, `
        + `land mode ${stats.landModeMetres.toFixed(0)} m, bimodal ${stats.bimodal}, basin ${(100 * stats.largestBasinShare).toFixed(2)} %, slope ${stats.exceedanceSlope.toFixed(3)}, `
        + `rain ${stats.landRain.toFixed(2)} mm/day, highest ${highestMetres.toFixed(0)} m (read ${(performance.now() - readStart).toFixed(0)} ms)`);
    }
  } catch (error) {
    failures++;
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    log(`FAILED ${label}: ${message}`);
    await Deno.writeTextFile(`${outDir}/stats-errors.jsonl`, `${JSON.stringify({ seed, res, error: message })}\n`, { append: true });
    if (lost !== null) { log('device lost: stopping'); break; }
  } finally {
    simulation?.destroy();
    await device.queue.onSubmittedWorkDone();
  }
  log(`${label}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
device.destroy();
log(`all done: ${worlds.length - failures} of ${worlds.length} worlds measured`);
Deno.exit(failures > 0 ? 1 : 0);
