// Kernels of the tectonics and ocean tests, run in the kernel-test page (exported through tests/gpu/kernels.ts).

import { GlobalsUniform, type GlobalsValues } from '../../src/gpu/globals';
import { createLayouts } from '../../src/gpu/layouts';
import { readBuffer } from '../../src/gpu/readback';
import { CELL_LAYOUTS, decodeCells, decodeOceanLevel, encodeCells, OCEAN_LAYOUT, storedWater, waterReadings } from '../../src/sim/cells';
import { Fields } from '../../src/sim/fields';
import { emptyPlateTable, type PlateTable } from '../../src/sim/plates';
import { OceanStage } from '../../src/sim/stages/ocean';
import { TectonicsStage } from '../../src/sim/stages/tectonics';
import type { OceanLevel } from '../../src/sim/state';
import { checked, globalsFor, gpuDevice, submitTick } from './kernel-harness';

export type TectonicsPassName = 'reform' | 'drift' | 'relief';

/** A plate as a rotation of the sphere: about the unit vector `axis` by `turn` radians a tick, formed around `centre`. */
export interface PlateRotation {
  axis: [number, number, number];
  turn: number;
  centre?: [number, number, number];
}

export interface TectonicsRun {
  width: number;
  height: number;
  /** Terrain to start from (TerrainCell as numbers, src/sim/cells.ts: elevation, crust, uplift, plate, oceanAge, parcel; parcel 2147483648 = continental at the centre, 0 = ocean). */
  start: number[];
  /** Plates 1, 2, ...: each in use, the same rotation every tick. */
  plates: PlateRotation[];
  globals: Partial<GlobalsValues>;
  /** Passes of one tick, in order; ticks run from globals.tick (default 0) on. */
  passes: TectonicsPassName[];
  ticks: number;
  /** Water to start from (WaterReading as floats per cell, the basin ignored); omitted: zeros. */
  water?: number[];
  /** Continent points to start from (x, y, z, plate each; plate 0: none), the rest of the lattice empty; omitted: none. */
  points?: number[];
}

/** Points (x, y, z, plate each) as the continents' buffer holds them: three float32s and a uint32. */
function encodePoints(points: number[]): ArrayBuffer {
  const bytes = new ArrayBuffer(points.length * 4);
  const [floats, words] = [new Float32Array(bytes), new Uint32Array(bytes)];
  points.forEach((value, i) => { if (i % 4 === 3) words[i] = value; else floats[i] = value; });
  return bytes;
}

/** The plate table of these rotations. */
function rotationTable(plates: PlateRotation[]): PlateTable {
  const table = emptyPlateTable();
  plates.forEach((plate, k) => {
    const slot = table.plates[k];
    slot.axis.set(plate.axis);
    slot.turn[0] = plate.turn;
    slot.cosTurn[0] = Math.cos(plate.turn);
    slot.sinTurn[0] = Math.sin(plate.turn);
    slot.centre.set(plate.centre ?? plate.axis);
    slot.inUse[0] = 1;
  });
  return table;
}

/**
 * Run tectonic passes for some ticks on a given terrain and plate table; returns both fields,
 * and the terrain's parcel words exactly (decodeCells gives them as float32).
 */
export async function runTectonics(run: TectonicsRun): Promise<{ terrain: number[]; water: number[]; parcels: number[]; points: number[] }> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await TectonicsStage.create(device, layouts);
    const table = rotationTable(run.plates);
    device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.start));
    if (run.water) device.queue.writeBuffer(fields.water.current, 0, storedWater(encodeCells('water', run.water)));
    if (run.points) device.queue.writeBuffer(fields.continents.current, 0, encodePoints(run.points));
    const firstTick = run.globals.tick ?? 0;
    // The table's slots in use: the run's plates, in its first slots.
    const platesInUse = run.plates.length;
    // Given points are splatted into the cover first, as a keyframe's restore does (the drift
    // splats them again after moving them).
    if (run.points) {
      submitTick(device, globals, fields, 'KernelTests.tectonics', globalsFor(run.width, run.height, { ...run.globals, platesInUse, tick: firstTick }), (ctx) => stage.restored(ctx), table);
    }
    for (let tick = firstTick; tick < firstTick + run.ticks; tick++) {
      const values = globalsFor(run.width, run.height, { ...run.globals, platesInUse, tick });
      submitTick(device, globals, fields, 'KernelTests.tectonics', values, (ctx) => {
        for (const name of run.passes) stage[name](ctx);
      }, table);
    }
    const bytes = await readBuffer(device, fields.terrain.current);
    const { words, members } = CELL_LAYOUTS.terrain;
    const parcels = Array.from(new Uint32Array(bytes).filter((_, i) => i % words === members.parcel.word));
    const terrain = Array.from(decodeCells('terrain', bytes));
    const water = Array.from(decodeCells('water', waterReadings(await readBuffer(device, fields.water.current), await readBuffer(device, fields.basins.current))));
    const pointBytes = await readBuffer(device, fields.continents.current);
    const positions = new Float32Array(pointBytes);
    const plates = new Uint32Array(pointBytes);
    const points = Array.from(positions, (value, i) => (i % 4 === 3 ? plates[i] : value));
    fields.destroy();
    globals.destroy();
    stage.destroy();
    return { terrain, water, parcels, points };
  });
}

export interface OceanRun {
  width: number;
  height: number;
  /** Terrain (TerrainCell as numbers per cell, as runTectonics takes it). */
  terrain: number[];
  /** Elevation added to each cell every tick (one per cell), before the level passes; omitted: a fixed floor. */
  rise?: number[];
  oceanVolume: number;
  ticks: number;
}

/**
 * Run the ocean level passes (OceanStage.level) for some ticks from an empty ocean (level 0);
 * tick t (from 1) sees the terrain with t x rise added. Returns the OceanLevel after each tick.
 */
export async function runOceanLevel(run: OceanRun): Promise<OceanLevel[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await OceanStage.create(device, layouts);
    const { words } = CELL_LAYOUTS.terrain;
    const levels: OceanLevel[] = [];
    for (let tick = 1; tick <= run.ticks; tick++) {
      const terrain = run.terrain.map((value, i) => (i % words === 0 && run.rise ? value + tick * run.rise[i / words] : value));
      device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', terrain));
      submitTick(device, globals, fields, 'KernelTests.ocean', globalsFor(run.width, run.height, { oceanVolume: run.oceanVolume, tick }), (ctx) => stage.level(ctx));
      levels.push(decodeOceanLevel(await readBuffer(device, fields.ocean.current, OCEAN_LAYOUT.scalarBytes)));
    }
    fields.destroy();
    globals.destroy();
    return levels;
  });
}
