// The timeline: which era each tick belongs to, the planet's age in years, and which
// processes run in each era. The viewer, the export tools and the tests all read this table.

/** Processes that can run in a tick; each era switches them on or off. */
export interface Processes {
  crustCooling: boolean;
  tectonics: boolean;
  erosion: boolean;
  climate: boolean;
  life: boolean;
  humans: boolean;
  /** People burn the fossil carbon (src/sim/stages/humans.ts). */
  industry: boolean;
}

export interface Era {
  id: string;
  name: string;
  caption: string;
  /** Ticks this era lasts (at one tick a frame and 60 fps, 60 ticks are one second). */
  ticks: number;
  /**
   * Ticks a step of the plates covers where they move (they turn, build relief and are splatted
   * into the continents' cover every this many ticks, by as much): a divisor of 100, so the
   * re-formings and keyframes fall on steps.
   */
  plateStride: number;
  /** Planet age in years at the era's start and end (0 = formation, 4.5e9 = today). */
  startYears: number;
  endYears: number;
  processes: Processes;
}

const NONE: Processes = {
  crustCooling: false, tectonics: false, erosion: false, climate: false, life: false, humans: false, industry: false,
};

/** Planet age of the present day, years. */
export const PRESENT_YEARS = 4.5e9;

/** The story, in order. 14,400 ticks: four minutes at one tick a frame and 60 fps. */
export const ERAS: readonly Era[] = [
  {
    id: 'protoplanet', name: 'Protoplanet', caption: 'A molten, cratered protoplanet cools',
    ticks: 900, plateStride: 1, startYears: 0, endYears: 150e6,
    processes: { ...NONE, crustCooling: true },
  },
  {
    id: 'oceans', name: 'Oceans', caption: 'Water vapour condenses and the first oceans fill the craters',
    ticks: 600, plateStride: 1, startYears: 150e6, endYears: 600e6,
    processes: { ...NONE, crustCooling: true },
  },
  {
    id: 'tectonics', name: 'Tectonics', caption: 'Plates drift, collide into mountains, and rivers carve them',
    ticks: 2400, plateStride: 2, startYears: 600e6, endYears: 2.5e9,
    processes: { ...NONE, tectonics: true, erosion: true },
  },
  {
    id: 'climate', name: 'Climate', caption: 'Winds, seasons and rain settle into their belts',
    ticks: 1800, plateStride: 2, startYears: 2.5e9, endYears: 3.9e9,
    processes: { ...NONE, tectonics: true, erosion: true, climate: true },
  },
  {
    id: 'life', name: 'Life', caption: 'Plants green the land; herbivores and carnivores pulse',
    ticks: 2400, plateStride: 4, startYears: 3.9e9, endYears: PRESENT_YEARS - 300e3,
    processes: { ...NONE, tectonics: true, erosion: true, climate: true, life: true },
  },
  {
    id: 'humans', name: 'Humans', caption: 'People settle where it is wet and mild; cities light the night',
    ticks: 3600, plateStride: 1, startYears: PRESENT_YEARS - 300e3, endYears: PRESENT_YEARS,
    // The plates stop; rivers keep running and eroding (at this era's short years a tick).
    processes: { ...NONE, erosion: true, climate: true, life: true, humans: true },
  },
  {
    id: 'warming', name: 'The end', caption: 'Fossil carbon warms the planet; the tropics empty',
    ticks: 2700, plateStride: 1, startYears: PRESENT_YEARS, endYears: PRESENT_YEARS + 400,
    processes: { ...NONE, erosion: true, climate: true, life: true, humans: true, industry: true },
  },
];

/** First tick of each era, and the tick after the last one. */
const ERA_START_TICKS: readonly number[] = ERAS.reduce<number[]>(
  (starts, era) => [...starts, starts[starts.length - 1] + era.ticks], [0]);

/** The tick at which the story ends. */
export const END_TICK = ERA_START_TICKS[ERAS.length];

/** Clamp a tick into the story. */
export function clampTick(tick: number): number {
  if (!Number.isFinite(tick)) return 0;
  return Math.min(Math.max(Math.round(tick), 0), END_TICK);
}

/** Index of the era a tick belongs to (the last era for the end tick itself). */
export function eraIndexAt(tick: number): number {
  const t = clampTick(tick);
  for (let i = ERAS.length - 1; i >= 0; i--) if (t >= ERA_START_TICKS[i]) return i;
  return 0;
}

export function eraAt(tick: number): Era { return ERAS[eraIndexAt(tick)]; }

export function eraStartTick(index: number): number { return ERA_START_TICKS[index]; }

/** Planet age in years at a tick: linear within each era. */
export function yearsAt(tick: number): number {
  const t = clampTick(tick);
  const i = eraIndexAt(t);
  const era = ERAS[i];
  const fraction = (t - ERA_START_TICKS[i]) / era.ticks;
  return era.startYears + fraction * (era.endYears - era.startYears);
}

/** Years that one tick stands for at this tick. */
export function yearsPerTick(tick: number): number {
  const era = eraAt(tick);
  return (era.endYears - era.startYears) / era.ticks;
}

/** Years a step of the plates starting at this tick covers (its era's plateStride ticks). */
export function plateStepYears(tick: number): number {
  return yearsPerTick(tick) * eraAt(tick).plateStride;
}

/** Whether a step of the plates starts at this tick (every plateStride ticks from its era's start). */
export function isPlateStepTick(tick: number): boolean {
  const i = eraIndexAt(tick);
  return (clampTick(tick) - ERA_START_TICKS[i]) % ERAS[i].plateStride === 0;
}

/** The first tick whose age is at least `years` (clamped to the story). */
export function tickAtYears(years: number): number {
  if (!Number.isFinite(years) || years <= 0) return 0;
  for (let i = 0; i < ERAS.length; i++) {
    const era = ERAS[i];
    if (years <= era.endYears) {
      const fraction = (years - era.startYears) / (era.endYears - era.startYears);
      // The small allowance absorbs float64 rounding of ages near 4.5e9 years (the last era
      // has 0.15 years a tick, and an age there is exact to 1e-6 years).
      return clampTick(ERA_START_TICKS[i] + Math.ceil(fraction * era.ticks - 1e-4));
    }
  }
  return END_TICK;
}

/**
 * The ocean's volume once the vapour has condensed, as a mean depth over the whole sphere in
 * model units of 600 m: Earth's, 1.335e9 km3 spread over its 510e6 km2, is 2.62 km. Sea level
 * is where this volume fills the basins (shaders/ocean/level.wgsl).
 */
export const FULL_OCEAN_VOLUME = 2620 / 600;

/** The ocean's volume at a tick: none while the crust is too hot to hold water, filling smoothly through the oceans era. */
export function oceanVolumeAt(tick: number, fullVolume = FULL_OCEAN_VOLUME): number {
  const t = clampTick(tick);
  const oceansStart = ERA_START_TICKS[1];
  const oceansEnd = ERA_START_TICKS[2];
  const fill = Math.min(Math.max((t - oceansStart) / (oceansEnd - oceansStart), 0), 1);
  return fill * fill * (3 - 2 * fill) * fullVolume;
}

/** A planet age as a viewer reads it: "4.4 billion years ago", "12,000 years ago", "in 150 years". */
export function formatAge(years: number): string {
  const ago = PRESENT_YEARS - years;
  if (Math.abs(ago) < 0.5) return 'the present day';
  if (ago < 0) return `${Math.round(-ago).toLocaleString('en-US')} years from now`;
  if (ago >= 1e9) return `${(ago / 1e9).toFixed(2)} billion years ago`;
  if (ago >= 1e6) return `${(ago / 1e6).toFixed(ago >= 1e8 ? 0 : 1)} million years ago`;
  return `${Math.round(ago).toLocaleString('en-US')} years ago`;
}

/** A span of years, short: "1.2 Gyr", "35 Myr", "12 kyr", "3 yr". */
export function formatDuration(years: number): string {
  if (!Number.isFinite(years) || years <= 0) return '0 yr';
  if (years >= 1e9) return `${(years / 1e9).toFixed(1)} Gyr`;
  if (years >= 1e6) return `${(years / 1e6).toFixed(years >= 1e7 ? 0 : 1)} Myr`;
  if (years >= 1e3) return `${(years / 1e3).toFixed(years >= 1e4 ? 0 : 1)} kyr`;
  return `${years.toFixed(years >= 10 ? 0 : 1)} yr`;
}
