// Drainage from the water's receivers: each cell's upstream area, the largest basin's share of the land, and the exceedance slope of drainage areas.

import { areaWeights, checkGrid } from './grid';

/**
 * The cells in an order where every cell comes before the cell it drains to (Kahn's algorithm on
 * the receiver graph). `receivers[i]` is the index of the cell that cell i drains to; a cell that
 * is its own receiver (an outlet or a pit), or whose receiver is not a cell index, drains nowhere.
 * Cells on a receiver cycle (which a well-formed field has none of) are left out, so the order is
 * shorter than the grid by their number.
 */
export function topologicalOrder(receivers: ArrayLike<number>): Int32Array {
  const n = receivers.length;
  const target = downstream(receivers);
  const inflows = new Int32Array(n);
  for (let i = 0; i < n; i++) if (target[i] >= 0) inflows[target[i]]++;
  const order = new Int32Array(n);
  let length = 0;
  for (let i = 0; i < n; i++) if (inflows[i] === 0) order[length++] = i;
  for (let next = 0; next < length; next++) {
    const to = target[order[next]];
    if (to >= 0 && --inflows[to] === 0) order[length++] = to;
  }
  return order.slice(0, length);
}

/**
 * Each cell's drainage area: the summed `weights` of every cell whose chain of receivers passes
 * through it, itself included. With the default weights (cos latitude) the unit is equatorial
 * cell areas. On a receiver cycle, a cell keeps its own weight and what flowed in from outside
 * the cycle, passing none of it on.
 */
export function drainageAreas(receivers: ArrayLike<number>, width: number, height: number, weights: ArrayLike<number> = areaWeights(width, height)): Float64Array {
  checkGrid(receivers, width, height);
  checkGrid(weights, width, height);
  const target = downstream(receivers);
  const areas = Float64Array.from(weights);
  for (const cell of topologicalOrder(receivers)) if (target[cell] >= 0) areas[target[cell]] += areas[cell];
  return areas;
}

/**
 * Each cell's outlet: the last cell of its chain of receivers (a cell that drains nowhere is its
 * own). On a receiver cycle (which a well-formed field has none of) the outlet is -1.
 */
export function outlets(receivers: ArrayLike<number>): Int32Array {
  const target = downstream(receivers);
  const order = topologicalOrder(receivers);
  const outlet = new Int32Array(receivers.length).fill(-1);
  // From the outlets upstream: the reverse order visits every cell after the cell it drains to.
  for (let k = order.length - 1; k >= 0; k--) {
    const cell = order[k];
    outlet[cell] = target[cell] >= 0 ? outlet[target[cell]] : cell;
  }
  return outlet;
}

/**
 * The largest basin's share (0..1) of the land's area: the most land area (cos-latitude weighted)
 * that drains to one cell, over the land's whole area. Drainage area only grows downstream, so the
 * most is found at an outlet (a sea cell, or a pit on land). `mask` is 1 on land, 0 at sea. 0 without land.
 */
export function largestBasinShareOfLand(receivers: ArrayLike<number>, mask: ArrayLike<number>, width: number, height: number): number {
  checkGrid(mask, width, height);
  const weights = areaWeights(width, height);
  let land = 0;
  for (let i = 0; i < weights.length; i++) {
    if (!mask[i]) weights[i] = 0;
    land += weights[i];
  }
  if (land === 0) return 0;
  const areas = drainageAreas(receivers, width, height, weights);
  let most = 0;
  for (let i = 0; i < areas.length; i++) most = Math.max(most, areas[i]);
  return most / land;
}

export interface ExceedanceFit {
  /** Minus the least-squares slope of log P(A >= a) against log a: positive for a falling tail. NaN when the range is too short. */
  slope: number;
  /** The fitted range of drainage areas, in the areas' unit. */
  minArea: number;
  maxArea: number;
  /** Points fitted: log-spaced values of a from minArea to maxArea, pointsPerDecade a decade. */
  points: number;
}

/** A fit needs maxArea at least this many times minArea (0.6 of a decade). */
export const MIN_FIT_SPAN = 4;

/**
 * The exceedance slope of a set of drainage areas (e.g. those of the land cells): P(A >= a) is
 * the weighted share of the samples whose area is at least a (each sample weighs weights[i],
 * e.g. its cell's area; 1 each without weights). log10 P is fitted by least squares against
 * log10 a at log-spaced points from minArea to maxArea (both ends included, at least 5 points),
 * so every part of the range counts alike however many samples it has.
 */
export function exceedanceSlope(
  areas: ArrayLike<number>, minArea: number, maxArea: number, weights?: ArrayLike<number>, pointsPerDecade = 8,
): ExceedanceFit {
  if (!(minArea > 0 && maxArea >= minArea * MIN_FIT_SPAN)) return { slope: NaN, minArea, maxArea, points: 0 };
  const order = Array.from({ length: areas.length }, (_, i) => i).sort((a, b) => areas[b] - areas[a]);
  const sorted = Float64Array.from(order, (i) => areas[i]);
  // above[k]: the summed weight of the k largest samples.
  const above = new Float64Array(order.length + 1);
  order.forEach((i, k) => { above[k + 1] = above[k] + (weights ? weights[i] : 1); });
  const total = above[order.length];
  const points = Math.max(5, Math.ceil(Math.log10(maxArea / minArea) * pointsPerDecade) + 1);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let p = 0; p < points; p++) {
    const a = minArea * (maxArea / minArea) ** (p / (points - 1));
    const share = above[countAtLeast(sorted, a)] / total;
    if (share > 0) {
      xs.push(Math.log10(a));
      ys.push(Math.log10(share));
    }
  }
  return { slope: xs.length >= 2 ? -leastSquaresSlope(xs, ys) : NaN, minArea, maxArea, points: xs.length };
}

/** How many of the values (sorted from largest down) are at least a. */
function countAtLeast(sorted: Float64Array, a: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] >= a) low = mid + 1;
    else high = mid;
  }
  return low;
}

function leastSquaresSlope(xs: number[], ys: number[]): number {
  const mx = xs.reduce((s, x) => s + x, 0) / xs.length;
  const my = ys.reduce((s, y) => s + y, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  return sxy / sxx;
}

/** Each cell's receiver as a cell index, or -1 where it drains nowhere (itself, or not a cell). */
function downstream(receivers: ArrayLike<number>): Int32Array {
  const n = receivers.length;
  const target = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const r = receivers[i];
    target[i] = Number.isInteger(r) && r >= 0 && r < n && r !== i ? r : -1;
  }
  return target;
}
