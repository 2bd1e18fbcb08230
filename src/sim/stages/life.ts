// Life stage (SIMULATION.md section 5): plants, herbivores and carnivores on land, a
// Lotka-Volterra step with migration, carried along with the plates (shaders/life/grow.wgsl).

import growWgsl from '../../../shaders/life/grow.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, lifeStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';
import type { Processes } from '../../timeline';

/** What a tick's growth runs with: people (the humans era on), moving plates (the tectonic eras). */
export type GrowthProcesses = Pick<Processes, 'humans' | 'tectonics'>;

/** The pipeline's key in LifeStage's table. */
const growthKey = ({ humans, tectonics }: GrowthProcesses) => `${humans ? 'people' : 'wild'}-${tectonics ? 'moving' : 'still'}`;

export class LifeStage {
  private constructor(private readonly growPasses: ReadonlyMap<string, ComputePass>, private readonly resetPass: ComputePass) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<LifeStage> {
    const code = lifeStepShader([COMMON_WGSL.driftSource, growWgsl].join('\n'));
    const pass = (label: string, entryPoint: string, { humans, tectonics }: GrowthProcesses) => createComputePass(device, {
      label, moduleLabel: 'life.grow', code, entryPoint, constants: { PEOPLE: humans ? 1 : 0, MOVING: tectonics ? 1 : 0 },
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    // A pipeline of the growth for each of people and moving plates, with and without: a
    // software adapter runs every branch, so the people's code would cost the life era as much
    // as the humans era, and following the plates the humans era (whose plates are still).
    const growPasses = new Map<string, ComputePass>();
    for (const humans of [false, true]) {
      for (const tectonics of [false, true]) {
        const label = `life.grow${humans ? 'WithPeople' : ''}${tectonics ? 'Drifting' : ''}`;
        growPasses.set(growthKey({ humans, tectonics }), await pass(label, 'grow', { humans, tectonics }));
      }
    }
    return new LifeStage(growPasses, await pass('life.reset', 'reset', { humans: false, tectonics: false }));
  }

  /** A barren world. */
  reset(ctx: StepContext): void { ctx.lifeStep(this.resetPass); }

  /**
   * Carry life with the plates (where they move), migrate, and take one Lotka-Volterra step;
   * people settle and move where `processes.humans`.
   */
  grow(ctx: StepContext, processes: GrowthProcesses): void { ctx.lifeStep(this.growPasses.get(growthKey(processes))!); }
}
