// A world's map as a world file keeps it: its size, name and checksum, and its metres as
// deflated float32 in base64 (or, for the built-in Earth, only its name), checked on reading.

import { checksumBytes, type MapRaster, type WorldMap } from '../sim/map-raster';

/** The map in a world file. */
export interface SavedMap {
  name: string;
  width: number;
  height: number;
  checksum: string;
  /** 'earth': the built-in Earth, not stored; else the metres (float32 little-endian), deflated, base64. */
  builtin?: 'earth';
  data?: string;
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes.slice()]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The map as a world file keeps it (`earth`: the built-in Earth, saved by name). */
export async function saveMap(map: WorldMap, earth: boolean): Promise<SavedMap> {
  const { name, width, height, checksum } = map;
  if (earth) return { name, width, height, checksum, builtin: 'earth' };
  const deflated = await transform(new Uint8Array(map.metres.buffer, map.metres.byteOffset, map.metres.byteLength), new CompressionStream('deflate'));
  return { name, width, height, checksum, data: toBase64(deflated) };
}

/** Why this is not a saved map, or null (its shape only; the data is checked on reading). */
export function savedMapProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'is not an object';
  const map = raw as Record<string, unknown>;
  if (typeof map.name !== 'string' || map.name.length > 200) return 'has no name';
  if (!(Number.isInteger(map.width) && Number.isInteger(map.height) && (map.width as number) > 0 && (map.height as number) > 0 && (map.width as number) * (map.height as number) <= 2048 * 1024)) return 'has no valid size';
  if (typeof map.checksum !== 'string' || !/^[0-9a-f]{8}$/.test(map.checksum)) return 'has no checksum';
  if (map.builtin !== undefined ? map.builtin !== 'earth' : typeof map.data !== 'string') return 'holds no heights';
  return null;
}

/** The metres of a saved map (not the built-in Earth), checked against its checksum. */
export async function readSavedMap(saved: SavedMap): Promise<{ raster: MapRaster } | { error: string }> {
  try {
    const bytes = await transform(Uint8Array.from(atob(saved.data ?? ''), (c) => c.charCodeAt(0)), new DecompressionStream('deflate'));
    if (bytes.byteLength !== saved.width * saved.height * 4) return { error: `its map holds ${bytes.byteLength} bytes, not ${saved.width}x${saved.height} heights` };
    if (checksumBytes(bytes) !== saved.checksum) return { error: 'its map does not match its checksum (damaged)' };
    const metres = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4).slice();
    return { raster: { name: saved.name, width: saved.width, height: saved.height, metres } };
  } catch {
    return { error: 'its map is damaged (the heights do not inflate)' };
  }
}
