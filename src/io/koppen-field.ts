// The exported Köppen–Geiger field: each land cell of the terrain grid typed from its climate
// cell's monthly means (src/sim/months.ts), and the land's shares of the main groups.

import { areaWeights, checkGrid } from '../analysis/grid';
import { koppenGroupShares, type KoppenGroup } from '../sim/koppen';
import { koppenOfMonths, MONTHS_CELL_FLOATS } from '../sim/months';
import type { ExportedField } from './field-export';

/** The export's name and unit of the field. */
export const KOPPEN_FIELD = 'koppen';
export const KOPPEN_UNIT = 'Köppen–Geiger type 1-30 (Beck et al. 2018 order), 0 ocean (or land before a year of climate)';

/**
 * The Köppen–Geiger type of every terrain cell as a float32 (integer codes 1..30, Beck et al.
 * 2018's order): a land cell (`elevation`, metres above sea level, at least 0: land as the
 * renderer draws it) takes the type of the climate cell over it (the one whose area holds it,
 * as climateCellOf in shaders/common/climate-grid.wgsl); the ocean is 0, as is land whose climate
 * cell has a month without a mean yet. `months` is StateReader.readMonths' climate grid.
 */
export function koppenField(
  elevation: Float32Array, width: number, height: number, months: Float32Array, climateWidth: number, climateHeight: number,
): ExportedField {
  checkGrid(elevation, width, height);
  if (months.length !== climateWidth * climateHeight * MONTHS_CELL_FLOATS) {
    throw new Error(`Monthly means of ${months.length / MONTHS_CELL_FLOATS} cells for a ${climateWidth}x${climateHeight} climate grid`);
  }
  // One classification a climate cell, made when a land cell first asks for it (-1: not yet).
  const types = new Int32Array(climateWidth * climateHeight).fill(-1);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const climateRow = Math.floor((y * climateHeight) / height);
    for (let x = 0; x < width; x++) {
      if (!(elevation[y * width + x] >= 0)) continue;
      const climateCell = climateRow * climateWidth + Math.floor((x * climateWidth) / width);
      if (types[climateCell] < 0) types[climateCell] = koppenOfMonths(months, climateCell);
      data[y * width + x] = types[climateCell];
    }
  }
  return { name: KOPPEN_FIELD, unit: KOPPEN_UNIT, width, height, components: 1, data };
}

/**
 * The share of the typed land in each main group (A tropical, B arid, C temperate, D cold,
 * E polar), each cell weighted by its area (cos of its row's latitude), from the exported
 * `koppen` field among `fields`. The shares add up to 1, or are all 0 with no typed land.
 */
export function koppenGroupSharesOfFields(fields: readonly ExportedField[]): Record<KoppenGroup, number> {
  const field = fields.find((candidate) => candidate.name === KOPPEN_FIELD);
  if (!field) throw new Error(`No ${KOPPEN_FIELD} field among ${fields.map((candidate) => candidate.name).join(', ')}`);
  return koppenGroupShares(field.data, areaWeights(field.width, field.height));
}
