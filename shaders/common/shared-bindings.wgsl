// layouts.sharedBindings: touches every binding of the layouts all passes share (bind group 0,
// the globals and the plate table; a field step's in and out, as bound at group 1), so that
// src/gpu/layouts.ts reads those layouts from the WGSL (webgpu-utils reflects the bindings an
// entry point uses). Compiled for reflection only, never dispatched.

@compute @workgroup_size(1)
fn sharedBindings() {
  _ = globals.width;
  _ = plates[0];
  terrainOut[0] = terrainIn[0];
}
