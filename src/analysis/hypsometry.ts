// Hypsometry: the area-weighted histogram of elevations, its deep-ocean and land modes, and whether there is a trough between them.

import { checkGrid, rowWeight } from './grid';

export interface HypsometryOptions {
  /** Bin width, m. */
  binMetres: number;
  /** Lower edge of the first bin, m above sea level; anything lower is counted in the first bin. */
  minMetres: number;
  /** Upper edge of the last bin, m above sea level; anything higher is counted in the last bin. */
  maxMetres: number;
  /** Where the ocean mode's search ends and the land mode's begins, m above sea level. */
  splitMetres: number;
  /** Bins in the running mean that smooths the histogram for the trough test (odd; 1: none). */
  smoothBins: number;
}

/**
 * 250 m bins from -11 km to +9 km; the modes are sought either side of -2 km (halfway between
 * the deep-ocean window, -5.5..-3.5 km, and the land window, -0.5..+1 km, of the Earth-like
 * test); the trough test runs on a three-bin (750 m) running mean, so single-bin noise makes no dip.
 */
export const HYPSOMETRY_DEFAULTS: HypsometryOptions = { binMetres: 250, minMetres: -11_000, maxMetres: 9_000, splitMetres: -2_000, smoothBins: 3 };

export interface Hypsometry {
  options: HypsometryOptions;
  /** Share (0..1) of the sphere's area in each bin; bin k spans minMetres + k * binMetres .. + binMetres. */
  histogram: Float64Array;
  /** The histogram after the running mean, share of the sphere per bin. */
  smoothed: Float64Array;
  /** Centre of the fullest bin below splitMetres (the first of equals), m above sea level. */
  oceanModeMetres: number;
  /** Centre of the fullest bin at or above splitMetres (the first of equals), m above sea level. */
  landModeMetres: number;
  /** Centre of the emptiest smoothed bin strictly between the modes (NaN if they are adjacent), m. */
  troughMetres: number;
  /** The trough's smoothed share over the smaller of the two mode bins' smoothed shares (NaN if the modes are adjacent). */
  troughRatio: number;
  /**
   * Two modes with fewer cells between them than at either: in the smoothed histogram, some bin
   * strictly between the two mode bins holds less area than the smaller of the two mode bins
   * (troughRatio < 1); modes in adjacent bins are not two. Whether the
   * modes lie in the Earth-like windows is a separate test, on oceanModeMetres and landModeMetres.
   */
  bimodal: boolean;
}

/** The hypsometry of elevations (m above sea level) on a width x height grid, cells weighted by cos latitude. */
export function hypsometry(elevation: ArrayLike<number>, width: number, height: number, options: HypsometryOptions = HYPSOMETRY_DEFAULTS): Hypsometry {
  checkGrid(elevation, width, height);
  const { binMetres, minMetres, maxMetres, splitMetres, smoothBins } = options;
  const bins = Math.round((maxMetres - minMetres) / binMetres);
  if (!(bins >= 2) || !(smoothBins >= 1) || smoothBins % 2 !== 1) throw new Error('Hypsometry needs at least two bins and an odd smoothing width');
  const histogram = new Float64Array(bins);
  let total = 0;
  for (let y = 0; y < height; y++) {
    const weight = rowWeight(y, height);
    for (let x = 0; x < width; x++) {
      const value = elevation[y * width + x];
      if (!Number.isFinite(value)) continue;
      const bin = Math.min(Math.max(Math.floor((value - minMetres) / binMetres), 0), bins - 1);
      histogram[bin] += weight;
      total += weight;
    }
  }
  if (total > 0) for (let k = 0; k < bins; k++) histogram[k] /= total;
  const smoothed = runningMean(histogram, smoothBins);
  const centre = (k: number) => minMetres + (k + 0.5) * binMetres;
  const splitBin = Math.min(Math.max(Math.ceil((splitMetres - minMetres) / binMetres - 0.5), 1), bins - 1);
  const ocean = fullest(histogram, 0, splitBin);
  const land = fullest(histogram, splitBin, bins);
  const trough = ocean + 1 < land ? emptiest(smoothed, ocean + 1, land) : -1;
  const troughRatio = trough >= 0 ? smoothed[trough] / Math.min(smoothed[ocean], smoothed[land]) : NaN;
  return {
    options,
    histogram,
    smoothed,
    oceanModeMetres: centre(ocean),
    landModeMetres: centre(land),
    troughMetres: trough >= 0 ? centre(trough) : NaN,
    troughRatio,
    bimodal: troughRatio < 1,
  };
}

/** A running mean over `span` bins (odd), averaging only the bins that exist at the ends. */
function runningMean(values: Float64Array, span: number): Float64Array {
  const half = (span - 1) / 2;
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(k - half, 0); j <= Math.min(k + half, values.length - 1); j++) {
      sum += values[j];
      count++;
    }
    out[k] = sum / count;
  }
  return out;
}

/** Index of the largest value in from..to-1 (the first of equals). */
function fullest(values: Float64Array, from: number, to: number): number {
  let best = from;
  for (let k = from + 1; k < to; k++) if (values[k] > values[best]) best = k;
  return best;
}

/** Index of the smallest value in from..to-1 (the first of equals). */
function emptiest(values: Float64Array, from: number, to: number): number {
  let best = from;
  for (let k = from + 1; k < to; k++) if (values[k] < values[best]) best = k;
  return best;
}
