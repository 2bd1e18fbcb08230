// Kernel of the monthly-means test, run in the kernel-test page (exported through tests/gpu/kernels.ts):
// climate.reset, then climate.months over days of weather written by hand into the climate field.

import { GlobalsUniform } from '../../src/gpu/globals';
import { createLayouts } from '../../src/gpu/layouts';
import { readBuffer } from '../../src/gpu/readback';
import { CELL_LAYOUTS } from '../../src/sim/cells';
import { Fields } from '../../src/sim/fields';
import { decodeMonths } from '../../src/sim/months';
import { ClimateStage } from '../../src/sim/stages/climate';
import { checked, globalsFor, gpuDevice, submitTick } from './kernel-harness';

export interface MonthsRun {
  /** The terrain grid; the climate grid is a quarter of it each way. */
  width: number;
  height: number;
  yearTicks: number;
  /**
   * The weather from tick 0, in spells of days alike: for each, its days and per climate cell
   * (temperature deg C, rain mm/day) interleaved.
   */
  spells: { days: number; weather: number[] }[];
}

/**
 * climate.reset, then for each spell its weather written into the climate field and climate.months
 * run at each of its ticks; returns the monthly means read back (StateReader.readMonths' floats, null
 * for NaN: a month not yet seen).
 */
export async function runMonths(run: MonthsRun): Promise<(number | null)[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await ClimateStage.create(device, layouts);
    const cells = fields.climateWidth * fields.climateHeight;
    const { words, members } = CELL_LAYOUTS.climate;
    const at = (tick: number) => globalsFor(run.width, run.height, { climateOn: 1, tick, yearTicks: run.yearTicks });
    submitTick(device, globals, fields, 'KernelTests.months.reset', at(0), (ctx) => stage.reset(ctx));
    const climate = new Float32Array(cells * words);
    let tick = 0;
    for (const { days, weather } of run.spells) {
      for (let cell = 0; cell < cells; cell++) {
        climate[cell * words + members.temperature.word] = weather[2 * cell];
        climate[cell * words + members.rain.word] = weather[2 * cell + 1];
      }
      // (The months pass reads the climate and never swaps it: one write holds for the spell.)
      device.queue.writeBuffer(fields.climate.current, 0, climate);
      for (let day = 0; day < days; day++, tick++) {
        submitTick(device, globals, fields, 'KernelTests.months', at(tick), (ctx) => stage.months(ctx));
      }
    }
    const months = Array.from(decodeMonths(await readBuffer(device, fields.months.current)), (value) => (Number.isNaN(value) ? null : value));
    fields.destroy();
    globals.destroy();
    return months;
  });
}
