// tectonics.uplift: collision uplift spreads within its plate and decays; where it exceeds
// one half it raises the land, more slowly the higher the land already stands.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn uplift(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var cell = terrainIn[cellIndex(c)];
  let weights = diffusionWeights(c.y, globals.upliftDiffusion);
  var u = cell.z;
  for (var k = 0; k < 4; k++) {
    let other = terrainIn[cellIndex(neighbour(c, AXIS_STEPS[k]))];
    if (other.w == cell.w) { u += weights[k] * (other.z - cell.z); }
  }
  u *= 1.0 - globals.upliftDecay;
  // Gain per tick: upliftRate * clamp(2u - 1, 0, 1) / (height above sea, at least 1 unit).
  let height = max(cell.x - globals.seaLevel, 1.0);
  let gain = globals.upliftRate * clamp(2.0 * u - 1.0, 0.0, 1.0) / height;
  cell.x = min(cell.x + gain, max(cell.x, MAX_UPLIFTED));
  cell.z = u;
  terrainOut[cellIndex(c)] = cell;
}
