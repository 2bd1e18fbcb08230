// Resuming after a lost device: what a new device needs to start the same world again at the
// same moment (its definition, the tick, the keyframes and the charts' samples).

import type { ParamValues } from '../params';
import type { Edit } from '../sim/edits';
import type { GlobalSample, GlobalStats } from '../sim/global-stats';
import type { Simulation } from '../sim/simulation';

export interface Resume {
  params: ParamValues;
  edits: readonly Edit[];
  keyframes: ReadonlyMap<number, ArrayBuffer>;
  samples: ReadonlyMap<number, GlobalSample>;
}

/** The app as a resume point reads it. */
interface Resumable {
  readonly params: ParamValues;
  /** The tick on screen, or the one a seek is heading for. */
  readonly shownTick: number;
  readonly simulation: Simulation;
  readonly stats: GlobalStats;
}

/** Everything needed to start this world again at this moment on a new device. */
export function resumePointOf(app: Resumable): Resume {
  return {
    params: { ...app.params, tick: app.shownTick },
    edits: app.simulation.definition.edits,
    keyframes: new Map(app.simulation.keyframes.held()),
    samples: new Map(app.stats.samples),
  };
}
