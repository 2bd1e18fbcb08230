// Vite library build of one entry (GPU_MACHINE_ENTRY, a path from the repository root) into one ES module, WGSL inlined, for Deno.
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = process.env.GPU_MACHINE_ENTRY;
const outDir = process.env.GPU_MACHINE_OUT;
if (!entry || !outDir) throw new Error('GPU_MACHINE_ENTRY and GPU_MACHINE_OUT must be set (scripts/gpu-machine/prepare.sh sets them)');

export default defineConfig({
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir,
    // The output folder also holds Deno and the GL libraries: keep them.
    emptyOutDir: false,
    minify: false,
    sourcemap: false,
    lib: { entry: `${root}${entry}`, formats: ['es'], fileName: () => basename(entry).replace(/\.ts$/, '.js') },
  },
});
