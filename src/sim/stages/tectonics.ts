// Tectonics stage (SIMULATION.md section 2): the continents as points that ride their plates
// (welding where they meet) and cover the grid, the plates re-formed each epoch, their rotations
// drifting the grid's crust (one pass), then the cover applied, collision uplift and thermal
// erosion (one pass).

import reformWgsl from '../../../shaders/tectonics/reform.wgsl?raw';
import continentsWgsl from '../../../shaders/tectonics/continents.wgsl?raw';
import pointMotionWgsl from '../../../shaders/tectonics/point-motion.wgsl?raw';
import shapeBinsWgsl from '../../../shaders/tectonics/shape-bins.wgsl?raw';
import driftWgsl from '../../../shaders/tectonics/drift.wgsl?raw';
import reliefWgsl from '../../../shaders/tectonics/relief.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, continentsShader, coverBinsShader, coveredTerrainShader, waterStepShader } from '../../gpu/shaders';
import { CONTINENT_POINTS, POINT_COLUMNS } from '../fields';
import type { StepContext } from '../step-context';

type PointPass = 'rankPoints' | 'reformPoints' | 'unifyPoints' | 'unifyReformed' | 'movePoints' | 'clearPoints' | 'splat' | 'clearCover';
const POINT_PASSES: readonly PointPass[] = ['rankPoints', 'reformPoints', 'unifyPoints', 'unifyReformed', 'movePoints', 'clearPoints', 'splat', 'clearCover'];

interface Passes { reform: ComputePass; drift: ComputePass; relief: ComputePass; points: Record<PointPass, ComputePass>; shapeBins: ComputePass }

/** The cover's bins (shaders/common/cover.wgsl): a fixed grid, about 156 km at the equator, whatever the terrain grid. */
const COVER_COLUMNS = 256;
const COVER_ROWS = 128;
/** Words a bin: the nearest point's key, the summed footprints, how far inland, the solid cover. */
const COVER_BIN_WORDS = 4;
/**
 * Unify passes after a re-forming: each carries a continent's plate about a lattice spacing
 * (180 km) further across it, so 40 reach 7,000 km, the same at every grid.
 */
const UNIFY_PASSES = 40;

export class TectonicsStage {
  private constructor(
    private readonly passes: Passes,
    /** Scratch, rebuilt from the points whenever it is read: their cover (a header word, COVER_BIN_WORDS a bin). */
    private readonly cover: GPUBuffer,
    private readonly coverGroup: GPUBindGroup,
    /** The same buffer bound read only (the relief and the re-forming). */
    private readonly coverReadGroup: GPUBindGroup,
  ) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<TectonicsStage> {
    // One after the other: each creation opens and closes its own validation error scope.
    const covered = [layouts.globals, layouts.terrainStep, layouts.coverRead];
    const overPoints = [layouts.globals, layouts.inPlace, layouts.cover];
    const points = {} as Record<PointPass, ComputePass>;
    for (const name of POINT_PASSES) {
      points[name] = await createComputePass(device, {
        label: `tectonics.${name}`, moduleLabel: 'tectonics.continents', code: continentsShader(`${continentsWgsl}\n${pointMotionWgsl}`), entryPoint: name,
        layouts: overPoints, constants: { CONTINENT_POINTS, POINT_COLUMNS, COVER_COLUMNS, COVER_ROWS, COVER_BIN_WORDS },
      });
    }
    const bins = { COVER_COLUMNS, COVER_ROWS, COVER_BIN_WORDS };
    // The bins' shapes in a module of their own, the cover bound as plain words (no atomics).
    const shapeBins = await createComputePass(device, { label: 'tectonics.shapeBins', code: coverBinsShader(shapeBinsWgsl), entryPoint: 'shapeBins', layouts: overPoints, constants: bins });
    const reform = await createComputePass(device, { label: 'tectonics.reform', code: coveredTerrainShader(reformWgsl), entryPoint: 'reform', layouts: covered, constants: bins });
    // The drift moves the water too (group 2), so rivers drift with their land.
    const drift = await createComputePass(device, {
      label: 'tectonics.drift', code: waterStepShader(`${COMMON_WGSL.driftSource}\n${driftWgsl}`), entryPoint: 'drift',
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    const relief = await createComputePass(device, { label: 'tectonics.relief', code: coveredTerrainShader(reliefWgsl), entryPoint: 'relief', layouts: covered, constants: bins });
    const cover = device.createBuffer({ label: 'TectonicsStage.cover', size: 4 * (1 + COVER_BIN_WORDS * COVER_COLUMNS * COVER_ROWS), usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const coverGroup = device.createBindGroup({ label: 'TectonicsStage.coverGroup', layout: layouts.cover, entries: [{ binding: 0, resource: { buffer: cover } }] });
    // The relief and the re-forming only read it: plain loads, where the points' passes use atomics.
    const coverReadGroup = device.createBindGroup({ label: 'TectonicsStage.coverReadGroup', layout: layouts.coverRead, entries: [{ binding: 0, resource: { buffer: cover } }] });
    return new TectonicsStage({ reform, drift, relief, points, shapeBins }, cover, coverGroup, coverReadGroup);
  }

  /** No continents yet (a world starting over): the first re-forming makes them. */
  reset(ctx: StepContext): void { this.overPoints(ctx, this.passes.points.clearPoints); }

  /**
   * The plates of a new epoch: every continent point and cell joins the plate of its place, then
   * a continent cut where its plates would converge joins one of them; the cells take the cover.
   */
  reform(ctx: StepContext): void {
    const { points } = this.passes;
    // The continents' noise ranked (used at the first forming only) in the emptied cover.
    this.overBins(ctx, points.clearCover);
    this.overPoints(ctx, points.rankPoints);
    this.overPoints(ctx, points.reformPoints);
    for (let pass = 0; pass < UNIFY_PASSES; pass++) {
      this.splat(ctx);
      this.overPoints(ctx, points.unifyReformed);
    }
    this.splat(ctx);
    this.overBins(ctx, this.passes.shapeBins);
    ctx.terrainStep(this.passes.reform, [this.coverReadGroup]);
  }

  /**
   * A step of the plates: they turn, carrying crust and water (collisions, subduction, rifts) and
   * the continents' points, which are splatted into the cover afresh and weld where they meet.
   * Every step splats (a step covers a few ticks, Era.plateStride), so the cover is always where
   * the points are: a collision front never overshoots a stale cover (a collision at 18 cm/yr kept
   * 98 % of its area splatting every step, 93 % every 2: tests/gpu/continents.test.ts), and a
   * keyframe's restore (a splat) leaves it as the step before it did.
   */
  drift(ctx: StepContext): void {
    const { points } = this.passes;
    ctx.waterStep(this.passes.drift, true);
    this.overPoints(ctx, points.movePoints);
    this.splat(ctx);
    this.overPoints(ctx, points.unifyPoints);
    this.overBins(ctx, this.passes.shapeBins);
  }

  /** A keyframe was restored: the cover rebuilt from its points, as the tick that made it left it. */
  restored(ctx: StepContext): void {
    this.splat(ctx);
    this.overBins(ctx, this.passes.shapeBins);
  }

  /** The cells take the continents' cover; collision uplift spreads, decays and raises the land; steep slopes slide, mass conserved. */
  relief(ctx: StepContext): void { ctx.terrainStep(this.passes.relief, [this.coverReadGroup]); }

  destroy(): void { this.cover.destroy(); }

  /** The points' cover, rebuilt. */
  private splat(ctx: StepContext): void {
    this.overBins(ctx, this.passes.points.clearCover);
    this.overPoints(ctx, this.passes.points.splat);
  }

  private overPoints(ctx: StepContext, pass: ComputePass): void {
    ctx.continentsStep(pass, this.coverGroup, POINT_COLUMNS, CONTINENT_POINTS / POINT_COLUMNS);
  }

  private overBins(ctx: StepContext, pass: ComputePass): void { ctx.continentsStep(pass, this.coverGroup, COVER_COLUMNS, COVER_ROWS); }
}
