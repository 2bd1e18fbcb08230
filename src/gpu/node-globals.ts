// What webgpu-utils needs of its host, supplied only where the host lacks it: Float16Array,
// which webgpu-utils names as it loads (Node 20 and Chrome before 135 lack it; no layout of ours
// holds f16, so a stand-in that refuses to be built is enough), and WebGPU's shader-stage flags,
// which makeBindGroupLayoutDescriptors reads (Node has no WebGPU; every WebGPU browser has them),
// with the values the WebGPU spec gives them.

const scope = globalThis as unknown as Record<string, unknown>;
scope.GPUShaderStage ??= { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 };
scope.Float16Array ??= class {
  constructor() { throw new Error('Float16Array is missing in this JavaScript runtime'); }
};

export {};
