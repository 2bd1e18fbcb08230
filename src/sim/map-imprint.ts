// A world map's state where it enters the story: its terrain cells on a grid (elevation in model
// units above a datum at the map's sea level, crust kind, ocean-floor age from depth), the ocean
// volume its basins hold, and the continents' lattice points that are its land and shelves.

import { AMBIENT_CRUST_TEMP, METRES_PER_UNIT } from './world';
import { resampleByArea, metresAt, type WorldMap } from './map-raster';
import { oceanAgeFromDepth } from './ocean-depth';

/** Crust down to this depth is continental (land and the shelves), metres. */
export const SHELF_METRES = -200;

/** Bit 31 of a terrain cell's parcel word: continental crust (shaders/common/cells.wgsl). */
const PARCEL_CONTINENTAL = 0x80000000;

/**
 * Model units for metres above a datum at 0: the float32 whose export (float32 units times
 * METRES_PER_UNIT, rounded to float32: src/io/field-export.ts) gives the metres back exactly
 * where one does (every value our own export wrote), else the nearest.
 */
export function unitsForMetres(metres: number): number {
  const guess = Math.fround(metres / METRES_PER_UNIT);
  const bits = new Float32Array([guess]);
  const word = new Int32Array(bits.buffer);
  const start = word[0];
  for (const step of [0, 1, -1, 2, -2]) {
    word[0] = start + step;
    if (Math.fround(bits[0] * METRES_PER_UNIT) === Math.fround(metres)) return bits[0];
  }
  return guess;
}

/** Each terrain cell's share of the sphere on a width x height grid, as the GPU's ocean pass computes it. */
function cellArea(y: number, width: number, height: number): number {
  return (Math.cos((0.5 - (y + 0.5) / height) * Math.PI) * Math.sin((0.5 * Math.PI) / height)) / width;
}

export interface MapImprint {
  /** Terrain cells as a reader sees them (src/sim/cells.ts decodeCells order). */
  terrain: Float32Array;
  /** The ocean its basins hold below the map's sea level: a mean depth over the sphere, model units. */
  oceanVolume: number;
  /** Area share of the sphere above the map's sea level on this grid. */
  landShare: number;
}

const imprints = new Map<string, MapImprint>();

/** The map on a grid (kept: a world's globals ask for its ocean volume every tick). */
export function mapImprint(map: WorldMap, width: number, height: number, terrainWords: number): MapImprint {
  const key = `${map.checksum}:${map.width}x${map.height}:${width}x${height}`;
  const cached = imprints.get(key);
  if (cached) return cached;
  const metres = resampleByArea(map, width, height);
  const terrain = new Float32Array(width * height * terrainWords);
  let volume = 0;
  let land = 0;
  for (let y = 0; y < height; y++) {
    const area = cellArea(y, width, height);
    for (let x = 0; x < width; x++) {
      const cell = y * width + x;
      const elevation = unitsForMetres(metres[cell]);
      // Words: elevation, crustTemperature, uplift, plate, oceanAge, parcel.
      terrain.set([elevation, AMBIENT_CRUST_TEMP, 0, 0, oceanAgeFromDepth(-metres[cell]), metres[cell] >= SHELF_METRES ? PARCEL_CONTINENTAL : 0], cell * terrainWords);
      volume += area * Math.max(-elevation, 0);
      if (elevation > 0) land += area;
    }
  }
  const imprint = { terrain, oceanVolume: volume, landShare: land };
  if (imprints.size > 8) imprints.clear();
  imprints.set(key, imprint);
  return imprint;
}

/**
 * The continents' lattice (shaders/tectonics/continents.wgsl latticePoint: CONTINENT_POINTS
 * equal areas, the golden angle between neighbours) with each point continental (plate 1) where
 * the map is land or shelf there: position xyz and plate, ContinentPoint's 16 bytes a point.
 */
export function mapContinentPoints(map: WorldMap, count: number): ArrayBuffer {
  const bytes = new ArrayBuffer(count * 16);
  const floats = new Float32Array(bytes);
  const words = new Uint32Array(bytes);
  for (let i = 0; i < count; i++) {
    const y = 1 - (2 * i + 1) / count;
    const longitude = (Math.imul(i, 0x61c88647) >>> 0) * ((2 * Math.PI) / 4294967296);
    const r = Math.sqrt(Math.max(1 - y * y, 0));
    floats.set([Math.sin(longitude) * r, y, Math.cos(longitude) * r], i * 4);
    words[i * 4 + 3] = metresAt(map, Math.asin(y), longitude) >= SHELF_METRES ? 1 : 0;
  }
  return bytes;
}
