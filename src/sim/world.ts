// A world's definition (what makes it reproducible) and the Globals it implies at a tick.

import type { GlobalsValues } from '../gpu/globals';
import { parseResolution, type ParamValues, type Resolution } from '../params';
import { seaLevelAt, yearsPerTick } from '../timeline';

/** The physical parameters of the stages (the schema's non-view parameters). */
export type Physics = Pick<ParamValues, 'coolingTimeMyr' | 'crustConduction' | 'initialCrustTemp'>;

/** Everything that, with a tick, determines the state: same definition, same world. */
export interface WorldDefinition {
  seed: number;
  resolution: Resolution;
  physics: Physics;
}

/**
 * Metres of one model elevation unit: 600 m, so that the climate's lapse rate of 4 deg C per
 * unit (SIMULATION.md section 4) is Earth's 6.5 deg C per km.
 */
export const METRES_PER_UNIT = 600;

/** Temperature the bare crust settles at once its own heat is gone, deg C. */
export const AMBIENT_CRUST_TEMP = 15;

export function worldFromParams(params: ParamValues): WorldDefinition {
  return {
    seed: params.seed,
    resolution: params.resolution,
    physics: {
      coolingTimeMyr: params.coolingTimeMyr,
      crustConduction: params.crustConduction,
      initialCrustTemp: params.initialCrustTemp,
    },
  };
}

export function globalsAt(world: WorldDefinition, tick: number): GlobalsValues {
  const { width, height } = parseResolution(world.resolution);
  return {
    width,
    height,
    seed: world.seed >>> 0,
    tick,
    seaLevel: seaLevelAt(tick),
    dtYears: yearsPerTick(tick),
    crustCoolingFactor: Math.exp(-yearsPerTick(tick) / (world.physics.coolingTimeMyr * 1e6)),
    crustConduction: world.physics.crustConduction,
    initialCrustTemp: world.physics.initialCrustTemp,
    ambientTemp: AMBIENT_CRUST_TEMP,
    metresPerUnit: METRES_PER_UNIT,
  };
}
