// The fields' cells as shaders/common/cells.wgsl declares them: byte sizes and member offsets read
// from the WGSL by webgpu-utils (never typed here), shared by the readers, the export (with the
// channel table, src/sim/channels.ts), the soak and the tests. Readers see a cell as interleaved
// floats, one a 4-byte word in the struct's order: integer members (ids, indices) decoded to
// their value.

import cellsWgsl from '../../shaders/common/cells.wgsl?raw';
import { getSizeAndAlignmentOfUnsizedArrayElement, makeShaderDataDefinitions, makeStructuredView, type StructDefinition } from '../gpu/reflect';
import type { OceanLevel, PlanetScalars } from './state';

const DEFINITIONS = makeShaderDataDefinitions(cellsWgsl);

/** The fields made of cells on a grid, and the WGSL struct of each one's cell. */
export const CELL_STRUCTS = {
  terrain: 'TerrainCell', water: 'WaterReading', pressure: 'PressureCell', climate: 'ClimateCell', life: 'LifeCell', months: 'MonthsCell',
} as const;
export type CellField = keyof typeof CELL_STRUCTS;

/** How a 4-byte word of a cell is stored: a float, or an integer (a struct's padding reads as a float). */
export type WordType = 'f32' | 'u32' | 'i32';

export interface CellLayout {
  /** Bytes of one cell, array stride included. */
  bytes: number;
  /** 4-byte words of one cell: the floats a reader sees per cell. */
  words: number;
  /** The type of each word. */
  wordTypes: readonly WordType[];
  /** Each member's first word and its count of words. */
  members: Readonly<Record<string, { word: number; words: number }>>;
}

function layoutOf(struct: StructDefinition): CellLayout {
  const words = struct.size / 4;
  const wordTypes: WordType[] = new Array<WordType>(words).fill('f32');
  const members: Record<string, { word: number; words: number }> = {};
  for (const [name, field] of Object.entries(struct.fields)) {
    // An array member (the months' means) takes its elements' type.
    const definition = field.type as { type?: string; elementType?: { type?: string } };
    const type = definition.elementType?.type ?? definition.type ?? 'f32';
    const member = { word: field.offset / 4, words: field.type.size / 4 };
    members[name] = member;
    const scalar = type.startsWith('vec') ? (type.endsWith('u') ? 'u32' : type.endsWith('i') ? 'i32' : 'f32') : type;
    for (let k = 0; k < member.words; k++) wordTypes[member.word + k] = scalar as WordType;
  }
  return { bytes: struct.size, words, wordTypes, members };
}

export const CELL_LAYOUTS: Readonly<Record<CellField, CellLayout>> = Object.fromEntries(
  Object.entries(CELL_STRUCTS).map(([field, struct]) => [field, layoutOf(DEFINITIONS.structs[struct])]),
) as Record<CellField, CellLayout>;

/** Bytes of a water cell as stored (struct WaterCell): a reading (WaterReading) less its basin, labelled apart. */
export const WATER_CELL_BYTES = DEFINITIONS.structs.WaterCell.size;

/** The stored water (WaterCell words) and the basins' labels (i32) as readings: WaterReading words a cell. */
export function waterReadings(stored: ArrayBuffer, basins: ArrayBuffer): ArrayBuffer {
  const storedWords = WATER_CELL_BYTES / 4;
  const { words } = CELL_LAYOUTS.water;
  const from = new Uint32Array(stored);
  const labels = new Uint32Array(basins);
  const readings = new Uint32Array(labels.length * words);
  for (let cell = 0; cell < labels.length; cell++) {
    readings.set(from.subarray(cell * storedWords, (cell + 1) * storedWords), cell * words);
    readings[cell * words + CELL_LAYOUTS.water.members.basin.word] = labels[cell];
  }
  return readings.buffer;
}

/** Readings (WaterReading words a cell) as the water is stored (WaterCell words: the basin dropped). */
export function storedWater(readings: ArrayBuffer): ArrayBuffer {
  const storedWords = WATER_CELL_BYTES / 4;
  const { words } = CELL_LAYOUTS.water;
  const from = new Uint32Array(readings);
  const cells = from.length / words;
  const stored = new Uint32Array(cells * storedWords);
  for (let cell = 0; cell < cells; cell++) stored.set(from.subarray(cell * words, cell * words + storedWords), cell * storedWords);
  return stored.buffer;
}

/** Bytes of one point of the continents (struct ContinentPoint). */
export const CONTINENT_POINT_BYTES = DEFINITIONS.structs.ContinentPoint.size;

/** The planet field: its scalars (PlanetScalars) first, then the census's partial sums. */
export const PLANET_LAYOUT = {
  scalarBytes: DEFINITIONS.structs.Planet.fields.partials.offset,
  partialBytes: getSizeAndAlignmentOfUnsizedArrayElement(DEFINITIONS.structs.Planet).size,
};

/** The ocean field: its level (OceanLevel) first, then the level pass's row sums. */
export const OCEAN_LAYOUT = {
  scalarBytes: DEFINITIONS.structs.Ocean.fields.rows.offset,
  levelOffset: DEFINITIONS.structs.OceanLevel.fields.level.offset,
  rowBytes: getSizeAndAlignmentOfUnsizedArrayElement(DEFINITIONS.structs.Ocean).size,
};

/** The ocean's level and sums, from the bytes at the start of the ocean field (struct OceanLevel). */
export function decodeOceanLevel(bytes: ArrayBuffer): OceanLevel {
  const { views } = makeStructuredView(DEFINITIONS.structs.OceanLevel, bytes.slice(0, OCEAN_LAYOUT.scalarBytes));
  return Object.fromEntries(Object.entries(views).map(([name, view]) => [name, (view as Float32Array)[0]])) as unknown as OceanLevel;
}

/** The planet's scalars from the bytes at the start of the planet field, named as the WGSL struct names them. */
export function decodePlanetScalars(bytes: ArrayBuffer): PlanetScalars {
  const { views } = makeStructuredView(DEFINITIONS.structs.PlanetScalars, bytes.slice(0, PLANET_LAYOUT.scalarBytes));
  return Object.fromEntries(Object.entries(views).map(([name, view]) => [name, (view as Float32Array)[0]])) as unknown as PlanetScalars;
}

/** One tick's brush dabs (struct Brush): the struct's definition, and the bytes of a dab. */
export const BRUSH_STRUCT = DEFINITIONS.structs.Brush;
export const DAB_BYTES = getSizeAndAlignmentOfUnsizedArrayElement(BRUSH_STRUCT).size;
/** What a dab changes: Dab.channel is an index of this list (the brush pass's DAB_* overrides are set from it). */
export const DAB_CHANNELS = ['elevation', 'uplift'] as const;

/** Cells as the floats a reader sees: integer words decoded to their value. */
export function decodeCells(field: CellField, bytes: ArrayBuffer): Float32Array {
  const { words, wordTypes } = CELL_LAYOUTS[field];
  const floats = new Float32Array(bytes.slice(0));
  const unsigned = new Uint32Array(bytes);
  const signed = new Int32Array(bytes);
  wordTypes.forEach((type, word) => {
    if (type === 'f32') return;
    const source = type === 'u32' ? unsigned : signed;
    for (let at = word; at < floats.length; at += words) floats[at] = source[at];
  });
  return floats;
}

/** The bytes of cells given as a reader sees them (the inverse of decodeCells). */
export function encodeCells(field: CellField, values: ArrayLike<number>): ArrayBuffer {
  const { words, wordTypes } = CELL_LAYOUTS[field];
  const floats = Float32Array.from(values);
  const unsigned = new Uint32Array(floats.buffer);
  const signed = new Int32Array(floats.buffer);
  wordTypes.forEach((type, word) => {
    if (type === 'f32') return;
    const target = type === 'u32' ? unsigned : signed;
    for (let at = word; at < floats.length; at += words) target[at] = values[at];
  });
  return floats.buffer;
}
