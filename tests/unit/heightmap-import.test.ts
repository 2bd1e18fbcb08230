// Imported maps: resampling by area, the readers (PNG grey levels to metres, the export folder,
// GeoTIFF written by our own export read back), every malformed file refused with a message,
// and the imprint's units and ocean-floor ages.
import { describe, expect, it } from 'vitest';
import { encodeGeoTiff } from '../../src/io/geotiff-write';
import { readExportFolder, readGeoTiff, readHeightmapPng } from '../../src/io/heightmap-import';
import { encodePng } from '../../src/io/png';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { mapContinentPoints, mapImprint, unitsForMetres } from '../../src/sim/map-imprint';
import { oceanAgeFromDepth } from '../../src/sim/ocean-depth';
import { resampleByArea, rollColumns, worldMap, type MapRaster } from '../../src/sim/map-raster';
import { METRES_PER_UNIT } from '../../src/sim/world';
import { oceanDepthMetres } from '../reference/tectonics';

/** A deterministic test map: heights from a few waves, metres. */
function waves(width: number, height: number): MapRaster {
  const metres = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) metres[y * width + x] = Math.fround(3000 * Math.sin((x / width) * 6.3 * 3) * Math.cos((y / height) * 3.1 * 2) - 1500);
  }
  return { name: 'waves', width, height, metres };
}

/** The sphere's area share of each row's cells on a height-row grid. */
const rowArea = (y: number, height: number) => Math.cos((Math.PI * y) / height) - Math.cos((Math.PI * (y + 1)) / height);

describe('resampling by area', () => {
  it('is the identity at the same size, bit for bit', () => {
    const map = waves(64, 32);
    expect(resampleByArea(map, 64, 32)).toEqual(map.metres);
  });

  it('keeps a constant map constant and the area-weighted mean of any map', () => {
    const flat = { name: 'flat', width: 100, height: 50, metres: new Float32Array(5000).fill(-1234.5) };
    for (const value of resampleByArea(flat, 32, 16)) expect(value).toBeCloseTo(-1234.5, 2);
    const map = waves(96, 48);
    const mean = (metres: Float32Array, width: number, height: number) => {
      let sum = 0;
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) sum += metres[y * width + x] * rowArea(y, height) / width;
      return sum / 2;
    };
    // Resampling by area conserves the mean over the sphere (to float32 rounding).
    expect(mean(resampleByArea(map, 32, 16), 32, 16)).toBeCloseTo(mean(map.metres, 96, 48), 1);
    expect(mean(resampleByArea(map, 40, 30), 40, 30)).toBeCloseTo(mean(map.metres, 96, 48), 1);
  });

  it('averages two source cells into one target cell with their areas as weights', () => {
    // 2x2 to 1x1: the two rows have equal area (hemispheres): the mean of the four.
    const map = { name: 'four', width: 2, height: 2, metres: Float32Array.from([1, 3, 5, 7]) };
    expect(resampleByArea(map, 1, 1)[0]).toBeCloseTo(4, 5);
  });

  it('keeps at most 2048x1024 in a world, resampled by area', () => {
    const big = { name: 'big', width: 4096, height: 2048, metres: new Float32Array(4096 * 2048).fill(100) };
    const kept = worldMap(big, 'present');
    expect([kept.width, kept.height]).toEqual([2048, 1024]);
    expect(kept.metres[12345]).toBeCloseTo(100, 3);
  });
});

/** A PNG whose header says 40000x20000 (its data is a small image's): refused before decoding. */
function hugeHeader(): Uint8Array {
  const png = encodePng(new Array(32).fill(0), 8, 4, { channels: 1, bitDepth: 8 }).slice();
  const view = new DataView(png.buffer);
  view.setUint32(16, 40000);
  view.setUint32(20, 20000);
  return png;
}

describe('the heightmap readers', () => {
  it('maps a 16-bit PNG grey level linearly from black to white metres', () => {
    const levels = [0, 65535, 32768, 36044, 0, 0, 0, 0];
    const png = encodePng(Array.from({ length: 4 }, () => levels).flat(), 8, 4, { channels: 1, bitDepth: 16 });
    const read = readHeightmapPng('map.png', png, -11000, 9000);
    if ('error' in read) throw new Error(read.error);
    expect(read.raster.metres[0]).toBe(-11000);
    expect(read.raster.metres[1]).toBe(9000);
    expect(read.raster.metres[2]).toBeCloseTo(-11000 + (32768 / 65535) * 20000, 2);
    // Our own heightmap export's level for 0 m, read back within half a grey step (0.15 m).
    expect(Math.abs(read.raster.metres[3] - 0)).toBeLessThan(0.2);
  });

  it('reads the export folder exactly', () => {
    const map = waves(16, 8);
    const manifest = JSON.stringify({ fields: [{ name: 'elevation', width: 16, height: 8, components: 1 }] });
    const read = readExportFolder(manifest, new Uint8Array(map.metres.buffer));
    if ('error' in read) throw new Error(read.error);
    expect(read.raster.metres).toEqual(map.metres);
  });

  it('reads back the GeoTIFF our export writes: the same values at the same cells', async () => {
    const map = waves(64, 32);
    const tiff = encodeGeoTiff({ name: 'elevation', unit: 'm', width: 64, height: 32, components: 1, data: map.metres });
    const read = await readGeoTiff('elevation.tif', tiff);
    if ('error' in read) throw new Error(read.error);
    expect(read.raster.metres).toEqual(map.metres);
  });

  it('refuses each malformed or foreign file with a message', async () => {
    const map = waves(16, 8);
    const manifest = JSON.stringify({ fields: [{ name: 'elevation', width: 16, height: 8, components: 1 }] });
    const colour = encodePng(new Array(16 * 8 * 4).fill(128), 16, 8, { channels: 4, bitDepth: 8 });
    const nan = map.metres.slice();
    nan[5] = NaN;
    const tiff = encodeGeoTiff({ name: 'elevation', unit: 'm', width: 16, height: 8, components: 1, data: map.metres });
    const cases: [string, { error: string } | { raster: MapRaster }][] = [
      ['colour PNG', readHeightmapPng('photo.png', colour, -11000, 9000)],
      ['damaged PNG', readHeightmapPng('cut.png', encodePng(new Array(128).fill(0), 16, 8, { channels: 1, bitDepth: 8 }).slice(0, 40), -11000, 9000)],
      ['white below black', readHeightmapPng('map.png', encodePng(new Array(128).fill(0), 16, 8, { channels: 1, bitDepth: 8 }), 100, -100)],
      ['tiny PNG', readHeightmapPng('dot.png', encodePng([0, 0], 2, 1, { channels: 1, bitDepth: 8 }), -11000, 9000)],
      ['PNG of too many cells', readHeightmapPng('huge.png', hugeHeader(), -11000, 9000)],
      ['manifest not JSON', readExportFolder('{"fields":', new Uint8Array(map.metres.buffer))],
      ['manifest of something else', readExportFolder('{"fields":[]}', new Uint8Array(map.metres.buffer))],
      ['truncated f32', readExportFolder(manifest, new Uint8Array(map.metres.buffer).slice(0, 100))],
      ['NaN height', readExportFolder(manifest, new Uint8Array(nan.buffer))],
      ['truncated GeoTIFF', await readGeoTiff('cut.tif', tiff.slice(0, 200))],
      ['not a TIFF', await readGeoTiff('notes.tif', new TextEncoder().encode('hello world, not a tiff at all'))],
    ];
    for (const [what, result] of cases) {
      expect('error' in result, what).toBe(true);
      if ('error' in result) expect(result.error.length, what).toBeGreaterThan(20);
    }
  });
});

describe('the imprint', () => {
  it('gives model units that export back to the same metres wherever the metres came from model units', () => {
    // Every value our export writes is float32(units x 600) for float32 units: all must come back.
    let state = 12345;
    for (let i = 0; i < 20000; i++) {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const units = Math.fround(((state / 2 ** 32) * 2 - 1) * 20);
      const metres = Math.fround(units * METRES_PER_UNIT);
      expect(Math.fround(unitsForMetres(metres) * METRES_PER_UNIT)).toBe(metres);
    }
  });

  it('inverts the half-space cooling law for ocean-floor ages', () => {
    for (const age of [0, 1, 5, 19, 20, 21, 40, 80, 150]) expect(oceanAgeFromDepth(oceanDepthMetres(age))).toBeCloseTo(age, 3);
    expect(oceanAgeFromDepth(2000)).toBe(0);
    expect(oceanAgeFromDepth(11000)).toBe(180);
  });

  it('holds the ocean below the map sea level and marks land and shelves continental', () => {
    const map = worldMap(waves(64, 32), 'present');
    const words = CELL_LAYOUTS.terrain.words;
    const imprint = mapImprint(map, 64, 32, words);
    let volume = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 64; x++) volume += (rowArea(y, 32) / 2 / 64) * Math.max(-map.metres[y * 64 + x] / METRES_PER_UNIT, 0);
    }
    // The GPU's cell areas (centre cosine times the row's height) differ from the exact band by
    // under 0.1 % at 32 rows.
    expect(imprint.oceanVolume).toBeCloseTo(volume, 3);
    const parcel = imprint.terrain[5];
    expect(parcel === 0x80000000).toBe(map.metres[0] >= -200);
    const points = new Uint32Array(mapContinentPoints(map, 1024));
    const continental = Array.from({ length: 1024 }, (_, i) => points[i * 4 + 3]).filter((plate) => plate === 1).length;
    expect(continental).toBeGreaterThan(100);
    expect(continental).toBeLessThan(1000);
  });
});

describe('the built-in Earth', () => {
  it('has Natural Earth’s land share at 256x128, within 0.01', async () => {
    const { readFileSync } = await import('node:fs');
    const info = JSON.parse(readFileSync('public/worlds/earth.json', 'utf8')) as { blackMetres: number; whiteMetres: number; landShare: number };
    const read = readHeightmapPng('Earth', readFileSync('public/worlds/earth.png'), info.blackMetres, info.whiteMetres);
    if ('error' in read) throw new Error(read.error);
    const earth = worldMap(rollColumns(read.raster, read.raster.width / 2), 'present');
    const { landShare } = mapImprint(earth, 256, 128, CELL_LAYOUTS.terrain.words);
    expect(Math.abs(landShare - info.landShare)).toBeLessThan(0.01);
    // Turned to start at 0 deg: the Gulf of Guinea (0 N, 0 E) is sea, central Africa (0 N, 20 E) land.
    const at = (lat: number, lon: number) => earth.metres[Math.floor((90 - lat) / 180 * earth.height) * earth.width + Math.floor(lon / 360 * earth.width)];
    expect(at(0.5, 1)).toBeLessThan(0);
    expect(at(0.5, 20)).toBeGreaterThan(0);
  });
});
