// Finds the Chromium the tests and tools drive, and the flags that give it WebGPU headless.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
];

/** The browser to drive: $CHROME_PATH, or the first of the usual install paths; null if none. */
export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Flags that give headless Chromium WebGPU compute and a working canvas on SwiftShader.
 * With Debian's Chromium 156.0.8078.79, `--use-angle=vulkan` finds no adapter ("Failed to
 * create WebGPU Context Provider"); `--use-angle=swiftshader` works.
 */
export const WEBGPU_FLAGS = [
  '--no-sandbox',
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-angle=swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The same browser with WebGPU left off: the app must show its explanatory page. */
export const NO_WEBGPU_FLAGS = WEBGPU_FLAGS.filter((flag) => flag !== '--enable-unsafe-webgpu');
