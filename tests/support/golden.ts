// Golden-image comparison: a captured frame against tests/e2e/snapshots/NAME.png (pixelmatch),
// within the one tolerance every golden shares.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { expect } from 'vitest';
import { decodePng, encodePng } from '../../src/io/png';

const SNAPSHOTS = join(import.meta.dirname, '..', 'e2e', 'snapshots');
const OUTPUT = join(import.meta.dirname, '..', '..', 'test-output');

/**
 * The golden tolerance, for every frame: SwiftShader renders identically run to run; the
 * allowance (pixelmatch threshold 0.1, at most 0.5% of pixels) absorbs small shifts in
 * transcendental functions between Chromium and SwiftShader builds, while a wrong palette,
 * camera or field changes far more.
 */
export const MAX_DIFFERING_FRACTION = 0.005;

export interface GoldenResult {
  /** Pixels that differ by more than pixelmatch's per-pixel threshold. */
  differing: number;
  fraction: number;
  /** Where the diff image was written, when there was a difference. */
  diffPath?: string;
}

const encodeRgba = (rgba: Uint8Array, width: number, height: number) => encodePng(rgba, width, height, { channels: 4, bitDepth: 8 });

/**
 * Compare RGBA pixels with the golden PNG. A missing golden is written and reported as a
 * failure (so a new snapshot is always looked at); UPDATE_GOLDEN=1 rewrites them all.
 */
export function compareWithGolden(name: string, rgba: Uint8Array, width: number, height: number): GoldenResult {
  const path = join(SNAPSHOTS, `${name}.png`);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    const existed = existsSync(path);
    writeFileSync(path, encodeRgba(rgba, width, height));
    if (!existed && process.env.UPDATE_GOLDEN !== '1') throw new Error(`No golden ${path}: wrote it; look at it and run again`);
    return { differing: 0, fraction: 0 };
  }
  const golden = decodePng(readFileSync(path));
  if (golden.width !== width || golden.height !== height || golden.channels !== 4 || golden.bitDepth !== 8) {
    throw new Error(`Golden ${name} is ${golden.width}x${golden.height} (${golden.channels} channels, ${golden.bitDepth} bits), the capture ${width}x${height} RGBA 8-bit`);
  }
  const diff = new Uint8Array(width * height * 4);
  const differing = pixelmatch(golden.samples as Uint8Array, rgba, diff, width, height, { threshold: 0.1 });
  const result: GoldenResult = { differing, fraction: differing / (width * height) };
  if (differing > 0) {
    mkdirSync(OUTPUT, { recursive: true });
    result.diffPath = join(OUTPUT, `${name}.diff.png`);
    writeFileSync(result.diffPath, encodeRgba(diff, width, height));
    writeFileSync(join(OUTPUT, `${name}.actual.png`), encodeRgba(rgba, width, height));
  }
  return result;
}

/** Expect a captured frame to match the golden NAME within MAX_DIFFERING_FRACTION. */
export function expectMatchesGolden(name: string, rgba: Uint8Array, width: number, height: number): void {
  const result = compareWithGolden(name, rgba, width, height);
  expect(result.fraction, `${name}: ${result.differing} pixels differ; diff: ${result.diffPath}`).toBeLessThanOrEqual(MAX_DIFFERING_FRACTION);
}

/** The w x h window at (x, y) of an RGBA capture `width` pixels wide: a close-up for a golden. */
export function cropRgba(rgba: Uint8Array, width: number, [x, y, w, h]: readonly [number, number, number, number]): Uint8Array {
  const window = new Uint8Array(w * h * 4);
  for (let row = 0; row < h; row++) window.set(rgba.subarray(((y + row) * width + x) * 4, ((y + row) * width + x + w) * 4), row * w * 4);
  return window;
}
