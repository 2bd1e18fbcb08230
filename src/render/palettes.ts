// Colour ramps of the layers, in the layer's own unit: the globe shader and the legend both
// read them from here, so what the legend says is what the planet shows.

import type { Layer } from '../params';
import { KOPPEN_TYPES } from '../sim/koppen';

export interface Palette {
  /** What the value is, for the legend title. */
  title: string;
  unit: string;
  /** Colours name categories (no scale of values in the legend). */
  categorical?: boolean;
  /** (value, sRGB colour) in increasing value; two stops at one value make a hard edge. */
  stops: ReadonlyArray<readonly [number, string]>;
}

/** A colour 0..255 a channel as #rrggbb. */
export function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** The ocean's dark blue, as the rivers and basins layers draw it. */
const DARK_OCEAN = '#0b1e3a';

/**
 * The Köppen–Geiger types (src/sim/koppen.ts) as hard-edged stops, code c over c - 0.5..c + 0.5,
 * the ocean 0. render.shade colours the layer from the same table in WGSL (a ramp would blend
 * the codes of neighbouring cells); the legend draws it as swatches.
 */
function koppenStops(): [number, string][] {
  const stops: [number, string][] = [[0, DARK_OCEAN], [0.5, DARK_OCEAN]];
  for (const type of KOPPEN_TYPES) stops.push([type.code - 0.5, rgbToHex(type.rgb)], [type.code + 0.5, rgbToHex(type.rgb)]);
  return stops;
}

export const PALETTES: Record<Layer, Palette> = {
  surface: {
    title: 'Height above sea level',
    unit: 'm',
    stops: [
      [-6000, '#07142e'], [-3000, '#0d2f5c'], [-300, '#1f5f86'], [0, '#3f8aa0'],
      [0, '#3a2f27'], [1000, '#5a493c'], [3000, '#66594e'], [6000, '#6f665e'], [9000, '#8f877f'],
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
  plates: {
    title: 'Plates: each its own colour, arrows show their motion',
    unit: 'plate',
    categorical: true,
    stops: [
      [-1, '#404040'], [0, '#404040'],
      [0, '#d9534f'], [0.1667, '#d9c84f'], [0.3333, '#5fbf5f'], [0.5, '#4fc0d0'], [0.6667, '#5a6fd9'],
      [0.8333, '#c55ad0'], [1, '#d9534f'],
    ],
  },
  rivers: {
    title: 'Drainage area upstream',
    unit: 'log₁₀ cells',
    stops: [
      [-1, '#0b1e3a'], [-0.01, '#0b1e3a'], [0, '#3a3632'], [0.8, '#4a4540'], [1.2, '#2f6db5'],
      [2.5, '#5fb0ff'], [4, '#e0f4ff'],
    ],
  },
  basins: {
    title: 'Drainage basins, each its own colour; borders dark',
    unit: 'basin',
    categorical: true,
    stops: [
      [-1, '#0b1e3a'], [0, '#0b1e3a'],
      [0, '#d9534f'], [0.1667, '#d9c84f'], [0.3333, '#5fbf5f'], [0.5, '#4fc0d0'], [0.6667, '#5a6fd9'],
      [0.8333, '#c55ad0'], [1, '#d9534f'],
    ],
  },
  pressure: {
    title: 'Sea-level pressure, isobars every 4 hPa',
    unit: 'hPa',
    stops: [[980, '#3b2a8c'], [995, '#3f7fd0'], [1008, '#9fd4e8'], [1013, '#f2f0e0'], [1020, '#f3c27a'], [1030, '#d9653b'], [1040, '#8c1d2a']],
  },
  temperature: {
    title: 'Surface air temperature',
    unit: '°C',
    stops: [[-50, '#f4f4ff'], [-30, '#8fa8e0'], [-10, '#3f6fc0'], [0, '#62b3c8'], [10, '#8fd07a'], [20, '#f0d45a'], [30, '#e8803a'], [45, '#a0202a']],
  },
  wind: {
    title: 'Surface wind, arrows downwind',
    unit: 'm/s',
    stops: [[0, '#1d2b44'], [3, '#2d5f8a'], [6, '#3f9f9a'], [10, '#9fcf5a'], [15, '#f0c040'], [25, '#e05030']],
  },
  precipitation: {
    title: 'Precipitation',
    unit: 'mm/yr',
    stops: [[0, '#7a5a3a'], [250, '#c9a66b'], [500, '#e8e0a0'], [1000, '#8fcf7a'], [2000, '#3f9f6a'], [3000, '#2f6fa0'], [4000, '#2a3f8c']],
  },
  life: {
    title: 'Life: plants green, herbivores blue, carnivores red',
    unit: 'population',
    stops: [[0, '#000000'], [1, '#2fbf3f'], [2, '#9fff8f']],
  },
  koppen: {
    title: 'Köppen–Geiger climate types',
    unit: 'type',
    categorical: true,
    stops: koppenStops(),
  },
};

/** Texels in each layer's colour ramp: 256 over the whole range (about 60 m a texel). */
export const RAMP_SIZE = 256;

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * The palette sampled at RAMP_SIZE evenly spaced values from its first to its last stop, as
 * sRGB bytes (RGBA), interpolated in sRGB like the legend's CSS gradient.
 */
export function paletteRamp(palette: Palette): Uint8Array<ArrayBuffer> {
  const { stops } = palette;
  const first = stops[0][0];
  const last = stops[stops.length - 1][0];
  const ramp = new Uint8Array(RAMP_SIZE * 4);
  for (let i = 0; i < RAMP_SIZE; i++) {
    const value = first + ((last - first) * i) / (RAMP_SIZE - 1);
    let upper = stops.findIndex(([stopValue]) => stopValue >= value);
    if (upper < 0) upper = stops.length - 1;
    const lower = Math.max(upper - 1, 0);
    const [lowValue, lowHex] = stops[lower];
    const [highValue, highHex] = stops[upper];
    const t = highValue > lowValue ? (value - lowValue) / (highValue - lowValue) : 1;
    const low = hexToRgb(lowHex);
    const high = hexToRgb(highHex);
    for (let c = 0; c < 3; c++) ramp[i * 4 + c] = Math.round(low[c] + (high[c] - low[c]) * t);
    ramp[i * 4 + 3] = 255;
  }
  return ramp;
}

/** The values at the two ends of a palette's ramp. */
export function paletteRange(palette: Palette): [number, number] {
  return [palette.stops[0][0], palette.stops[palette.stops.length - 1][0]];
}
