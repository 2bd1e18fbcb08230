// The cells of every field, one struct each: the one statement of what a field holds (the
// TypeScript channel table, src/sim/cells.ts, reads its byte layout from here). Indices and ids
// are integers; elevation is in model units above the lowest possible floor.

// A terrain cell (Fields.terrain).
struct TerrainCell {
  elevation: f32,         // model units above the lowest floor (sea level moves with the era)
  crustTemperature: f32,  // deg C of the surface rock
  uplift: f32,            // 0..1: collision uplift, spreading within the plate and decaying
  plate: u32,             // 0 while unassigned, else the plate's slot in the plate table + 1
}

// A water cell (Fields.water): see shaders/erosion/flow.wgsl.
struct WaterCell {
  discharge: f32,  // equatorial cell areas x m/yr of rain arriving this tick
  sediment: f32,   // rock carried, model units x equatorial cell areas
  receiver: u32,   // index of the cell this one drains to (itself: an outlet or a pit)
  basin: i32,      // index of the outlet the cell drains to, or -1 until erosion.basins labels it
}

// A surface-pressure cell on the climate grid (Fields.pressure): see shaders/climate/surface.wgsl.
struct PressureCell {
  annual: f32,            // annual mean sea-level pressure, hPa
  januaryMinusJuly: f32,  // January minus July sea-level pressure, hPa
  landFraction: f32,      // 0..1 of the terrain cells under it above sea level
  landElevation: f32,     // mean elevation of that land above sea level, m
}

// A climate cell (Fields.climate): one representative day, see shaders/climate/weather.wgsl.
struct ClimateCell {
  pressure: f32,         // sea-level pressure of the season, hPa
  temperature: f32,      // deg C
  vapour: f32,           // precipitable water, mm
  rain: f32,             // mm/day
  wind: vec2f,           // east, north; m/s
  soil: f32,             // soil moisture, mm
  meanRain: f32,         // 20-day running mean of the rain, mm/day
  meanTemperature: f32,  // the equinox day's temperature, deg C
  annualRain: f32,       // running mean of the rain over about a year, mm/day
  warming: f32,          // the planet's warming applied here, deg C
}

// A life cell (Fields.life): populations in the Lotka-Volterra model's units, and people.
struct LifeCell {
  plants: f32,
  herbivores: f32,
  carnivores: f32,
  people: f32,  // fraction of the land's capacity settled, 0..1
}

// The three wild populations of a life cell, as one vector (plants, herbivores, carnivores).
fn wildlife(cell: LifeCell) -> vec3f { return vec3f(cell.plants, cell.herbivores, cell.carnivores); }

// The planet's global scalars (Fields.planet): see shaders/humans/census.wgsl.
struct PlanetScalars {
  carbon: f32,          // Gt C of fossil carbon burnt
  co2: f32,             // ppm
  anomaly: f32,         // global temperature anomaly, deg C
  population: f32,      // people
  peakPopulation: f32,  // people, the most so far
}

// The planet field: the scalars, then the census's partial sums (people), WORKGROUP_X per row.
struct Planet {
  scalars: PlanetScalars,
  partials: array<f32>,
}

// A person's brush dab (src/sim/stages/edit.ts writes them): see shaders/edit/brush.wgsl.
struct Dab {
  centre: vec3f,  // unit vector
  radius: f32,    // radians
  amount: f32,    // model units (elevation) or uplift
  channel: u32,   // DAB_ELEVATION or DAB_UPLIFT (shaders/edit/brush.wgsl)
}

// One tick's dabs, in the order they were made (the buffer is sized by MAX_DABS_PER_TICK).
struct Brush {
  count: u32,
  dabs: array<Dab>,
}
