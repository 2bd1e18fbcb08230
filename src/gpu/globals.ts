// The Globals uniform (bind group 0), its layout read from the WGSL by webgpu-utils.

import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from 'webgpu-utils';
import { COMMON_WGSL } from './shaders';

/** Values of the WGSL `Globals` struct (shaders/common/globals.wgsl), by field name. */
export interface GlobalsValues {
  width: number;
  height: number;
  seed: number;
  tick: number;
  seaLevel: number;
  dtYears: number;
  crustCoolingFactor: number;
  crustConduction: number;
  initialCrustTemp: number;
  ambientTemp: number;
  metresPerUnit: number;
}

export class GlobalsUniform {
  readonly buffer: GPUBuffer;
  readonly bindGroup: GPUBindGroup;
  private readonly view: StructuredView;

  constructor(private readonly device: GPUDevice, layout: GPUBindGroupLayout) {
    const definitions = makeShaderDataDefinitions(COMMON_WGSL.globals);
    this.view = makeStructuredView(definitions.uniforms.globals);
    this.buffer = device.createBuffer({
      label: 'Globals.buffer',
      size: this.view.arrayBuffer.byteLength,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    this.bindGroup = device.createBindGroup({
      label: 'Globals.bindGroup', layout, entries: [{ binding: 0, resource: { buffer: this.buffer } }],
    });
  }

  write(values: GlobalsValues): void {
    this.view.set(values);
    this.device.queue.writeBuffer(this.buffer, 0, this.view.arrayBuffer);
  }

  destroy(): void { this.buffer.destroy(); }
}
