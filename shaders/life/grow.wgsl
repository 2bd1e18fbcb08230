// life.grow: plants (x), herbivores (y) and carnivores (z) on land (SIMULATION.md section 5).
// Runs before the drift in a tick and reads the terrain before it, so each cell takes the life
// of the column that lands on it (driftSource): life rides along with the plates.
// Plant growth = clamp(rain / 3 mm/day, 0, 1) * (smoothstep(0, 25, T) - smoothstep(25, 35, T)).
// One Lotka-Volterra step, dt = 0.1: dx = growth - PLANT_DEATH - y, dy = reproduction x -
// predation z - 1, dz = predation y - 1, reproduction = 2 + T / 30. Each population is
// multiplied by exp(dt * its rate), one after the other (plants, then herbivores eating the
// new plants, then carnivores): never negative, and the cycles stay bounded, where the
// explicit step x += dt x dx spirals out. PLANT_DEATH (not in the reference) lets deserts and
// ice stay bare. Then migration: diffusion between land cells (none into the sea) at rates
// rising from plants to carnivores. A trace of each (spores, migrants) stays wherever plants
// can grow, so life can return after a collapse.

const LIFE_DT: f32 = 0.1;
const PLANT_DEATH: f32 = 0.2;
const PREDATION: f32 = 1.5;
const MAX_POPULATION: f32 = 20.0;
// Cell-areas per tick (the reference's 0.25, 0.5, 1 scaled by 0.2 for the explicit step).
const MIGRATION = vec3f(0.05, 0.1, 0.2);
const TRACE = vec3f(1e-3, 1e-4, 1e-4);

fn plantGrowth(rainMmPerDay: f32, temperature: f32) -> f32 {
  return clamp(rainMmPerDay / 3.0, 0.0, 1.0) * (smoothstep(0.0, 25.0, temperature) - smoothstep(25.0, 35.0, temperature));
}

fn lotkaVolterra(life: vec3f, growth: f32, temperature: f32) -> vec3f {
  let reproduction = 2.0 + temperature / 30.0;
  let x = life.x * exp(LIFE_DT * (growth - PLANT_DEATH - life.y));
  let y = life.y * exp(LIFE_DT * (reproduction * x - PREDATION * life.z - 1.0));
  let z = life.z * exp(LIFE_DT * (PREDATION * y - 1.0));
  return min(vec3f(x, y, z), vec3f(MAX_POPULATION));
}

fn isLand(c: vec2i) -> bool { return terrainIn[cellIndex(c)].x > globals.seaLevel; }

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn grow(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var source = c;
  if (globals.platesMoving != 0u) {
    let arrival = driftSource(c);
    // A rift opens where the cell's own plate moves away and nothing lands: no life.
    if (!arrival.filled && any(plateStep(plateOf(terrainIn[cellIndex(c)])) != vec2i(0))) {
      lifeOut[cellIndex(c)] = vec4f(0.0);
      return;
    }
    source = arrival.cell;
  }
  if (!isLand(source)) {
    lifeOut[cellIndex(c)] = vec4f(0.0);
    return;
  }
  let own = lifeIn[cellIndex(source)];
  // Migration among land neighbours of the column's old place (they moved with it).
  let row = rowGeometry(source.y);
  let plantWeights = rowDiffusionWeights(row, MIGRATION.x);
  let herbivoreWeights = rowDiffusionWeights(row, MIGRATION.y);
  let carnivoreWeights = rowDiffusionWeights(row, MIGRATION.z);
  var migrated = own.xyz;
  for (var k = 0; k < 4; k++) {
    let n = neighbour(source, AXIS_STEPS[k]);
    if (!isLand(n)) { continue; }
    let difference = lifeIn[cellIndex(n)].xyz - own.xyz;
    migrated += difference * vec3f(plantWeights[k], herbivoreWeights[k], carnivoreWeights[k]);
  }
  let weather = climateNow[2u * climateIndex(climateCellOf(c))];
  let rain = climateNow[2u * climateIndex(climateCellOf(c)) + 1u].w;
  let growth = plantGrowth(rain, weather.y);
  var next = lotkaVolterra(max(migrated, vec3f(0.0)), growth, weather.y);
  if (growth > 0.0) { next = max(next, TRACE); }
  lifeOut[cellIndex(c)] = vec4f(next, own.w);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reset(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  lifeOut[cellIndex(vec2i(id.xy))] = vec4f(0.0);
}
