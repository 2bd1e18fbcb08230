// Bind group 0: the Globals uniform and the plate table of the current tectonic epoch, both
// laid out as the WGSL declares them (read by webgpu-utils); the simulation fills them, the
// sea level from its own ocean field on the GPU.

import { makeShaderDataDefinitions, makeStructuredView, type StructDefinition, type StructuredView } from './reflect';
import { COMMON_WGSL } from './shaders';

/** Values of the WGSL `Globals` struct (shaders/common/globals.wgsl), by member name. */
export type GlobalsValues = Readonly<Record<string, number>>;

/** Bytes laid out as the WGSL `plates` binding (the simulation's plate table). */
export interface PlateTableBytes {
  readonly arrayBuffer: ArrayBuffer;
}

const DEFINITIONS = makeShaderDataDefinitions(COMMON_WGSL.globals);

const GLOBALS_FIELDS = (DEFINITIONS.uniforms.globals.typeDefinition as StructDefinition).fields;

/** The member the GPU writes itself (from the ocean field), a float32: its byte offset in Globals. */
const SEA_LEVEL_OFFSET = GLOBALS_FIELDS.seaLevel.offset;
const GPU_OWNED = [SEA_LEVEL_OFFSET];

export class GlobalsUniform {
  readonly buffer: GPUBuffer;
  readonly plateBuffer: GPUBuffer;
  readonly bindGroup: GPUBindGroup;
  private readonly view: StructuredView;

  constructor(private readonly device: GPUDevice, layout: GPUBindGroupLayout) {
    const definitions = DEFINITIONS;
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

  /**
   * Write the globals, and the plate table when one is given (it changes with the tick). The
   * sea level is the GPU's own (the simulation copies it in from its ocean field: copyOcean), so
   * it is left as it is unless `withOcean` (tests that set it themselves).
   */
  write(values: GlobalsValues, plateTable?: PlateTableBytes, withOcean = false): void {
    this.view.set(values);
    const bytes = this.view.arrayBuffer;
    const skipped = withOcean ? [] : GPU_OWNED;
    let from = 0;
    for (const offset of [...skipped, bytes.byteLength]) {
      if (offset > from) this.device.queue.writeBuffer(this.buffer, from, bytes, from, offset - from);
      from = offset + 4;
    }
    if (plateTable) this.device.queue.writeBuffer(this.plateBuffer, 0, plateTable.arrayBuffer);
  }

  /**
   * Record a copy of the sea level (a float32 at this byte offset in `source`, the ocean field)
   * into the globals.
   */
  copyOcean(encoder: GPUCommandEncoder, source: GPUBuffer, levelOffset: number): void {
    encoder.copyBufferToBuffer(source, levelOffset, this.buffer, SEA_LEVEL_OFFSET, 4);
  }

  destroy(): void {
    this.buffer.destroy();
    this.plateBuffer.destroy();
  }
}
