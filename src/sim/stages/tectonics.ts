// Tectonics stage (SIMULATION.md section 2): plates re-formed each epoch, their rotations
// drifting the crust (one pass, which records where continents meet), then collision uplift,
// thermal erosion and the suture of plates whose continents met (one pass).

import reformWgsl from '../../../shaders/tectonics/reform.wgsl?raw';
import driftWgsl from '../../../shaders/tectonics/drift.wgsl?raw';
import reliefWgsl from '../../../shaders/tectonics/relief.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, terrainStepShader, waterStepShader } from '../../gpu/shaders';
import { MAX_PLATES } from '../plates';
import type { StepContext } from '../step-context';

interface Passes { reform: ComputePass; drift: ComputePass; relief: ComputePass }

export class TectonicsStage {
  private constructor(
    private readonly passes: Passes,
    /** Plate pairs whose continents met in this tick's drift (a u32 per plate slot). */
    private readonly welds: GPUBuffer,
    private readonly weldsGroup: GPUBindGroup,
  ) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<TectonicsStage> {
    const weldsLayout = device.createBindGroupLayout({
      label: 'tectonics.weldsLayout', entries: [{ binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } }],
    });
    const welds = device.createBuffer({ label: 'tectonics.welds', size: MAX_PLATES * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST });
    const weldsGroup = device.createBindGroup({ label: 'tectonics.weldsGroup', layout: weldsLayout, entries: [{ binding: 0, resource: { buffer: welds } }] });
    // One after the other: each creation opens and closes its own validation error scope.
    const reform = await createComputePass(device, {
      label: 'tectonics.reform', code: terrainStepShader(reformWgsl), entryPoint: 'reform', layouts: [layouts.globals, layouts.terrainStep],
    });
    // The drift moves the water too (group 2), so rivers drift with their land.
    const drift = await createComputePass(device, {
      label: 'tectonics.drift', code: waterStepShader(`${COMMON_WGSL.driftSource}\n${driftWgsl}`, false), entryPoint: 'drift',
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, weldsLayout],
    });
    const relief = await createComputePass(device, {
      label: 'tectonics.relief', code: terrainStepShader(reliefWgsl), entryPoint: 'relief', layouts: [layouts.globals, layouts.terrainStep, weldsLayout],
    });
    return new TectonicsStage({ reform, drift, relief }, welds, weldsGroup);
  }

  /** Every cell joins the plate of the new epoch whose (warped) centre is nearest. */
  reform(ctx: StepContext): void { ctx.terrainStep(this.passes.reform); }

  /** The plates turn, carrying crust and water: collisions, subduction, rifts; meeting continents recorded. */
  drift(ctx: StepContext): void {
    ctx.clear(this.welds);
    ctx.waterStep(this.passes.drift, true, this.weldsGroup);
  }

  /** Collision uplift spreads, decays and raises the land; steep slopes slide, mass conserved; met plates join. */
  relief(ctx: StepContext): void { ctx.terrainStep(this.passes.relief, [this.weldsGroup]); }

  destroy(): void { this.welds.destroy(); }
}
