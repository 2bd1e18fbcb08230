// What a stage needs to record its passes into a tick: the command encoder, the globals and
// the fields, with the ping-pong swap done in one place. All of a tick's passes share one
// compute pass; when profiling, each pass gets its own, stamped with GPU timestamps.

import type { ComputePass } from '../gpu/pass';
import type { GpuTimer } from '../gpu/timer';
import type { PingPongField } from '../gpu/pingpong';
import type { Fields } from './fields';

export class StepContext {
  private shared?: GPUComputePassEncoder;

  constructor(
    private readonly encoder: GPUCommandEncoder,
    private readonly globalsGroup: GPUBindGroup,
    readonly fields: Fields,
    /** Set to time every pass on its own (bench); the passes then run one per compute pass. */
    private readonly profiler?: GpuTimer,
  ) {}

  /** Record a terrain-to-terrain pass (with any extra bind groups after the terrain's) and make its output the latest terrain. */
  terrainStep(computePass: ComputePass, extraGroups: readonly GPUBindGroup[] = []): void {
    const { terrain } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, terrain.stepGroup, ...extraGroups], this.fields.width, this.fields.height);
    if (this.profiler) pass.end();
    terrain.swap();
  }

  /**
   * Record a pass over terrain and water (groups 1 and 2; group 3 the climate, read) that
   * writes the water, and the terrain too when `writesTerrain`; what it wrote becomes the latest.
   */
  waterStep(computePass: ComputePass, writesTerrain: boolean): void {
    const { terrain, water, climate } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, terrain.stepGroup, water.stepGroup, climate.stepGroup], this.fields.width, this.fields.height);
    if (this.profiler) pass.end();
    water.swap();
    if (writesTerrain) terrain.swap();
  }

  /**
   * Record a pass on the climate grid: group 1 the surface pressure, group 2 the climate,
   * group 3 its input (read): the terrain unless another field is given. It writes the climate
   * when `writesClimate`, else the pressure; what it wrote becomes the latest.
   */
  climateStep(computePass: ComputePass, writesClimate: boolean, input: PingPongField = this.fields.terrain): void {
    const { pressure, climate, climateWidth, climateHeight } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, pressure.stepGroup, climate.stepGroup, input.stepGroup], climateWidth, climateHeight);
    if (this.profiler) pass.end();
    if (writesClimate) climate.swap();
    else pressure.swap();
  }

  /** Record the labelling of the basins (Fields.basins, written) from the latest water (group 1, read). */
  basinsStep(computePass: ComputePass): void {
    const { water, basins } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, water.stepGroup, basins.stepGroup], this.fields.width, this.fields.height);
    if (this.profiler) pass.end();
  }

  /**
   * Record a pass on the climate grid that updates the monthly means in place (group 1) from the
   * latest climate (group 2, read).
   */
  monthsStep(computePass: ComputePass): void {
    const { months, climate, climateWidth, climateHeight } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, months.stepGroup, climate.stepGroup], climateWidth, climateHeight);
    if (this.profiler) pass.end();
  }

  /**
   * Record a pass over the life (group 2) that reads the terrain (group 1) and the climate
   * (group 3); the life it wrote becomes the latest.
   */
  lifeStep(computePass: ComputePass): void {
    const { terrain, life, climate } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, terrain.stepGroup, life.stepGroup, climate.stepGroup], this.fields.width, this.fields.height);
    if (this.profiler) pass.end();
    life.swap();
  }

  /**
   * Record a pass that writes the planet's scalars (group 1) from the life (group 2, read),
   * over a width x height range of invocations; what it wrote becomes the latest.
   */
  planetStep(computePass: ComputePass, width: number, height: number): void {
    const { planet, life } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, planet.stepGroup, life.stepGroup], width, height);
    if (this.profiler) pass.end();
    planet.swap();
  }

  /**
   * Record a pass that writes the ocean's level and sums (group 1) from the terrain (group 2,
   * read), over a width x height range of invocations; what it wrote becomes the latest.
   */
  oceanStep(computePass: ComputePass, width: number, height: number): void {
    const { ocean, terrain } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, ocean.stepGroup, terrain.stepGroup], width, height);
    if (this.profiler) pass.end();
    ocean.swap();
  }

  /**
   * Record a pass over the continents' points (group 1, updated in place) with their cover
   * (group 2), dispatched over `columns` x `rows` (the points', or the cover's bins).
   */
  continentsStep(computePass: ComputePass, coverGroup: GPUBindGroup, columns: number, rows: number): void {
    const { continents } = this.fields;
    const pass = this.passFor(computePass.label);
    computePass.encode(pass, [this.globalsGroup, continents.stepGroup, coverGroup], columns, rows);
    if (this.profiler) pass.end();
  }

  /** Close the shared compute pass; call once, after the last pass of the tick. */
  finish(): void { this.shared?.end(); }

  private passFor(label: string): GPUComputePassEncoder {
    if (this.profiler) return this.encoder.beginComputePass({ label, timestampWrites: this.profiler.next(label) });
    this.shared ??= this.encoder.beginComputePass({ label: 'Simulation.tick.compute' });
    return this.shared;
  }
}
