// CPU reference of the humans stage (SIMULATION.md section 6), written from the spec and the
// shaders' documented formulas: where people may settle, a cell's area, one tick of burning, CO2
// and warming, Earth's people at points of the humans era, and how concentrated lights are.

import { smoothstep } from './life';

export const PREINDUSTRIAL_CO2 = 280;
export const GT_CARBON_PER_PPM = 2.13;
export const BURN_YEARS = 20;
export const OCEAN_LAG_YEARS = 20;
export const EARTH_RADIUS_KM = 6371;

/**
 * Earth's people, years before the present day, and the bounds a world with room for people
 * should meet then (SIMULATION.md section 6: a few million hunter-gatherers, 5-10 million as
 * farming begins, about a billion in the early 1800s, about eight billion now). A world holds
 * people in proportion to its mild, wet land, so the lower bounds are a fifth of Earth's low
 * estimates (a world with a fifth of Earth's habitable land or more: seed 1 at 128x64 holds
 * about 0.4 million 100,000 years ago, 260 million 200 years ago and 1.7 billion today); the
 * upper bounds are Earth's high estimates.
 */
export const EARTH_CHECKPOINTS = [
  // Estimates of the Middle Paleolithic population run from about half a million to a few million.
  { yearsAgo: 100_000, min: 1e5, max: 2e7 },
  // As farming begins, estimates run from one or two million to ten.
  { yearsAgo: 12_000, min: 2e5, max: 3e7 },
  // About a billion in the early 1800s.
  { yearsAgo: 200, min: 2e8, max: 2e9 },
  // Eight billion today.
  { yearsAgo: 0, min: 1.6e9, max: 1.2e10 },
] as const;

/** The share of all the light that the brightest `fraction` of the places give. */
export function brightestShare(lights: readonly number[], fraction: number): number {
  const sorted = [...lights].sort((a, b) => b - a);
  const total = sorted.reduce((sum, light) => sum + light, 0);
  const top = sorted.slice(0, Math.ceil(fraction * sorted.length)).reduce((sum, light) => sum + light, 0);
  return total > 0 ? top / total : 0;
}

/** How well a place suits people, 0..1: mild (mean 5..30 deg C) and wet (annual rain from 0.25 mm/day). */
export function suitability(meanTemperature: number, annualRain: number): number {
  return smoothstep(5, 8, meanTemperature) * (1 - smoothstep(27, 30, meanTemperature)) * smoothstep(0.25, 1, annualRain);
}

/** Area of a cell of row y on a width x height grid, km2. */
export function cellAreaKm2(y: number, width: number, height: number): number {
  const band = 2 * Math.sin(((y + 0.5) / height) * Math.PI) * Math.sin((0.5 * Math.PI) / height);
  return EARTH_RADIUS_KM ** 2 * ((2 * Math.PI) / width) * band;
}

export interface PlanetState { carbon: number; co2: number; anomaly: number; population: number; peak: number }

/** One tick of humans.burn from `state`, with this tick's census. */
export function burnTick(state: PlanetState, population: number, p: { reserve: number; sensitivity: number; dtYears: number; industry: boolean }): PlanetState {
  const peak = Math.max(state.peak, population);
  let carbon = state.carbon;
  if (p.industry && p.reserve > 0) {
    const demand = Math.min(Math.max((2 * population) / Math.max(peak, 1), 0), 1);
    const rate = ((carbon + 0.01 * p.reserve) * (1 - carbon / p.reserve) * demand) / BURN_YEARS;
    carbon = Math.min(carbon + rate * p.dtYears, p.reserve);
  }
  const co2 = PREINDUSTRIAL_CO2 + carbon / GT_CARBON_PER_PPM;
  const equilibrium = p.sensitivity * Math.log2(co2 / PREINDUSTRIAL_CO2);
  const anomaly = state.anomaly + (equilibrium - state.anomaly) * (1 - Math.exp(-p.dtYears / OCEAN_LAG_YEARS));
  return { carbon, co2, anomaly, population, peak };
}

/** The warming at equilibrium once `reserve` Gt C are all in the air, deg C. */
export function warmingOf(reserve: number, sensitivity: number): number {
  return sensitivity * Math.log2((PREINDUSTRIAL_CO2 + reserve / GT_CARBON_PER_PPM) / PREINDUSTRIAL_CO2);
}
