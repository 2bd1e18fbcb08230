// Downloads from the page: any file, a layer image (RGBA PNG) and a heightmap (16-bit grey PNG).

import { encodePng } from './png';

/** Elevation range of the heightmap's grey scale, metres: 0 at the bottom, 65535 at the top. */
export const HEIGHTMAP_MIN_METRES = -11000;
export const HEIGHTMAP_MAX_METRES = 9000;

/** Save bytes or text as a file through a temporary <a download>. */
export function download(content: Uint8Array<ArrayBuffer> | string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on a later task, after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Grey levels 0..65535 of elevations in metres, -11000..+9000 m linearly, clamped. */
export function heightmapLevels(elevationMetres: Float32Array): Uint16Array {
  const levels = new Uint16Array(elevationMetres.length);
  const span = HEIGHTMAP_MAX_METRES - HEIGHTMAP_MIN_METRES;
  for (let i = 0; i < levels.length; i++) {
    const fraction = (elevationMetres[i] - HEIGHTMAP_MIN_METRES) / span;
    levels[i] = Math.round(Math.min(Math.max(Number.isFinite(fraction) ? fraction : 0, 0), 1) * 65535);
  }
  return levels;
}

/** Download an RGBA image (rows top to bottom) as an 8-bit PNG. */
export async function exportLayerPng(pixels: Uint8Array, width: number, height: number, filename: string): Promise<void> {
  const png = await encodePng(pixels, width, height, { channels: 4, bitDepth: 8 });
  download(png, filename, 'image/png');
}

/** Download elevations (metres, row 0 at latitude +90) as a 16-bit greyscale PNG heightmap. */
export async function exportHeightmapPng(elevationMetres: Float32Array, width: number, height: number, filename: string): Promise<void> {
  const png = await encodePng(heightmapLevels(elevationMetres), width, height, { channels: 1, bitDepth: 16 });
  download(png, filename, 'image/png');
}
