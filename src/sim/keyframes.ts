// Keyframes for scrubbing: copies of the whole state every `interval` ticks, kept in CPU memory
// (so they outlive the GPU device), restored with queue.writeBuffer. A seek restores the
// latest keyframe at or before its target and replays the rest, deterministically.

import type { InPlaceField } from '../gpu/in-place-field';
import type { PingPongField } from '../gpu/pingpong';
import { END_TICK } from '../timeline';
import type { Fields } from './fields';

/** Most bytes all of a world's keyframes may take; sets the interval between them. */
export const KEYFRAME_BUDGET_BYTES = 256 * 2 ** 20;
/** Fewest ticks between keyframes (a seek replays at most this many minus one at small grids). */
export const MIN_KEYFRAME_INTERVAL = 300;

/** The fields a keyframe holds: their latest buffers, in this order. */
function stateFields(fields: Fields): (PingPongField | InPlaceField)[] {
  return [fields.terrain, fields.water, fields.pressure, fields.climate, fields.months, fields.life, fields.planet, fields.ocean, fields.continents];
}

/** Bytes of one keyframe of these fields: the latest side of every ping-pong pair, and each in-place field. */
export function keyframeBytes(fields: Fields): number {
  return stateFields(fields).reduce((sum, field) => sum + field.current.size, 0);
}

/** Ticks between keyframes: the budget's share, in whole hundreds, at least MIN_KEYFRAME_INTERVAL. */
export function keyframeInterval(bytesPerKeyframe: number): number {
  const count = Math.max(Math.floor(KEYFRAME_BUDGET_BYTES / bytesPerKeyframe), 1);
  return Math.max(Math.ceil(END_TICK / count / 100) * 100, MIN_KEYFRAME_INTERVAL);
}

export class KeyframeStore {
  readonly interval: number;
  private readonly frames = new Map<number, ArrayBuffer>();
  private readonly staging: GPUBuffer;
  /** Bumped whenever stored keyframes stop being valid; a capture in flight then is dropped. */
  private generation = 0;
  /** The capture in flight, if any. */
  private pending: Promise<void> | null = null;

  constructor(private readonly device: GPUDevice, private readonly fields: Fields) {
    this.interval = keyframeInterval(keyframeBytes(fields));
    this.staging = device.createBuffer({
      label: 'KeyframeStore.staging', size: keyframeBytes(fields), usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST,
    });
  }

  /** Keyframes held, and the bytes they take. */
  get count(): number { return this.frames.size; }
  get byteLength(): number { return this.frames.size * this.staging.size; }
  /** Ticks with a keyframe, ascending. */
  get ticks(): number[] { return [...this.frames.keys()].sort((a, b) => a - b); }

  /** Whether the state at this tick should be kept (a keyframe tick not yet held, none in flight). */
  wants(tick: number): boolean {
    return tick > 0 && tick % this.interval === 0 && !this.frames.has(tick) && this.pending === null;
  }

  /** Copy the latest state (at `tick`) into CPU memory, asynchronously. */
  capture(tick: number): void {
    const generation = this.generation;
    const encoder = this.device.createCommandEncoder({ label: 'KeyframeStore.capture' });
    let offset = 0;
    for (const field of stateFields(this.fields)) {
      encoder.copyBufferToBuffer(field.current, 0, this.staging, offset, field.current.size);
      offset += field.current.size;
    }
    this.device.queue.submit([encoder.finish()]);
    this.pending = this.staging.mapAsync(GPUMapMode.READ).then(() => {
      if (generation === this.generation) this.frames.set(tick, this.staging.getMappedRange().slice(0));
      this.staging.unmap();
    }, () => { /* The device was lost or the store destroyed: this keyframe is simply not kept. */ })
      .finally(() => { this.pending = null; });
  }

  /** Resolves once no capture is in flight (a long synchronous seek waits here between keyframes). */
  async settled(): Promise<void> { await this.pending; }

  /** The latest keyframe tick at or before `tick` and after `after`, or null. */
  bestFor(tick: number, after: number): number | null {
    let best: number | null = null;
    for (const at of this.frames.keys()) if (at <= tick && at > after && (best === null || at > best)) best = at;
    return best;
  }

  /** Write a held keyframe back into the fields' latest buffers. */
  restore(tick: number): void {
    const data = this.frames.get(tick);
    if (!data) throw new Error(`No keyframe at tick ${tick}`);
    let offset = 0;
    for (const field of stateFields(this.fields)) {
      this.device.queue.writeBuffer(field.current, 0, data, offset, field.current.size);
      offset += field.current.size;
    }
  }

  /** The keyframes held, by tick (CPU memory: they outlive the device). */
  held(): ReadonlyMap<number, ArrayBuffer> { return this.frames; }

  /** Take over keyframes of the same world and grid (a new device resuming a lost one's world). */
  adopt(frames: ReadonlyMap<number, ArrayBuffer>): void {
    for (const [tick, data] of frames) if (data.byteLength === this.staging.size) this.frames.set(tick, data);
  }

  /** Forget the keyframes from this tick on (an edit there changed the future). */
  dropFrom(tick: number): void {
    this.generation++;
    for (const at of [...this.frames.keys()]) if (at >= tick) this.frames.delete(at);
  }

  destroy(): void {
    this.generation++;
    this.frames.clear();
    this.staging.destroy();
  }
}
