// Explicit bind-group layouts, their entries read from the WGSL bindings by webgpu-utils: the
// shared ones (group 0 globals, a field step's in and out) and any pass's own.

import sharedBindings from '../../shaders/common/shared-bindings.wgsl?raw';
import { makeBindGroupLayoutDescriptors, makeShaderDataDefinitions } from './reflect';
import { continentsShader, coveredTerrainShader, libraryShader, terrainStepShader } from './shaders';

export interface Layouts {
  /** Group 0: the Globals uniform and the plate table, seen by every stage. */
  globals: GPUBindGroupLayout;
  /** A field step, the same layout for every field: in (read-only), out. Group 1 binds the terrain, group 2 the water. */
  terrainStep: GPUBindGroupLayout;
  /** The continents' cover of the grid (group 2 of the passes that splat it; shaders/common/cover.wgsl). */
  cover: GPUBindGroupLayout;
  /** The same, read only (group 2 of the terrain passes that read it). */
  coverRead: GPUBindGroupLayout;
  /** A field updated in place (src/gpu/in-place-field.ts): its one buffer, read and written, at binding 0. */
  inPlace: GPUBindGroupLayout;
}

/** Which entry point of a source, in which stage, a layout is read from. */
export interface EntryPoints {
  compute?: { entryPoint: string };
  vertex?: { entryPoint: string };
  fragment?: { entryPoint: string };
}

/**
 * The layout entries of bind group `group` as `code` declares them: the bindings the entry points
 * use, with their types, each visible to the stages that use it (or to `visibility`, for a layout
 * that other pipelines share).
 */
export function bindGroupLayoutEntries(code: string, entryPoints: EntryPoints, group: number, visibility?: GPUShaderStageFlags): GPUBindGroupLayoutEntry[] {
  const descriptor = makeBindGroupLayoutDescriptors(makeShaderDataDefinitions(code), entryPoints)[group];
  if (!descriptor) throw new Error(`No bindings in group ${group} of ${JSON.stringify(entryPoints)}`);
  // No minBindingSize (checked when a group is bound instead): for a struct ending in a
  // runtime-sized array webgpu-utils gives the size without the array's first element, less
  // than WebGPU requires.
  return [...descriptor.entries].map((entry) => ({
    ...entry,
    ...(entry.buffer && { buffer: { type: entry.buffer.type } }),
    ...(visibility !== undefined && { visibility }),
  }));
}

/** An entry point that touches the cover binding, for its layout to be read from the WGSL. */
const COVER_PROBE = '@compute @workgroup_size(1) fn coverBinding() { _ = coverWord(0u); }';
/** The same for an in-place field's one binding (any element type: the layout holds none). */
const IN_PLACE_PROBE = '@group(1) @binding(0) var<storage, read_write> inPlace: array<u32>;\n@compute @workgroup_size(1) fn inPlaceBinding() { inPlace[0] = 0u; }';

export function createLayouts(device: GPUDevice): Layouts {
  const all = GPUShaderStage.COMPUTE | GPUShaderStage.VERTEX | GPUShaderStage.FRAGMENT;
  const code = terrainStepShader(sharedBindings);
  const probe = { compute: { entryPoint: 'sharedBindings' } };
  const coverProbe = { compute: { entryPoint: 'coverBinding' } };
  return {
    globals: device.createBindGroupLayout({ label: 'Layouts.globals', entries: bindGroupLayoutEntries(code, probe, 0, all) }),
    terrainStep: device.createBindGroupLayout({
      label: 'Layouts.terrainStep', entries: bindGroupLayoutEntries(code, probe, 1, GPUShaderStage.COMPUTE),
    }),
    cover: device.createBindGroupLayout({
      label: 'Layouts.cover', entries: bindGroupLayoutEntries(continentsShader(COVER_PROBE), coverProbe, 2, GPUShaderStage.COMPUTE),
    }),
    coverRead: device.createBindGroupLayout({
      label: 'Layouts.coverRead', entries: bindGroupLayoutEntries(coveredTerrainShader(COVER_PROBE), coverProbe, 2, GPUShaderStage.COMPUTE),
    }),
    inPlace: device.createBindGroupLayout({
      label: 'Layouts.inPlace', entries: bindGroupLayoutEntries(libraryShader(IN_PLACE_PROBE), { compute: { entryPoint: 'inPlaceBinding' } }, 1, GPUShaderStage.COMPUTE),
    }),
  };
}
