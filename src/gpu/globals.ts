// Bind group 0: the Globals uniform (its layout read from the WGSL by webgpu-utils) and the
// plate table of the current tectonic epoch.

import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from 'webgpu-utils';
import { MAX_PLATES, PLATE_FLOATS } from '../sim/plates';
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
  plateEpoch: number;
  upliftRate: number;
  upliftDiffusion: number;
  upliftDecay: number;
  talus: number;
  thermalErosion: number;
  rainfall: number;
  streamPower: number;
  pitFill: number;
  climateOn: number;
  climateWidth: number;
  climateHeight: number;
  season: number;
  blurDegrees: number;
  coriolis: number;
  evaporation: number;
  rainout: number;
  platesMoving: number;
  migration: number;
  humansOn: number;
  humanOrigin: number;
  industryOn: number;
  peopleDensity: number;
  fossilCarbon: number;
  climateSensitivity: number;
  heatLimit: number;
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
      label: 'Globals.plates', size: MAX_PLATES * PLATE_FLOATS * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    this.bindGroup = device.createBindGroup({
      label: 'Globals.bindGroup',
      layout,
      entries: [{ binding: 0, resource: { buffer: this.buffer } }, { binding: 1, resource: { buffer: this.plateBuffer } }],
    });
  }

  /** Write the globals, and the plate table when one is given (it changes with the tick). */
  write(values: GlobalsValues, plateTable?: Float32Array<ArrayBuffer>): void {
    this.view.set(values);
    this.device.queue.writeBuffer(this.buffer, 0, this.view.arrayBuffer);
    if (plateTable) this.device.queue.writeBuffer(this.plateBuffer, 0, plateTable);
  }

  destroy(): void {
    this.buffer.destroy();
    this.plateBuffer.destroy();
  }
}
