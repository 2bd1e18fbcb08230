// What a stage needs to record its passes into a tick: the open compute pass, the globals
// and the fields, with the ping-pong swap done in one place.

import type { ComputePass } from '../gpu/pass';
import type { Fields } from './fields';

export class StepContext {
  constructor(
    private readonly pass: GPUComputePassEncoder,
    private readonly globalsGroup: GPUBindGroup,
    readonly fields: Fields,
  ) {}

  /** Record a terrain-to-terrain pass and make its output the latest terrain. */
  terrainStep(computePass: ComputePass): void {
    const { terrain } = this.fields;
    computePass.encode(this.pass, [this.globalsGroup, terrain.stepGroup], this.fields.width, this.fields.height);
    terrain.swap();
  }
}
