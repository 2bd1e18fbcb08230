// Kernel test of the koppen layer (render.shade and render.globe): land coloured by the
// Köppen–Geiger type of its climate cell's monthly means, the ocean dark, grey where no year of
// means exists yet and before the climate era.
import { describe, expect, it } from 'vitest';
import { KOPPEN_TYPES } from '../../src/sim/koppen';
import { useKernelPage } from './kernel-page';

const kernels = useKernelPage();

/** Terrain 32x16 (climate 8x4), drawn as a 64x32 map: two pixels a terrain cell each way. */
const GRID = { width: 32, height: 16 };
const PIXELS: [number, number] = [64, 32];
const SEA = 5;

/** Climates, 12 deg C then 12 mm/day: a rainforest (Af) and an ice cap (EF). */
const RAINFOREST = [...new Array<number>(12).fill(27), ...new Array<number>(12).fill(10)];
const ICE_CAP = [...new Array<number>(12).fill(-20), ...new Array<number>(12).fill(1)];

/**
 * Terrain columns 0..7 under rainforest, 8..15 under ice cap, 16..23 under climate cells with
 * no means yet: all land; 24..31 ocean (under rainforest means, which it must not show).
 */
const elevation = Array.from({ length: GRID.width * GRID.height }, (_, cell) => SEA + (cell % GRID.width < 24 ? 1 : -1));
const months = Array.from({ length: 32 }, (_, cell) => [RAINFOREST, ICE_CAP, null, RAINFOREST][Math.floor((cell % 8) / 2)]);

/** The displayed byte of an sRGB colour channel (0..1) on a data layer: hillshade 0.85 on flat ground, then render.globe's tone map. */
function displayed(srgb: number): number {
  const linear = srgb ** 2.2 * 0.85;
  return 255 * (linear / (1 + 0.15 * linear)) ** (1 / 2.2);
}

/** The RGB bytes at a terrain column's east pixel (or `side` 0: its west one), mid-latitude (pixel row 12, about 22 deg north). */
function pixelAt(pixels: number[], column: number, side = 1): number[] {
  const at = (12 * PIXELS[0] + 2 * column + side) * 4;
  return pixels.slice(at, at + 3);
}

function expectColour(actual: number[], srgb: readonly number[]): void {
  actual.forEach((byte, k) => expect(Math.abs(byte - displayed(srgb[k]))).toBeLessThanOrEqual(3));
}

const rgbOf = (symbol: string) => KOPPEN_TYPES.find((type) => type.symbol === symbol)!.rgb.map((channel) => channel / 255);
const GREY = [0.533, 0.533, 0.533];

describe('the koppen layer', () => {
  it('colours land by its type, the ocean dark, and land without a year of means grey', async () => {
    const pixels = await kernels.call('runLayer', { ...GRID, layer: 'koppen', elevation, seaLevel: SEA, climateOn: true, months, pixels: PIXELS });
    expectColour(pixelAt(pixels, 4), rgbOf('Af'));
    expectColour(pixelAt(pixels, 12), rgbOf('EF'));
    expectColour(pixelAt(pixels, 20), GREY);
    expectColour(pixelAt(pixels, 28), [11 / 255, 30 / 255, 58 / 255]);
  });

  it('draws the coast per pixel at the height contour, the land\'s colour unmixed with the sea\'s', async () => {
    const pixels = await kernels.call('runLayer', { ...GRID, layer: 'koppen', elevation, seaLevel: SEA, climateOn: true, months, pixels: PIXELS });
    // The height runs from +1 at column 23 to -1 at column 24, so the contour is half way: the
    // last land pixel (a quarter of a cell from it) is the land's grey, not a quarter sea blue,
    // and the first sea pixel the sea's.
    expectColour(pixelAt(pixels, 23), GREY);
    expectColour(pixelAt(pixels, 24, 0), [11 / 255, 30 / 255, 58 / 255]);
  });

  it('is grey everywhere before the climate era, as the other climate layers', async () => {
    const pixels = await kernels.call('runLayer', { ...GRID, layer: 'koppen', elevation, seaLevel: SEA, climateOn: false, months, pixels: PIXELS });
    for (const column of [4, 12, 20, 28]) expectColour(pixelAt(pixels, column), GREY);
  });
});
