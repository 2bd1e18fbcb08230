// Humans stage (SIMULATION.md section 6), the planet's global scalars: a census of the people
// (WORKGROUP_X partial sums per row), then one workgroup that adds them up, burns fossil carbon,
// and turns the CO2 into warming (shaders/humans/census.wgsl). People themselves settle and
// spread in life.grow.

import censusWgsl from '../../../shaders/humans/census.wgsl?raw';
import { createComputePass, WORKGROUP, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { libraryShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class HumansStage {
  private constructor(private readonly census: ComputePass, private readonly burn: ComputePass, private readonly resetPass: ComputePass) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<HumansStage> {
    const code = libraryShader(censusWgsl);
    const pass = (name: string) => createComputePass(device, {
      label: `humans.${name}`, moduleLabel: 'humans.census', code, entryPoint: name, layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep],
    });
    const census = await pass('census');
    const burn = await pass('burn');
    return new HumansStage(census, burn, await pass('reset'));
  }

  /** No carbon burnt, pre-industrial CO2, no warming, nobody. */
  reset(ctx: StepContext): void { ctx.planetStep(this.resetPass, WORKGROUP[0], WORKGROUP[1]); }

  /** Count the people, burn fossil carbon, and bring the CO2 and the warming up to date. */
  update(ctx: StepContext): void {
    ctx.planetStep(this.census, WORKGROUP[0], ctx.fields.height);
    // One workgroup adds up the census's partial sums.
    ctx.planetStep(this.burn, WORKGROUP[0], WORKGROUP[1]);
  }
}
