// Bind group 0: the Globals uniform and the plate table of the current tectonic epoch, both
// laid out as the WGSL declares them (read by webgpu-utils); the simulation fills them.

import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from './reflect';
import { COMMON_WGSL } from './shaders';

/** Values of the WGSL `Globals` struct (shaders/common/globals.wgsl), by member name. */
export type GlobalsValues = Readonly<Record<string, number>>;

/** Bytes laid out as the WGSL `plates` binding (the simulation's plate table). */
export interface PlateTableBytes {
  readonly arrayBuffer: ArrayBuffer;
}

export class GlobalsUniform {
  readonly buffer: GPUBuffer;
  readonly plateBuffer: GPUBuffer;
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
    this.plateBuffer = device.createBuffer({
      label: 'Globals.plates', size: definitions.storages.plates.size, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    this.bindGroup = device.createBindGroup({
      label: 'Globals.bindGroup',
      layout,
      entries: [{ binding: 0, resource: { buffer: this.buffer } }, { binding: 1, resource: { buffer: this.plateBuffer } }],
    });
  }

  /** Write the globals, and the plate table when one is given (it changes with the tick). */
  write(values: GlobalsValues, plateTable?: PlateTableBytes): void {
    this.view.set(values);
    this.device.queue.writeBuffer(this.buffer, 0, this.view.arrayBuffer);
    if (plateTable) this.device.queue.writeBuffer(this.plateBuffer, 0, plateTable.arrayBuffer);
  }

  destroy(): void {
    this.buffer.destroy();
    this.plateBuffer.destroy();
  }
}
