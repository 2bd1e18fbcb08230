// Sphere topology of the grid (the CPU reference the WGSL is tested against): neighbours
// across the poles and the date line, spacings and areas.
import { describe, expect, it } from 'vitest';
import { cellArea, cellPosition, diffusionWeight, eastWestSpacing, neighbour, northSouthEdge, type Grid } from '../reference/sphere';

const grid: Grid = { width: 16, height: 8 };

describe('sphere neighbours', () => {
  it('wrap across the date line', () => {
    expect(neighbour(grid, 15, 3, 1, 0)).toEqual([0, 3]);
    expect(neighbour(grid, 0, 3, -1, 0)).toEqual([15, 3]);
    expect(neighbour(grid, 0, 3, -1, 1)).toEqual([15, 4]);
  });

  it('cross the north pole onto the same row, half a world round', () => {
    expect(neighbour(grid, 2, 0, 0, -1)).toEqual([10, 0]);
    expect(neighbour(grid, 12, 0, 0, -1)).toEqual([4, 0]);
    expect(neighbour(grid, 15, 0, 1, -1)).toEqual([8, 0]);
  });

  it('cross the south pole likewise', () => {
    expect(neighbour(grid, 2, 7, 0, 1)).toEqual([10, 7]);
    expect(neighbour(grid, 9, 7, -1, 1)).toEqual([0, 7]);
  });

  it('are symmetric: stepping there and back returns home, everywhere', () => {
    for (let y = 0; y < grid.height; y++) {
      for (let x = 0; x < grid.width; x++) {
        for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          const [nx, ny] = neighbour(grid, x, y, dx, dy);
          // Across a pole the direction flips (north of the pole is south again).
          const crossed = ny === y && dy !== 0;
          expect(crossed ? neighbour(grid, nx, ny, dx, dy) : neighbour(grid, nx, ny, -dx, -dy)).toEqual([x, y]);
        }
      }
    }
  });

  it('are physically close: neighbours across a pole are as near as any other', () => {
    const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    const across = distance(cellPosition(grid, 2, 0), cellPosition(grid, ...neighbour(grid, 2, 0, 0, -1)));
    const southward = distance(cellPosition(grid, 2, 0), cellPosition(grid, 2, 1));
    // Both are pi / height radians of arc apart (chords equal to 1e-12).
    expect(across).toBeCloseTo(southward, 12);
  });
});

describe('sphere metric', () => {
  it('shrinks the east-west spacing with cos(latitude), 1 at the equator', () => {
    const big: Grid = { width: 512, height: 256 };
    expect(eastWestSpacing(big, 127)).toBeCloseTo(1, 4);
    expect(eastWestSpacing(big, 0)).toBeGreaterThan(0);
    expect(eastWestSpacing(big, 0)).toBeLessThan(0.01);
  });

  it('gives areas that sum to the sphere, equal rows north and south', () => {
    let total = 0;
    for (let y = 0; y < grid.height; y++) {
      total += cellArea(grid, y) * grid.width;
      expect(cellArea(grid, y)).toBeCloseTo(cellArea(grid, grid.height - 1 - y), 12);
    }
    // A row's north-south spacing is pi / height radians; in those units the sphere is 4 H^2 / pi.
    expect(total).toBeCloseTo((4 * grid.height ** 2) / Math.PI, 9);
  });

  it('lets nothing flow across a pole and keeps diffusion stable', () => {
    expect(northSouthEdge(grid, 0, -1)).toBe(0);
    expect(northSouthEdge(grid, grid.height - 1, 1)).toBe(0);
    for (let y = 0; y < grid.height; y++) {
      const sum = [[1, 0], [-1, 0], [0, -1], [0, 1]].reduce((s, [dx, dy]) => s + diffusionWeight(grid, 0, y, dx, dy, 0.25), 0);
      expect(sum).toBeLessThanOrEqual(0.8 + 1e-12);
    }
  });

  it('keeps diffusion symmetric, so it conserves the area-weighted total', () => {
    for (let y = 0; y < grid.height; y++) {
      for (const [dx, dy] of [[1, 0], [0, 1], [0, -1]]) {
        const [nx, ny] = neighbour(grid, 3, y, dx, dy);
        const back = ny === y && dy !== 0 ? dy : -dy;
        const there = diffusionWeight(grid, 3, y, dx, dy, 0.2) * cellArea(grid, y);
        const returned = diffusionWeight(grid, nx, ny, -dx, back, 0.2) * cellArea(grid, ny);
        expect(there).toBeCloseTo(returned, 12);
      }
    }
  });
});
