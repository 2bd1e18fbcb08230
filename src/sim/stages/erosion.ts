// Erosion stage (SIMULATION.md section 3): rivers routed down the steepest descent, water
// accumulated one hop a tick, stream-power incision, sediment and pit filling, all in one pass
// (shaders/erosion/flow.wgsl); drainage basins labelled on demand (shaders/erosion/basins.wgsl).

import flowWgsl from '../../../shaders/erosion/flow.wgsl?raw';
import basinsWgsl from '../../../shaders/erosion/basins.wgsl?raw';
import resetWgsl from '../../../shaders/erosion/reset.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { libraryShader, waterStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class ErosionStage {
  private constructor(
    private readonly resetPass: ComputePass,
    private readonly flowPass: ComputePass,
    private readonly basinsPass: ComputePass,
  ) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<ErosionStage> {
    const pass = (name: string, code: string) => createComputePass(device, {
      label: `erosion.${name}`, code: waterStepShader(code), entryPoint: name,
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    const reset = await pass('reset', resetWgsl);
    // The labels bind their own groups (StepContext.basinsStep): the water read, the labels written.
    const basins = await createComputePass(device, {
      label: 'erosion.basins', code: libraryShader(basinsWgsl), entryPoint: 'basins', layouts: [layouts.globals, layouts.terrainStep, layouts.inPlace],
    });
    return new ErosionStage(reset, await pass('flow', flowWgsl), basins);
  }

  /** Dry land: no water, every cell its own receiver. */
  reset(ctx: StepContext): void { ctx.waterStep(this.resetPass, false); }

  /** Route, accumulate, incise, deposit, fill pits. */
  flow(ctx: StepContext): void { ctx.waterStep(this.flowPass, true); }

  /** Label every cell's drainage basin by its outlet (Fields.basins), from the latest receivers. */
  labelBasins(ctx: StepContext): void { ctx.basinsStep(this.basinsPass); }
}
