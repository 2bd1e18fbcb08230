// Where the sunlight comes from at a tick. In deep time a tick spans ages, so a day is
// meaningless: the globe is lit from over the viewer's shoulder and the map evenly. From the
// human era on, the sun circles once per visual day, tilted like Earth's axis in its season
// (deterministic, so captures at a tick always agree).

import { eraAt } from '../timeline';

/** Ticks of one visual day-night turn: ten seconds at one tick a frame. */
export const TICKS_PER_VISUAL_DAY = 600;
const AXIAL_TILT = (23.4 * Math.PI) / 180;
const TICKS_PER_VISUAL_YEAR = TICKS_PER_VISUAL_DAY * 12;

export interface Sunlight {
  /** Unit vector toward the sun, planet frame. */
  direction: [number, number, number];
  /** True when every point is in daylight (the map in deep time). */
  everywhere: boolean;
}

/** The sun of the visual day at a tick. */
export function sunDirectionAt(tick: number): [number, number, number] {
  const longitude = (-2 * Math.PI * tick) / TICKS_PER_VISUAL_DAY + 0.8;
  const declination = AXIAL_TILT * Math.sin((2 * Math.PI * tick) / TICKS_PER_VISUAL_YEAR + 0.5);
  const c = Math.cos(declination);
  return [Math.sin(longitude) * c, Math.sin(declination), Math.cos(longitude) * c];
}

/** The light of a frame: days and nights once humans live, else lit for the viewer. */
export function sunlightAt(tick: number, mode: 'globe' | 'map', eye: ArrayLike<number>): Sunlight {
  if (eraAt(tick).processes.humans) return { direction: sunDirectionAt(tick), everywhere: false };
  if (mode === 'map') return { direction: [0, 1, 0], everywhere: true };
  // From the camera, turned about 35 degrees to its left and 25 up: a lit face with a
  // terminator in view on the right.
  const length = Math.hypot(eye[0], eye[1], eye[2]);
  const back = [eye[0] / length, eye[1] / length, eye[2] / length];
  const left = normalize([-back[2], 0, back[0]], [1, 0, 0]);
  const up = [left[1] * back[2] - left[2] * back[1], left[2] * back[0] - left[0] * back[2], left[0] * back[1] - left[1] * back[0]];
  const sun = normalize(back.map((b, i) => b + 0.7 * left[i] + 0.45 * up[i]), [0, 1, 0]);
  return { direction: sun as [number, number, number], everywhere: false };
}

function normalize(v: number[], fallback: number[]): number[] {
  const length = Math.hypot(v[0], v[1], v[2]);
  return length > 1e-6 ? v.map((c) => c / length) : fallback;
}
