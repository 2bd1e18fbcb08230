// Kernel test of edit.brush against the CPU reference: the dabs (struct Dab, written through
// webgpu-utils' view of the WGSL) reach the shader with their centre, radius, amount and channel.
import { describe, expect, it } from 'vitest';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import type { BrushEdit } from '../../src/sim/edits';
import { brushTerrain } from '../reference/brush';
import { useKernelPage } from './kernel-page';

const grid = { width: 64, height: 32 };
const kernels = useKernelPage();
const { words: WORDS, members } = CELL_LAYOUTS.terrain;
const word = (name: string) => members[name].word;
/** A terrain cell as floats: the given members, the rest (ocean age, parcel: ocean crust) 0. */
const cellOf = (values: Record<string, number>) => {
  const cell = new Array<number>(WORDS).fill(0);
  for (const [name, value] of Object.entries(values)) cell[word(name)] = value;
  return cell;
};

describe('edit.brush', () => {
  it('raises, lowers and uplifts like the CPU reference, dab after dab', async () => {
    const terrain = Array.from({ length: grid.width * grid.height }, (_, i) =>
      cellOf({ elevation: 10 + (i % 7) * 0.5, crustTemperature: 15, uplift: 0.2, plate: 1 + (i % 3) })).flat();
    const edits: BrushEdit[] = [
      { tick: 0, kind: 'raise', radiusKm: 2000, amount: 1200, points: [30, 20, 40, 25] },
      { tick: 0, kind: 'lower', radiusKm: 1500, amount: 3000, points: [200, -40] },
      { tick: 0, kind: 'uplift', radiusKm: 2500, amount: 0.6, points: [300, 60, 310, 55, 320, 50] },
    ];
    const gpu = await kernels.call('runBrush', { ...grid, terrain, edits });
    const cpu = brushTerrain(grid, terrain, edits);
    let worst = 0;
    for (let i = 0; i < cpu.length; i++) worst = Math.max(worst, Math.abs(gpu[i] - cpu[i]));
    // The GPU's cos may be off by 2^-11 (Vulkan's precision rule), times dabs of up to 5 units:
    // allow 0.01 units (6 m). A dab read wrongly (centre, radius, amount, channel) misses by units.
    expect(worst).toBeLessThan(0.01);
    // Every kind of dab changed some cells, and the plates (an integer member) passed through.
    const changed = (name: string) => cpu.filter((v, i) => i % WORDS === word(name) && v !== terrain[i]).length;
    expect(changed('elevation')).toBeGreaterThan(20);
    expect(changed('uplift')).toBeGreaterThan(20);
    expect(gpu.filter((_, i) => i % WORDS === word('plate'))).toEqual(terrain.filter((_, i) => i % WORDS === word('plate')));
  });
});
