// Where the sun stands over the planet at a tick: it circles once per visual day, tilted
// like Earth's axis in its season (deterministic, so captures at a tick always agree).

/** Ticks of one visual day-night turn: ten seconds at one tick a frame. */
export const TICKS_PER_VISUAL_DAY = 600;
const AXIAL_TILT = (23.4 * Math.PI) / 180;
const TICKS_PER_VISUAL_YEAR = TICKS_PER_VISUAL_DAY * 12;

export function sunDirectionAt(tick: number): [number, number, number] {
  const longitude = (-2 * Math.PI * tick) / TICKS_PER_VISUAL_DAY + 0.8;
  const declination = AXIAL_TILT * Math.sin((2 * Math.PI * tick) / TICKS_PER_VISUAL_YEAR + 0.5);
  const c = Math.cos(declination);
  return [Math.sin(longitude) * c, Math.sin(declination), Math.cos(longitude) * c];
}
