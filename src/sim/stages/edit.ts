// Edit stage: a person's brush dabs applied to the terrain (shaders/edit/brush.wgsl), from the
// edit log; plate velocities set by people go into the plate table instead (src/sim/world.ts).

import brushWgsl from '../../../shaders/edit/brush.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { terrainStepShader } from '../../gpu/shaders';
import { MAX_DABS_PER_TICK, type BrushEdit } from '../edits';
import { METRES_PER_UNIT } from '../world';
import type { StepContext } from '../step-context';

/** Bytes of one WGSL Dab (vec3f centre, radius, amount, channel, padding to 32). */
const DAB_BYTES = 32;
const KM_PER_RADIAN = 6371;

export class EditStage {
  private constructor(
    private readonly device: GPUDevice,
    private readonly brushPass: ComputePass,
    private readonly dabs: GPUBuffer,
    private readonly dabsGroup: GPUBindGroup,
  ) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<EditStage> {
    const layout = device.createBindGroupLayout({
      label: 'Layouts.brush',
      entries: [{ binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'read-only-storage' } }],
    });
    const brushPass = await createComputePass(device, {
      label: 'edit.brush', entryPoint: 'brushTerrain',
      code: terrainStepShader(`const MAX_DABS: u32 = ${MAX_DABS_PER_TICK}u;\n${brushWgsl}`),
      layouts: [layouts.globals, layouts.terrainStep, layout],
    });
    const dabs = device.createBuffer({
      label: 'EditStage.dabs', size: 16 + MAX_DABS_PER_TICK * DAB_BYTES, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    const dabsGroup = device.createBindGroup({ label: 'EditStage.dabsGroup', layout, entries: [{ binding: 0, resource: { buffer: dabs } }] });
    return new EditStage(device, brushPass, dabs, dabsGroup);
  }

  /** Apply these brush edits' dabs, in order, in one pass (at most MAX_DABS_PER_TICK). */
  brush(ctx: StepContext, edits: readonly BrushEdit[]): void {
    const data = new Float32Array(4 + MAX_DABS_PER_TICK * (DAB_BYTES / 4));
    let count = 0;
    for (const edit of edits) {
      const amount = edit.kind === 'uplift' ? edit.amount : (edit.kind === 'lower' ? -edit.amount : edit.amount) / METRES_PER_UNIT;
      for (let i = 0; i < edit.points.length && count < MAX_DABS_PER_TICK; i += 2, count++) {
        const lon = (edit.points[i] * Math.PI) / 180;
        const lat = (edit.points[i + 1] * Math.PI) / 180;
        // The same axes as spherePosition in shaders/common/sphere.wgsl.
        data.set([Math.sin(lon) * Math.cos(lat), Math.sin(lat), Math.cos(lon) * Math.cos(lat), edit.radiusKm / KM_PER_RADIAN,
          amount, edit.kind === 'uplift' ? 1 : 0], 4 + count * (DAB_BYTES / 4));
      }
    }
    if (count === 0) return;
    new Uint32Array(data.buffer, 0, 1)[0] = count;
    this.device.queue.writeBuffer(this.dabs, 0, data);
    ctx.terrainStep(this.brushPass, [this.dabsGroup]);
  }

  destroy(): void { this.dabs.destroy(); }
}
