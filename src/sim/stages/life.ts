// Life stage (SIMULATION.md section 5): plants, herbivores and carnivores on land, a
// Lotka-Volterra step with migration, carried along with the plates (shaders/life/grow.wgsl).

import growWgsl from '../../../shaders/life/grow.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, lifeStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class LifeStage {
  private constructor(private readonly growPass: ComputePass, private readonly resetPass: ComputePass) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<LifeStage> {
    const code = lifeStepShader([COMMON_WGSL.driftSource, growWgsl].join('\n'));
    const pass = (name: string) => createComputePass(device, {
      label: `life.${name}`, moduleLabel: 'life.grow', code, entryPoint: name,
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    const grow = await pass('grow');
    return new LifeStage(grow, await pass('reset'));
  }

  /** A barren world. */
  reset(ctx: StepContext): void { ctx.lifeStep(this.resetPass); }

  /** Carry life with the plates, migrate, and take one Lotka-Volterra step. */
  grow(ctx: StepContext): void { ctx.lifeStep(this.growPass); }
}
