// Life stage (SIMULATION.md section 5): plants, herbivores and carnivores on land, a
// Lotka-Volterra step with migration, carried along with the plates (shaders/life/grow.wgsl).

import growWgsl from '../../../shaders/life/grow.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, lifeStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class LifeStage {
  private constructor(private readonly growPass: ComputePass, private readonly growWithPeoplePass: ComputePass, private readonly resetPass: ComputePass) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<LifeStage> {
    const code = lifeStepShader([COMMON_WGSL.driftSource, growWgsl].join('\n'));
    const pass = (label: string, entryPoint: string, people: boolean) => createComputePass(device, {
      label, moduleLabel: 'life.grow', code, entryPoint, constants: { PEOPLE: people ? 1 : 0 },
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    // Two pipelines of the growth, without and with people: a software adapter runs every
    // branch, so the people's code would cost the life era as much as the humans era.
    const grow = await pass('life.grow', 'grow', false);
    const growWithPeople = await pass('life.growWithPeople', 'grow', true);
    return new LifeStage(grow, growWithPeople, await pass('life.reset', 'reset', false));
  }

  /** A barren world. */
  reset(ctx: StepContext): void { ctx.lifeStep(this.resetPass); }

  /** Carry life with the plates, migrate, and take one Lotka-Volterra step; people settle and move when `people` (the humans era). */
  grow(ctx: StepContext, people: boolean): void { ctx.lifeStep(people ? this.growWithPeoplePass : this.growPass); }
}
