// The simulation's fields as named float32 grids with units, for the export tools (in the page).

import { CELL_LAYOUTS } from '../sim/cells';
import { CHANNELS, channelWords } from '../sim/channels';
import type { Simulation } from '../sim/simulation';
import { METRES_PER_UNIT } from '../sim/world';
import { koppenField } from './koppen-field';

export { koppenGroupSharesOfFields } from './koppen-field';

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

/** Metres above sea level as the renderer computes them (float32, the simulated sea level of the state shown). */
function elevationOf(terrain: Float32Array, seaLevel: number): Float32Array {
  const stride = CELL_LAYOUTS.terrain.words;
  const [word] = channelWords({ field: 'terrain', member: 'elevation' });
  const elevation = new Float32Array(terrain.length / stride);
  for (let cell = 0; cell < elevation.length; cell++) elevation[cell] = Math.fround(terrain[cell * stride + word] - seaLevel) * METRES_PER_UNIT;
  return elevation;
}

/** The current elevation, metres above sea level, row 0 at latitude +90 (the heightmap export). */
export async function readElevation(simulation: Simulation): Promise<Float32Array> {
  return elevationOf(await simulation.readTerrain(), (await simulation.readOcean()).level);
}

/**
 * Every exported field of the simulation's current state: the elevation in metres, then the
 * exported channels (src/sim/channels.ts) in their order, then the Köppen–Geiger types
 * (src/io/koppen-field.ts). Terrain, water, life and the types are on the terrain grid; the
 * climate fields on the coarser climate grid.
 */
export async function collectFields(simulation: Simulation): Promise<ExportedField[]> {
  const { width, height, climateWidth, climateHeight } = simulation.fields;
  const cells = {
    terrain: await simulation.readTerrain(),
    water: await simulation.readWater(),
    climate: await simulation.readClimate(),
    life: await simulation.readLife(),
  };
  const elevation = elevationOf(cells.terrain, (await simulation.readOcean()).level);
  const exported = CHANNELS.flatMap((channel) => {
    // (Neither the surface pressure nor the packed monthly means are exported as they are; the
    // check narrows the field to those read here.)
    if (channel.exportAs === undefined || channel.field === 'pressure' || channel.field === 'months') return [];
    const [columns, rows] = channel.field === 'climate' ? [climateWidth, climateHeight] : [width, height];
    return [pick(channel.exportAs, channel.unit, columns, rows, cells[channel.field], CELL_LAYOUTS[channel.field].words, channelWords(channel))];
  });
  const koppen = koppenField(elevation, width, height, await simulation.readMonths(), climateWidth, climateHeight);
  return [{ name: 'elevation', unit: 'm above sea level', width, height, components: 1, data: elevation }, ...exported, koppen];
}
