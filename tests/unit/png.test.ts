// The PNG wrapper: files that decode to exactly the samples given, 8 and 16 bits, grey and RGBA.
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { heightmapLevels } from '../../src/io/download';
import { decodePng as decode, encodePng } from '../../src/io/png';

/** The data of a file's first chunk of this type (length, type, data, CRC; after the 8-byte signature). */
function chunkData(file: Uint8Array, type: string): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  for (let at = 8; at + 8 <= file.length; at += 12 + view.getUint32(at)) {
    if (String.fromCharCode(...file.subarray(at + 4, at + 8)) === type) return file.subarray(at + 8, at + 8 + view.getUint32(at));
  }
  throw new Error(`No ${type} chunk`);
}

describe('encodePng', () => {
  it('writes RGBA 8-bit that decodes to the same bytes', () => {
    const width = 7;
    const height = 5;
    const pixels = new Uint8Array(width * height * 4).map((_, i) => (i * 37 + (i >> 3)) & 0xff);
    const file = encodePng(pixels, width, height, { channels: 4, bitDepth: 8 });
    expect(Array.from(file.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const png = decode(file);
    expect([png.width, png.height, png.channels, png.bitDepth]).toEqual([width, height, 4, 8]);
    expect(Array.from(png.samples)).toEqual(Array.from(pixels));
  });

  it('writes 16-bit greyscale big-endian with every sample exact', () => {
    const width = 9;
    const height = 4;
    const samples = new Uint16Array(width * height).map((_, i) => (i * 7919 + 13) % 65536);
    samples[0] = 0;
    samples[1] = 65535;
    samples[2] = 256;
    samples[3] = 1;
    const file = encodePng(samples, width, height, { channels: 1, bitDepth: 16 });
    // IHDR: bit depth 16, colour type 0 (greyscale).
    expect([file[24], file[25]]).toEqual([16, 0]);
    const png = decode(file);
    expect([png.width, png.height, png.channels, png.bitDepth]).toEqual([width, height, 1, 16]);
    expect(Array.from(png.samples)).toEqual(Array.from(samples));
    // Read without the PNG library: the first scanline (inflated by Node's zlib) is its filter
    // byte, None, then the samples 0, 65535, 256 with the most significant byte first.
    const raw = inflateSync(chunkData(file, 'IDAT'));
    expect(Array.from(raw.subarray(0, 7))).toEqual([0, 0x00, 0x00, 0xff, 0xff, 0x01, 0x00]);
  });

  it('writes 8-bit greyscale and clamps and rounds out-of-range samples', () => {
    const file = encodePng([-5, 0.4, 127.6, 300], 2, 2, { channels: 1, bitDepth: 8 });
    const png = decode(file);
    expect([png.channels, png.bitDepth]).toEqual([1, 8]);
    expect(Array.from(png.samples)).toEqual([0, 0, 128, 255]);
  });

  it('refuses a pixel count that does not match the size', () => {
    expect(() => encodePng(new Uint8Array(10), 2, 2, { channels: 4, bitDepth: 8 })).toThrow(/16 samples/);
  });
});

describe('heightmapLevels', () => {
  it('maps -11000..9000 m onto 0..65535, clamped', () => {
    const levels = heightmapLevels(new Float32Array([-11000, 9000, -1000, -20000, 12000, NaN]));
    expect(Array.from(levels)).toEqual([0, 65535, Math.round(0.5 * 65535), 0, 65535, 0]);
  });
});
