// The production build's compacted shaders (vite.config.ts): every shader keeps its code, only
// comments and layout go, so its structs, bindings and entry points are the source's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeShaderDataDefinitions } from '../../src/gpu/reflect';
import { compactWgsl } from '../../vite.config';

const SHADERS = join(import.meta.dirname, '../../shaders');
const files = readdirSync(SHADERS, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.wgsl'));

describe('compacted WGSL', () => {
  it('keeps every token of every shader and drops the comments', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const source = readFileSync(join(SHADERS, file), 'utf8');
      const compact = compactWgsl(source);
      expect(compact, file).not.toMatch(/\/\//);
      // The same tokens in the same order, once the comments are gone from the source.
      const tokens = (text: string) => text.replace(/\/\/.*$/gm, '').split(/\s+/).filter(Boolean);
      expect(tokens(compact), file).toEqual(tokens(source));
      expect(compact.length, file).toBeLessThanOrEqual(source.length);
    }
  });

  it('gives the same structs and bindings to reflection (the shaders it parses on their own)', () => {
    // Reflection of one file: its structs, storage and uniform bindings, or the error it raises
    // (some files use what other modules declare and do not parse alone: the compacted file
    // must then fail the same way).
    const reflected = (text: string) => {
      try {
        const definitions = makeShaderDataDefinitions(text);
        return [Object.keys(definitions.structs), Object.keys(definitions.storages), Object.keys(definitions.uniforms)];
      } catch {
        return 'does not parse alone';
      }
    };
    let parsed = 0;
    for (const file of files) {
      const source = readFileSync(join(SHADERS, file), 'utf8');
      const expected = reflected(source);
      if (expected !== 'does not parse alone') parsed++;
      expect(reflected(compactWgsl(source)), file).toEqual(expected);
    }
    expect(parsed).toBeGreaterThan(10);
  });
});
