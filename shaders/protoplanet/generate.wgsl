// protoplanet.generate: the newborn planet's cratered, fBM-roughened surface, from the 3D
// position of each cell (shaders/common/protoplanet-relief.wgsl), and its molten crust.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn generate(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let elevation = protoplanetElevation(cellPosition(c));
  // Impact melt pools in the crater floors, which start hottest; high ground has already
  // crusted over, MELT_LAPSE cooler per unit of height.
  let crust = max(globals.initialCrustTemp - MELT_LAPSE * elevation, globals.ambientTemp);
  terrainOut[cellIndex(c)] = TerrainCell(elevation, crust, 0.0, 0u, 0.0, 0u);
}
