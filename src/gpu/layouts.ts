// Explicit bind-group layouts shared by pipelines: group 0 globals, group 1 a pass's fields.

export interface Layouts {
  /** Group 0: the Globals uniform and the plate table, seen by every stage. */
  globals: GPUBindGroupLayout;
  /** A field step, the same layout for every field: in (read-only), out. Group 1 binds the terrain, group 2 the water. */
  terrainStep: GPUBindGroupLayout;
}

export function createLayouts(device: GPUDevice): Layouts {
  const all = GPUShaderStage.COMPUTE | GPUShaderStage.VERTEX | GPUShaderStage.FRAGMENT;
  return {
    globals: device.createBindGroupLayout({
      label: 'Layouts.globals',
      entries: [
        { binding: 0, visibility: all, buffer: { type: 'uniform' } },
        { binding: 1, visibility: all, buffer: { type: 'read-only-storage' } },
      ],
    }),
    terrainStep: device.createBindGroupLayout({
      label: 'Layouts.terrainStep',
      entries: [
        { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'read-only-storage' } },
        { binding: 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'storage' } },
      ],
    }),
  };
}
