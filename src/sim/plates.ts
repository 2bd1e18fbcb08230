// The plate table of each tectonic epoch: where each plate is seeded, how fast it moves and
// the one-cell step it takes this tick. It is a pure function of (seed, epoch, parameters,
// grid, tick), computed on the CPU and uploaded each tick, so every cell of a plate reads its
// step instead of hashing it.

import { random3 } from './hash';

/** Most plates an epoch can have (the table's fixed size). */
export const MAX_PLATES = 64;

/**
 * Floats per plate, as the WGSL `Plate` struct lays them out: velocity (east, south; cells per
 * tick), this tick's step (dx, dy), seed cell index, 1 if the plate exists.
 */
export const PLATE_FLOATS = 6;

/** Earth's radius, metres: sets the size of a cell. */
export const PLANET_RADIUS_M = 6.371e6;

/** Salts that keep the plate table's random draws apart from every other use of the hash. */
const SEED_SALT = 0x91a7e;
const VELOCITY_SALT = 0x5ee0;
const MOVE_SALT = 0x30e5;

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
 * The epoch's plates, PLATE_FLOATS per slot, steps still zero (see withSteps). Velocities have
 * |vx| + |vy| <= 1: a plate moves at most one cell a tick.
 */
export function plateTable(input: PlateTableInput): Float32Array<ArrayBuffer> {
  const table = new Float32Array(MAX_PLATES * PLATE_FLOATS);
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
    table.set([vx, vy, 0, 0, Math.min(Math.floor(cellDraw * cells), cells - 1), 1], k * PLATE_FLOATS);
  }
  return table;
}

/**
 * The table with each plate's step at this tick filled in. A plate moves with probability
 * |vx| + |vy|, along x with probability |vx| / (|vx| + |vy|), so its mean displacement per tick
 * is its velocity; the draw is a hash of (seed, plate, tick), so a tick's steps never depend
 * on the frame rate. Comparisons are made in float32, as the table holds the velocities.
 */
export function withSteps(table: Float32Array<ArrayBuffer>, seed: number, tick: number): Float32Array<ArrayBuffer> {
  const out = table.slice();
  for (let k = 0; k < MAX_PLATES; k++) {
    const at = k * PLATE_FLOATS;
    const [vx, vy] = [out[at], out[at + 1]];
    const speed = Math.fround(Math.abs(vx) + Math.abs(vy));
    const [rx, ry] = random3([seed >>> 0, ((k + 1) * 0x10000 + MOVE_SALT) >>> 0, tick >>> 0]);
    const moves = out[at + 5] > 0.5 && speed > 0 && rx < speed;
    const alongX = Math.fround(ry * speed) < Math.abs(vx);
    out[at + 2] = moves && alongX ? Math.sign(vx) : 0;
    out[at + 3] = moves && !alongX ? Math.sign(vy) : 0;
  }
  return out;
}

/** True when some plate of the table takes a step this tick (else the drift pass is skipped). */
export function anyPlateSteps(table: Float32Array): boolean {
  for (let at = 0; at < table.length; at += PLATE_FLOATS) if (table[at + 2] !== 0 || table[at + 3] !== 0) return true;
  return false;
}
