// The layering of src/: every module sits in one layer and imports only from its own layer or
// the layers below it (base <- gpu, analysis <- sim <- io, render <- ui <- app); no file is over 250 lines.
// base: the top-level modules but main.ts: parameters, timeline, story (plain data and rules, no GPU, no DOM); app: src/app/
// (the wiring, time and the loop, automation), main.ts and the bench page; analysis: pure statistics
// of fields (src/analysis/, no GPU, no DOM).

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/**
 * The layers from the bottom up, each with its rank: a module may import from a lower rank or
 * its own layer. io and render share a rank: both read the simulation, neither the other; so do
 * gpu and analysis.
 */
const LAYERS: { name: string; rank: number; holds: (path: string) => boolean }[] = [
  // The top-level modules but main.ts: the parameters (param-schema, param-spec, params,
  // param-check), timeline.ts and story.ts.
  { name: 'base', rank: 0, holds: (path) => !path.includes('/') && path !== 'main.ts' },
  { name: 'gpu', rank: 1, holds: (path) => path.startsWith('gpu/') },
  { name: 'analysis', rank: 1, holds: (path) => path.startsWith('analysis/') },
  { name: 'sim', rank: 2, holds: (path) => path.startsWith('sim/') },
  { name: 'io', rank: 3, holds: (path) => path.startsWith('io/') },
  { name: 'render', rank: 3, holds: (path) => path.startsWith('render/') },
  { name: 'ui', rank: 4, holds: (path) => path.startsWith('ui/') },
  { name: 'app', rank: 5, holds: (path) => path.startsWith('app/') || path.startsWith('bench/') || path === 'main.ts' },
];

/** Most lines a file in src/ may have. */
const MAX_LINES = 250;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split('\\').join('/')] : [];
  });
}

const layerOf = (path: string) => LAYERS.find((layer) => layer.holds(path));

/** The src/ TypeScript modules a file imports (static, re-exported or dynamic), relative to src/. */
function importsOf(path: string): string[] {
  const text = readFileSync(join(SRC, path), 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(SRC, resolve(SRC, dirname(path), specifier.replace(/\?.*$/, ''))).split('\\').join('/'))
    .filter((target) => !target.startsWith('..') && !/\.(css|wgsl|html|json)$/.test(target))
    .map((target) => (target.endsWith('.ts') ? target : `${target}.ts`));
}

/** Each import that runs to a higher layer, or to another layer of the same rank. */
function upwardImports(imports: ReadonlyMap<string, readonly string[]>): string[] {
  const upward: string[] = [];
  for (const [path, targets] of imports) {
    const from = layerOf(path);
    for (const target of targets) {
      const to = layerOf(target);
      if (from && to && to !== from && to.rank >= from.rank) upward.push(`${path} (${from.name}) imports ${target} (${to.name})`);
    }
  }
  return upward;
}

const files = sourceFiles(SRC);

describe('layers', () => {
  it('finds the source files and their imports', () => {
    expect(files).toContain('main.ts');
    expect(importsOf('main.ts')).toContain('app/app.ts');
    expect(importsOf('main.ts')).not.toContain('style.css.ts');
  });

  it('puts every file of src/ in a layer', () => {
    expect(files.filter((path) => !layerOf(path))).toEqual([]);
  });

  it('has no import from a lower layer to a higher one, nor between io and render', () => {
    expect(upwardImports(new Map(files.map((path) => [path, importsOf(path)])))).toEqual([]);
  });

  it('catches an upward import and one between siblings', () => {
    const imports = new Map([
      ['gpu/globals.ts', ['sim/plates.ts', 'params.ts']],
      ['sim/plates.ts', ['gpu/globals.ts']],
      ['io/png.ts', ['render/capture.ts']],
      ['app/app.ts', ['ui/hud.ts', 'app/loop.ts']],
    ]);
    expect(upwardImports(imports)).toEqual([
      'gpu/globals.ts (gpu) imports sim/plates.ts (sim)',
      'io/png.ts (io) imports render/capture.ts (render)',
    ]);
  });

  it(`has no file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }))
      .map(({ path, text }) => ({ path, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path}: ${lines}`);
    expect(long).toEqual([]);
  });
});
