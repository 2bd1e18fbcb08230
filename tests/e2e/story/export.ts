// The export tool against the story page: a July in the climate era written as manifest.json
// and float32 files that match, bit for bit, what the page holds at the same seed and tick.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIMATE_CELL_FLOATS } from '../../../src/sim/fields';
import { koppenOfMonths } from '../../../src/sim/months';
import { METRES_PER_UNIT } from '../../../src/sim/world';
import { yearsAt } from '../../../src/timeline';
import { runScript, type ScriptResult } from '../../support/run-script';
import type { Story } from '../../support/story-page';

/** 2.6 billion years, July: the first July (phase 120 of 240) at or after tick 4029. */
const YEARS = 2.6e9;
const MONTH = 7;
const TICK = 4200;
const GRID = { width: 128, height: 64 };
const CLIMATE = { width: 32, height: 16 };

/** Float32 bit patterns, so that equality is bit-exact (and NaN equals NaN). */
const bits = (values: ArrayLike<number>) => Array.from(new Uint32Array(Float32Array.from(values).buffer));

/** Components `offsets` of every cell of an interleaved array. */
function pick(source: number[], stride: number, offsets: number[]): number[] {
  const picked: number[] = [];
  for (let cell = 0; cell < source.length / stride; cell++) for (const k of offsets) picked.push(source[cell * stride + k]);
  return picked;
}

/**
 * Call at the top level of the story file: the tool starts with the file and replays in its own
 * browser alongside the story page's run; its test reads the story page and then the tool's files.
 */
export function describeExport(story: Story): void {
  let out: string | undefined;
  let tool: Promise<ScriptResult> | undefined;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'deep-time-export-'));
    tool = runScript('scripts/export.mjs', ['--seed', '1', '--res', '128x64', '--years', String(YEARS), '--month', String(MONTH), '--out', out]);
  });
  afterAll(async () => {
    await tool;
    if (out) await rm(out, { recursive: true, force: true });
  });

  describe('npm run export', () => {
    it('writes the manifest and fields equal to the app state at the same seed and tick', { timeout: 300_000 }, async () => {
      if (!out || !tool) throw new Error('The export tool did not start');
      const { app } = story;
      expect(await app.page.evaluate((y, m) => window.deepTime.tickAt(y, m), YEARS, MONTH)).toBe(TICK);
      expect(await app.seek(TICK)).toBe(TICK);
      const terrain = await app.readTerrain();
      const water = await app.readWater();
      const climate = await app.readClimate();
      const life = await app.readLife();
      const months = Float32Array.from(await app.page.evaluate(async () => Array.from(await window.deepTime.app!.simulation.readMonths())));
      expect(await app.errors()).toEqual([]);
      const seaLevel = Math.fround(await app.seaLevel());
      // The words of each cell spelled out here, as the WGSL structs lay them out (shaders/common/
      // cells.wgsl), independently of the channel table the export reads: a table gone wrong shows.
      const expected: Record<string, number[]> = {
        elevation: pick(terrain, 6, [0]).map((z) => Math.fround(z - seaLevel) * METRES_PER_UNIT),
        plate: pick(terrain, 6, [3]),
        crust_age: pick(terrain, 6, [4]),
        flow: pick(water, 4, [0]),
        basin: pick(water, 4, [3]),
        mslp: pick(climate, CLIMATE_CELL_FLOATS, [0]),
        temperature: pick(climate, CLIMATE_CELL_FLOATS, [1]),
        wind: pick(climate, CLIMATE_CELL_FLOATS, [4, 5]),
        precipitation: pick(climate, CLIMATE_CELL_FLOATS, [3]),
        vapour: pick(climate, CLIMATE_CELL_FLOATS, [2]),
        soil_moisture: pick(climate, CLIMATE_CELL_FLOATS, [6]),
        plants: pick(life, 4, [0]),
        herbivores: pick(life, 4, [1]),
        carnivores: pick(life, 4, [2]),
        humans: pick(life, 4, [3]),
        // Land (0 m and up) takes the Köppen type of the climate cell over it (4x4 terrain cells).
        koppen: pick(terrain, 6, [0]).map((z, cell) => (Math.fround(z - seaLevel) * METRES_PER_UNIT >= 0
          ? koppenOfMonths(months, Math.floor(Math.floor(cell / GRID.width) / 4) * CLIMATE.width + Math.floor((cell % GRID.width) / 4)) : 0)),
      };

      const { code, stdout, stderr } = await tool;
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/replaying/);
      expect(stdout).toMatch(/wrote 16 fields/);
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
      expect(Object.keys(manifest)).toEqual(['seed', 'width', 'height', 'years', 'month', 'format', 'koppenShares', 'fields']);
      // 300 ticks into the climate era every month has a mean: all the land is typed, the shares add up to 1.
      expect(Object.keys(manifest.koppenShares)).toEqual(['A', 'B', 'C', 'D', 'E']);
      expect(Object.values(manifest.koppenShares as Record<string, number>).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
      expect(manifest).toMatchObject({ seed: 1, width: GRID.width, height: GRID.height, years: yearsAt(TICK), month: MONTH });
      expect(manifest.fields.map((field: { name: string }) => field.name)).toEqual(Object.keys(expected));
      for (const field of manifest.fields) {
        expect(Object.keys(field)).toEqual(['name', 'unit', 'file', 'width', 'height', 'components']);
        expect(typeof field.unit).toBe('string');
        expect(field.unit.length).toBeGreaterThan(0);
        expect(field.file).toBe(`${field.name}.f32`);
        const grid = ['mslp', 'temperature', 'wind', 'precipitation', 'vapour', 'soil_moisture'].includes(field.name) ? CLIMATE : GRID;
        expect([field.width, field.height, field.components]).toEqual([grid.width, grid.height, field.name === 'wind' ? 2 : 1]);
        const bytes = await readFile(join(out, field.file));
        expect(bytes.byteLength).toBe(field.width * field.height * field.components * 4);
        expect((await stat(join(out, `${field.name}.png`))).size).toBeGreaterThan(0);
        const values = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
        expect(bits(values), field.name).toEqual(bits(expected[field.name]));
      }
      // The climate era is running: temperatures are real, and the land has sea around it.
      const temperatureBytes = await readFile(join(out, 'temperature.f32'));
      const temperature = new Float32Array(temperatureBytes.buffer, temperatureBytes.byteOffset, temperatureBytes.byteLength / 4);
      expect(Math.max(...temperature) - Math.min(...temperature)).toBeGreaterThan(10);
      const elevation = expected.elevation;
      expect(elevation.some((metres) => metres > 0) && elevation.some((metres) => metres < 0)).toBe(true);
    });
  });
}
