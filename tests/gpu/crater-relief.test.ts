// Kernel test of the newborn planet's craters shaded per pixel (render.relief and render.globe):
// a 128x64 world drawn with them looks like the 512x256 world, whose cells hold the craters, and
// without them like a blur of it.
import { describe, expect, it } from 'vitest';
import { useKernelPage } from './kernel-page';

const kernels = useKernelPage();

/** The elevation layer as a 1024x512 map: two pixels a cell of the 512x256 world. */
const PIXELS: [number, number] = [1024, 512];
/** Under every crater floor (0 units and up), so the whole planet is land, as at formation. */
const SEA = -1;

const draw = (width: number, height: number, craters: boolean) =>
  kernels.call('runLayer', { width, height, layer: 'elevation', elevation: 'newborn', seaLevel: SEA, climateOn: false, months: [], pixels: PIXELS, craters });

/** Mean absolute difference of two pictures' RGB, 0..255, over the rows between 60 degrees north and south (the map stretches the poles). */
function meanDifference(a: number[], b: number[]): number {
  const [width, height] = PIXELS;
  let sum = 0;
  let count = 0;
  for (let y = Math.round(height / 6); y < Math.round((5 * height) / 6); y++) {
    for (let x = 0; x < width; x++) {
      for (let k = 0; k < 3; k++) sum += Math.abs(a[(y * width + x) * 4 + k] - b[(y * width + x) * 4 + k]);
      count += 3;
    }
  }
  return sum / count;
}

describe('render.relief: the newborn planet\'s craters at small grids', () => {
  it('draws a 128x64 newborn planet with the 512x256 one\'s craters, not a blur of them', async () => {
    const fine = await draw(512, 256, false);
    const withCraters = await draw(128, 64, true);
    const blurred = await draw(128, 64, false);
    const near = meanDifference(withCraters, fine);
    const far = meanDifference(blurred, fine);
    // The relief is the same function at the same points as the 512x256 cells (stored as half
    // floats), shaded with the same slopes: only rounding and the coarse cells' colour under
    // the relief's differ. Without it the 128x64 cells miss every crater under 4 of them wide.
    expect(near).toBeLessThan(0.05 * far);
    expect(far).toBeGreaterThan(5);
  });
});
