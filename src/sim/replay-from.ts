// How much of a world a change of one of its parameters leaves as it was. A physical parameter
// drives one process (its panel group); that process first runs in some era, and every state up
// to that era's first tick, with the keyframes that hold it, is the same under the new value:
// the world replays from there instead of from formation.

import { SCHEMA, type ParamGroup, type ParamKey } from '../params';
import { ERAS, eraStartTick, type Processes } from '../timeline';

/** The process the parameters of each group drive (read by that process's passes alone). */
const PROCESS_OF_GROUP: Partial<Record<ParamGroup, keyof Processes>> = {
  protoplanet: 'crustCooling', tectonics: 'tectonics', rivers: 'erosion', climate: 'climate', life: 'life', humans: 'humans',
};

/** Parameters that act from formation whatever their group: the climate grid's size changes every field's layout. */
const FROM_FORMATION: readonly ParamKey[] = ['climateDivisor'];

/** The last tick whose state a change of this parameter leaves as it was (0: the world starts over). */
export function unchangedThrough(key: ParamKey): number {
  const process = PROCESS_OF_GROUP[SCHEMA[key].group];
  if (!process || FROM_FORMATION.includes(key)) return 0;
  return eraStartTick(ERAS.findIndex((era) => era.processes[process]));
}
