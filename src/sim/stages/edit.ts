// Edit stage: a person's brush dabs applied to the terrain (shaders/edit/brush.wgsl), from the
// edit log; plate velocities set by people go into the plate table instead (src/sim/world.ts).

import brushWgsl from '../../../shaders/edit/brush.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import { bindGroupLayoutEntries, type Layouts } from '../../gpu/layouts';
import { makeStructuredView, type StructuredView } from '../../gpu/reflect';
import { terrainStepShader } from '../../gpu/shaders';
import { BRUSH_STRUCT, DAB_BYTES, DAB_CHANNELS } from '../cells';
import { MAX_DABS_PER_TICK, type BrushEdit } from '../edits';
import { METRES_PER_UNIT } from '../world';
import type { StepContext } from '../step-context';

const KM_PER_RADIAN = 6371;

export class EditStage {
  private constructor(
    private readonly device: GPUDevice,
    private readonly brushPass: ComputePass,
    private readonly dabs: GPUBuffer,
    private readonly dabsView: StructuredView,
    private readonly dabsGroup: GPUBindGroup,
  ) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<EditStage> {
    const code = terrainStepShader(brushWgsl);
    const layout = device.createBindGroupLayout({
      label: 'Layouts.brush', entries: bindGroupLayoutEntries(code, { compute: { entryPoint: 'brushTerrain' } }, 2),
    });
    const brushPass = await createComputePass(device, {
      label: 'edit.brush', entryPoint: 'brushTerrain', code,
      layouts: [layouts.globals, layouts.terrainStep, layout],
      constants: { DAB_ELEVATION: DAB_CHANNELS.indexOf('elevation'), DAB_UPLIFT: DAB_CHANNELS.indexOf('uplift') },
    });
    // The struct Brush with room for a tick's most dabs (its array is sized by the buffer).
    const dabsView = makeStructuredView(BRUSH_STRUCT, new ArrayBuffer(BRUSH_STRUCT.fields.dabs.offset + MAX_DABS_PER_TICK * DAB_BYTES));
    const dabs = device.createBuffer({
      label: 'EditStage.dabs', size: dabsView.arrayBuffer.byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    const dabsGroup = device.createBindGroup({ label: 'EditStage.dabsGroup', layout, entries: [{ binding: 0, resource: { buffer: dabs } }] });
    return new EditStage(device, brushPass, dabs, dabsView, dabsGroup);
  }

  /** Apply these brush edits' dabs, in order, in one pass (at most MAX_DABS_PER_TICK). */
  brush(ctx: StepContext, edits: readonly BrushEdit[]): void {
    const dabs: { centre: number[]; radius: number; amount: number; channel: number }[] = [];
    for (const edit of edits) {
      const amount = edit.kind === 'uplift' ? edit.amount : (edit.kind === 'lower' ? -edit.amount : edit.amount) / METRES_PER_UNIT;
      const channel = DAB_CHANNELS.indexOf(edit.kind === 'uplift' ? 'uplift' : 'elevation');
      for (let i = 0; i < edit.points.length && dabs.length < MAX_DABS_PER_TICK; i += 2) {
        const lon = (edit.points[i] * Math.PI) / 180;
        const lat = (edit.points[i + 1] * Math.PI) / 180;
        // The same axes as spherePosition in shaders/common/sphere.wgsl.
        const centre = [Math.sin(lon) * Math.cos(lat), Math.sin(lat), Math.cos(lon) * Math.cos(lat)];
        dabs.push({ centre, radius: edit.radiusKm / KM_PER_RADIAN, amount, channel });
      }
    }
    if (dabs.length === 0) return;
    this.dabsView.set({ count: dabs.length, dabs });
    this.device.queue.writeBuffer(this.dabs, 0, this.dabsView.arrayBuffer);
    ctx.terrainStep(this.brushPass, [this.dabsGroup]);
  }

  destroy(): void { this.dabs.destroy(); }
}
