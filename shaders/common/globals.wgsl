// Globals shared by every pass (bind group 0): grid size, seed, time and stage parameters.
// Lengths on the grid are in cells; elevation is in model units (metresPerUnit converts).

struct Globals {
  width: u32,              // terrain columns (longitude 0..360 deg)
  height: u32,             // terrain rows (row 0 at latitude +90 deg)
  seed: u32,
  tick: u32,
  seaLevel: f32,           // model units above the lowest possible floor: the GPU's own (Fields.ocean), copied in before each tick
  seaDatum: f32,           // the level ocean-floor depths are measured from, model units above the lowest floor
  oceanVolume: f32,        // the ocean's volume as a mean depth over the whole sphere, model units (grows through the oceans era)
  dtYears: f32,            // years a step covers: a tick's, or where the plates move their step's (Era.plateStride ticks)
  crustCoolingFactor: f32, // exp(-dtYears / cooling time): what remains of the crust's excess heat after a tick
  crustConduction: f32,    // lateral heat conduction, cell-areas per tick (stable up to 0.25)
  initialCrustTemp: f32,   // deg C of the molten surface at tick 0
  ambientTemp: f32,        // deg C the crust cools toward
  metresPerUnit: f32,      // display scale of elevation (600 m per model unit)
  plateEpoch: u32,         // tectonic epoch: plates are re-formed at the start of each
  platesInUse: u32,        // the plate table's first slots in use (src/sim/plates.ts): plates 1..platesInUse
  upliftRate: f32,         // model units a step of the plates that full uplift adds at 1 unit above sea
  upliftDiffusion: f32,    // spread of uplift within a plate, cell-areas a step of the plates
  upliftDecay: f32,        // fraction of uplift lost a step of the plates
  talus: f32,              // slope (model units between neighbours) above which rock slides
  thermalErosion: f32,     // fraction of the excess slope moved a step of the plates (cell-areas)
  rainfall: f32,           // m/yr on every land cell (until the climate provides it)
  streamPower: f32,        // river incision per tick, model units, at discharge 1 and slope 1
  pitFill: f32,            // model units a closed hollow on land fills per tick
  climateOn: u32,          // 1 from the climate era on: rivers take its rain; climate layers, clouds, ground colours show
  climateWidth: u32,       // climate grid columns (the terrain's / climateDivisor)
  climateHeight: u32,      // climate grid rows
  season: f32,             // -1..1: +1 in January (northern winter), -1 in July
  yearTicks: u32,          // ticks from one January to the next (a multiple of 12): the month of a tick (climate.months)
  blurDegrees: f32,        // standard deviation of the pressure blur, degrees of arc
  coriolis: f32,           // weight of the Coriolis turn in the wind formula (15 on Earth)
  evaporation: f32,        // mm/day evaporated from an ocean at 30 deg C
  rainout: f32,            // fraction of the vapour that rains out a day
  continentsGiven: u32,    // 1 where a map gave the continents' points (their first forming keeps them)
  migration: f32,          // herbivores' spread, cell-areas per tick (plants half, carnivores twice)
  humansOn: u32,           // 1 in the eras with people
  humanOrigin: u32,        // 1 on the first tick of the humans era: people appear
  industryOn: u32,         // 1 while people burn fossil carbon
  peopleDensity: f32,      // people per km2 of fully settled land at the present day
  peopleCapacity: f32,     // people per km2 of fully settled land at tick + 1: peopleDensity x Earth's share then
  fossilCarbon: f32,       // Gt of carbon people can burn
  climateSensitivity: f32, // deg C of equilibrium warming per doubling of CO2
  heatLimit: f32,          // deg C of mean temperature past which nobody lives
}

// One plate of the current epoch (src/sim/plates.ts): a rigid rotation of the sphere about its
// Euler pole `axis` (a unit vector) by `turn` radians a step of the plates (cosTurn and sinTurn its cosine and
// sine), the point it formed around (`centre`, a unit vector), and 1 if the slot is in use.
struct Plate {
  axis: vec3f,
  cosTurn: f32,
  centre: vec3f,
  sinTurn: f32,
  turn: f32,
  inUse: u32,
}

const MAX_PLATES: u32 = 64u;

@group(0) @binding(0) var<uniform> globals: Globals;
@group(0) @binding(1) var<storage, read> plates: array<Plate, MAX_PLATES>;

// Compute workgroup size, fed by every compute pipeline from one TypeScript constant.
override WORKGROUP_X: u32 = 8u;
override WORKGROUP_Y: u32 = 8u;

// True when a 2D invocation falls outside the grid (the last workgroups overhang it).
fn outsideGrid(id: vec3u) -> bool { return (id.x >= globals.width) | (id.y >= globals.height); }
