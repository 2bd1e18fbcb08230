// Pure statistics of a planet's fields on an equirectangular grid (no DOM, no GPU): cell areas, land fraction, land masks reduced between grids, rain over land.

import { checkGrid, rowWeight } from './grid';

export { drainageAreas, exceedanceSlope, largestBasinShareOfLand, outlets, topologicalOrder, type ExceedanceFit } from './drainage';
export { areaWeights, checkGrid, rowWeight } from './grid';
export { hypsometry, HYPSOMETRY_DEFAULTS, type Hypsometry, type HypsometryOptions } from './hypsometry';

/** Land where the elevation (m above sea level) is above 0: 1 land, 0 sea. */
export function landMask(elevation: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(elevation.length);
  for (let i = 0; i < elevation.length; i++) mask[i] = elevation[i] > 0 ? 1 : 0;
  return mask;
}

/** The area-weighted share (0..1) of the sphere where `mask` is set. */
export function landFraction(mask: ArrayLike<number>, width: number, height: number): number {
  checkGrid(mask, width, height);
  let land = 0;
  let total = 0;
  for (let y = 0; y < height; y++) {
    const weight = rowWeight(y, height);
    for (let x = 0; x < width; x++) {
      total += weight;
      if (mask[y * width + x]) land += weight;
    }
  }
  return land / total;
}

/**
 * A land mask (1 land, 0 sea) reduced by area to a coarser grid that divides it evenly: each
 * coarse cell's land share (0..1), the area-weighted mean of the fine cells inside it.
 */
export function reduceMaskByArea(mask: ArrayLike<number>, width: number, height: number, toWidth: number, toHeight: number): Float64Array {
  checkGrid(mask, width, height);
  if (width % toWidth !== 0 || height % toHeight !== 0) {
    throw new Error(`Cannot reduce ${width}x${height} to ${toWidth}x${toHeight}: not a whole number of cells each way`);
  }
  const fx = width / toWidth;
  const fy = height / toHeight;
  const land = new Float64Array(toWidth * toHeight);
  const area = new Float64Array(toWidth * toHeight);
  for (let y = 0; y < height; y++) {
    const weight = rowWeight(y, height);
    const row = Math.floor(y / fy) * toWidth;
    for (let x = 0; x < width; x++) {
      const to = row + Math.floor(x / fx);
      area[to] += weight;
      if (mask[y * width + x]) land[to] += weight;
    }
  }
  for (let i = 0; i < land.length; i++) land[i] /= area[i];
  return land;
}

/** A reduced cell counts as land when its land share is at least this (0..1); a half-land cell is land. */
export const LAND_SHARE_THRESHOLD = 0.5;

/** Slack for a share that is exactly one half but rounded below it (sums of unequal row weights). */
const SHARE_SLACK = 1e-9;

/**
 * How far two land-share grids of the same size (e.g. two reduceMaskByArea results at 128x64)
 * agree: the area-weighted fraction (0..1) of cells that both call land or both call sea, a cell
 * being land when its share is at least LAND_SHARE_THRESHOLD.
 */
export function maskAgreement(a: ArrayLike<number>, b: ArrayLike<number>, width: number, height: number): number {
  checkGrid(a, width, height);
  checkGrid(b, width, height);
  let agree = 0;
  let total = 0;
  for (let y = 0; y < height; y++) {
    const weight = rowWeight(y, height);
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      total += weight;
      if ((a[i] >= LAND_SHARE_THRESHOLD - SHARE_SLACK) === (b[i] >= LAND_SHARE_THRESHOLD - SHARE_SLACK)) agree += weight;
    }
  }
  return agree / total;
}

/**
 * The area-weighted mean rain over land, in the rain's unit (mm/day): `mask` on the terrain
 * grid (width x height), `rain` on a climate grid that divides it evenly (climateWidth x
 * climateHeight); each terrain cell takes the rain of the climate cell it lies in. NaN without land.
 */
export function meanLandRain(
  mask: ArrayLike<number>, width: number, height: number, rain: ArrayLike<number>, climateWidth: number, climateHeight: number,
): number {
  checkGrid(mask, width, height);
  checkGrid(rain, climateWidth, climateHeight);
  if (width % climateWidth !== 0 || height % climateHeight !== 0) {
    throw new Error(`The climate grid ${climateWidth}x${climateHeight} does not divide the terrain grid ${width}x${height}`);
  }
  const fx = width / climateWidth;
  const fy = height / climateHeight;
  let sum = 0;
  let area = 0;
  for (let y = 0; y < height; y++) {
    const weight = rowWeight(y, height);
    const row = Math.floor(y / fy) * climateWidth;
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      sum += weight * rain[row + Math.floor(x / fx)];
      area += weight;
    }
  }
  return area > 0 ? sum / area : NaN;
}
