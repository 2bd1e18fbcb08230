// The cells of every field, one struct each: the one statement of what a field holds (the
// TypeScript channel table, src/sim/cells.ts, reads its byte layout from here). Indices and ids
// are integers; elevation is in model units above the lowest possible floor.

// A terrain cell (Fields.terrain).
struct TerrainCell {
  elevation: f32,         // model units above the lowest floor (sea level moves with the era)
  crustTemperature: f32,  // deg C of the surface rock
  uplift: f32,            // 0..1: collision uplift, spreading within the plate and decaying
  plate: u32,             // 0 before the plates form, else the plate's slot in the plate table + 1
  oceanAge: f32,          // Myr since this ocean crust formed at a ridge (continental crust: since the plates formed)
  parcel: u32,            // the crust parcel held: its offset from the cell's centre and its kind (see parcelOf)
}

// What a terrain cell's `parcel` packs: where the piece of crust it holds really is, as an
// offset from the cell's centre (columns east, rows south; each -1..1 in 15 bits), and whether
// it is buoyant continental crust (bit 31) or ocean crust. Tracking the offset lets plates move
// by any fraction of a cell a tick without the motion being rounded away (shaders/common/drift-source.wgsl).
struct Parcel {
  offset: vec2f,
  continental: bool,
}

const PARCEL_CONTINENTAL: u32 = 0x80000000u;
const PARCEL_OFFSET_SCALE: f32 = 16383.0;

fn parcelOf(cell: TerrainCell) -> Parcel {
  return Parcel(parcelOffset(cell.parcel), (cell.parcel & PARCEL_CONTINENTAL) != 0u);
}

// The offset of a packed parcel word from its cell's centre, cells (east, south).
fn parcelOffset(word: u32) -> vec2f {
  let x = i32(word << 17u) >> 17u;
  let y = i32(word << 2u) >> 17u;
  return vec2f(f32(x), f32(y)) / PARCEL_OFFSET_SCALE;
}

fn packParcel(parcel: Parcel) -> u32 {
  let q = vec2i(round(clamp(parcel.offset, vec2f(-1.0), vec2f(1.0)) * PARCEL_OFFSET_SCALE));
  let bits = (u32(q.x) & 0x7fffu) | ((u32(q.y) & 0x7fffu) << 15u);
  return bits | select(0u, PARCEL_CONTINENTAL, parcel.continental);
}

// A point of continental crust (Fields.continents): where it is (a unit vector) and its plate
// (0: the lattice point holds no continent). See shaders/tectonics/continents.wgsl.
struct ContinentPoint {
  position: vec3f,
  plate: u32,
}

// A water cell (Fields.water): see shaders/erosion/flow.wgsl. Its basin is not state: erosion.basins
// labels it on demand (Fields.basins).
struct WaterCell {
  discharge: f32,  // equatorial cell areas x m/yr of rain arriving this tick
  sediment: f32,   // rock carried, model units x equatorial cell areas
  receiver: u32,   // index of the cell this one drains to (itself: an outlet or a pit)
}

// A water cell as readers see it (Simulation.readWater, the export, the tests): the cell and the
// basin erosion.basins labelled it with.
struct WaterReading {
  discharge: f32,
  sediment: f32,
  receiver: u32,
  basin: i32,      // index of the outlet the cell drains to
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

// A climate cell's running climatology (Fields.months): twelve monthly means of its temperature
// and rain, January first, each month one u32 of two half floats (pack2x16float: deg C in the
// low half, mm/day in the high half), so 12 u32, 48 bytes a climate cell. climate.months
// (shaders/climate/months.wgsl) moves the tick's month toward the tick's weather; a month not yet
// seen since the climate began holds MONTH_UNSET (negative rain).
struct MonthsCell {
  means: array<u32, 12>,  // pack2x16float(deg C, mm/day) of January .. December
}

// Days in a mean month (365.25 / 12): mm/day x DAYS_PER_MONTH = mm a month, the Köppen rules'
// unit (the same in src/sim/months.ts).
const DAYS_PER_MONTH: f32 = 30.44;

// The mean of a month before the climate has run through it: no temperature, rain -1 mm/day.
const MONTH_UNSET: vec2f = vec2f(0.0, -1.0);

// A life cell (Fields.life): populations in the Lotka-Volterra model's units, and people.
struct LifeCell {
  plants: f32,
  herbivores: f32,
  carnivores: f32,
  people: f32,  // fraction of the land's capacity settled, 0..1
}

// The three wild populations of a life cell, as one vector (plants, herbivores, carnivores).
fn wildlife(cell: LifeCell) -> vec3f { return vec3f(cell.plants, cell.herbivores, cell.carnivores); }

// The ocean (Fields.ocean): the sea level its volume fills the basins to, solved a Newton step
// a tick (shaders/ocean/level.wgsl), then each row's sums at that level.
struct OceanLevel {
  level: f32,            // sea level, model units above the lowest floor
  volume: f32,           // ocean volume it holds: mean depth over the whole sphere, model units
  oceanArea: f32,        // fraction of the sphere under the sea
  continentalArea: f32,  // fraction of the sphere of continental crust
}

struct OceanRow {
  volume: f32,           // sum over the row of cell area x depth below the level
  oceanArea: f32,        // sum of the areas of the row's cells below the level
  continentalArea: f32,  // sum of the areas of its continental cells
  _pad: f32,
}

struct Ocean {
  scalars: OceanLevel,
  rows: array<OceanRow>,
}

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
