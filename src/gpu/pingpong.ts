// A ping-pong pair of storage buffers: both buffers and both step bind groups are built once,
// and swap() flips a parity bit instead of copying.

export class PingPongField {
  readonly buffers: readonly [GPUBuffer, GPUBuffer];
  private readonly stepGroups: readonly [GPUBindGroup, GPUBindGroup];
  private parity = 0;

  constructor(device: GPUDevice, label: string, byteLength: number, stepLayout: GPUBindGroupLayout) {
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    this.buffers = [
      device.createBuffer({ label: `${label}.a`, size: byteLength, usage }),
      device.createBuffer({ label: `${label}.b`, size: byteLength, usage }),
    ];
    const group = (from: GPUBuffer, to: GPUBuffer, name: string) => device.createBindGroup({
      label: `${label}.${name}`,
      layout: stepLayout,
      entries: [{ binding: 0, resource: { buffer: from } }, { binding: 1, resource: { buffer: to } }],
    });
    this.stepGroups = [group(this.buffers[0], this.buffers[1], 'aToB'), group(this.buffers[1], this.buffers[0], 'bToA')];
  }

  /** 0 or 1: which buffer holds the latest state. */
  get index(): number { return this.parity; }

  /** The buffer holding the latest state. */
  get current(): GPUBuffer { return this.buffers[this.parity]; }

  /** Bind group that reads the latest state and writes the next one. */
  get stepGroup(): GPUBindGroup { return this.stepGroups[this.parity]; }

  /** After a step was recorded: the written buffer becomes the latest state. */
  swap(): void { this.parity ^= 1; }

  get byteLength(): number { return this.buffers[0].size * 2; }

  destroy(): void { for (const buffer of this.buffers) buffer.destroy(); }
}
