// A world's definition (what makes it reproducible) and the Globals it implies at a tick.

import { parseResolution, PHYSICS_KEYS, type ParamValues, type Physics, type Resolution } from '../params';
import { ERAS, eraAt, eraStartTick, isPlateStepTick, oceanVolumeAt, plateStepYears, yearsPerTick, type Processes } from '../timeline';
import type { Edit } from './edits';
import { CELL_LAYOUTS } from './cells';
import { mapImprint } from './map-imprint';
import type { WorldMap } from './map-raster';
import { peopleShareAt } from './people-curve';
import { plateTable, platesInUse, pushPlate, type PlateTable } from './plates';

/** First tick of the tectonics era. */
const TECTONICS_START = eraStartTick(ERAS.findIndex((era) => era.id === 'tectonics'));

/** First tick of the humans era: people appear at a few places. */
export const HUMANS_START = eraStartTick(ERAS.findIndex((era) => era.id === 'humans'));

/** The physical parameters of the stages (declared in the schema: src/params.ts). */
export type { Physics };

/** Everything that, with a tick, determines the state: same definition, same world. */
export interface WorldDefinition {
  seed: number;
  resolution: Resolution;
  physics: Physics;
  /** What people painted and pushed, in the order they did it (src/sim/edits.ts). */
  edits: readonly Edit[];
  /** A person's map (or Earth) the story runs on, from where it enters (src/sim/map-raster.ts). */
  map?: WorldMap;
}

/**
 * Ticks of climate and life on a map before the humans era when it enters at the present day
 * (two model years at the default length): rain, plants and animals settle on it first.
 */
export const MAP_SPIN_UP_TICKS = 480;

/** The first tick of a world's story: 0, or where its map enters. */
export function firstTickOf(world: WorldDefinition): number {
  if (!world.map) return 0;
  return world.map.entry === 'present' ? HUMANS_START - MAP_SPIN_UP_TICKS : TECTONICS_START;
}

/**
 * The processes a tick runs: its era's, except that a map entering at the present day keeps its
 * terrain (no plates, no erosion) until the humans era, with only the climate and life running.
 */
export function processesAt(world: WorldDefinition, tick: number): Processes {
  const processes = eraAt(tick).processes;
  if (world.map?.entry === 'present' && tick < HUMANS_START) return { ...processes, crustCooling: false, tectonics: false, erosion: false };
  // The plates move a step every few ticks (Era.plateStride), by that many ticks' motion.
  if (processes.tectonics && !isPlateStepTick(tick)) return { ...processes, tectonics: false };
  return processes;
}

/**
 * Whether the terrain at `tick` is still the newborn planet's relief, a function of position
 * (shaders/common/protoplanet-relief.wgsl): a seeded world before the tectonics era, unedited
 * so far. The globe then shades its craters finer than the cells.
 */
export function isNewbornRelief(world: WorldDefinition, tick: number): boolean {
  return !world.map && tick < TECTONICS_START && !world.edits.some((edit) => edit.tick <= tick);
}

/** A map world's ocean: what its basins hold below its sea level on this world's grid, model units over the sphere. */
function mapOceanVolume(world: WorldDefinition, map: WorldMap): number {
  const { width, height } = parseResolution(world.resolution);
  return mapImprint(map, width, height, CELL_LAYOUTS.terrain.words).oceanVolume;
}

/**
 * Metres of one model elevation unit: 600 m, so that the climate's lapse rate of 4 deg C per
 * unit (SIMULATION.md section 4) is Earth's 6.5 deg C per km.
 */
export const METRES_PER_UNIT = 600;

/**
 * The level ocean-floor depths are measured from, model units above the lowest floor (6.6 km):
 * a ridge stands 2.6 km below it (shaders/common/plates.wgsl), and the full ocean's volume
 * (src/timeline.ts FULL_OCEAN_VOLUME) brings the sea near it.
 */
export const SEA_DATUM = 11;

/** The datum of a world's ocean-floor depths, model units: SEA_DATUM, or a map's own sea level (0). */
export function seaDatumOf(world: WorldDefinition): number { return world.map ? 0 : SEA_DATUM; }

/** Temperature the bare crust settles at once its own heat is gone, deg C. */
export const AMBIENT_CRUST_TEMP = 15;

/** The world of these parameters and edits, on a map (entering where the parameters say) or none. */
export function worldFromParams(params: ParamValues, edits: readonly Edit[] = [], map: WorldMap | null = null): WorldDefinition {
  return {
    seed: params.seed,
    resolution: params.resolution,
    physics: Object.fromEntries(PHYSICS_KEYS.map((key) => [key, params[key]])) as Physics,
    edits,
    ...(map ? { map: { ...map, entry: params.mapEntry } } : {}),
  };
}

/** The climate grid of a world: the terrain's divided by a power of two (2, 4 or 8). */
export function climateGridOf(world: WorldDefinition): { width: number; height: number } {
  const { width, height } = parseResolution(world.resolution);
  const divisor = 2 ** Math.min(Math.max(Math.round(Math.log2(world.physics.climateDivisor)), 1), 3);
  return { width: width / divisor, height: height / divisor };
}

/** The season at a tick: +1 in January, -1 in July, a cosine over a year of yearTicks. */
export function seasonAt(world: WorldDefinition, tick: number): number {
  return Math.cos((2 * Math.PI * (tick % world.physics.yearTicks)) / world.physics.yearTicks);
}

/**
 * The members of the WGSL `Globals` struct (shaders/common/globals.wgsl) at a tick, by name
 * (tests/unit/globals.test.ts holds them to the struct's members).
 */
export function globalsAt(world: WorldDefinition, tick: number) {
  const { width, height } = parseResolution(world.resolution);
  const climate = climateGridOf(world);
  const processes = processesAt(world, tick);
  // A step of the plates covers its era's stride of ticks: their per-tick rates times as many.
  const stride = eraAt(tick).plateStride;
  return {
    width,
    height,
    seed: world.seed >>> 0,
    tick,
    seaLevel: 0,
    // A map's heights are measured from its own sea level, its ocean what its basins hold.
    seaDatum: seaDatumOf(world),
    oceanVolume: world.map ? mapOceanVolume(world, world.map) : oceanVolumeAt(tick),
    dtYears: plateStepYears(tick),
    crustCoolingFactor: Math.exp(-yearsPerTick(tick) / (world.physics.coolingTimeMyr * 1e6)),
    crustConduction: world.physics.crustConduction,
    initialCrustTemp: world.physics.initialCrustTemp,
    ambientTemp: AMBIENT_CRUST_TEMP,
    metresPerUnit: METRES_PER_UNIT,
    plateEpoch: plateEpochAt(world, tick),
    platesInUse: platesInUse(world.physics.plateCount),
    upliftRate: (world.physics.upliftRate / METRES_PER_UNIT) * stride,
    upliftDiffusion: world.physics.upliftDiffusion * stride,
    upliftDecay: stride === 1 ? world.physics.upliftDecay : 1 - (1 - world.physics.upliftDecay) ** stride,
    talus: world.physics.talus / METRES_PER_UNIT,
    thermalErosion: world.physics.thermalErosion * stride,
    rainfall: world.physics.rainfall,
    // m/Myr -> model units per tick.
    streamPower: (world.physics.streamPower / METRES_PER_UNIT) * (yearsPerTick(tick) / 1e6),
    pitFill: (world.physics.pitFill / METRES_PER_UNIT) * (yearsPerTick(tick) / 1e6),
    climateOn: processes.climate ? 1 : 0,
    climateWidth: climate.width,
    climateHeight: climate.height,
    season: seasonAt(world, tick),
    yearTicks: world.physics.yearTicks,
    blurDegrees: world.physics.blurDegrees,
    coriolis: world.physics.coriolis,
    evaporation: world.physics.evaporation,
    rainout: world.physics.rainout,
    continentsGiven: world.map?.entry === 'plates' ? 1 : 0,
    migration: world.physics.migration,
    humansOn: processes.humans ? 1 : 0,
    humanOrigin: tick === HUMANS_START ? 1 : 0,
    industryOn: processes.industry ? 1 : 0,
    peopleDensity: world.physics.peopleDensity,
    // People per km2 of fully settled land: the present day's density times the share that
    // technology supports (Earth's people then over now) at the end of this tick's step, the
    // state the census counts.
    peopleCapacity: world.physics.peopleDensity * peopleShareAt(tick + 1),
    fossilCarbon: world.physics.fossilCarbon,
    climateSensitivity: world.physics.climateSensitivity,
    heatLimit: world.physics.heatLimit,
  };
}

/** Tectonic epoch at a tick: plates re-form every reformPeriod ticks from the tectonics era on. */
export function plateEpochAt(world: WorldDefinition, tick: number): number {
  return Math.max(Math.floor((tick - TECTONICS_START) / world.physics.reformPeriod), 0);
}

/** True at the ticks where the plate boundaries are re-formed. */
export function isReformTick(world: WorldDefinition, tick: number): boolean {
  return tick >= TECTONICS_START && (tick - TECTONICS_START) % world.physics.reformPeriod === 0;
}

/**
 * The plate table at a tick (rotations a step of the plates, plateStepYears), with the
 * pushes people gave plates this epoch up to this tick (the latest wins).
 */
export function plateTableAt(world: WorldDefinition, tick: number): PlateTable {
  const epoch = plateEpochAt(world, tick);
  const dt = plateStepYears(tick);
  const table = plateTable({
    seed: world.seed >>> 0, epoch, plateCount: world.physics.plateCount, speedCmPerYear: world.physics.plateSpeed, yearsPerTick: dt,
  });
  for (const edit of world.edits) {
    if (edit.kind !== 'plate' || edit.tick > tick || plateEpochAt(world, edit.tick) !== epoch) continue;
    const slot = table.plates[edit.plate - 1];
    if (slot.inUse[0] !== 0) pushPlate(slot, edit.eastCmPerYear, edit.northCmPerYear, dt);
  }
  return table;
}
