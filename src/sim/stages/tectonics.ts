// Tectonics stage (SIMULATION.md section 2): plates re-formed from seeds each epoch, grown by
// aggregation and drifting in one-cell steps (one pass), then collision uplift and thermal
// erosion (one pass).

import reformWgsl from '../../../shaders/tectonics/reform.wgsl?raw';
import driftWgsl from '../../../shaders/tectonics/drift.wgsl?raw';
import reliefWgsl from '../../../shaders/tectonics/relief.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { COMMON_WGSL, terrainStepShader, waterStepShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

const SOURCES = { reform: reformWgsl, drift: `${COMMON_WGSL.driftSource}\n${driftWgsl}`, relief: reliefWgsl };
type PassName = keyof typeof SOURCES;
/** Passes that move the water too (group 2), so rivers drift with their land. */
const MOVES_WATER: ReadonlySet<PassName> = new Set(['drift']);

export class TectonicsStage {
  private constructor(private readonly passes: Record<PassName, ComputePass>) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<TectonicsStage> {
    const passes = {} as Record<PassName, ComputePass>;
    // One after the other: each creation opens and closes its own validation error scope.
    for (const name of Object.keys(SOURCES) as PassName[]) {
      const water = MOVES_WATER.has(name);
      passes[name] = await createComputePass(device, {
        label: `tectonics.${name}`, code: (water ? waterStepShader : terrainStepShader)(SOURCES[name]), entryPoint: name,
        layouts: water ? [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep] : [layouts.globals, layouts.terrainStep],
      });
    }
    return new TectonicsStage(passes);
  }

  /** Every cell leaves its plate but the new epoch's seed cells. */
  reform(ctx: StepContext): void { ctx.terrainStep(this.passes.reform); }

  /** Plates take their one-cell steps, carrying their water: collisions, subduction, rifts. */
  drift(ctx: StepContext): void { ctx.waterStep(this.passes.drift, true); }

  /** Collision uplift spreads, decays and raises the land; steep slopes slide, mass conserved. */
  relief(ctx: StepContext): void { ctx.terrainStep(this.passes.relief); }
}
