// Bindings of a life step (src/sim/step-context.ts lifeStep): group 2 the life (read, write);
// group 1 the terrain (terrain-step.wgsl, read only), group 3 the latest climate (climate-now.wgsl).
@group(2) @binding(0) var<storage, read> lifeIn: array<LifeCell>;
@group(2) @binding(1) var<storage, read_write> lifeOut: array<LifeCell>;
