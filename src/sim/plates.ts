// The plate table of each tectonic epoch: each plate's centre (the point it forms around) and
// its rotation, an Euler pole and an angle a tick. It is a pure function of (seed, epoch,
// parameters, tick's years), never of the grid, computed on the CPU in float64 and uploaded each
// tick. Its layout is the WGSL's (`plates` in shaders/common/globals.wgsl).

import { makeShaderDataDefinitions, makeStructuredView, type ArrayDefinition } from '../gpu/reflect';
import { COMMON_WGSL } from '../gpu/shaders';
import { random3 } from './hash';

/** The WGSL `plates` binding: an array<Plate, MAX_PLATES>. */
const PLATES_BINDING = makeShaderDataDefinitions(COMMON_WGSL.globals).storages.plates;

/** Most plates an epoch can have (the table's fixed size, MAX_PLATES in the WGSL). */
export const MAX_PLATES = (PLATES_BINDING.typeDefinition as ArrayDefinition).numElements;

/** One slot of the table, its members named and typed as the WGSL `Plate` struct's. */
export interface PlateSlot {
  /** The Euler pole the plate turns about: a unit vector (x, y, z; y toward the north pole). */
  readonly axis: Float32Array;
  /** Cosine and sine of the angle it turns in one tick, and the angle, radians (one element each). */
  readonly cosTurn: Float32Array;
  readonly sinTurn: Float32Array;
  readonly turn: Float32Array;
  /** The point the plate forms around: a unit vector. */
  readonly centre: Float32Array;
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
const CENTRE_SALT = 0x91a7e;
const POLE_SALT = 0x5ee0;

/** A table of MAX_PLATES empty slots. */
export function emptyPlateTable(): PlateTable {
  const view = makeStructuredView(PLATES_BINDING);
  return { arrayBuffer: view.arrayBuffer, plates: view.views as unknown as PlateSlot[] };
}

export interface PlateTableInput {
  seed: number;
  epoch: number;
  plateCount: number;
  /** Mean plate speed, cm per year, at the plate's fastest (90 degrees from its pole). */
  speedCmPerYear: number;
  yearsPerTick: number;
}

type Vector = readonly [number, number, number];

/** A point drawn uniformly on the unit sphere from two uniform draws. */
export function uniformOnSphere(u: number, v: number): Vector {
  const y = 2 * u - 1;
  const ring = Math.sqrt(Math.max(1 - y * y, 0));
  const lon = 2 * Math.PI * v;
  return [ring * Math.sin(lon), y, ring * Math.cos(lon)];
}

/** Set a slot's rotation: about `axis` (a unit vector) at `radiansPerYear`. */
function setRotation(slot: PlateSlot, axis: Vector, radiansPerYear: number, yearsPerTick: number): void {
  const turn = radiansPerYear * yearsPerTick;
  slot.axis.set(axis);
  slot.turn[0] = turn;
  slot.cosTurn[0] = Math.cos(turn);
  slot.sinTurn[0] = Math.sin(turn);
}

/** The plates an epoch has for the plateCount parameter: the table's first slots (Globals.platesInUse). */
export function platesInUse(plateCount: number): number {
  return Math.min(Math.max(Math.round(plateCount), 0), MAX_PLATES);
}

/**
 * The epoch's plates: centres uniform on the sphere, Euler poles uniform on the sphere, and
 * speeds at the plate's fastest spread from half to one and a half times the mean.
 */
export function plateTable(input: PlateTableInput): PlateTable {
  const table = emptyPlateTable();
  const count = platesInUse(input.plateCount);
  for (let k = 0; k < count; k++) {
    const draw = input.epoch * MAX_PLATES + k;
    const [cu, cv] = random3([input.seed, draw, CENTRE_SALT]);
    const [pu, pv, speedDraw] = random3([input.seed, draw, POLE_SALT]);
    const slot = table.plates[k];
    slot.centre.set(uniformOnSphere(cu, cv));
    const radiansPerYear = (input.speedCmPerYear * 0.01 * (0.5 + speedDraw)) / PLANET_RADIUS_M;
    setRotation(slot, uniformOnSphere(pu, pv), radiansPerYear, input.yearsPerTick);
    slot.inUse[0] = 1;
  }
  return table;
}

/**
 * Make a plate move at a velocity (cm/yr east and north) at its centre: the rotation about the
 * pole 90 degrees from the centre across the motion (a person's push, src/sim/edits.ts).
 */
export function pushPlate(slot: PlateSlot, eastCmPerYear: number, northCmPerYear: number, yearsPerTick: number): void {
  const [x, y, z] = slot.centre;
  const ring = Math.hypot(x, z);
  const east: Vector = ring > 1e-9 ? [z / ring, 0, -x / ring] : [1, 0, 0];
  const north: Vector = [y * east[2] - z * east[1], z * east[0] - x * east[2], x * east[1] - y * east[0]];
  const v = [0, 1, 2].map((i) => eastCmPerYear * east[i] + northCmPerYear * north[i]);
  const axis = [y * v[2] - z * v[1], z * v[0] - x * v[2], x * v[1] - y * v[0]];
  const length = Math.hypot(...axis);
  if (length === 0) { setRotation(slot, [0, 1, 0], 0, yearsPerTick); return; }
  setRotation(slot, [axis[0] / length, axis[1] / length, axis[2] / length], (length * 0.01) / PLANET_RADIUS_M, yearsPerTick);
}

/** The fastest plate's turn, radians per tick (0 without plates). */
export function fastestPlateSpeed(table: PlateTable): number {
  return table.plates.reduce((fastest, slot) => Math.max(fastest, slot.inUse[0] ? Math.abs(slot.turn[0]) : 0), 0);
}
