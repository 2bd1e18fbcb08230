// life.grow: plants, herbivores and carnivores on land (SIMULATION.md section 5).
// Runs before the drift in a tick and reads the terrain before it, so each cell takes the life
// of the column its plate brings to it (ownPlateSource): life rides along with the plates.
// Plant growth = clamp(rain / 3 mm/day, 0, 1) * (smoothstep(0, 25, T) - smoothstep(25, 35, T)).
// One Lotka-Volterra step, dt = 0.1: dx = growth - PLANT_DEATH - y, dy = reproduction x -
// predation z - 1, dz = predation y - 1, reproduction = 2 + T / 30. Each population is
// multiplied by exp(dt * its rate), one after the other (plants, then herbivores eating the
// new plants, then carnivores): never negative, and the cycles stay bounded, where the
// explicit step x += dt x dx spirals out. PLANT_DEATH (not in the reference) lets deserts and
// ice stay bare. Then migration: diffusion between land cells (none into the sea) at rates
// rising from plants to carnivores. A trace of each (spores, migrants) stays wherever plants
// can grow, so life can return after a collapse.
// People (the fraction of the land's capacity settled), from the humans era on (SIMULATION.md
// section 6): a place suits them where it is mild (mean temperature 5..30 deg C) and wet (annual
// rain from 0.25 mm/day, fully from 1). On the first human tick a few suitable cells are
// settled (hashed from seed and cell); then people grow logistically toward the suitability
// and migrate between suitable neighbours. Where the land no longer suits them they leave
// (PEOPLE_LEAVING a tick), and land whose mean temperature is past the heat limit empties at once.
// A fully settled km2 holds globals.peopleCapacity people, growing with the era (humans.census).

const LIFE_DT: f32 = 0.1;
const PLANT_DEATH: f32 = 0.2;
const PREDATION: f32 = 1.5;
const MAX_POPULATION: f32 = 20.0;
// Migration rates relative to the herbivores' (globals.migration, cell-areas per tick): the
// reference's 0.25, 0.5, 1.
const MIGRATION_RATIOS = vec3f(0.5, 1.0, 2.0);
const TRACE = vec3f(1e-3, 1e-4, 1e-4);
const PEOPLE_GROWTH: f32 = 0.05;     // logistic rate a tick at full suitability
const PEOPLE_MIGRATION: f32 = 0.05;  // cell-areas per tick
const PEOPLE_LEAVING: f32 = 0.2;     // of the people a tick, where the land does not suit them
const ORIGIN_CHANCE: f32 = 0.01;     // of suitable cells settled on the first human tick
const FIRST_SETTLERS: f32 = 0.1;
const ORIGIN_SALT: u32 = 0x5e771eu;

// The growth's pipelines (LifeStage): people settle and move (from the humans era on); the
// plates move and life rides along (the eras of tectonics).
override PEOPLE: bool;
override MOVING: bool;

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

fn isLand(c: vec2i) -> bool { return terrainIn[cellIndex(c)].elevation > globals.seaLevel; }

// How well a place suits people, 0..1, from its climate cell's mean temperature (deg C) and
// annual rain (mm/day): zero outside 5..30 deg C or below 0.25 mm/day (90 mm/yr).
fn suitability(meanTemperature: f32, annualRain: f32) -> f32 {
  let mild = smoothstep(5.0, 8.0, meanTemperature) * (1.0 - smoothstep(27.0, 30.0, meanTemperature));
  return mild * smoothstep(0.25, 1.0, annualRain);
}

// Whether terrain cell c suits people at all (its suitability above zero, the bounds without the
// ramps): people migrate only between such neighbours.
fn habitable(c: vec2i) -> bool {
  let climate = climateOver(c);
  let meanTemperature = climateNow[climate].meanTemperature;
  return (meanTemperature > 5.0) & (meanTemperature < 30.0) & (climateNow[climate].annualRain > 0.25);
}

// People next tick on the land cell `index` under climate cell `climate`, whose own people are
// `own` now, `migrated` after the migration between suitable land neighbours (summed in grow's
// neighbour loop). Selects, not branches (a software adapter runs both sides of a branch, and
// pays for it besides); each climate member read once.
fn settle(climate: u32, index: u32, own: f32, migrated: f32) -> f32 {
  let meanTemperature = climateNow[climate].meanTemperature;
  let tooHot = meanTemperature > globals.heatLimit;
  let suits = suitability(meanTemperature, climateNow[climate].annualRain);
  var people = migrated;
  people += PEOPLE_GROWTH * people * (suits - people);
  let origin = (globals.humanOrigin != 0u) & (random3(seeded(index, ORIGIN_SALT)).x < ORIGIN_CHANCE);
  people = select(people, max(people, FIRST_SETTLERS * suits), origin);
  return select(select(clamp(people, 0.0, 1.0), own * (1.0 - PEOPLE_LEAVING), suits <= 0.0), 0.0, tooHot);
}

// Plants, herbivores and carnivores of life cell `index`, member by member (a software adapter
// loads a whole struct member by member, people included).
fn wildlifeAt(index: u32) -> vec3f { return vec3f(lifeIn[index].plants, lifeIn[index].herbivores, lifeIn[index].carnivores); }

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn grow(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  // Selects, not branches, below (a software adapter runs both sides of a branch, and pays for
  // it besides). Where the plates move (MOVING) the column comes from its plate's source; new
  // ocean crust forms where the plates diverge, and the sea holds no life.
  var source = c;
  var diverging = false;
  if (MOVING) {
    let arrival = ownPlateSource(c);
    source = arrival.xy;
    diverging = arrival.z == 0;
  }
  let barren = diverging | !isLand(source);
  let sourceIndex = cellIndex(source);
  let wild = wildlifeAt(sourceIndex);
  // Migration among land neighbours of the column's old place (they moved with it); people
  // among the suitable ones, in the same loop (each neighbour's land read once).
  let row = rowGeometry(source.y);
  let rates = MIGRATION_RATIOS * globals.migration;
  let plantWeights = rowDiffusionWeights(row, rates.x);
  let herbivoreWeights = rowDiffusionWeights(row, rates.y);
  let carnivoreWeights = rowDiffusionWeights(row, rates.z);
  var ownPeople = 0.0;
  var peopleWeights = vec4f(0.0);
  if (PEOPLE) {
    ownPeople = lifeIn[sourceIndex].people;
    peopleWeights = rowDiffusionWeights(row, PEOPLE_MIGRATION);
  }
  var migrated = wild;
  var people = ownPeople;
  for (var k = 0; k < 4; k++) {
    let n = neighbour(source, AXIS_STEPS[k]);
    let index = cellIndex(n);
    let land = isLand(n);
    migrated = select(migrated, migrated + (wildlifeAt(index) - wild) * vec3f(plantWeights[k], herbivoreWeights[k], carnivoreWeights[k]), land);
    if (PEOPLE) { people = select(people, people + (lifeIn[index].people - ownPeople) * peopleWeights[k], land & habitable(n)); }
  }
  let climate = climateOver(c);
  let temperature = climateNow[climate].temperature;
  let growth = plantGrowth(climateNow[climate].meanRain, temperature);
  let next = lotkaVolterra(max(migrated, vec3f(0.0)), growth, temperature);
  let traced = select(next, max(next, TRACE), growth > 0.0);
  // People from the humans era on: a pipeline of their own (PEOPLE), since a software adapter
  // runs every branch, and settle() is long.
  if (PEOPLE) { people = settle(climate, cellIndex(c), ownPeople, people); }
  let cell = select(vec4f(traced, people), vec4f(0.0), barren);
  lifeOut[cellIndex(c)] = LifeCell(cell.x, cell.y, cell.z, cell.w);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn reset(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  lifeOut[cellIndex(vec2i(id.xy))] = LifeCell();
}
