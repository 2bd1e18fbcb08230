// protoplanet.cool: the molten crust conducts heat sideways and radiates it to space.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn cool(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let cell = terrainIn[cellIndex(c)];
  // Lateral conduction: explicit diffusion with the sphere's true spacings.
  var temperature = cell.y;
  for (var k = 0; k < 4; k++) {
    let d = AXIS_STEPS[k];
    let other = terrainIn[cellIndex(neighbour(c, d))].y;
    temperature += diffusionWeight(c, d, globals.crustConduction) * (other - cell.y);
  }
  // Cooling toward the ambient temperature, exact for one tick of dtYears:
  // T - T_ambient decays as exp(-t / coolingTime).
  let decay = exp(-globals.dtYears / globals.coolingTimeYears);
  temperature = globals.ambientTemp + (temperature - globals.ambientTemp) * decay;
  terrainOut[cellIndex(c)] = vec4f(cell.x, temperature, cell.zw);
}
