// Tectonics stage (SIMULATION.md section 2): plates re-formed each epoch (a continent cut by a
// new boundary where the plates would converge joins one of them), their rotations drifting the
// crust (one pass), then collision uplift and thermal erosion (one pass).

import reformWgsl from '../../../shaders/tectonics/reform.wgsl?raw';
import driftWgsl from '../../../shaders/tectonics/drift.wgsl?raw';
import reliefWgsl from '../../../shaders/tectonics/relief.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, terrainStepShader, waterStepShader } from '../../gpu/shaders';
import { PLANET_RADIUS_M } from '../plates';
import type { StepContext } from '../step-context';

interface Passes { reform: ComputePass; unify: ComputePass; drift: ComputePass; relief: ComputePass }

/** How far, km, the unify passes carry a plate across a continent after a re-forming (as many passes as rows span it, the same distance at every grid). */
const UNIFY_KM = 10000;

export class TectonicsStage {
  private constructor(private readonly passes: Passes) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<TectonicsStage> {
    // One after the other: each creation opens and closes its own validation error scope.
    const reformPass = (name: string) => createComputePass(device, {
      label: `tectonics.${name}`, moduleLabel: 'tectonics.reform', code: terrainStepShader(reformWgsl), entryPoint: name, layouts: [layouts.globals, layouts.terrainStep],
    });
    const reform = await reformPass('reform');
    const unify = await reformPass('unify');
    // The drift moves the water too (group 2), so rivers drift with their land.
    const drift = await createComputePass(device, {
      label: 'tectonics.drift', code: waterStepShader(`${COMMON_WGSL.driftSource}\n${driftWgsl}`), entryPoint: 'drift',
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    const relief = await createComputePass(device, {
      label: 'tectonics.relief', code: terrainStepShader(reliefWgsl), entryPoint: 'relief', layouts: [layouts.globals, layouts.terrainStep],
    });
    return new TectonicsStage({ reform, unify, drift, relief });
  }

  /** Every cell joins the plate of the new epoch whose (warped) centre is nearest; continents cut where plates converge join one plate. */
  reform(ctx: StepContext): void {
    ctx.terrainStep(this.passes.reform);
    const rowKm = (Math.PI * PLANET_RADIUS_M) / 1000 / ctx.fields.height;
    for (let pass = Math.ceil(UNIFY_KM / rowKm); pass > 0; pass--) ctx.terrainStep(this.passes.unify);
  }

  /** The plates turn, carrying crust and water: collisions, subduction, rifts. */
  drift(ctx: StepContext): void { ctx.waterStep(this.passes.drift, true); }

  /** Collision uplift spreads, decays and raises the land; steep slopes slide, mass conserved. */
  relief(ctx: StepContext): void { ctx.terrainStep(this.passes.relief); }
}
