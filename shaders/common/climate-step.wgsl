// Bindings of a climate step (src/sim/step-context.ts climateStep): group 1 the surface
// pressure, group 2 the climate (two vec4f a cell), group 3 the terrain, read only. A pass
// writes either the pressure or the climate.
@group(1) @binding(0) var<storage, read> pressureIn: array<vec4f>;
@group(1) @binding(1) var<storage, read_write> pressureOut: array<vec4f>;
@group(2) @binding(0) var<storage, read> climateIn: array<vec4f>;
@group(2) @binding(1) var<storage, read_write> climateOut: array<vec4f>;
@group(3) @binding(0) var<storage, read> terrainIn: array<vec4f>;
