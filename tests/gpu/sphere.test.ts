// Kernel test: the WGSL sphere helpers agree with the CPU reference on every cell.
import { expect, it } from 'vitest';
import { AXIS_STEPS, cellArea, diffusionWeight, eastWestSpacing, neighbour, type Grid } from '../reference/sphere';
import { useKernelPage } from './kernel-page';

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-3 * Math.abs(expected) + 1e-6);
}
const kernels = useKernelPage();

it('neighbours, spacings, areas and diffusion weights equal the CPU reference', async () => {
  const grid: Grid = { width: 32, height: 16 };
  const gpu = await kernels.call('runSphereHelpers', grid.width, grid.height);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const base = (y * grid.width + x) * 14;
      const expected: number[] = [];
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue;
          const [nx, ny] = neighbour(grid, x, y, dx, dy);
          expected.push(ny * grid.width + nx);
        }
      }
      expect(gpu.slice(base, base + 8)).toEqual(expected);
      // float32 with the GPU's sin (Vulkan allows 2^-11 absolute error in [-pi, pi]).
      expectClose(gpu[base + 8], eastWestSpacing(grid, y));
      expectClose(gpu[base + 9], cellArea(grid, y));
      AXIS_STEPS.forEach(([dx, dy], j) => expectClose(gpu[base + 10 + j], diffusionWeight(grid, x, y, dx, dy, 0.1)));
    }
  }
});
