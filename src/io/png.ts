// PNG files for the exports and the test goldens: greyscale or RGBA, 8 or 16 bits a sample,
// encoded and decoded by fast-png.

import { decode, encode } from 'fast-png';

export interface PngFormat {
  /** 1: greyscale (colour type 0); 4: RGBA (colour type 6). */
  channels: 1 | 4;
  /** Bits a sample (16-bit samples are big-endian in the file, as PNG requires). */
  bitDepth: 8 | 16;
}

/** A decoded PNG: its size, format and samples (row 0 at the top, channels interleaved). */
export interface PngImage {
  width: number;
  height: number;
  channels: number;
  bitDepth: number;
  samples: Uint8Array | Uint8ClampedArray | Uint16Array;
}

/**
 * Encode pixels (row 0 at the top, channels interleaved; sample values 0..255 or 0..65535,
 * rounded and clamped) as a PNG file.
 */
export function encodePng(pixels: ArrayLike<number>, width: number, height: number, format: PngFormat): Uint8Array<ArrayBuffer> {
  const { channels, bitDepth } = format;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) throw new Error(`Bad PNG size ${width}x${height}`);
  if (pixels.length !== width * height * channels) throw new Error(`PNG needs ${width * height * channels} samples, got ${pixels.length}`);
  const maximum = bitDepth === 16 ? 0xffff : 0xff;
  const samples = bitDepth === 16 ? new Uint16Array(pixels.length) : new Uint8Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) samples[i] = Math.min(Math.max(Math.round(pixels[i]), 0), maximum);
  // A copy onto a plain ArrayBuffer, as Blob and file writes want (fast-png types its output loosely).
  return new Uint8Array(encode({ width, height, data: samples, depth: bitDepth, channels }));
}

/** Decode a PNG file, keeping its own bit depth and channels. */
export function decodePng(file: Uint8Array): PngImage {
  const png = decode(file);
  return { width: png.width, height: png.height, channels: png.channels, bitDepth: png.depth, samples: png.data };
}
