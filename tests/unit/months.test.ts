// The months field read back (src/sim/months.ts: half-float pairs decoded, unset months NaN),
// and the exported Köppen–Geiger field and land shares built from it (src/io/koppen-field.ts).
import { describe, expect, it } from 'vitest';
import { koppenField, koppenGroupSharesOfFields, KOPPEN_FIELD } from '../../src/io/koppen-field';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { KOPPEN_TYPES } from '../../src/sim/koppen';
import { decodeMonths, halfToFloat, koppenOfMonths, MONTHS_CELL_FLOATS } from '../../src/sim/months';

const codeOf = (symbol: string) => KOPPEN_TYPES.find((type) => type.symbol === symbol)!.code;

/** Decoded months of climate cells: 12 deg C then 12 mm/day each, or all NaN (no month seen). */
const RAINFOREST = [...new Array<number>(12).fill(27), ...new Array<number>(12).fill(10)];
const ICE_CAP = [...new Array<number>(12).fill(-20), ...new Array<number>(12).fill(1)];
const UNSET = new Array<number>(24).fill(NaN);

describe('the months field', () => {
  it('is 12 words of packed half floats a climate cell', () => {
    expect(CELL_LAYOUTS.months.words).toBe(12);
    expect(CELL_LAYOUTS.months.bytes).toBe(48);
    expect(CELL_LAYOUTS.months.wordTypes.every((type) => type === 'u32')).toBe(true);
  });

  it('decodes half floats', () => {
    const cases: [number, number][] = [
      [0x0000, 0], [0x3c00, 1], [0xc000, -2], [0x3555, 0.333251953125], [0x7bff, 65504], [0x0001, 2 ** -24],
      [0x0400, 2 ** -14], [0x7c00, Infinity], [0xfc00, -Infinity], [0xbc00, -1],
    ];
    for (const [bits, value] of cases) expect(halfToFloat(bits)).toBe(value);
    expect(halfToFloat(0x7e00)).toBeNaN();
  });

  it('reads each month as (temperature low, rain high), and unset months (negative rain) as NaN', () => {
    const words = new Uint32Array(24);
    // Cell 0: month m at (m - 5.5 deg C as halves: exact, rain m / 4 mm/day); cell 1: month 3 unset.
    const half = (value: number) => {
      const exponent = Math.floor(Math.log2(Math.abs(value)));
      return value === 0 ? 0 : (value < 0 ? 0x8000 : 0) | ((exponent + 15) << 10) | Math.round((Math.abs(value) / 2 ** exponent - 1) * 1024);
    };
    for (let m = 0; m < 12; m++) {
      words[m] = (half(m - 5.5) | (half(m / 4) << 16)) >>> 0;
      words[12 + m] = (half(20) | (half(m === 3 ? -1 : 2) << 16)) >>> 0;
    }
    const months = decodeMonths(words.buffer);
    expect(months).toHaveLength(2 * MONTHS_CELL_FLOATS);
    for (let m = 0; m < 12; m++) {
      expect(months[m]).toBe(m - 5.5);
      expect(months[12 + m]).toBe(m / 4);
      expect(months[24 + m]).toBe(m === 3 ? NaN : 20);
      expect(months[36 + m]).toBe(m === 3 ? NaN : 2);
    }
  });

  it('types a climate cell from its means (rain as mm a month), 0 while a month is unset', () => {
    const months = Float32Array.from([...RAINFOREST, ...ICE_CAP, ...UNSET]);
    expect([0, 1, 2].map((cell) => koppenOfMonths(months, cell))).toEqual([codeOf('Af'), codeOf('EF'), 0]);
    // 1.9 mm/day is 58 mm a month, under Af's 60 in its driest month: Am.
    const drier = Float32Array.from(RAINFOREST.map((value, k) => (k === 12 ? 1.9 : value)));
    expect(koppenOfMonths(drier, 0)).toBe(codeOf('Am'));
  });
});

describe('the koppen export field', () => {
  // Terrain 8x4 over a climate grid of 2x2: west rainforest, east ice cap in the north row; the
  // south row west unset, east rainforest. Terrain row 0 and column 7 are ocean (elevation < 0).
  const width = 8;
  const height = 4;
  const months = Float32Array.from([...RAINFOREST, ...ICE_CAP, ...UNSET, ...RAINFOREST]);
  const elevation = Float32Array.from({ length: width * height }, (_, cell) => (cell < width || cell % width === 7 ? -100 : 50));

  it('types each land cell by the climate cell over it, ocean and unset land 0', () => {
    const field = koppenField(elevation, width, height, months, 2, 2);
    expect(field).toMatchObject({ name: KOPPEN_FIELD, width, height, components: 1 });
    const [af, ef] = [codeOf('Af'), codeOf('EF')];
    expect(Array.from(field.data)).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0,
      af, af, af, af, ef, ef, ef, 0,
      0, 0, 0, 0, af, af, af, 0,
      0, 0, 0, 0, af, af, af, 0,
    ]);
    expect(() => koppenField(elevation, width, height, months, 2, 1)).toThrow();
  });

  it('gives the land shares of the main groups, weighted by cos latitude', () => {
    const fields = [{ name: 'elevation', unit: 'm', width, height, components: 1, data: elevation }, koppenField(elevation, width, height, months, 2, 2)];
    const shares = koppenGroupSharesOfFields(fields);
    // Row 1 (latitude 22.5 deg): 4 A, 3 E; rows 2 and 3 (-22.5, -67.5 deg): 3 A each.
    const [near, far] = [Math.cos((22.5 * Math.PI) / 180), Math.cos((67.5 * Math.PI) / 180)];
    const total = 7 * near + 3 * near + 3 * far;
    expect(shares.A).toBeCloseTo((4 * near + 3 * near + 3 * far) / total, 12);
    expect(shares.E).toBeCloseTo((3 * near) / total, 12);
    expect(shares.B + shares.C + shares.D).toBe(0);
    expect(() => koppenGroupSharesOfFields(fields.slice(0, 1))).toThrow(/No koppen field/);
  });
});
