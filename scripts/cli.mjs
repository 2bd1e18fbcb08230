// Shared by the export, render and bench tools: the app's own TypeScript tables loaded in Node, and
// command-line values checked against them (a bad one ends the tool with exit code 2).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { parseArgs } from './headless.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A module of the app (a path from the repository root, e.g. 'src/timeline.ts'), loaded by Vite. */
export async function loadAppModule(path) {
  const { module } = await runnerImport(fileURLToPath(new URL(`../${path}`, import.meta.url)), { root: ROOT, configFile: false, logLevel: 'error' });
  return module;
}

/** Thrown for a bad argument; the tool prints it with the usage on one line and exits 2. */
export class UsageError extends Error {}

/** Parse argv into --name value pairs, or print one usage line and exit 2. */
export function parseOrExit(argv, usage, check) {
  try {
    return check(parseArgs(argv));
  } catch (error) {
    if (!(error instanceof UsageError) && !/^Unexpected argument/.test(error.message)) throw error;
    console.error(`${error.message}; ${usage}`);
    process.exit(2);
  }
}

/** An integer written in decimal within min..max. */
export function integerArg(args, name, min, max, fallback) {
  const raw = args[name];
  if (raw === undefined && fallback !== undefined) return fallback;
  const value = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!(Number.isSafeInteger(value) && value >= min && value <= max)) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw ?? null)}`);
  }
  return value;
}

/** One of a list of choices. */
export function choiceArg(args, name, choices, fallback) {
  const raw = args[name] ?? fallback;
  if (typeof raw !== 'string' || !choices.includes(raw)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(args[name] ?? null)}`);
  }
  return raw;
}

/** An image size WIDTHxHEIGHT, each side 16..4096 pixels. */
export function sizeArg(args, name, fallback) {
  const raw = args[name] ?? fallback;
  const match = typeof raw === 'string' ? /^(\d+)x(\d+)$/.exec(raw) : null;
  const [width, height] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(width >= 16 && width <= 4096 && height >= 16 && height <= 4096)) {
    throw new UsageError(`--${name} must be WIDTHxHEIGHT, 16 to 4096 pixels a side, got ${JSON.stringify(args[name] ?? null)}`);
  }
  return { width, height };
}

/** A directory to write into. */
export function outArg(args) {
  if (typeof args.out !== 'string' || args.out.trim() === '') throw new UsageError('--out DIR is required');
  return args.out;
}

/** Refuse any --name the tool does not take. */
export function onlyArgs(args, names) {
  const unknown = Object.keys(args).filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new UsageError(`unknown option --${unknown[0]}`);
}

const { eraAt } = await loadAppModule('src/timeline.ts');

export const duration = (seconds) => (seconds < 90 ? `${Math.round(seconds)} s` : `${(seconds / 60).toFixed(1)} min`);

/** Ticks a second averaged over a replay's latest slices (its eras' ticks cost more and more). */
export const smoothedRate = (rate, sliceRate) => (rate === null ? sliceRate : 0.7 * rate + 0.3 * sliceRate);

/** A replay's progress: the tick of the target, its era, ticks a second and what is left (by default the time to the target). */
export function progressLine(label, tick, target, ticksPerSecond, left = `about ${duration((target - tick) / ticksPerSecond)} left`) {
  return `${label}: tick ${tick.toLocaleString('en-US')} of ${target.toLocaleString('en-US')} (${eraAt(tick).name}), `
    + `${ticksPerSecond.toFixed(1)} ticks/s, ${left}`;
}

/**
 * Replay the page's world to `target` in slices (no frames drawn between them), printing every
 * few seconds the era, the tick, ticks a second and the time left; returns the tick reached.
 * `timeLeft(tick, ticksPerSecond)` may say what is left instead (e.g. of a run of many worlds).
 */
export async function replayWithProgress(page, target, label = 'replaying', timeLeft = undefined) {
  const started = Date.now();
  let lastPrint = started;
  let chunk = 20;
  let rate = null;
  let tick = await page.evaluate(() => window.deepTime.app.simulation.tick);
  if (tick > target) tick = await page.evaluate((t) => window.deepTime.seek(t), target);
  while (tick < target) {
    const sliceStart = Date.now();
    const to = Math.min(target, tick + chunk);
    const reached = await page.evaluate((t) => window.deepTime.seek(t), to);
    const sliceRate = (reached - tick) / Math.max((Date.now() - sliceStart) / 1000, 1e-3);
    rate = smoothedRate(rate, sliceRate);
    // Slices of about four seconds: progress often enough, few round trips.
    chunk = Math.min(Math.max(Math.round(rate * 4), 10), 3000);
    if (reached === tick) break;
    tick = reached;
    if (Date.now() - lastPrint > 5000 || tick === target) {
      lastPrint = Date.now();
      console.log(progressLine(label, tick, target, rate, timeLeft?.(tick, rate)));
    }
  }
  if (tick === target && Date.now() - started > 5000) console.log(`${label}: reached tick ${tick.toLocaleString('en-US')} in ${duration((Date.now() - started) / 1000)}`);
  return tick;
}

/**
 * Run a tool's work; on an error print one line, `<tool>: FAILED: <what went wrong>`, and exit
 * with code 1 (never a stack trace).
 */
export async function runTool(name, work) {
  try {
    await work();
  } catch (error) {
    console.error(`${name}: FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}
