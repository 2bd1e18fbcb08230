// Heightmaps read from files: a greyscale PNG (its black and white in metres), the float32 folder
// of `npm run export` (manifest.json and elevation.f32) and GeoTIFF (EPSG:4326 or no
// georeference, the whole globe). Every reader checks what it reads and answers a message
// instead of throwing, so a bad file never touches the world on screen.

import type { MapRaster } from '../sim/map-raster';
import { decodePng } from './png';

export type ReadResult = { raster: MapRaster } | { error: string };

/** Largest file read, bytes (a 0.05-degree float32 globe is 100 MB). */
export const MAX_HEIGHTMAP_BYTES = 256 * 2 ** 20;
/** Most cells a map may have (a 0.05-degree globe; larger ones: resample first). */
export const MAX_HEIGHTMAP_CELLS = 7200 * 3600;
/** Smallest grid taken, and heights past Earth's extremes by far, metres: refused. */
const MIN_SIZE = { width: 8, height: 4 };
const LIMIT_METRES = 20000;

/** The raster checked: a sane size, every height finite and within ±LIMIT_METRES. */
function checked(name: string, width: number, height: number, metres: Float32Array): ReadResult {
  if (!(width >= MIN_SIZE.width && height >= MIN_SIZE.height)) return { error: `${name} is ${width}x${height}: a heightmap needs at least ${MIN_SIZE.width}x${MIN_SIZE.height} cells.` };
  if (metres.length !== width * height) return { error: `${name} holds ${metres.length} heights, not ${width}x${height}.` };
  for (let i = 0; i < metres.length; i++) {
    if (!Number.isFinite(metres[i])) return { error: `${name} has a missing or invalid height at column ${i % width}, row ${Math.floor(i / width)}.` };
    if (Math.abs(metres[i]) > LIMIT_METRES) return { error: `${name} has a height of ${Math.round(metres[i])} m at column ${i % width}, row ${Math.floor(i / width)}: heights must be within ±${LIMIT_METRES} m.` };
  }
  return { raster: { name, width, height, metres } };
}

function tooBig(name: string, bytes: number): string | null {
  return bytes > MAX_HEIGHTMAP_BYTES ? `${name} is ${Math.round(bytes / 2 ** 20)} MB; at most ${MAX_HEIGHTMAP_BYTES / 2 ** 20} MB.` : null;
}

function tooManyCells(name: string, width: number, height: number): string | null {
  return width * height > MAX_HEIGHTMAP_CELLS ? `${name} is ${width}x${height}: at most ${MAX_HEIGHTMAP_CELLS.toLocaleString('en-US')} cells (7200x3600); resample it first.` : null;
}

/** A PNG's size from its header (IHDR, bytes 16-23), before decoding it, or null. */
function pngSize(file: Uint8Array): { width: number; height: number } | null {
  if (file.byteLength < 24 || file[12] !== 0x49 || file[13] !== 0x48 || file[14] !== 0x44 || file[15] !== 0x52) return null;
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** A greyscale PNG (8 or 16 bits; a grey+alpha one's grey): black at `blackMetres`, white at `whiteMetres`. */
export function readHeightmapPng(name: string, file: Uint8Array, blackMetres: number, whiteMetres: number): ReadResult {
  const big = tooBig(name, file.byteLength);
  if (big) return { error: big };
  if (!(Number.isFinite(blackMetres) && Number.isFinite(whiteMetres) && whiteMetres > blackMetres)) return { error: `The heights of black and white must be numbers with white above black (got ${blackMetres} and ${whiteMetres} m).` };
  const size = pngSize(file);
  const many = size && tooManyCells(name, size.width, size.height);
  if (many) return { error: many };
  let png;
  try {
    png = decodePng(file);
  } catch {
    return { error: `${name} is not a readable PNG (truncated or damaged).` };
  }
  if (png.channels > 2) return { error: `${name} is a colour image: a heightmap is greyscale (one grey level a pixel).` };
  const maximum = 2 ** png.bitDepth - 1;
  const metres = new Float32Array(png.width * png.height);
  for (let i = 0; i < metres.length; i++) metres[i] = blackMetres + (png.samples[i * png.channels] / maximum) * (whiteMetres - blackMetres);
  return checked(name, png.width, png.height, metres);
}

/** The export folder's manifest.json text and elevation.f32 bytes. */
export function readExportFolder(manifestText: string, elevation: Uint8Array): ReadResult {
  const name = 'elevation.f32';
  let manifest: unknown;
  try {
    manifest = JSON.parse(manifestText);
  } catch {
    return { error: 'manifest.json is not valid JSON.' };
  }
  const fields = (manifest as { fields?: unknown } | null)?.fields;
  const field = Array.isArray(fields) ? fields.find((entry) => (entry as { name?: unknown })?.name === 'elevation') as Record<string, unknown> | undefined : undefined;
  if (!field) return { error: 'manifest.json lists no elevation field: is it the manifest of `npm run export`?' };
  const { width, height, components } = field;
  if (!(Number.isInteger(width) && Number.isInteger(height) && components === 1)) return { error: 'manifest.json gives the elevation no valid size.' };
  const big = tooBig(name, elevation.byteLength);
  if (big) return { error: big };
  if (elevation.byteLength !== (width as number) * (height as number) * 4) {
    return { error: `${name} has ${elevation.byteLength} bytes; the manifest's ${width}x${height} float32 grid needs ${(width as number) * (height as number) * 4}.` };
  }
  const metres = new Float32Array(elevation.byteLength / 4);
  new Uint8Array(metres.buffer).set(elevation);
  return checked(name, width as number, height as number, metres);
}

/** GeoTIFF keys that say which coordinate system a file is in (GeoTIFF 1.1, section 7). */
const GEOGRAPHIC_TYPE_KEY = 'GeographicTypeGeoKey';
const PROJECTED_TYPE_KEY = 'ProjectedCSTypeGeoKey';
const WGS84 = 4326;

/**
 * A GeoTIFF's first band: equirectangular over the whole globe, in EPSG:4326 or with no
 * georeference (then taken as the whole globe from 180 deg W). Columns are turned so that the
 * grid's column 0 starts at 0 deg, as the simulation's.
 */
export async function readGeoTiff(name: string, file: Uint8Array): Promise<ReadResult> {
  const big = tooBig(name, file.byteLength);
  if (big) return { error: big };
  try {
    const { fromArrayBuffer } = await import('geotiff');
    const tiff = await fromArrayBuffer(file.slice().buffer);
    const image = await tiff.getImage();
    const width = image.getWidth();
    const height = image.getHeight();
    const many = tooManyCells(name, width, height);
    if (many) return { error: many };
    const keys = (image.getGeoKeys() ?? {}) as Record<string, unknown>;
    if (keys[PROJECTED_TYPE_KEY] !== undefined) return { error: `${name} is in a projected coordinate system (EPSG:${keys[PROJECTED_TYPE_KEY]}): Deep Time reads longitude and latitude grids (EPSG:4326).` };
    if (keys[GEOGRAPHIC_TYPE_KEY] !== undefined && keys[GEOGRAPHIC_TYPE_KEY] !== WGS84) return { error: `${name} is in EPSG:${keys[GEOGRAPHIC_TYPE_KEY]}: Deep Time reads EPSG:4326 grids.` };
    let west = -180;
    if (image.getFileDirectory().ModelTiepoint) {
      const [minX, minY, maxX, maxY] = image.getBoundingBox();
      const pixel = 360 / width;
      const whole = Math.abs(maxX - minX - 360) < pixel && Math.abs(maxY - 90) < pixel && Math.abs(minY + 90) < pixel;
      if (!whole) return { error: `${name} covers longitudes ${minX.toFixed(1)}..${maxX.toFixed(1)} and latitudes ${minY.toFixed(1)}..${maxY.toFixed(1)}: a world map covers the whole globe.` };
      west = minX;
    }
    const [band] = await image.readRasters({ samples: [0] });
    const values = band as ArrayLike<number>;
    const noData = image.getGDALNoData();
    const metres = new Float32Array(width * height);
    // Column 0 of the grid starts at 0 deg: the file's column at longitude 0 comes first.
    const shift = Math.round(((((0 - west) % 360) + 360) % 360) / (360 / width)) % width;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const value = values[y * width + ((x + shift) % width)];
        metres[y * width + x] = noData !== null && value === noData ? NaN : value;
      }
    }
    return checked(name, width, height, metres);
  } catch (error) {
    return { error: `${name} is not a GeoTIFF Deep Time can read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** Which reader a file name calls for. */
export function heightmapKind(fileName: string): 'png' | 'geotiff' | 'manifest' | 'f32' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.png')) return 'png';
  if (lower.endsWith('.tif') || lower.endsWith('.tiff')) return 'geotiff';
  if (lower.endsWith('.json')) return 'manifest';
  if (lower.endsWith('.f32')) return 'f32';
  return null;
}
