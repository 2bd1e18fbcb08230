// The edit tool's strokes with a stand-in canvas: a dab every quarter radius along the stroke
// however far apart the pointer events come, and each dab painted with the tool it was made with.
import { describe, expect, it } from 'vitest';
import type { Tool } from '../../src/params';
import type { UnstampedEdit } from '../../src/sim/edits';
import { EditTool } from '../../src/ui/edit-tool';

/** A canvas as far as the tool uses it; pointer positions are longitude and latitude directly. */
class FakeCanvas extends EventTarget {
  setPointerCapture(): void {}
  hasPointerCapture(): boolean { return true; }
  releasePointerCapture(): void {}
}

function setUp(radiusKm = 500) {
  const canvas = new FakeCanvas();
  const edits: UnstampedEdit[] = [];
  const state = { tool: 'raise' as Tool };
  const tool = new EditTool(canvas as unknown as HTMLCanvasElement, {
    tool: () => state.tool,
    settings: () => ({ radiusKm, heightM: 300, uplift: 0.3, plateCmPerYear: 8 }),
    lonLatAt: (x, y) => [x, y],
    plateAt: async () => 3,
    addEdit: (edit) => { edits.push(edit); },
  });
  const pointer = (type: string, lon: number, lat: number) =>
    canvas.dispatchEvent(Object.assign(new Event(type), { clientX: lon, clientY: lat, pointerId: 1 }));
  return { tool, edits, state, pointer };
}

/** A brush edit's dabs as [lon, lat] pairs. */
function dabsOf(edit: UnstampedEdit): number[][] {
  if (edit.kind === 'plate') throw new Error('a brush edit was expected');
  return pairs(edit.points);
}
const pairs = (points: readonly number[]) => Array.from({ length: points.length / 2 }, (_, i) => [points[2 * i], points[2 * i + 1]]);

describe('the edit tool', () => {
  it('lays a dab every quarter radius along a stroke, even from one far pointer move', () => {
    const { tool, edits, pointer } = setUp(500);
    pointer('pointerdown', 10, 0);
    pointer('pointermove', 30, 0);
    pointer('pointerup', 30, 0);
    tool.flush();
    expect(edits).toHaveLength(1);
    const edit = edits[0];
    if (edit.kind === 'plate') throw new Error('a brush edit was expected');
    expect(edit).toMatchObject({ kind: 'raise', radiusKm: 500, amount: 300 });
    const spacing = 500 / 4 / ((6371 * Math.PI) / 180);
    const dabs = pairs(edit.points);
    // The start, then every 1.124° of the 20° along the equator: 17 more.
    expect(dabs).toHaveLength(1 + Math.floor(20 / spacing));
    dabs.forEach(([lon, lat], i) => {
      // Rounded to 0.01° for the log.
      expect(Math.abs(lon - (10 + i * spacing))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(lat)).toBe(0);
    });
  });

  it('follows the great circle across the date line', () => {
    const { tool, edits, pointer } = setUp(1000);
    pointer('pointerdown', 355, 10);
    pointer('pointermove', 5, 10);
    pointer('pointerup', 5, 10);
    tool.flush();
    const dabs = dabsOf(edits[0]);
    expect(dabs.length).toBeGreaterThan(3);
    for (const [lon, lat] of dabs) {
      expect(lon >= 355 || lon <= 5).toBe(true);
      // The great circle bulges poleward of the parallel, a little (under 0.2° here).
      expect(lat).toBeGreaterThanOrEqual(10);
      expect(lat).toBeLessThan(10.2);
    }
  });

  it('paints a stroke with the tool it was made with, even if the tool changes before the frame', () => {
    const { tool, edits, state, pointer } = setUp(500);
    pointer('pointerdown', 10, 0);
    pointer('pointermove', 12, 0);
    pointer('pointerup', 12, 0);
    state.tool = 'lower';
    tool.flush();
    expect(edits.map((edit) => edit.kind)).toEqual(['raise']);
    pointer('pointerdown', 40, 0);
    pointer('pointerup', 40, 0);
    state.tool = 'none';
    tool.flush();
    expect(edits.map((edit) => edit.kind)).toEqual(['raise', 'lower']);
  });
});
