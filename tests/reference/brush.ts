// CPU reference of shaders/edit/brush.wgsl: brush dabs added to the terrain in order, each
// weighted by a raised cosine of the great-circle distance from its centre, clamped after each.

import { CELL_LAYOUTS } from '../../src/sim/cells';
import type { BrushEdit } from '../../src/sim/edits';
import { cellPosition, spherePosition, type Grid } from './sphere';

const KM_PER_RADIAN = 6371;
const METRES_PER_UNIT = 600;
const MAX_UPLIFTED = 25;
const { words: WORDS, members } = CELL_LAYOUTS.terrain;
const [ELEVATION, UPLIFT] = [members.elevation.word, members.uplift.word];

/** The terrain (TerrainCell as floats per cell, src/sim/cells.ts) after the edits' dabs. */
export function brushTerrain(grid: Grid, terrain: readonly number[], edits: readonly BrushEdit[]): number[] {
  const out = [...terrain];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const p = cellPosition(grid, x, y);
      const i = (y * grid.width + x) * WORDS;
      for (const edit of edits) {
        const amount = edit.kind === 'uplift' ? edit.amount : (edit.kind === 'lower' ? -edit.amount : edit.amount) / METRES_PER_UNIT;
        const radius = edit.radiusKm / KM_PER_RADIAN;
        for (let k = 0; k < edit.points.length; k += 2) {
          const centre = spherePosition((edit.points[k + 1] * Math.PI) / 180, (edit.points[k] * Math.PI) / 180);
          const chord = Math.hypot(p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]);
          const distance = 2 * Math.asin(Math.min(chord * 0.5, 1));
          if (distance >= radius) continue;
          const weight = 0.5 + 0.5 * Math.cos((Math.PI * distance) / radius);
          if (edit.kind === 'uplift') out[i + UPLIFT] = Math.min(Math.max(out[i + UPLIFT] + amount * weight, 0), 1);
          else out[i + ELEVATION] = Math.min(Math.max(out[i + ELEVATION] + amount * weight, 0), MAX_UPLIFTED);
        }
      }
    }
  }
  return out;
}
