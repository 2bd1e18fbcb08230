// Finds the Chromium the tests drive, and the SwiftShader Vulkan driver it ships (which also
// lets Dawn's Node bindings run WebGPU without a GPU).
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

/** Folder holding vk_swiftshader_icd.json and libvulkan.so.1, or null. */
export function swiftShaderDir() {
  const folders = ['/usr/lib/chromium', '/opt/google/chrome'];
  const chromium = findChromium();
  if (chromium) {
    // Debian's /usr/bin/chromium is a shell wrapper; the real binary sits beside the driver.
    folders.unshift(dirname(realpathSync(chromium)));
  }
  return folders.find((folder) => existsSync(join(folder, 'vk_swiftshader_icd.json'))) ?? null;
}

/** Point Vulkan (and so Dawn in Node) at SwiftShader, unless the environment chose already. */
export function useSwiftShaderInNode(env = process.env) {
  const folder = swiftShaderDir();
  if (!folder) return false;
  env.VK_ICD_FILENAMES ??= join(folder, 'vk_swiftshader_icd.json');
  env.LD_LIBRARY_PATH = [folder, env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return true;
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
