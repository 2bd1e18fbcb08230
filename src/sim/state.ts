// What readers of a simulation (the viewer, the charts' sampler, the readouts) see of it: its
// state at the current tick, read-only. The simulation keeps all of it current itself.

import type { Layouts } from '../gpu/layouts';
import type { Fields } from './fields';
import type { WorldDefinition } from './world';

/** The planet's global scalars (see Simulation.readPlanet). */
export interface PlanetScalars {
  carbon: number;
  co2: number;
  anomaly: number;
  population: number;
  peakPopulation: number;
}

/** The ocean (struct OceanLevel in shaders/common/cells.wgsl): model units and fractions of the sphere. */
export interface OceanLevel {
  /** Sea level, model units above the lowest floor. */
  level: number;
  /** The volume it holds, as a mean depth over the sphere, model units. */
  volume: number;
  oceanArea: number;
  continentalArea: number;
}

export interface SimulationState {
  /** The tick the fields hold. */
  readonly tick: number;
  readonly definition: WorldDefinition;
  readonly fields: Fields;
  /** Bind-group layouts the fields and the globals are bound with. */
  readonly layouts: Layouts;
  /** Group 0 (the globals and the plate table), always written for the current tick. */
  readonly globalsGroup: GPUBindGroup;
  /** The fastest plate's speed this tick, cells per tick; 0 without plates. */
  readonly fastestPlate: number;
}
