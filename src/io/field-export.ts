// The simulation's fields as named float32 grids with units, for the export tools (in the page).

import { CLIMATE_CELL_FLOATS } from '../sim/fields';
import type { Simulation } from '../sim/simulation';
import { METRES_PER_UNIT } from '../sim/world';
import { seaLevelAt } from '../timeline';

export interface ExportedField {
  name: string;
  unit: string;
  /** Columns (longitude, column 0 from 0 deg eastward) and rows (row 0 at latitude +90). */
  width: number;
  height: number;
  /** Values a cell, interleaved. */
  components: number;
  data: Float32Array;
}

/** One field taken from an interleaved source: `offsets` are the floats picked from each cell. */
function pick(name: string, unit: string, width: number, height: number, source: Float32Array, stride: number, offsets: number[]): ExportedField {
  const cells = width * height;
  const data = new Float32Array(cells * offsets.length);
  for (let cell = 0; cell < cells; cell++) {
    for (let k = 0; k < offsets.length; k++) data[cell * offsets.length + k] = source[cell * stride + offsets[k]];
  }
  return { name, unit, width, height, components: offsets.length, data };
}

/** Metres above sea level as the renderer computes them (float32, sea level of the tick shown). */
function elevationOf(terrain: Float32Array, tick: number): Float32Array {
  const seaLevel = Math.fround(seaLevelAt(tick));
  const elevation = new Float32Array(terrain.length / 4);
  for (let cell = 0; cell < elevation.length; cell++) elevation[cell] = Math.fround(terrain[cell * 4] - seaLevel) * METRES_PER_UNIT;
  return elevation;
}

/** The current elevation, metres above sea level, row 0 at latitude +90 (the heightmap export). */
export async function readElevation(simulation: Simulation): Promise<Float32Array> {
  return elevationOf(await simulation.readTerrain(), simulation.tick);
}

/**
 * Every exported field of the simulation's current state, in a fixed order. Terrain, water and
 * life are on the terrain grid; the climate fields on the coarser climate grid.
 */
export async function collectFields(simulation: Simulation): Promise<ExportedField[]> {
  const { width, height, climateWidth, climateHeight } = simulation.fields;
  const terrain = await simulation.readTerrain();
  const water = await simulation.readWater();
  const climate = await simulation.readClimate();
  const life = await simulation.readLife();
  const elevation = elevationOf(terrain, simulation.tick);
  const onClimate = (name: string, unit: string, offsets: number[]) =>
    pick(name, unit, climateWidth, climateHeight, climate, CLIMATE_CELL_FLOATS, offsets);
  const onLife = (name: string, offset: number, unit: string) => pick(name, unit, width, height, life, 4, [offset]);
  return [
    { name: 'elevation', unit: 'm above sea level', width, height, components: 1, data: elevation },
    pick('plate', 'plate id (1..plates; 0: no plate yet, e.g. fresh ocean floor at a rift)', width, height, terrain, 4, [3]),
    pick('flow', 'equatorial cell areas x m/yr of rain (rain-weighted upstream area)', width, height, water, 4, [0]),
    pick('basin', 'outlet cell index (row * width + column)', width, height, water, 4, [3]),
    onClimate('mslp', 'hPa', [0]),
    onClimate('temperature', 'deg C', [1]),
    onClimate('wind', 'm/s (u east, v north)', [4, 5]),
    onClimate('precipitation', 'mm/day', [3]),
    onClimate('vapour', 'mm', [2]),
    onClimate('soil_moisture', 'mm', [6]),
    onLife('plants', 0, 'Lotka-Volterra population (model units)'),
    onLife('herbivores', 1, 'Lotka-Volterra population (model units)'),
    onLife('carnivores', 2, 'Lotka-Volterra population (model units)'),
    onLife('humans', 3, 'fraction of the land settled (0..1)'),
  ];
}
