// Shared by the export and render tools: the app's own TypeScript tables loaded in Node, and
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

/** Wait until the app has replayed to its target tick, printing progress every few seconds. */
export async function waitForReplay(page, target) {
  const started = Date.now();
  let lastPrint = 0;
  for (;;) {
    const { seeking, tick } = await page.evaluate(() => ({ seeking: window.deepTime.app.seeking, tick: window.deepTime.app.simulation.tick }));
    if (!seeking) return tick;
    if (Date.now() - lastPrint > 5000) {
      lastPrint = Date.now();
      console.log(`replaying... tick ${tick.toLocaleString('en-US')} of ${target.toLocaleString('en-US')} (${Math.round((Date.now() - started) / 1000)} s)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
