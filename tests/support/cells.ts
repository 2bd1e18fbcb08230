// Read-back cells by name: the floats window.deepTime returns, read through the one cell table
// (src/sim/cells.ts, laid out by shaders/common/cells.wgsl), so that no test counts offsets.
import { CELL_LAYOUTS, type CellField } from '../../src/sim/cells';

/** Floats a cell of this field takes in read-back data. */
export const wordsOf = (field: CellField): number => CELL_LAYOUTS[field].words;

/** Cells in read-back floats of this field. */
export const cellCount = (field: CellField, floats: ArrayLike<number>): number => floats.length / wordsOf(field);

/** A reader of one member of a field's cells: its value (or its first component) in cell i. */
export function member(field: CellField, name: string): (floats: ArrayLike<number>, cell: number) => number {
  const layout = CELL_LAYOUTS[field];
  const found = layout.members[name];
  if (!found) throw new Error(`No member ${name} in a ${field} cell (members: ${Object.keys(layout.members).join(', ')})`);
  return (floats, cell) => floats[cell * layout.words + found.word];
}

/** One cell's floats with these members set by name and every other word 0. */
export function cellOf(field: CellField, values: Readonly<Record<string, number>>): number[] {
  const cell = new Array<number>(wordsOf(field)).fill(0);
  for (const [name, value] of Object.entries(values)) cell[CELL_LAYOUTS[field].members[name].word] = value;
  return cell;
}
