// The planet statistics (src/analysis) on hand-made grids whose answers are known.
import { describe, expect, it } from 'vitest';
import { momentStats, PRESENT_DAY_CRITERIA, type MomentStats } from '../../src/analysis/criteria';
import {
  areaWeights, drainageAreas, exceedanceSlope, hypsometry, landFraction, landMask, largestBasinShareOfLand, maskAgreement,
  meanLandRain, outlets, reduceMaskByArea, rowWeight, topologicalOrder,
} from '../../src/analysis/planet-stats';

/** Row weights of a 4-row grid: cos latitude at 67.5, 22.5, -22.5, -67.5 degrees. */
const W4 = [Math.sin(Math.PI / 8), Math.sin((3 * Math.PI) / 8), Math.sin((5 * Math.PI) / 8), Math.sin((7 * Math.PI) / 8)];

/** A grid whose every row holds the same values (so row weights cancel out of shares). */
function rowsOf(values: number[], rows: number): number[] {
  return Array.from({ length: rows }, () => values).flat();
}

describe('areas and land fraction', () => {
  it('weighs a row by the cosine of its centre latitude', () => {
    expect(rowWeight(0, 4)).toBeCloseTo(Math.cos((67.5 * Math.PI) / 180), 12);
    const weights = areaWeights(3, 4);
    expect(Array.from(weights.slice(3, 6))).toEqual([W4[1], W4[1], W4[1]]);
  });

  it('takes land above 0 m and weighs it by area', () => {
    expect(Array.from(landMask([-1, 0, 0.5, 3000]))).toEqual([0, 0, 1, 1]);
    // The northern half: exactly half the sphere.
    expect(landFraction([1, 1, 1, 1, 0, 0, 0, 0], 2, 4)).toBeCloseTo(0.5, 12);
    // Only the polar row: its weight over all four (about the cap north of 45 deg, 0.146).
    const polar = landFraction([1, 1, 0, 0, 0, 0, 0, 0], 2, 4);
    expect(polar).toBeCloseTo(W4[0] / (2 * (W4[0] + W4[1])), 12);
    expect(polar).toBeCloseTo(0.1464, 3);
    expect(() => landFraction([1, 0, 1], 2, 2)).toThrow(/2x2 grid needs 4/);
  });
});

describe('land masks reduced by area', () => {
  // 4x4: the top-left 2x2 block has land in row 0 only; the top-right block is all land.
  const mask = [
    1, 0, 1, 1,
    0, 0, 1, 1,
    0, 0, 0, 0,
    0, 1, 0, 0,
  ];

  it('gives each coarse cell the area-weighted land share of the cells inside it', () => {
    const reduced = reduceMaskByArea(mask, 4, 4, 2, 2);
    expect(reduced[0]).toBeCloseTo(W4[0] / (2 * W4[0] + 2 * W4[1]), 12);
    expect(reduced[1]).toBe(1);
    expect(reduced[2]).toBeCloseTo(W4[3] / (2 * W4[2] + 2 * W4[3]), 12);
    expect(reduced[3]).toBe(0);
    // The same grid reduces to itself.
    expect(Array.from(reduceMaskByArea(mask, 4, 4, 4, 4))).toEqual(mask);
    expect(() => reduceMaskByArea(mask, 4, 4, 3, 2)).toThrow(/whole number/);
  });

  it('measures agreement as the share of area on the same side of 0.5', () => {
    const a = [1, 0, 0.5, 0.2];
    expect(maskAgreement(a, a, 2, 2)).toBe(1);
    expect(maskAgreement(a, [0, 1, 0.49, 0.6], 2, 2)).toBe(0);
    // One northern cell disagrees: a quarter of the sphere (both rows weigh the same at 2 rows).
    expect(maskAgreement(a, [0.4, 0, 0.9, 0], 2, 2)).toBeCloseTo(0.75, 12);
    // A share of exactly one half is land.
    expect(maskAgreement([0.5, 0, 0, 0], [1, 0, 0, 0], 2, 2)).toBe(1);
  });

  it('agrees with itself across grids when the coastline follows the coarse cells', () => {
    const coarse = [1, 0, 0, 1];
    const fine = [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1];
    expect(maskAgreement(reduceMaskByArea(fine, 4, 4, 2, 2), coarse, 2, 2)).toBe(1);
  });
});

describe('rain over land', () => {
  it('averages the climate cell over each land cell, weighted by area', () => {
    // 4x4 terrain on a 2x2 climate grid: land at (0,0) (climate cell 0) and (3,3) (climate cell 3).
    const mask = new Array(16).fill(0);
    mask[0] = 1;
    mask[15] = 1;
    const rain = [2, 100, 100, 5];
    expect(meanLandRain(mask, 4, 4, rain, 2, 2)).toBeCloseTo((2 * W4[0] + 5 * W4[3]) / (W4[0] + W4[3]), 12);
    // Two land cells under the dry climate cell weigh twice.
    mask[1] = 1;
    expect(meanLandRain(mask, 4, 4, rain, 2, 2)).toBeCloseTo(3, 12);
    expect(meanLandRain(new Array(16).fill(0), 4, 4, rain, 2, 2)).toBeNaN();
  });
});

describe('hypsometry', () => {
  // 100 columns: 55 deep ocean at -4.4 km, 30 lowland at +0.1 km, 10 shelf at -1.1 km, 5 peaks at 3 km.
  const profile = [...new Array(55).fill(-4400), ...new Array(30).fill(100), ...new Array(10).fill(-1100), ...new Array(5).fill(3000)];

  it('bins area by 250 m and finds the two modes with a trough between them', () => {
    const h = hypsometry(rowsOf(profile, 4), 100, 4);
    expect(h.histogram.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    // -4400 m lies in the bin -4500..-4250 (bin 26 from -11 km).
    expect(h.histogram[26]).toBeCloseTo(0.55, 12);
    expect(h.oceanModeMetres).toBe(-4375);
    expect(h.landModeMetres).toBe(125);
    expect(h.troughRatio).toBe(0);
    expect(h.bimodal).toBe(true);
  });

  it('finds no trough when the land is only the ocean mode\'s falling tail', () => {
    // 40 cells at -4.4 km, then cells at the centres of bins 27..45 (-4125 m .. +375 m), fewer and fewer upward.
    const counts = [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 2, 2, 2, 2, 2, 1, 1, 1, 1];
    const tail = counts.flatMap((count, k) => new Array(count).fill(-11_000 + (27 + k + 0.5) * 250));
    const h = hypsometry(rowsOf([-6000, ...new Array(40).fill(-4400), ...tail], 2), 100, 2);
    expect(h.oceanModeMetres).toBe(-4375);
    expect(h.landModeMetres).toBe(-1875);
    expect(h.troughRatio).toBeCloseTo(1.2, 9);
    expect(h.bimodal).toBe(false);
  });

  it('counts values beyond the range in the end bins', () => {
    const h = hypsometry([-20_000, 20_000], 2, 1);
    expect(h.histogram[0]).toBe(0.5);
    expect(h.histogram[h.histogram.length - 1]).toBe(0.5);
  });
});

describe('drainage areas', () => {
  // 3x2: 0 -> 1 -> 2 (an outlet); 3 -> 1; 4 -> 1; 5 its own outlet.
  const receivers = [1, 2, 2, 1, 1, 5];

  it('sums every cell upstream, itself included', () => {
    expect(Array.from(drainageAreas(receivers, 3, 2, [1, 1, 1, 1, 1, 1]))).toEqual([1, 4, 5, 1, 1, 1]);
    const [n, s] = [rowWeight(0, 2), rowWeight(1, 2)];
    const areas = drainageAreas(receivers, 3, 2);
    expect(areas[1]).toBeCloseTo(2 * n + 2 * s, 12);
    expect(areas[2]).toBeCloseTo(3 * n + 2 * s, 12);
    expect(Array.from(topologicalOrder(receivers)).indexOf(1)).toBeGreaterThan(Array.from(topologicalOrder(receivers)).indexOf(4));
  });

  it('follows a long chain in any index order', () => {
    // A 1-row spiral: 5 -> 0 -> 4 -> 1 -> 3 -> 2 (outlet).
    const chain = [4, 3, 2, 2, 1, 0];
    expect(Array.from(drainageAreas(chain, 6, 1, new Array(6).fill(1)))).toEqual([2, 4, 6, 5, 3, 1]);
  });

  it('finds each cell\'s outlet at the end of its chain', () => {
    expect(Array.from(outlets(receivers))).toEqual([2, 2, 2, 2, 2, 5]);
    expect(Array.from(outlets([4, 3, 2, 2, 1, 0]))).toEqual([2, 2, 2, 2, 2, 2]);
    expect(Array.from(outlets([1, 0, 0, 3]))).toEqual([-1, -1, -1, 3]);
  });

  it('treats a receiver that is not a cell as an outlet, and leaves a cycle out of the order', () => {
    expect(Array.from(drainageAreas([-1, 0, 99, 2], 4, 1, [1, 1, 1, 1]))).toEqual([2, 1, 2, 1]);
    const cycle = [1, 0, 0];
    expect(topologicalOrder(cycle).length).toBe(1);
    expect(Array.from(drainageAreas(cycle, 3, 1, [1, 1, 1]))).toEqual([2, 1, 1]);
  });

  it('gives the largest basin its share of the land only', () => {
    // Land: 0, 1, 3, 4 (all draining to sea cell 2); sea: 2, 5.
    expect(largestBasinShareOfLand(receivers, [1, 1, 0, 1, 1, 0], 3, 2)).toBeCloseTo(1, 12);
    // Cell 4 drains to sea cell 5 instead: the basin at 2 keeps 0, 1, 3.
    const split = [1, 2, 2, 1, 5, 5];
    const [n, s] = [rowWeight(0, 2), rowWeight(1, 2)];
    expect(largestBasinShareOfLand(split, [1, 1, 0, 1, 1, 0], 3, 2)).toBeCloseTo((2 * n + s) / (2 * n + 2 * s), 12);
    expect(largestBasinShareOfLand(split, [0, 0, 0, 0, 0, 0], 3, 2)).toBe(0);
  });
});

describe('exceedance slope', () => {
  /** Areas whose exceedance is exactly (a / 1)^-exponent at each sample: the i-th largest is (N / i)^(1 / exponent). */
  function powerLaw(exponent: number, count: number): number[] {
    return Array.from({ length: count }, (_, i) => (count / (i + 1)) ** (1 / exponent));
  }

  it('recovers the exponent of a power-law set', () => {
    const fit = exceedanceSlope(powerLaw(0.45, 100_000), 4, 1000);
    expect(fit.slope).toBeCloseTo(0.45, 2);
    expect(fit.points).toBeGreaterThanOrEqual(5);
    expect(exceedanceSlope(powerLaw(0.8, 100_000), 4, 1000).slope).toBeCloseTo(0.8, 2);
  });

  it('is unchanged by a common weight and refuses too short a range', () => {
    const areas = powerLaw(0.45, 20_000);
    const plain = exceedanceSlope(areas, 4, 400).slope;
    expect(exceedanceSlope(areas, 4, 400, new Array(areas.length).fill(0.3)).slope).toBeCloseTo(plain, 10);
    expect(exceedanceSlope(areas, 4, 12).slope).toBeNaN();
  });
});

describe('a moment against the present-day criteria', () => {
  it('measures a small world and tells which tests it fails', () => {
    // 8x4: western half land at +100 m draining east along its row into a sea at -4400 m.
    const width = 8;
    const elevation = rowsOf([100, 100, 100, 100, -4400, -4400, -4400, -4400], 4);
    const receivers = elevation.map((_, i) => (i % width < 4 ? i + 1 : i));
    const stats = momentStats({ width, height: 4, elevation, receivers, rain: [1, 3, 1, 3], climateWidth: 2, climateHeight: 2 });
    expect(stats.landFraction).toBeCloseTo(0.5, 12);
    expect(stats.landRain).toBeCloseTo(1, 12);
    expect(stats.cycleCells).toBe(0);
    // The largest basin: the two equatorial rows' four land cells each, of the half that is land.
    expect(stats.largestBasinShare).toBeCloseTo(W4[1] / (2 * (W4[0] + W4[1])), 12);
    expect(stats.bimodal).toBe(true);
    const failed = PRESENT_DAY_CRITERIA.filter((c) => !c.passes(stats)).map((c) => c.name);
    expect(failed).toEqual(['land fraction 0.2-0.4', 'exceedance slope 0.35-0.55', 'land rain >= 1.5 mm/day']);
  });

  it('passes an Earth-like set of measures', () => {
    const earth: MomentStats = {
      landFraction: 0.29, oceanModeMetres: -4375, landModeMetres: 125, troughRatio: 0.3, bimodal: true, largestBasinShare: 0.05,
      exceedanceSlope: 0.45, fitMinArea: 4, fitMaxArea: 80, landRain: 2.2, cycleCells: 0,
    };
    expect(PRESENT_DAY_CRITERIA.every((c) => c.passes(earth))).toBe(true);
    expect(PRESENT_DAY_CRITERIA.filter((c) => !c.passes({ ...earth, landModeMetres: 1125 })).length).toBe(1);
  });
});
