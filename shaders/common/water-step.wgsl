// Bindings of a water step (bind group 2): read the current water, write the next.
// A water cell is vec4f(discharge, sediment flux, receiver cell index, basin pointer).
@group(2) @binding(0) var<storage, read> waterIn: array<vec4f>;
@group(2) @binding(1) var<storage, read_write> waterOut: array<vec4f>;
