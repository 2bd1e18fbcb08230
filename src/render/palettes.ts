// Colour ramps of the layers, in the layer's own unit: the globe shader and the legend both
// read them from here, so what the legend says is what the planet shows.

import type { Layer } from '../params';

export interface Palette {
  /** What the value is, for the legend title. */
  title: string;
  unit: string;
  /** (value, sRGB colour) in increasing value; two stops at one value make a hard edge. */
  stops: ReadonlyArray<readonly [number, string]>;
}

export const PALETTES: Record<Layer, Palette> = {
  surface: {
    title: 'Height above sea level',
    unit: 'm',
    stops: [
      [-6000, '#07142e'], [-3000, '#0d2f5c'], [-300, '#1f5f86'], [0, '#3f8aa0'],
      [0, '#1d1a18'], [3000, '#37302b'], [6000, '#5a5049'], [9000, '#8d857c'],
    ],
  },
  elevation: {
    title: 'Elevation',
    unit: 'm',
    stops: [
      [-6000, '#08306b'], [-3000, '#2171b5'], [-500, '#6baed6'], [0, '#c6dbef'],
      [0, '#1a9850'], [500, '#91cf60'], [1500, '#d9ef8b'], [2500, '#fee08b'],
      [3500, '#d8b365'], [5000, '#8c510a'], [6500, '#6b4a3a'], [9000, '#ffffff'],
    ],
  },
  crust: {
    title: 'Crust temperature',
    unit: '°C',
    stops: [
      [0, '#313695'], [200, '#4575b4'], [400, '#74add1'], [600, '#fdae61'],
      [900, '#f46d43'], [1200, '#d73027'], [1600, '#ffffbf'],
    ],
  },
};

function srgbToLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** A stop for the GPU: (value, linear r, g, b). */
export function linearStop([value, hex]: readonly [number, string]): [number, number, number, number] {
  const rgb = [1, 3, 5].map((i) => srgbToLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  return [value, rgb[0], rgb[1], rgb[2]];
}
