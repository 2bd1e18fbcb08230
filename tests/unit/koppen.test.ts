// The Köppen–Geiger classifier (src/sim/koppen.ts): one climate for each of the 30 types, the rules' edges, and group shares.
import { describe, expect, it } from 'vitest';
import koppenWgsl from '../../shaders/common/koppen.wgsl?raw';
import { KOPPEN_TYPES, koppenGroupShares, koppenType } from '../../src/sim/koppen';
import { KOPPEN_CLIMATES } from '../support/koppen-climates';

/** The symbol of a climate's type. */
function symbolOf(temperature: ArrayLike<number>, precipitation: ArrayLike<number>): string {
  return KOPPEN_TYPES[koppenType(temperature, precipitation) - 1].symbol;
}

/** The same year starting in July: the climate as the other hemisphere has it. */
function shifted(months: readonly number[]): number[] {
  return months.map((_, m) => months[(m + 6) % 12]);
}

/** 12 copies of a value. */
const flat = (value: number): number[] => new Array<number>(12).fill(value);

/** Months April..September (AMJJAS) get `summer`, the others `winter`. */
const halves = (summer: number, winter: number): number[] => flat(0).map((_, m) => (m >= 3 && m <= 8 ? summer : winter));

// Warmest in July, AMJJAS the summer; MAT 20 °C (a sum of 240), Tcold 15, Thot 25.
const WARM = [15, 16, 18, 20, 22, 24, 25, 24, 22, 20, 18, 16];
// MAT 8 °C (a sum of 96), Tcold -2, Thot 18.
const COOL = [-2, 0, 4, 8, 12, 16, 18, 17, 13, 8, 3, -1];

describe('the type table', () => {
  it('lists the 30 types in Beck et al. (2018) order, each in its main group', () => {
    expect(KOPPEN_TYPES.map((type) => type.code)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(KOPPEN_TYPES.map((type) => type.symbol).join(' ')).toBe(
      'Af Am Aw BWh BWk BSh BSk Csa Csb Csc Cwa Cwb Cwc Cfa Cfb Cfc Dsa Dsb Dsc Dsd Dwa Dwb Dwc Dwd Dfa Dfb Dfc Dfd ET EF');
    for (const type of KOPPEN_TYPES) expect(type.group).toBe(type.symbol[0]);
    expect(KOPPEN_TYPES[14]).toMatchObject({ symbol: 'Cfb', name: 'Temperate, no dry season, warm summer', rgb: [100, 255, 80] });
  });

  it('has the same colours as the WGSL table', () => {
    const body = /KOPPEN_RGB = array<vec3f, 31>\(([^;]*)\);/.exec(koppenWgsl)?.[1] ?? '';
    const colours = [...body.matchAll(/vec3f\(([\d.]+), ([\d.]+), ([\d.]+)\)/g)].map((match) => match.slice(1).map(Number));
    expect(colours).toEqual([[0, 0, 0], ...KOPPEN_TYPES.map((type) => [...type.rgb])]);
  });
});

describe('koppenType', () => {
  it.each(KOPPEN_CLIMATES.map((climate) => [climate.symbol, climate.place, climate] as const))('%s: %s', (symbol, _, climate) => {
    expect(symbolOf(climate.temperature, climate.precipitation)).toBe(symbol);
  });

  it('covers every type with the hand-made climates', () => {
    expect(KOPPEN_CLIMATES.map((climate) => climate.symbol)).toEqual(KOPPEN_TYPES.map((type) => type.symbol));
  });

  it('gives the same type to a climate and to it six months later (the other hemisphere)', () => {
    for (const climate of KOPPEN_CLIMATES) {
      expect(symbolOf(shifted(climate.temperature), shifted(climate.precipitation)), climate.place).toBe(climate.symbol);
    }
  });

  it('puts E first: a warmest month below 10 °C is polar however dry', () => {
    expect(symbolOf(COOL.map((value) => value - 8.5), flat(1))).toBe('ET'); // Thot 9.5
    expect(symbolOf(COOL.map((value) => value - 18), flat(1))).toBe('EF'); // Thot exactly 0
    expect(symbolOf(COOL.map((value) => value - 17.9), flat(1))).toBe('ET'); // Thot 0.1
  });

  it('takes a warmest month of exactly 10 °C out of E (Peel leaves it in no group) and gives it the third letter c', () => {
    const t = [2, 3, 5, 7, 9, 10, 10, 9, 7, 5, 3, 2];
    expect(symbolOf(t, flat(80))).toBe('Cfc');
    expect(symbolOf(t.map((value) => (value < 5 ? value - 4 : value)), flat(80))).toBe('Dfc'); // Tcold -2
    expect(symbolOf(t.map((value) => value - 0.01), flat(80))).toBe('ET');
  });

  it("sets Pthreshold by where 70% of the year's rain falls: winter, summer or neither", () => {
    // MAT 20 °C: Pthreshold 40, 68 or 54 cm, so B below 400, 680 or 540 mm a year.
    expect(symbolOf(WARM, halves(100 / 6, 400 / 6))[0]).not.toBe('B'); // 80% in winter
    expect(symbolOf(WARM, halves(250 / 6, 250 / 6))).toBe('BSh'); // 500 mm, evenly
    expect(symbolOf(WARM, halves(400 / 6, 100 / 6))).toBe('BSh'); // 80% in summer
    expect(symbolOf(WARM, halves(100, 0))).toBe('BSh'); // 600 mm in summer: below 680
    expect(symbolOf(WARM, halves(50, 50))[0]).not.toBe('B'); // 600 mm evenly: above 540
  });

  it('counts exactly 70% as the winter or summer rule', () => {
    // MAT 8 °C, 100 mm: Pthreshold 16 with the winter rule (BS above 80 mm), 30 otherwise (BW below 150).
    expect(symbolOf(COOL, [20, 15, 10, 5, 5, 5, 5, 5, 5, 5, 5, 15])).toBe('BSk'); // winter 70 of 100
    expect(symbolOf(COOL, [20, 15, 10, 5, 5, 5, 5, 5, 6, 5, 4, 15])).toBe('BWk'); // winter 69 of 100
    // 200 mm: Pthreshold 44 with the summer rule (BW below 220 mm), 30 otherwise (BS from 150).
    expect(symbolOf(COOL, [10, 10, 10, 20, 30, 30, 30, 20, 10, 10, 10, 10])).toBe('BWk'); // summer 140 of 200
    expect(symbolOf(COOL, [10, 10, 10, 20, 30, 30, 30, 20, 8, 10, 10, 12])).toBe('BSk'); // summer 138 of 200
  });

  it('draws the B, BW and h lines where Peel does: MAP < 10·Pth, MAP < 5·Pth, MAT >= 18 °C', () => {
    // MAT 20 °C, rain evenly: Pthreshold 54 cm.
    expect(symbolOf(WARM, flat(540 / 12))[0]).not.toBe('B');
    expect(symbolOf(WARM, flat(539 / 12))).toBe('BSh');
    expect(symbolOf(WARM, flat(270 / 12))).toBe('BSh');
    expect(symbolOf(WARM, flat(269 / 12))).toBe('BWh');
    const mat18 = WARM.map((value) => value - 2);
    expect(symbolOf(mat18, flat(1))).toBe('BWh');
    expect(symbolOf(mat18.map((value) => value - 0.01), flat(1))).toBe('BWk');
  });

  it('never makes a climate B when MAT <= 0 and 70% of its rain falls in winter (Pthreshold <= 0), even with none', () => {
    const t = [-30, -25, -15, -5, 5, 12, 15, 12, 5, -5, -15, -25];
    expect(symbolOf(t, flat(0))).toBe('Dfc'); // MAP 0: both halves hold "70%"; winter is tested first
    expect(symbolOf(WARM, flat(0))).toBe('BWh');
  });

  it('splits A at Tcold 18 °C, Pdry 60 mm and Pdry = 100 - MAP/25', () => {
    const t = [18, 19, 21, 23, 25, 26, 27, 26, 25, 23, 21, 19];
    expect(symbolOf(t, flat(60))).toBe('Af');
    expect(symbolOf(t.map((value) => value - 0.01), flat(100))).toBe('Cfa');
    // Pdry 40 and MAP 1500: on the Am line. Pdry 39 and MAP 1499: below it.
    const rain = [40, 133, 133, 133, 133, 133, 133, 133, 133, 133, 133, 130];
    expect(symbolOf(t, rain)).toBe('Am');
    expect(symbolOf(t, [39, ...rain.slice(1)])).toBe('Aw');
    expect(symbolOf(t, [59, ...rain.slice(1)])).toBe('Am');
  });

  it('splits C from D at Tcold 0 °C', () => {
    const t = [0, 1, 4, 8, 12, 16, 18, 17, 13, 8, 4, 1];
    expect(symbolOf(t, flat(70))).toBe('Dfb');
    expect(symbolOf(t.map((value) => value + 0.01), flat(70))).toBe('Cfb');
  });

  it('draws s at Psdry < 40 and Psdry < Pwwet/3, w at Pwdry < Pswet/10, with s first when both hold', () => {
    const t = [5, 6, 8, 10, 13, 16, 18, 18, 15, 12, 8, 6]; // AMJJAS the summer; Thot 18, 5 months above 10
    // Summer (April..September) then winter (October..March), as a year from January.
    const year = (summer: number[], winter: number[]) => [...winter.slice(3), ...summer, ...winter.slice(0, 3)];
    expect(symbolOf(t, year([70, 60, 39, 39, 50, 60], [120, 120, 120, 120, 100, 100]))).toBe('Csb');
    expect(symbolOf(t, year([70, 60, 40, 40, 50, 60], [120, 120, 120, 120, 100, 100]))).toBe('Cfb'); // Psdry 40
    expect(symbolOf(t, year([70, 60, 30, 30, 50, 60], [90, 90, 90, 90, 80, 80]))).toBe('Cfb'); // Psdry = Pwwet/3
    expect(symbolOf(t, year([70, 60, 29.9, 30, 50, 60], [90, 90, 90, 90, 80, 80]))).toBe('Csb');
    expect(symbolOf(t, year([100, 120, 150, 150, 120, 100], flat(15).slice(6)))).toBe('Cfb'); // Pwdry = Pswet/10
    expect(symbolOf(t, year([100, 120, 150, 150, 120, 100], flat(14.9).slice(6)))).toBe('Cwb');
    // A dry month in each half and wet months in both: s and w both hold, and s wins.
    expect(symbolOf(t, year([5, 100, 100, 100, 100, 100], [60, 60, 5, 60, 60, 60]))).toBe('Csb');
  });

  it('draws the third letter at Thot 22 °C, Tmon10 4 and Tcold -38 °C', () => {
    const rain = flat(50);
    expect(symbolOf([2, 3, 6, 10, 14, 18, 22, 21, 17, 12, 6, 3], rain)).toBe('Cfa');
    expect(symbolOf([2, 3, 6, 10, 14, 18, 21.9, 21, 17, 12, 6, 3], rain)).toBe('Cfb');
    // Four months above 10 °C (exactly 10 does not count), then three.
    expect(symbolOf([2, 3, 6, 9, 10, 11, 15, 14, 12, 10, 6, 3], rain)).toBe('Cfb');
    expect(symbolOf([2, 3, 6, 9, 10, 10, 15, 14, 12, 10, 6, 3], rain)).toBe('Cfc');
    const cold = [-38, -35, -25, -10, 3, 11, 15, 12, 4, -10, -30, -36];
    expect(symbolOf(cold, rain)).toBe('Dfc');
    expect(symbolOf(cold.map((value, m) => (m === 0 ? -38.01 : value)), rain)).toBe('Dfd');
  });

  it('takes AMJJAS as summer when both halves are equally warm', () => {
    const t = [5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 5, 15]; // halves of 60 each
    expect(symbolOf(t, halves(10, 100))).toBe('Csb'); // with ONDJFM as summer it would be Cfb
  });

  it('refuses anything but 12 months of each', () => {
    expect(() => koppenType(flat(10).slice(1), flat(10))).toThrow(/12 monthly/);
    expect(() => koppenType(flat(10), [...flat(10), 1])).toThrow(/got 12 and 13/);
  });
});

describe('koppenGroupShares', () => {
  it('weighs the land by group and leaves code 0 out', () => {
    const shares = koppenGroupShares([0, 1, 15, 15, 29, 4, 0, 27], [5, 1, 2, 1, 1, 3, 7, 2]);
    const expected = { A: 0.1, B: 0.3, C: 0.3, D: 0.2, E: 0.1 };
    for (const group of ['A', 'B', 'C', 'D', 'E'] as const) expect(shares[group]).toBeCloseTo(expected[group], 12);
  });

  it('gives zeros without land and refuses codes that are not types', () => {
    expect(koppenGroupShares([0, 0], [1, 2])).toEqual({ A: 0, B: 0, C: 0, D: 0, E: 0 });
    expect(() => koppenGroupShares([31], [1])).toThrow(/Not a Köppen code: 31/);
    expect(() => koppenGroupShares([1.5], [1])).toThrow(/Not a Köppen code/);
    expect(() => koppenGroupShares([1, 2], [1])).toThrow(/2 codes but 1 weights/);
  });
});
