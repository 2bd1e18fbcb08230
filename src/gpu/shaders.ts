// The shared WGSL modules, and the one helper that prepends them to a pass's code.

import globals from '../../shaders/common/globals.wgsl?raw';
import sphere from '../../shaders/common/sphere.wgsl?raw';
import hash from '../../shaders/common/hash.wgsl?raw';
import noise from '../../shaders/common/noise.wgsl?raw';
import plates from '../../shaders/common/plates.wgsl?raw';
import terrainStep from '../../shaders/common/terrain-step.wgsl?raw';
import waterStep from '../../shaders/common/water-step.wgsl?raw';
import climateGrid from '../../shaders/common/climate-grid.wgsl?raw';
import climateStep from '../../shaders/common/climate-step.wgsl?raw';
import driftSource from '../../shaders/common/drift-source.wgsl?raw';
import lifeStep from '../../shaders/common/life-step.wgsl?raw';

export const COMMON_WGSL = { globals, sphere, hash, noise, plates, climateGrid, terrainStep, waterStep, climateStep, driftSource, lifeStep } as const;

/** Helpers every shader may call: the globals, the sphere topology, hashing, noise, plates, the climate grid. */
const LIBRARY = [globals, sphere, hash, noise, plates, climateGrid].join('\n');

/** A compute pass over the terrain: the library plus the terrain-step bindings. */
export function terrainStepShader(passCode: string): string {
  return [LIBRARY, terrainStep, passCode].join('\n');
}

/** A compute pass over terrain and water: the library plus both fields' step bindings. */
export function waterStepShader(passCode: string): string {
  return [LIBRARY, terrainStep, waterStep, passCode].join('\n');
}

/** A compute pass on the climate grid: the library plus the climate-step bindings. */
export function climateStepShader(passCode: string): string {
  return [LIBRARY, climateStep, passCode].join('\n');
}

/** Any other shader (render, tests): the library plus its own code. */
export function libraryShader(code: string): string {
  return [LIBRARY, code].join('\n');
}
