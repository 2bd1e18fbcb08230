// Ping-pong pairs of storage buffers, and the one way bind groups over them are built: once per
// combination of the pairs' parities, chosen at draw or step time by the parities then. swap()
// flips a parity bit instead of copying.

/** Bind groups over some ping-pong pairs, one per combination of their parities, built up front. */
export class ParityBindGroups {
  private readonly groups: readonly GPUBindGroup[];
  /** The combination of the pairs' parities now (a closure, so that no pair is held as a field: a pair holds its own groups). */
  private readonly combination: () => number;

  /**
   * `build` makes the group for one combination: `sides[k]` is the index (0 or 1) of the buffer
   * holding pair k's latest state, and `name` spells the combination (for labels).
   */
  constructor(pairs: readonly PingPongField[], build: (sides: readonly number[], name: string) => GPUBindGroup) {
    this.groups = Array.from({ length: 2 ** pairs.length }, (_, combination) => {
      const sides = pairs.map((_, k) => (combination >> k) & 1);
      return build(sides, sides.join(''));
    });
    this.combination = () => pairs.reduce((combination, pair, k) => combination | (pair.index << k), 0);
  }

  /** The group for the pairs' current parities. */
  get current(): GPUBindGroup { return this.groups[this.combination()]; }
}

/** A pair of storage buffers holding a field's latest state and the next; its step bind groups read one and write the other. */
export class PingPongField {
  readonly buffers: readonly [GPUBuffer, GPUBuffer];
  private readonly stepGroups: ParityBindGroups;
  private parity = 0;

  constructor(device: GPUDevice, label: string, byteLength: number, stepLayout: GPUBindGroupLayout) {
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST;
    this.buffers = [
      device.createBuffer({ label: `${label}.a`, size: byteLength, usage }),
      device.createBuffer({ label: `${label}.b`, size: byteLength, usage }),
    ];
    this.stepGroups = new ParityBindGroups([this], ([side]) => device.createBindGroup({
      label: `${label}.${side === 0 ? 'aToB' : 'bToA'}`,
      layout: stepLayout,
      entries: [{ binding: 0, resource: { buffer: this.buffers[side] } }, { binding: 1, resource: { buffer: this.buffers[1 - side] } }],
    }));
  }

  /** 0 or 1: which buffer holds the latest state. */
  get index(): number { return this.parity; }

  /** The buffer holding the latest state. */
  get current(): GPUBuffer { return this.buffers[this.parity]; }

  /** Bind group that reads the latest state and writes the next one. */
  get stepGroup(): GPUBindGroup { return this.stepGroups.current; }

  /** After a step was recorded: the written buffer becomes the latest state. */
  swap(): void { this.parity ^= 1; }

  get byteLength(): number { return this.buffers[0].size * 2; }

  destroy(): void { for (const buffer of this.buffers) buffer.destroy(); }
}
