// Resuming after a lost device: what a new device needs to start the same world again at the
// same moment (its definition and map, the tick, the keyframes and the charts' samples).

import type { ParamValues } from '../params';
import type { Edit } from '../sim/edits';
import type { GlobalSample, GlobalStats } from '../sim/global-stats';
import type { WorldMap } from '../sim/map-raster';
import type { Simulation } from '../sim/simulation';

export interface Resume {
  params: ParamValues;
  edits: readonly Edit[];
  keyframes: ReadonlyMap<number, ArrayBuffer>;
  samples: ReadonlyMap<number, GlobalSample>;
  /** The world's map and how links name it (src/app/world-switch.ts), or none. */
  map: WorldMap | null;
  mapLabel: string;
}

/** The app as a resume point reads it. */
interface Resumable {
  readonly params: ParamValues;
  /** The tick on screen, or the one a seek is heading for. */
  readonly shownTick: number;
  readonly simulation: Simulation;
  readonly stats: GlobalStats;
  readonly worlds: { readonly mapLabel: string };
}

/** Everything needed to start this world again at this moment on a new device. */
export function resumePointOf(app: Resumable): Resume {
  return {
    params: { ...app.params, tick: app.shownTick },
    edits: app.simulation.definition.edits,
    keyframes: new Map(app.simulation.keyframes.held()),
    samples: new Map(app.stats.samples),
    map: app.simulation.definition.map ?? null,
    mapLabel: app.worlds.mapLabel,
  };
}

/** A new device's simulation and charts take the resume point's keyframes and samples. */
export function adoptResume(resume: Resume, simulation: Simulation, stats: GlobalStats): void {
  simulation.keyframes.adopt(resume.keyframes);
  for (const [tick, sample] of resume.samples) stats.samples.set(tick, sample);
}
