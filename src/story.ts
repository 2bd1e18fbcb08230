// The guided story: which layer and view the app shows at each moment while the story is on,
// like the reference's overlays sweeping in turn (plates, rivers, temperature, wind, life, then
// back) and the map rewrapping into the globe. Leaving it is one click or key away.

import type { Layer, View } from './params';
import { eraStartTick, ERAS } from './timeline';

export interface Shot {
  /** First tick of the shot. */
  tick: number;
  view: View;
  layer: Layer;
}

const start = (id: string) => eraStartTick(ERAS.findIndex((era) => era.id === id));

/** The shots in order: each holds until the next one starts. */
export const STORY_SHOTS: readonly Shot[] = [
  { tick: 0, view: 'globe', layer: 'surface' },
  { tick: start('oceans'), view: 'globe', layer: 'elevation' },
  { tick: start('tectonics'), view: 'map', layer: 'plates' },
  { tick: start('tectonics') + 900, view: 'map', layer: 'elevation' },
  { tick: start('tectonics') + 1600, view: 'map', layer: 'rivers' },
  { tick: start('climate'), view: 'map', layer: 'temperature' },
  { tick: start('climate') + 600, view: 'map', layer: 'wind' },
  { tick: start('climate') + 1200, view: 'map', layer: 'precipitation' },
  { tick: start('life'), view: 'map', layer: 'life' },
  { tick: start('life') + 1200, view: 'globe', layer: 'surface' },
  { tick: start('warming'), view: 'map', layer: 'temperature' },
  { tick: start('warming') + 1200, view: 'globe', layer: 'surface' },
];

/** The shot showing at a tick. */
export function shotAt(tick: number): Shot {
  let shot = STORY_SHOTS[0];
  for (const candidate of STORY_SHOTS) if (candidate.tick <= tick) shot = candidate;
  return shot;
}
