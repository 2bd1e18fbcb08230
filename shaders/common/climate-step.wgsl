// Bindings of a climate step (src/sim/step-context.ts climateStep): group 1 the surface
// pressure, group 2 the climate; a pass writes one of them. Group 3 is the pass's own input,
// read only: the terrain for climate.surface, the planet's scalars for climate.weather.
@group(1) @binding(0) var<storage, read> pressureIn: array<PressureCell>;
@group(1) @binding(1) var<storage, read_write> pressureOut: array<PressureCell>;
@group(2) @binding(0) var<storage, read> climateIn: array<ClimateCell>;
@group(2) @binding(1) var<storage, read_write> climateOut: array<ClimateCell>;
