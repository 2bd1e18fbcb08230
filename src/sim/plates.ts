// The plate table of each tectonic epoch: where each plate is seeded, how fast it moves and
// the one-cell step it takes this tick. It is a pure function of (seed, epoch, parameters,
// grid, tick), computed on the CPU and uploaded each tick, so every cell of a plate reads its
// step instead of hashing it. Its layout is the WGSL's (`plates` in shaders/common/globals.wgsl).

import { makeShaderDataDefinitions, makeStructuredView, type ArrayDefinition } from '../gpu/reflect';
import { COMMON_WGSL } from '../gpu/shaders';
import { random3 } from './hash';

/** The WGSL `plates` binding: an array<Plate, MAX_PLATES>. */
const PLATES_BINDING = makeShaderDataDefinitions(COMMON_WGSL.globals).storages.plates;

/** Most plates an epoch can have (the table's fixed size, MAX_PLATES in the WGSL). */
export const MAX_PLATES = (PLATES_BINDING.typeDefinition as ArrayDefinition).numElements;

/** One slot of the table, its members named and typed as the WGSL `Plate` struct's. */
export interface PlateSlot {
  /** Cells per tick, east and south; |x| + |y| <= 1. */
  readonly velocity: Float32Array;
  /** The one-cell step taken this tick (dx, dy), each -1, 0 or 1. */
  readonly step: Int32Array;
  /** Index of the cell the plate grows from (one element). */
  readonly seedCell: Uint32Array;
  /** 1 when the slot holds a plate (one element). */
  readonly inUse: Uint32Array;
}

/** The plate table: its bytes, as the GPU's plates binding holds them, and its slots. */
export interface PlateTable {
  readonly arrayBuffer: ArrayBuffer;
  readonly plates: readonly PlateSlot[];
}

/** Earth's radius, metres: sets the size of a cell. */
export const PLANET_RADIUS_M = 6.371e6;

/** Salts that keep the plate table's random draws apart from every other use of the hash. */
const SEED_SALT = 0x91a7e;
const VELOCITY_SALT = 0x5ee0;
const MOVE_SALT = 0x30e5;

/** A table of MAX_PLATES empty slots. */
export function emptyPlateTable(): PlateTable {
  const view = makeStructuredView(PLATES_BINDING);
  return { arrayBuffer: view.arrayBuffer, plates: view.views as unknown as PlateSlot[] };
}

/** A copy of a table. */
export function copyPlateTable(table: PlateTable): PlateTable {
  const copy = emptyPlateTable();
  new Uint8Array(copy.arrayBuffer).set(new Uint8Array(table.arrayBuffer));
  return copy;
}

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
 * The epoch's plates, steps still zero (see withSteps). Velocities have |vx| + |vy| <= 1: a
 * plate moves at most one cell a tick.
 */
export function plateTable(input: PlateTableInput): PlateTable {
  const table = emptyPlateTable();
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
    const slot = table.plates[k];
    slot.velocity.set([vx, vy]);
    slot.seedCell[0] = Math.min(Math.floor(cellDraw * cells), cells - 1);
    slot.inUse[0] = 1;
  }
  return table;
}

/**
 * The table with each plate's step at this tick filled in. A plate moves with probability
 * |vx| + |vy|, along x with probability |vx| / (|vx| + |vy|), so its mean displacement per tick
 * is its velocity; the draw is a hash of (seed, plate, tick), so a tick's steps never depend
 * on the frame rate. Comparisons are made in float32, as the table holds the velocities.
 */
export function withSteps(table: PlateTable, seed: number, tick: number): PlateTable {
  const out = copyPlateTable(table);
  out.plates.forEach((slot, k) => {
    const [vx, vy] = slot.velocity;
    const speed = Math.fround(Math.abs(vx) + Math.abs(vy));
    const [rx, ry] = random3([seed >>> 0, ((k + 1) * 0x10000 + MOVE_SALT) >>> 0, tick >>> 0]);
    const moves = slot.inUse[0] !== 0 && speed > 0 && rx < speed;
    const alongX = Math.fround(ry * speed) < Math.abs(vx);
    slot.step.set([moves && alongX ? Math.sign(vx) : 0, moves && !alongX ? Math.sign(vy) : 0]);
  });
  return out;
}

/** True when some plate of the table takes a step this tick (else the drift pass is skipped). */
export function anyPlateSteps(table: PlateTable): boolean {
  return table.plates.some((slot) => slot.step[0] !== 0 || slot.step[1] !== 0);
}

/** The fastest plate's speed, cells per tick (0 without plates). */
export function fastestPlateSpeed(table: PlateTable): number {
  return table.plates.reduce((fastest, slot) => Math.max(fastest, Math.hypot(slot.velocity[0], slot.velocity[1])), 0);
}
