// CPU reference of shaders/common/sphere.wgsl: the grid's topology and spacings on a sphere.

export interface Grid { width: number; height: number }

export const AXIS_STEPS: ReadonlyArray<readonly [number, number]> = [[1, 0], [-1, 0], [0, -1], [0, 1]];

export function rowLatitude(grid: Grid, y: number): number { return (0.5 - (y + 0.5) / grid.height) * Math.PI; }

export function columnLongitude(grid: Grid, x: number): number { return ((x + 0.5) / grid.width) * 2 * Math.PI; }

export function spherePosition(lat: number, lon: number): [number, number, number] {
  return [Math.sin(lon) * Math.cos(lat), Math.sin(lat), Math.cos(lon) * Math.cos(lat)];
}

export function cellPosition(grid: Grid, x: number, y: number): [number, number, number] {
  return spherePosition(rowLatitude(grid, y), columnLongitude(grid, x));
}

/** The neighbour one step (dx, dy) away: longitude wraps, a pole crossing turns 180 deg. */
export function neighbour(grid: Grid, x: number, y: number, dx: number, dy: number): [number, number] {
  let nx = x + dx;
  let ny = y + dy;
  if (ny < 0) { ny = -ny - 1; nx += grid.width / 2; }
  else if (ny >= grid.height) { ny = 2 * grid.height - ny - 1; nx += grid.width / 2; }
  nx = ((nx % grid.width) + grid.width) % grid.width;
  return [nx, ny];
}

export function eastWestSpacing(grid: Grid, y: number): number {
  return Math.cos(rowLatitude(grid, y)) * 2 * grid.height / grid.width;
}

export function northSouthEdge(grid: Grid, y: number, dy: number): number {
  const edgeLat = rowLatitude(grid, y) - dy * 0.5 * Math.PI / grid.height;
  // Exactly zero across a pole (float64 cos(pi/2) is 6e-17).
  const across = (y === 0 && dy < 0) || (y === grid.height - 1 && dy > 0);
  return across ? 0 : Math.cos(edgeLat) * 2 * grid.height / grid.width;
}

export function cellArea(grid: Grid, y: number): number {
  const halfRow = 0.5 * Math.PI / grid.height;
  const lat = rowLatitude(grid, y);
  return (Math.sin(lat + halfRow) - Math.sin(lat - halfRow)) * (2 * grid.height / grid.width) * grid.height / Math.PI;
}

export function diffusionWeight(grid: Grid, x: number, y: number, dx: number, dy: number, rate: number): number {
  const [, ny] = neighbour(grid, x, y, dx, dy);
  const conductance = dy === 0 ? 1 / eastWestSpacing(grid, y) : northSouthEdge(grid, y, dy);
  const area = cellArea(grid, y);
  return Math.min(rate * conductance, 0.2 * Math.min(area, cellArea(grid, ny))) / area;
}
