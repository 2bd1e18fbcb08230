// An imported map: elevations in metres on an equirectangular grid (row 0 at the north edge,
// column 0 at the grid's 0 deg longitude), resampled to any grid by area, with its checksum.

import type { MapEntry } from '../param-spec';

/** What a person brought: a heightmap's metres and where it enters the story. */
export interface MapRaster {
  /** Shown in notices and saved with the world (a file name, or "Earth"). */
  name: string;
  width: number;
  height: number;
  /** Metres above the map's sea level, row 0 at latitude +90, width x height. */
  metres: Float32Array;
}

/** Largest raster a world keeps (the largest simulation grid): bigger maps are resampled to it. */
export const MAX_MAP_SIZE = { width: 2048, height: 1024 } as const;


/** A map as part of a world's definition. */
export interface WorldMap extends MapRaster {
  entry: MapEntry;
  /** FNV-1a of the metres' bytes, 8 hex digits: links name the map by it. */
  checksum: string;
}

/** 32-bit FNV-1a of bytes, as 8 hex digits. */
export function checksumBytes(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i];
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function worldMap(raster: MapRaster, entry: MapEntry): WorldMap {
  const kept = raster.width > MAX_MAP_SIZE.width || raster.height > MAX_MAP_SIZE.height
    ? { ...raster, ...MAX_MAP_SIZE, metres: resampleByArea(raster, MAX_MAP_SIZE.width, MAX_MAP_SIZE.height) }
    : raster;
  return { ...kept, entry, checksum: checksumBytes(new Uint8Array(kept.metres.buffer, kept.metres.byteOffset, kept.metres.byteLength)) };
}

/**
 * For one axis, each target cell's overlaps with the source cells: [source index, weight]
 * lists, the weights the measure of the overlap (`edge(i)` is the measure at source/target
 * edge i of n, monotonic: a longitude fraction, or minus the sine of latitude).
 */
function overlaps(sourceCount: number, targetCount: number, edge: (i: number, n: number) => number): [number, number][][] {
  const result: [number, number][][] = [];
  for (let t = 0; t < targetCount; t++) {
    const low = edge(t, targetCount);
    const high = edge(t + 1, targetCount);
    const first = Math.max(Math.floor((t * sourceCount) / targetCount), 0);
    const last = Math.min(Math.ceil(((t + 1) * sourceCount) / targetCount), sourceCount);
    const cell: [number, number][] = [];
    for (let s = first; s < last; s++) {
      const weight = Math.min(high, edge(s + 1, sourceCount)) - Math.max(low, edge(s, sourceCount));
      if (weight > 0) cell.push([s, weight]);
    }
    result.push(cell);
  }
  return result;
}

/** The measure of latitude along a column, from the north pole: 1 - sin(latitude) at edge i of n. */
const latitudeEdge = (i: number, n: number) => 1 - Math.cos((Math.PI * i) / n);
const longitudeEdge = (i: number, n: number) => i / n;

/**
 * The map's metres on a width x height grid, each cell the area-weighted mean of the source
 * cells it overlaps (on the sphere: longitude times the sine of latitude). The same size is
 * the identity, bit for bit.
 */
export function resampleByArea(raster: MapRaster, width: number, height: number): Float32Array {
  if (width === raster.width && height === raster.height) return raster.metres.slice();
  const columns = overlaps(raster.width, width, longitudeEdge);
  const rows = overlaps(raster.height, height, latitudeEdge);
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let total = 0;
      for (const [sy, wy] of rows[y]) {
        const row = sy * raster.width;
        for (const [sx, wx] of columns[x]) {
          sum += raster.metres[row + sx] * wx * wy;
          total += wx * wy;
        }
      }
      out[y * width + x] = sum / total;
    }
  }
  return out;
}

/** The map's metres at a point (nearest source cell), latitude and longitude in radians (longitude from the grid's 0). */
export function metresAt(raster: MapRaster, latitude: number, longitude: number): number {
  const turn = longitude / (2 * Math.PI);
  const x = Math.floor((turn - Math.floor(turn)) * raster.width) % raster.width;
  const y = Math.min(Math.max(Math.floor((0.5 - latitude / Math.PI) * raster.height), 0), raster.height - 1);
  return raster.metres[y * raster.width + x];
}

/** The raster turned east by `columns` columns: a map whose column 0 starts at 180 deg W, turned by half its width, starts at 0 deg. */
export function rollColumns(raster: MapRaster, columns: number): MapRaster {
  const { width, height } = raster;
  const metres = new Float32Array(width * height);
  const shift = ((columns % width) + width) % width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) metres[y * width + x] = raster.metres[y * width + ((x + shift) % width)];
  }
  return { ...raster, metres };
}
