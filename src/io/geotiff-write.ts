// GeoTIFF files of a field: float32 samples in one uncompressed strip, little-endian, placed on
// the whole globe in EPSG:4326 (WGS 84 longitude and latitude), pixel-is-area, from 180 deg W,
// the unit in GDAL's metadata tag, so GIS programs open them in place (TIFF 6.0; GeoTIFF 1.1).

/** A field as the export gives it: rows from latitude +90, column 0 starting at 0 deg east. */
export interface GeoTiffField {
  width: number;
  height: number;
  /** Values a cell, interleaved (written as that many samples a pixel). */
  components: number;
  data: Float32Array;
  unit: string;
  name: string;
}

type TagType = 'short' | 'long' | 'double' | 'ascii';
const TYPE_CODES: Record<TagType, number> = { short: 3, long: 4, double: 12, ascii: 2 };
const TYPE_BYTES: Record<TagType, number> = { short: 2, long: 4, double: 8, ascii: 1 };

interface Tag { code: number; type: TagType; values: number[] | string }

/** GeoKey directory: version 1.1.0, then (key, location 0, count 1, value) for each key. */
function geoKeys(): number[] {
  const keys = [
    [1024, 2], // GTModelTypeGeoKey: geographic (longitude and latitude)
    [1025, 1], // GTRasterTypeGeoKey: pixel is area
    [2048, 4326], // GeographicTypeGeoKey: WGS 84
    [2054, 9102], // GeogAngularUnitsGeoKey: degrees
  ];
  return [1, 1, 0, keys.length, ...keys.flatMap(([key, value]) => [key, 0, 1, value])];
}

/** Text for XML in an ASCII tag: markup escaped, every character past ASCII as a character reference. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    .replace(/[^\x20-\x7e]/g, (c) => `&#${c.codePointAt(0)};`);
}

/** Text for a plain ASCII tag: characters past ASCII become '?'. */
const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, '?');

/** The field as a GeoTIFF file's bytes, turned so the file starts at 180 deg W. */
export function encodeGeoTiff(field: GeoTiffField): Uint8Array<ArrayBuffer> {
  const { width, height, components, data } = field;
  if (data.length !== width * height * components) throw new Error(`${field.name}: ${data.length} values for ${width}x${height}x${components}`);
  const pixels = new Float32Array(data.length);
  const half = width / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + ((x + half) % width)) * components;
      pixels.set(data.subarray(from, from + components), (y * width + x) * components);
    }
  }
  const metadata = `<GDALMetadata>${Array.from({ length: components }, (_, sample) => `<Item name="UNITS" sample="${sample}" role="unittype">${escapeXml(field.unit)}</Item>`).join('')}</GDALMetadata>`;
  const pixelBytes = pixels.byteLength;
  const tags: Tag[] = [
    { code: 256, type: 'long', values: [width] },
    { code: 257, type: 'long', values: [height] },
    { code: 258, type: 'short', values: Array(components).fill(32) },
    { code: 259, type: 'short', values: [1] }, // no compression
    { code: 262, type: 'short', values: [1] }, // black is zero
    { code: 270, type: 'ascii', values: ascii(`Deep Time ${field.name} (${field.unit})`) },
    { code: 273, type: 'long', values: [0] }, // strip offset, filled in below
    { code: 277, type: 'short', values: [components] },
    { code: 278, type: 'long', values: [height] },
    { code: 279, type: 'long', values: [pixelBytes] },
    { code: 284, type: 'short', values: [1] }, // samples interleaved
    ...(components > 1 ? [{ code: 338, type: 'short' as const, values: Array(components - 1).fill(0) }] : []), // ExtraSamples: unspecified
    { code: 339, type: 'short', values: Array(components).fill(3) }, // IEEE float
    { code: 33550, type: 'double', values: [360 / width, 180 / height, 0] }, // ModelPixelScale
    { code: 33922, type: 'double', values: [0, 0, 0, -180, 90, 0] }, // ModelTiepoint: pixel (0,0) corner at 180 W, 90 N
    { code: 34735, type: 'short', values: geoKeys() },
    { code: 42112, type: 'ascii', values: metadata }, // GDAL_METADATA
  ];
  const sizeOf = (tag: Tag) => (typeof tag.values === 'string' ? tag.values.length + 1 : tag.values.length) * TYPE_BYTES[tag.type];
  const ifdBytes = 2 + tags.length * 12 + 4;
  let extra = 8 + ifdBytes;
  const extraAt = new Map<Tag, number>();
  for (const tag of tags) {
    if (sizeOf(tag) <= 4) continue;
    extraAt.set(tag, extra);
    extra += sizeOf(tag) + (sizeOf(tag) % 2);
  }
  const pixelOffset = Math.ceil(extra / 4) * 4;
  (tags.find((tag) => tag.code === 273)!.values as number[])[0] = pixelOffset;
  const bytes = new Uint8Array(pixelOffset + pixelBytes);
  const view = new DataView(bytes.buffer);
  bytes.set([0x49, 0x49, 42, 0]); // "II", 42: little-endian TIFF
  view.setUint32(4, 8, true);
  view.setUint16(8, tags.length, true);
  const writeValues = (tag: Tag, at: number) => {
    if (typeof tag.values === 'string') {
      for (let i = 0; i < tag.values.length; i++) bytes[at + i] = tag.values.charCodeAt(i) & 0x7f;
      return;
    }
    tag.values.forEach((value, i) => {
      if (tag.type === 'short') view.setUint16(at + 2 * i, value, true);
      else if (tag.type === 'long') view.setUint32(at + 4 * i, value, true);
      else view.setFloat64(at + 8 * i, value, true);
    });
  };
  tags.forEach((tag, i) => {
    const entry = 10 + i * 12;
    view.setUint16(entry, tag.code, true);
    view.setUint16(entry + 2, TYPE_CODES[tag.type], true);
    view.setUint32(entry + 4, typeof tag.values === 'string' ? tag.values.length + 1 : tag.values.length, true);
    const at = extraAt.get(tag);
    if (at === undefined) writeValues(tag, entry + 8);
    else {
      view.setUint32(entry + 8, at, true);
      writeValues(tag, at);
    }
  });
  view.setUint32(10 + tags.length * 12, 0, true); // no next IFD
  new Uint8Array(bytes.buffer, pixelOffset, pixelBytes).set(new Uint8Array(pixels.buffer));
  return bytes;
}
