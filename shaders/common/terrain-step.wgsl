// Bindings of a terrain step (bind group 1): read the current state, write the next one.
// A terrain cell is vec4f(elevation in model units, crust temperature in deg C, 0, 0).

@group(1) @binding(0) var<storage, read> terrainIn: array<vec4f>;
@group(1) @binding(1) var<storage, read_write> terrainOut: array<vec4f>;
