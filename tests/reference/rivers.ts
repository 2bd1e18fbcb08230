// CPU reference of the river routing in shaders/erosion/flow.wgsl: D8 receivers with true
// distances on the sphere, drainage areas and outlets by following the receivers, in float64.

import { cellArea, neighbour, type Grid } from './sphere';

export const EIGHT_STEPS: ReadonlyArray<readonly [number, number]> = [
  [1, 0], [-1, 0], [0, -1], [0, 1], [1, -1], [-1, -1], [1, 1], [-1, 1],
];

/** Distance to the neighbour one step (dx, dy) away, in row spacings. */
export function stepDistance(grid: Grid, y: number, dx: number, dy: number): number {
  const midRow = Math.min(Math.max(y + 0.5 + 0.5 * dy, 0), grid.height);
  const eastWest = Math.sin((midRow / grid.height) * Math.PI) * 2 * grid.height / grid.width;
  return Math.hypot(dx * eastWest, dy);
}

export interface Receiver {
  receiver: number;
  /** Steepest slope, and the runner-up's (to skip near-ties when comparing with float32). */
  slope: number;
  secondSlope: number;
}

/** Each cell's receiver: the steepest-descent neighbour on land, itself for pits and ocean. */
export function receivers(grid: Grid, elevation: ArrayLike<number>, seaLevel: number): Receiver[] {
  const out: Receiver[] = [];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const i = y * grid.width + x;
      const slopes = EIGHT_STEPS.map(([dx, dy]) => {
        const [nx, ny] = neighbour(grid, x, y, dx, dy);
        return { cell: ny * grid.width + nx, slope: (elevation[i] - elevation[ny * grid.width + nx]) / stepDistance(grid, y, dx, dy) };
      }).sort((a, b) => b.slope - a.slope);
      const land = elevation[i] > seaLevel;
      const drains = land && slopes[0].slope > 0;
      out.push({ receiver: drains ? slopes[0].cell : i, slope: slopes[0].slope, secondSlope: slopes[1].slope });
    }
  }
  return out;
}

/** Where each cell's water ends: follow the receivers to a cell that is its own receiver. */
export function outlets(receiver: ArrayLike<number>): number[] {
  return Array.from(receiver, (_, start) => {
    let cell = start;
    for (let hops = 0; receiver[cell] !== cell; hops++) {
      if (hops > receiver.length) throw new Error(`receiver cycle through cell ${start}`);
      cell = receiver[cell];
    }
    return cell;
  });
}

/** Longest chain of receivers (hops from a cell to its outlet). */
export function longestPath(receiver: ArrayLike<number>): number {
  let longest = 0;
  for (let start = 0; start < receiver.length; start++) {
    let hops = 0;
    for (let cell = start; receiver[cell] !== cell; cell = receiver[cell]) hops++;
    longest = Math.max(longest, hops);
  }
  return longest;
}

/** Rain-weighted area upstream of each land cell (itself included), in equatorial cell areas. */
export function drainageArea(grid: Grid, receiver: ArrayLike<number>, land: ArrayLike<boolean>): number[] {
  const area = new Array<number>(receiver.length).fill(0);
  for (let start = 0; start < receiver.length; start++) {
    if (!land[start]) continue;
    const rain = cellArea(grid, Math.floor(start / grid.width));
    let cell = start;
    area[cell] += rain;
    while (receiver[cell] !== cell) {
      cell = receiver[cell];
      area[cell] += rain;
    }
  }
  return area;
}
