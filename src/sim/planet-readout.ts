// The planet's global scalars brought back to the CPU for the heads-up display while the story
// plays: a small copy every few frames into one staging buffer, never waited on by a frame; after
// a jump at once, with nothing shown until it arrives.

import { decodePlanetScalars } from './cells';
import { PLANET_SCALAR_BYTES } from './fields';
import type { PlanetScalars, SimulationState } from './state';

/** Frames between two read-backs (a few a second at 60 fps). */
const FRAMES_PER_READ = 10;

export class PlanetReadout {
  private readonly staging: GPUBuffer;
  private pending = false;
  private frames = 0;
  /** Counts stale() calls: a read-back started before the latest one is dropped. */
  private generation = 0;
  /** The latest scalars read, with the tick they belong to; undefined until the first arrives. */
  latest?: PlanetScalars & { tick: number };

  constructor(private readonly device: GPUDevice) {
    this.staging = device.createBuffer({
      label: 'PlanetReadout.staging', size: PLANET_SCALAR_BYTES, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ,
    });
  }

  /**
   * Call once a frame: starts a read-back of the current scalars every FRAMES_PER_READ frames, or
   * in the first frame free after `stale()`.
   */
  update(simulation: SimulationState): void {
    // Scrubbed back (or started over): what was read belongs to a later moment.
    if (this.latest && simulation.tick < this.latest.tick) this.latest = undefined;
    if (this.pending || (++this.frames < FRAMES_PER_READ && this.latest !== undefined)) return;
    this.frames = 0;
    this.pending = true;
    const tick = simulation.tick;
    const generation = this.generation;
    const encoder = this.device.createCommandEncoder({ label: 'PlanetReadout.encoder' });
    encoder.copyBufferToBuffer(simulation.fields.planet.current, 0, this.staging, 0, PLANET_SCALAR_BYTES);
    this.device.queue.submit([encoder.finish()]);
    this.staging.mapAsync(GPUMapMode.READ).then(() => {
      if (generation === this.generation) this.latest = { ...decodePlanetScalars(this.staging.getMappedRange()), tick };
      this.staging.unmap();
    }, () => { /* The device was lost or the buffer destroyed: no readout, nothing else to do. */ }).finally(() => { this.pending = false; });
  }

  /** The world jumped (a seek ended, an edit): what was read belongs to another moment; read again at once. */
  stale(): void {
    this.latest = undefined;
    this.generation++;
  }

  destroy(): void { this.staging.destroy(); }
}
