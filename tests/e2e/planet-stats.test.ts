// `npm run planet-stats` reporting moments saved by earlier runs (--load, no world run): the
// agreement of their land masks between grids and its verdict, and a file that is not a save refused.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script';

const CELLS = 128 * 64;
const STATS = {
  landFraction: 0.3, oceanModeMetres: -4000, landModeMetres: 200, bimodal: true, troughRatio: 0.2, largestBasinShare: 0.03,
  exceedanceSlope: 0.45, fitMinArea: 4, fitMaxArea: 400, landRain: 2, cycleCells: 0,
};

/** A saved moment whose land mask (reduced to 128x64) is the northern half of the sphere, or its opposite. */
function moment(seed: number, res: string, north: boolean) {
  const reduced = Array.from({ length: CELLS }, (_, i) => ((i < CELLS / 2) === north ? 1 : 0));
  return { seed, res, years: 1.5e9, asked: 1.5e9, tick: 3000, stats: STATS, reduced, commit: null };
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'deep-time-stats-')); });
afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

describe('npm run planet-stats --load', () => {
  it('reports saved moments of several runs together: the masks of seed 1 agree between grids, those of seed 2 do not', async () => {
    const format = 'deep-time planet-stats moments 1';
    const coarse = join(dir, 'coarse.json');
    const fine = join(dir, 'fine.json');
    await writeFile(coarse, JSON.stringify({ format, moments: [moment(1, '128x64', true), moment(2, '128x64', true)] }));
    await writeFile(fine, JSON.stringify({ format, moments: [moment(1, '256x128', true), moment(2, '256x128', false)] }));
    const { code, stdout } = await runScript('scripts/planet-stats.mjs', ['--load', `${coarse},${fine}`, '--agreement']);
    expect(stdout).toContain('| 1 | 1.50 | 1.000 |');
    expect(stdout).toContain('| 2 | 1.50 | 0.000 |');
    expect(stdout).toMatch(/FAIL {2}land masks agree on >= 85 % of the sphere: 2 pairs; fails: seed 2 1\.50 Gyr 128 vs 256/);
    expect(stdout).toMatch(/0 worlds run, 0 moments, 4 more loaded/);
    expect(code).toBe(1);
  });

  it('refuses a file that is not a save with exit code 2 and the usage line', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, JSON.stringify({ moments: 'none' }));
    const { code, stderr } = await runScript('scripts/planet-stats.mjs', ['--load', other]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/--load: .*other\.json is not a planet-stats --save file; usage: npm run planet-stats/);
  });
});
