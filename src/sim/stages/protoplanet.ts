// Protoplanet stage (SIMULATION.md section 1): generate the cratered surface at tick 0, then
// let the molten crust cool. Sea level comes from the timeline (vapour condensing).

import generateWgsl from '../../../shaders/protoplanet/generate.wgsl?raw';
import coolWgsl from '../../../shaders/protoplanet/cool.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, terrainStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class ProtoplanetStage {
  private constructor(private readonly passes: { generate: ComputePass; cool: ComputePass }) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<ProtoplanetStage> {
    const bindGroupLayouts = [layouts.globals, layouts.terrainStep];
    // One after the other: each creation opens and closes its own validation error scope.
    const generate = await createComputePass(device, {
      label: 'protoplanet.generate', code: terrainStepShader(`${COMMON_WGSL.protoplanetRelief}\n${generateWgsl}`), entryPoint: 'generate', layouts: bindGroupLayouts,
    });
    const cool = await createComputePass(device, {
      label: 'protoplanet.cool', code: terrainStepShader(coolWgsl), entryPoint: 'cool', layouts: bindGroupLayouts,
    });
    return new ProtoplanetStage({ generate, cool });
  }

  /** Write the newborn planet's terrain (the previous state is ignored). */
  generate(ctx: StepContext): void { ctx.terrainStep(this.passes.generate); }

  /** One tick of crust cooling. */
  cool(ctx: StepContext): void { ctx.terrainStep(this.passes.cool); }
}
