// The tools' argument checks end to end: a bad argument to `npm run export` or `npm run render`
// refused with exit code 2 and the usage line. (The export itself is checked against the story
// page, in tests/e2e/story/export.ts.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';

let out: string;
beforeAll(async () => { out = await mkdtemp(join(tmpdir(), 'deep-time-export-')); });
afterAll(async () => { if (out) await rm(out, { recursive: true, force: true }); });

describe('npm run export', () => {
  it('refuses a bad argument with exit code 2 and the usage line', async () => {
    const { code, stdout, stderr } = await runScript('scripts/export.mjs', ['--seed', '1', '--res', '7x7', '--years', '1e9', '--out', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/--res .*7x7.*usage: npm run export -- --seed S --res WxH --years Y\|end/);
  });
});

describe('npm run render', () => {
  it('refuses a bad argument with exit code 2 and the usage line', async () => {
    const { code, stderr } = await runScript('scripts/render.mjs', ['--seed', '1', '--res', '128x64', '--from', '100', '--to', '50', '--out', out]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--to \(50\) is before --from \(100\); usage: npm run render -- --seed S --res WxH/);
  });
});
