// The shared WGSL modules, the helpers that prepend them to a pass's code, and one shader
// module per distinct source on a device (several entry points of a file share it).

import globals from '../../shaders/common/globals.wgsl?raw';
import cells from '../../shaders/common/cells.wgsl?raw';
import sphere from '../../shaders/common/sphere.wgsl?raw';
import hash from '../../shaders/common/hash.wgsl?raw';
import noise from '../../shaders/common/noise.wgsl?raw';
import plates from '../../shaders/common/plates.wgsl?raw';
import terrainStep from '../../shaders/common/terrain-step.wgsl?raw';
import waterStep from '../../shaders/common/water-step.wgsl?raw';
import climateGrid from '../../shaders/common/climate-grid.wgsl?raw';
import climateNow from '../../shaders/common/climate-now.wgsl?raw';
import climateStep from '../../shaders/common/climate-step.wgsl?raw';
import driftSource from '../../shaders/common/drift-source.wgsl?raw';
import cover from '../../shaders/common/cover.wgsl?raw';
import coverAtomic from '../../shaders/common/cover-atomic.wgsl?raw';
import coverRead from '../../shaders/common/cover-read.wgsl?raw';
import coverPlain from '../../shaders/common/cover-plain.wgsl?raw';
import lifeStep from '../../shaders/common/life-step.wgsl?raw';
import protoplanetRelief from '../../shaders/common/protoplanet-relief.wgsl?raw';

export const COMMON_WGSL = { globals, cells, sphere, hash, noise, plates, climateGrid, terrainStep, waterStep, climateNow, climateStep, driftSource, lifeStep, cover, protoplanetRelief } as const;

/** Helpers every shader may call: the globals, the cells, the sphere topology, hashing, noise, plates, the climate grid. */
const LIBRARY = [globals, cells, sphere, hash, noise, plates, climateGrid].join('\n');

/** A compute pass over the terrain: the library plus the terrain-step bindings. */
export function terrainStepShader(passCode: string): string {
  return [LIBRARY, terrainStep, passCode].join('\n');
}

/** A terrain step that reads the continents' cover (group 2, read only): the library, the terrain-step and cover bindings. */
export function coveredTerrainShader(passCode: string): string {
  return [LIBRARY, terrainStep, coverRead, cover, passCode].join('\n');
}

/** A pass over the continents' points (group 1, its own bindings) and their cover (group 2, atomic words). */
export function continentsShader(passCode: string): string {
  return [LIBRARY, coverAtomic, cover, passCode].join('\n');
}

/** A pass over the cover's bins alone (group 2, plain words: no other pass runs on it meanwhile). */
export function coverBinsShader(passCode: string): string {
  return [LIBRARY, coverPlain, cover, passCode].join('\n');
}

/** A compute pass over terrain and water: the library plus both fields' step bindings and the latest climate. */
export function waterStepShader(passCode: string): string {
  return [LIBRARY, terrainStep, climateNow, waterStep, passCode].join('\n');
}

/** A compute pass over the life: the library plus the terrain, life-step and latest-climate bindings. */
export function lifeStepShader(passCode: string): string {
  return [LIBRARY, terrainStep, climateNow, lifeStep, passCode].join('\n');
}

/** A compute pass on the climate grid: the library plus the climate-step bindings. */
export function climateStepShader(passCode: string): string {
  return [LIBRARY, climateStep, passCode].join('\n');
}

/** Any other shader (render, tests): the library plus its own code. */
export function libraryShader(code: string): string {
  return [LIBRARY, code].join('\n');
}

const modules = new WeakMap<GPUDevice, Map<string, GPUShaderModule>>();

/** The device's shader module for this source, compiled once and labelled by its first user. */
export function shaderModule(device: GPUDevice, label: string, code: string): GPUShaderModule {
  let byCode = modules.get(device);
  if (!byCode) modules.set(device, (byCode = new Map()));
  let module = byCode.get(code);
  if (!module) byCode.set(code, (module = device.createShaderModule({ label: `${label}.module`, code })));
  return module;
}
