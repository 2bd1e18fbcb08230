// Kernel test: the WGSL Köppen–Geiger classifier (shaders/common/koppen.wgsl) gives the CPU reference's (src/sim/koppen.ts) type and colours.
import { expect, it } from 'vitest';
import { KOPPEN_TYPES, koppenType } from '../../src/sim/koppen';
import { KOPPEN_CLIMATES } from '../support/koppen-climates';
import { useKernelPage } from './kernel-page';
import { generator } from '../support/xorshift';

interface Climate { temperature: number[]; precipitation: number[] }

const MONTHS = Array.from({ length: 12 }, (_, m) => m);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/**
 * A made-up year: a cosine of temperature about a mean from -35 to 35 °C, peaking in any month,
 * and 0 to 5000 mm of rain shared out by another cosine with noise (so some months dry).
 * Quantised: temperatures to 0.5 °C and rain to whole mm, so that every quantity the classifier
 * compares is exact in float32 and ties happen; otherwise float32 values (what the GPU reads).
 */
function randomClimate(next: () => number, quantised: boolean): Climate {
  const mean = -35 + 70 * next();
  const swing = 30 * next() ** 1.5;
  const warmest = 12 * next();
  const temperature = MONTHS.map((m) => mean + swing * Math.cos((2 * Math.PI * (m - warmest)) / 12) + 3 * (next() - 0.5));
  const total = 5000 * next() ** 2.5;
  const wettest = 12 * next();
  const contrast = 3 * next();
  const shares = MONTHS.map((m) => Math.max(0, 1 + contrast * Math.cos((2 * Math.PI * (m - wettest)) / 12) + 0.6 * (next() - 0.5)));
  const precipitation = shares.map((share) => (total * share) / (sum(shares) || 1));
  return quantised
    ? { temperature: temperature.map((t) => Math.round(2 * t) / 2), precipitation: precipitation.map(Math.round) }
    : { temperature: temperature.map(Math.fround), precipitation: precipitation.map(Math.fround) };
}

/** The comparisons koppenType makes between computed quantities (sums, products), as [left, right]; all three Pthresholds. */
function computedComparisons({ temperature: t, precipitation: p }: Climate): [number, number][] {
  const amjjas = (m: number) => m >= 3 && m <= 8;
  const tAmjjas = sum(t.filter((_, m) => amjjas(m)));
  const tOndjfm = sum(t.filter((_, m) => !amjjas(m)));
  const summer = p.filter((_, m) => amjjas(m) === tAmjjas >= tOndjfm);
  const winter = p.filter((_, m) => amjjas(m) !== tAmjjas >= tOndjfm);
  const tSum = sum(t);
  const pYear = sum(p);
  const pairs: [number, number][] = [
    [tAmjjas, tOndjfm], [10 * sum(winter), 7 * pYear], [10 * sum(summer), 7 * pYear], [tSum, 216],
    [25 * Math.min(...p), 2500 - pYear], [3 * Math.min(...summer), Math.max(...winter)], [10 * Math.min(...winter), Math.max(...summer)],
  ];
  for (const offset of [0, 14, 28]) pairs.push([3 * pYear, 5 * tSum + 30 * offset], [6 * pYear, 5 * tSum + 30 * offset]);
  return pairs;
}

/** Within 1e-3 (relative; absolute below 1) of a threshold: float32 rounding may decide it either way. */
const nearTie = (climate: Climate) =>
  computedComparisons(climate).some(([a, b]) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b)));

/** An exact tie at any threshold, raw ones included (Thot 10, Tcold 0, a month at 10 °C, ...). */
function exactTie(climate: Climate): boolean {
  const { temperature: t, precipitation: p } = climate;
  const raw: [number, number][] = [[Math.max(...t), 10], [Math.max(...t), 0], [Math.max(...t), 22], [Math.min(...t), 18],
    [Math.min(...t), 0], [Math.min(...t), -38], [Math.min(...p), 60], ...t.map((value): [number, number] => [value, 10])];
  return [...raw, ...computedComparisons(climate)].some(([a, b]) => a === b);
}

const kernels = useKernelPage();

it('classifies the hand-made and thousands of random climates as the CPU does, and colours codes as the legend', async () => {
  const next = generator(20070101);
  const handMade: Climate[] = KOPPEN_CLIMATES.map((c) => ({ temperature: c.temperature.map(Math.fround), precipitation: c.precipitation.map(Math.fround) }));
  const quantised = Array.from({ length: 2500 }, () => randomClimate(next, true));
  const continuous = Array.from({ length: 2500 }, () => randomClimate(next, false));
  const climates = [...handMade, ...quantised, ...continuous];
  const { codes, colours } = await kernels.call('runKoppen', climates.flatMap((c) => [...c.temperature, ...c.precipitation]));

  const cpu = climates.map((c) => koppenType(c.temperature, c.precipitation));
  expect(cpu.slice(0, 30)).toEqual(KOPPEN_TYPES.map((type) => type.code));
  // Hand-made and quantised: every comparison is exact in float32, so no tolerance at all.
  const exactCount = handMade.length + quantised.length;
  expect(codes.slice(0, exactCount)).toEqual(cpu.slice(0, exactCount));
  expect(quantised.filter(exactTie).length).toBeGreaterThan(100);
  // Continuous: those within 1e-3 of a computed threshold are left out, and must be few.
  const excluded = continuous.map(nearTie);
  expect(excluded.filter(Boolean).length).toBeLessThan(continuous.length / 50);
  const kept = (values: number[]) => values.slice(exactCount).filter((_, i) => !excluded[i]);
  expect(kept(codes)).toEqual(kept(cpu));
  // The random climates alone reach every type but the rarest.
  expect(new Set(cpu.slice(30)).size).toBeGreaterThanOrEqual(28);

  const expected = [[0, 0, 0], ...KOPPEN_TYPES.map((type) => type.rgb), [0, 0, 0]].flatMap((rgb) => rgb.map((v) => v / 255));
  expect(colours.length).toBe(expected.length);
  colours.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 6));
});
