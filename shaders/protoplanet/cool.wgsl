// protoplanet.cool: the molten crust conducts heat sideways and radiates it to space.

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn cool(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let cell = terrainIn[cellIndex(c)];
  // Lateral conduction: explicit diffusion with the sphere's true spacings.
  let weights = diffusionWeights(c.y, globals.crustConduction);
  var temperature = cell.crustTemperature;
  for (var k = 0; k < 4; k++) {
    let other = terrainIn[cellIndex(neighbour(c, AXIS_STEPS[k]))].crustTemperature;
    temperature += weights[k] * (other - cell.crustTemperature);
  }
  // Cooling toward the ambient temperature, exact for one tick: T - T_ambient decays by
  // exp(-dtYears / coolingTime), a factor the CPU works out once per tick.
  temperature = globals.ambientTemp + (temperature - globals.ambientTemp) * globals.crustCoolingFactor;
  var cooled = cell;
  cooled.crustTemperature = temperature;
  terrainOut[cellIndex(c)] = cooled;
}
