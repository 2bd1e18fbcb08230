// Bindings of a life step (src/sim/step-context.ts lifeStep): group 2 the life (read, write),
// group 3 the latest climate (read); group 1 the terrain (terrain-step.wgsl, read only).
@group(2) @binding(0) var<storage, read> lifeIn: array<vec4f>;
@group(2) @binding(1) var<storage, read_write> lifeOut: array<vec4f>;
@group(3) @binding(0) var<storage, read> climateNow: array<vec4f>;
