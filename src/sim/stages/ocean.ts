// Ocean stage (SIMULATION.md section 2): the sea level at which the ocean's conserved volume
// fills the basins, one Newton step a tick (shaders/ocean/level.wgsl).

import levelWgsl from '../../../shaders/ocean/level.wgsl?raw';
import { createComputePass, WORKGROUP, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { libraryShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

export class OceanStage {
  private constructor(private readonly rows: ComputePass, private readonly solve: ComputePass) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<OceanStage> {
    const code = libraryShader(levelWgsl);
    const pass = (name: string) => createComputePass(device, {
      label: `ocean.${name}`, moduleLabel: 'ocean.level', code, entryPoint: name, layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep],
    });
    const rows = await pass('rows');
    return new OceanStage(rows, await pass('solve'));
  }

  /** Bring the sea level to where the ocean's volume fills the latest terrain's basins. */
  level(ctx: StepContext): void {
    ctx.oceanStep(this.rows, WORKGROUP[0], ctx.fields.height);
    ctx.oceanStep(this.solve, WORKGROUP[0], WORKGROUP[1]);
  }
}
