// Bindings of a terrain step (bind group 1): read the current state, write the next one.

@group(1) @binding(0) var<storage, read> terrainIn: array<TerrainCell>;
@group(1) @binding(1) var<storage, read_write> terrainOut: array<TerrainCell>;
