// The plate table of each tectonic epoch: where each plate is seeded and how fast it moves.
// It is a pure function of (seed, epoch, parameters, grid, tick), computed on the CPU with the
// same hash as the GPU and uploaded each tick the plates move.

import { random3 } from './hash';

/** Most plates an epoch can have (the table's fixed size). */
export const MAX_PLATES = 64;

/** Earth's radius, metres: sets the size of a cell. */
export const PLANET_RADIUS_M = 6.371e6;

/** Salts that keep the plate table's random draws apart from every other use of the hash. */
const SEED_SALT = 0x91a7e;
const VELOCITY_SALT = 0x5ee0;

export interface PlateTableInput {
  seed: number;
  epoch: number;
  plateCount: number;
  /** Mean plate speed, cm per year. */
  speedCmPerYear: number;
  yearsPerTick: number;
  width: number;
  height: number;
}

/**
 * One vec4f per plate slot: (eastward, southward velocity in cells per tick, seed cell index,
 * 1 if the plate exists). Velocities have |vx| + |vy| <= 1: a plate moves at most one cell a
 * tick, with probability |vx| + |vy|, so its mean displacement is its velocity.
 */
export function plateTable(input: PlateTableInput): Float32Array<ArrayBuffer> {
  const table = new Float32Array(MAX_PLATES * 4);
  const cells = input.width * input.height;
  const cellMetres = (Math.PI * PLANET_RADIUS_M) / input.height;
  const meanCellsPerTick = (input.speedCmPerYear * 0.01 * input.yearsPerTick) / cellMetres;
  const count = Math.min(Math.max(Math.round(input.plateCount), 0), MAX_PLATES);
  for (let k = 0; k < count; k++) {
    const [cellDraw] = random3([input.seed, input.epoch * MAX_PLATES + k, SEED_SALT]);
    const [angleDraw, speedDraw] = random3([input.seed, input.epoch * MAX_PLATES + k, VELOCITY_SALT]);
    const angle = 2 * Math.PI * angleDraw;
    // Speeds spread from half to one and a half times the mean.
    const speed = meanCellsPerTick * (0.5 + speedDraw);
    let vx = speed * Math.cos(angle);
    let vy = speed * Math.sin(angle);
    const l1 = Math.abs(vx) + Math.abs(vy);
    if (l1 > 1) { vx /= l1; vy /= l1; }
    table.set([vx, vy, Math.min(Math.floor(cellDraw * cells), cells - 1), 1], k * 4);
  }
  return table;
}
