// A field held in one storage buffer and updated in place: for a field whose passes read and
// write only each item's own slot (the monthly means, the continents' points), so it needs no
// ping-pong pair and takes half the memory.

export class InPlaceField {
  private readonly buffer: GPUBuffer;
  /** The bind group of its passes: the one buffer, read and written (the in-place layout). */
  readonly stepGroup: GPUBindGroup;

  constructor(device: GPUDevice, label: string, byteLength: number, inPlaceLayout: GPUBindGroupLayout) {
    this.buffer = device.createBuffer({ label, size: byteLength, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
    this.stepGroup = device.createBindGroup({ label: `${label}.inPlace`, layout: inPlaceLayout, entries: [{ binding: 0, resource: { buffer: this.buffer } }] });
  }

  /** The buffer holding the latest state (the only one). */
  get current(): GPUBuffer { return this.buffer; }

  get byteLength(): number { return this.buffer.size; }

  destroy(): void { this.buffer.destroy(); }
}
