// GPU timing of passes with timestamp queries (where the adapter has them): each timed pass
// writes a begin and an end stamp into its own slot pair; read() sums them per label.

import { readBuffer } from './readback';

export class GpuTimer {
  private readonly querySet: GPUQuerySet;
  private readonly resolveBuffer: GPUBuffer;
  private labels: string[] = [];
  /** Passes asked for since the last read() that found every slot used (they went untimed). */
  private untimed = 0;

  constructor(private readonly device: GPUDevice, readonly capacity = 256) {
    this.querySet = device.createQuerySet({ label: 'GpuTimer.queries', type: 'timestamp', count: capacity * 2 });
    this.resolveBuffer = device.createBuffer({
      label: 'GpuTimer.resolve', size: capacity * 16, usage: GPUBufferUsage.QUERY_RESOLVE | GPUBufferUsage.COPY_SRC,
    });
  }

  /** Timestamp writes for the next pass, or undefined when every slot is used. */
  next(label: string): GPUComputePassTimestampWrites | undefined {
    const slot = this.labels.length;
    if (slot >= this.capacity) {
      this.untimed++;
      return undefined;
    }
    this.labels.push(label);
    return { querySet: this.querySet, beginningOfPassWriteIndex: slot * 2, endOfPassWriteIndex: slot * 2 + 1 };
  }

  /**
   * Resolve the stamps written so far and return the total milliseconds per label. Throws when
   * some passes found no slot: totals missing them would read as a cheaper pass.
   */
  async read(): Promise<Map<string, number>> {
    const count = this.labels.length;
    if (this.untimed > 0) {
      const untimed = this.untimed;
      this.untimed = 0;
      this.labels = [];
      throw new Error(`GpuTimer: ${untimed} passes untimed beyond its ${this.capacity} slots; make it larger`);
    }
    const totals = new Map<string, number>();
    if (count === 0) return totals;
    const encoder = this.device.createCommandEncoder({ label: 'GpuTimer.encoder' });
    encoder.resolveQuerySet(this.querySet, 0, count * 2, this.resolveBuffer, 0);
    this.device.queue.submit([encoder.finish()]);
    const stamps = new BigUint64Array(await readBuffer(this.device, this.resolveBuffer, count * 16));
    this.labels.forEach((label, slot) => {
      const nanoseconds = Number(stamps[slot * 2 + 1] - stamps[slot * 2]);
      totals.set(label, (totals.get(label) ?? 0) + nanoseconds / 1e6);
    });
    this.labels = [];
    return totals;
  }

  destroy(): void {
    this.querySet.destroy();
    this.resolveBuffer.destroy();
  }
}
