// Vite build and dev-server settings: the app page plus the benchmark page; in the production
// build the WGSL shaders lose their comments and indentation (half their text; WGSL has no
// string literals, so a line's `//` always starts a comment).
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

/** WGSL source without comments, indentation or blank lines. */
export function compactWgsl(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Serves `*.wgsl?raw` imports compacted, in the production build only (tests and the dev server see the source). */
function compactShaders(): Plugin {
  return {
    name: 'deep-time-compact-wgsl',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      const match = /^(.*\.wgsl)\?raw$/.exec(id);
      return match ? `export default ${JSON.stringify(compactWgsl(readFileSync(match[1], 'utf8')))};` : null;
    },
  };
}

export default defineConfig({
  plugins: [compactShaders()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
});
