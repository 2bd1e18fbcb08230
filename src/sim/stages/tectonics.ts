// Tectonics stage (SIMULATION.md section 2): the continents as points that ride their plates
// (welding where they meet) and cover the grid, the plates re-formed each epoch, their rotations
// drifting the grid's crust (one pass), then the cover applied, collision uplift and thermal
// erosion (one pass).

import reformWgsl from '../../../shaders/tectonics/reform.wgsl?raw';
import continentsWgsl from '../../../shaders/tectonics/continents.wgsl?raw';
import driftWgsl from '../../../shaders/tectonics/drift.wgsl?raw';
import reliefWgsl from '../../../shaders/tectonics/relief.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, continentsShader, coveredTerrainShader, waterStepShader } from '../../gpu/shaders';
import { CONTACT_COLUMNS, CONTACT_ROWS, CONTINENT_POINTS, POINT_COLUMNS } from '../fields';
import type { StepContext } from '../step-context';

type PointPass = 'reformPoints' | 'unifyPoints' | 'movePoints' | 'clearPoints' | 'splat' | 'clearCover';
const POINT_PASSES: readonly PointPass[] = ['reformPoints', 'unifyPoints', 'movePoints', 'clearPoints', 'splat', 'clearCover'];

interface Passes { reform: ComputePass; drift: ComputePass; relief: ComputePass; points: Record<PointPass, ComputePass> }

/**
 * Unify passes after a re-forming: each carries a continent's plate about a lattice spacing
 * (180 km) further across it, so 40 reach 7,000 km, the same at every grid.
 */
const UNIFY_PASSES = 40;

export class TectonicsStage {
  private constructor(private readonly passes: Passes) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<TectonicsStage> {
    // One after the other: each creation opens and closes its own validation error scope.
    const covered = [layouts.globals, layouts.terrainStep, layouts.cover];
    const points = {} as Record<PointPass, ComputePass>;
    for (const name of POINT_PASSES) {
      points[name] = await createComputePass(device, {
        label: `tectonics.${name}`, moduleLabel: 'tectonics.continents', code: continentsShader(continentsWgsl), entryPoint: name,
        layouts: covered, constants: { CONTINENT_POINTS, POINT_COLUMNS, CONTACT_COLUMNS, CONTACT_ROWS },
      });
    }
    const reform = await createComputePass(device, { label: 'tectonics.reform', code: coveredTerrainShader(reformWgsl), entryPoint: 'reform', layouts: covered });
    // The drift moves the water too (group 2), so rivers drift with their land.
    const drift = await createComputePass(device, {
      label: 'tectonics.drift', code: waterStepShader(`${COMMON_WGSL.driftSource}\n${driftWgsl}`), entryPoint: 'drift',
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    const relief = await createComputePass(device, { label: 'tectonics.relief', code: coveredTerrainShader(reliefWgsl), entryPoint: 'relief', layouts: covered });
    return new TectonicsStage({ reform, drift, relief, points });
  }

  /** No continents yet (a world starting over): the first re-forming makes them. */
  reset(ctx: StepContext): void { ctx.continentsStep(this.passes.points.clearPoints, true); }

  /**
   * The plates of a new epoch: every continent point and cell joins the plate of its place, then
   * a continent cut where its plates would converge joins one of them; the cells take the cover.
   */
  reform(ctx: StepContext): void {
    const { points } = this.passes;
    ctx.continentsStep(points.reformPoints, true);
    for (let pass = 0; pass < UNIFY_PASSES; pass++) {
      this.cover(ctx);
      ctx.continentsStep(points.unifyPoints, true);
    }
    this.cover(ctx);
    ctx.terrainStep(this.passes.reform, [ctx.fields.coverGroup]);
  }

  /** The plates turn, carrying crust and water (collisions, subduction, rifts) and the continents' points (welding where they meet). */
  drift(ctx: StepContext): void {
    const { points } = this.passes;
    ctx.waterStep(this.passes.drift, true);
    ctx.continentsStep(points.movePoints, true);
    this.cover(ctx);
    ctx.continentsStep(points.unifyPoints, true);
  }

  /** The cells take the continents' cover; collision uplift spreads, decays and raises the land; steep slopes slide, mass conserved. */
  relief(ctx: StepContext): void { ctx.terrainStep(this.passes.relief, [ctx.fields.coverGroup]); }

  /** The points' cover of the grid, rebuilt. */
  private cover(ctx: StepContext): void {
    ctx.continentsStep(this.passes.points.clearCover, false, true);
    ctx.continentsStep(this.passes.points.splat, false);
  }
}
