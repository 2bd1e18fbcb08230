// A small PNG encoder: greyscale or RGBA, 8 or 16 bits a sample, zlib via CompressionStream.

export interface PngFormat {
  /** 1: greyscale (colour type 0); 4: RGBA (colour type 6). */
  channels: 1 | 4;
  /** Bits a sample; 16-bit samples are written big-endian as PNG requires. */
  bitDepth: 8 | 16;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The scanline filter used on every row: Up (each byte minus the byte above it). */
const FILTER_UP = 2;

/** CRC-32 (IEEE, reflected polynomial 0xEDB88320) table, one entry per byte value. */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** One chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** zlib stream (RFC 1950) of the bytes, by the platform's deflate. */
async function zlib(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new CompressionStream('deflate');
  const writer = stream.writable.getWriter();
  const [, compressed] = await Promise.all([
    writer.write(bytes).then(() => writer.close()),
    new Response(stream.readable).arrayBuffer(),
  ]);
  return new Uint8Array(compressed);
}

/**
 * Encode pixels (row 0 at the top, channels interleaved; sample values 0..255 or 0..65535,
 * clamped) as a PNG file.
 */
export async function encodePng(pixels: ArrayLike<number>, width: number, height: number, format: PngFormat): Promise<Uint8Array<ArrayBuffer>> {
  const { channels, bitDepth } = format;
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) throw new Error(`Bad PNG size ${width}x${height}`);
  if (pixels.length !== width * height * channels) throw new Error(`PNG needs ${width * height * channels} samples, got ${pixels.length}`);
  const bytesPerSample = bitDepth / 8;
  const rowBytes = width * channels * bytesPerSample;
  const maximum = bitDepth === 16 ? 0xffff : 0xff;
  // Raw scanlines first, then the Up filter applied from the bottom row upward in place.
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1);
    raw[row] = FILTER_UP;
    for (let i = 0; i < width * channels; i++) {
      const sample = Math.min(Math.max(Math.round(pixels[y * width * channels + i]), 0), maximum);
      if (bitDepth === 16) {
        raw[row + 1 + 2 * i] = sample >>> 8;
        raw[row + 2 + 2 * i] = sample & 0xff;
      } else {
        raw[row + 1 + i] = sample;
      }
    }
  }
  for (let y = height - 1; y > 0; y--) {
    const row = y * (rowBytes + 1) + 1;
    const above = row - (rowBytes + 1);
    for (let i = 0; i < rowBytes; i++) raw[row + i] = (raw[row + i] - raw[above + i]) & 0xff;
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = bitDepth;
  header[9] = channels === 1 ? 0 : 6;
  // Compression 0 (deflate), filter method 0, interlace 0: already zero.
  const parts = [new Uint8Array(SIGNATURE), chunk('IHDR', header), chunk('IDAT', await zlib(raw)), chunk('IEND', new Uint8Array(0))];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}
