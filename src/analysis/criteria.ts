// The acceptance tests ("one planet at any grid, an Earth-like present day") on one moment's fields: the measures and their pass ranges.

import { drainageAreas, exceedanceSlope, largestBasinShareOfLand, topologicalOrder } from './drainage';
import { areaWeights } from './grid';
import { hypsometry } from './hypsometry';
import { landFraction, landMask, meanLandRain } from './planet-stats';

/** One moment of a world, as the export reads it. */
export interface MomentFields {
  /** Terrain grid size, cells. */
  width: number;
  height: number;
  /** m above sea level, per terrain cell. */
  elevation: ArrayLike<number>;
  /** Index of the cell each terrain cell drains to (itself: an outlet or a pit). */
  receivers: ArrayLike<number>;
  /** Rain, mm/day, per climate cell (a grid that divides the terrain grid evenly). */
  rain: ArrayLike<number>;
  climateWidth: number;
  climateHeight: number;
}

/** The exceedance fit starts at drainage areas of this many equatorial cell areas ("a few cells"). */
export const FIT_MIN_CELLS = 4;
/** ... and ends at this share of the largest land cell's drainage area. */
export const FIT_MAX_SHARE = 0.1;

export interface MomentStats {
  /** Share of the sphere's area that is land (elevation above 0 m), 0..1. */
  landFraction: number;
  /** Hypsometry modes (m above sea level) and the dip test (src/analysis/hypsometry.ts). */
  oceanModeMetres: number;
  landModeMetres: number;
  troughRatio: number;
  bimodal: boolean;
  /** Share of the land's area in the largest basin, 0..1. */
  largestBasinShare: number;
  /** The exceedance slope of the land cells' drainage areas (equatorial cell areas) and its fitted range. */
  exceedanceSlope: number;
  fitMinArea: number;
  fitMaxArea: number;
  /** Area-weighted mean rain over land, mm/day. */
  landRain: number;
  /** Cells on receiver cycles (0 for a well-formed water field). */
  cycleCells: number;
}

/** Every measure of one moment. */
export function momentStats(fields: MomentFields): MomentStats {
  const { width, height, elevation, receivers } = fields;
  const mask = landMask(elevation);
  const hyps = hypsometry(elevation, width, height);
  const weights = areaWeights(width, height);
  const areas = drainageAreas(receivers, width, height, weights);
  const landAreas: number[] = [];
  const landWeights: number[] = [];
  let largest = 0;
  for (let i = 0; i < areas.length; i++) {
    if (!mask[i]) continue;
    landAreas.push(areas[i]);
    landWeights.push(weights[i]);
    largest = Math.max(largest, areas[i]);
  }
  const fit = exceedanceSlope(landAreas, FIT_MIN_CELLS, FIT_MAX_SHARE * largest, landWeights);
  return {
    landFraction: landFraction(mask, width, height),
    oceanModeMetres: hyps.oceanModeMetres,
    landModeMetres: hyps.landModeMetres,
    troughRatio: hyps.troughRatio,
    bimodal: hyps.bimodal,
    largestBasinShare: largestBasinShareOfLand(receivers, mask, width, height),
    exceedanceSlope: fit.slope,
    fitMinArea: fit.minArea,
    fitMaxArea: fit.maxArea,
    landRain: meanLandRain(mask, width, height, fields.rain, fields.climateWidth, fields.climateHeight),
    cycleCells: receivers.length - topologicalOrder(receivers).length,
  };
}

/** One acceptance test: its name and whether a moment passes it. */
export interface Criterion {
  name: string;
  /** Grids (WxH) it is asked of. */
  grids: readonly string[];
  passes(stats: MomentStats): boolean;
}

/** The grids the Earth-like present day is asked of. */
const PRESENT_DAY_GRIDS = ['128x64', '256x128'];

/** The Earth-like present day (seeds 1-10 at 128x64 and 256x128). */
export const PRESENT_DAY_CRITERIA: readonly Criterion[] = [
  { name: 'land fraction 0.2-0.4', grids: PRESENT_DAY_GRIDS, passes: (s) => s.landFraction >= 0.2 && s.landFraction <= 0.4 },
  {
    name: 'bimodal hypsometry (ocean mode -5.5..-3.5 km, land mode -0.5..+1 km, trough between)',
    grids: PRESENT_DAY_GRIDS,
    passes: (s) => s.bimodal && s.oceanModeMetres >= -5500 && s.oceanModeMetres <= -3500 && s.landModeMetres >= -500 && s.landModeMetres <= 1000,
  },
  { name: 'largest basin >= 2 % of land', grids: ['256x128'], passes: (s) => s.largestBasinShare >= 0.02 },
  { name: 'exceedance slope 0.35-0.55', grids: ['256x128'], passes: (s) => s.exceedanceSlope >= 0.35 && s.exceedanceSlope <= 0.55 },
  { name: 'land rain >= 1.5 mm/day', grids: PRESENT_DAY_GRIDS, passes: (s) => s.landRain >= 1.5 },
];

/** The same planet at any grid: reduced land masks agree on at least this share of the sphere. */
export const MIN_MASK_AGREEMENT = 0.85;
