// What webgpu-utils expects of its host when it loads, supplied where a host lacks it (Node 20,
// on the Node side of the tests and tools): GPUShaderStage's bits (WebGPU's constants) and a
// Float16Array (webgpu-utils names it for f16 types, which no shader here uses).

const host = globalThis as Record<string, unknown>;
host.GPUShaderStage ??= { VERTEX: 1, FRAGMENT: 2, COMPUTE: 4 };
host.Float16Array ??= Uint16Array;
