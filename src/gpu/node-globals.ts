// What webgpu-utils reads from a browser's globals as it loads, given in Node (unit tests,
// scripts) where they are missing: WebGPU's shader-stage flags, with the values the WebGPU
// spec gives them, and Float16Array (Node 22 has it; no layout of ours holds f16, so a
// stand-in that refuses to be built is enough). In a browser both exist and nothing changes.

const scope = globalThis as unknown as Record<string, unknown>;
scope.GPUShaderStage ??= { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 };
scope.Float16Array ??= class {
  constructor() { throw new Error('Float16Array is missing in this JavaScript runtime'); }
};

export {};
