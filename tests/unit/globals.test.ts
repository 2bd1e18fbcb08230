// The WGSL Globals struct against the parameter schema: its members are exactly the physical
// parameters that reach the GPU and the listed members derived from them or from time, and
// globalsAt fills every member and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeShaderDataDefinitions } from '../../src/gpu/reflect';
import { defaultParams, PHYSICS_KEYS, type PhysicsKey } from '../../src/params';
import { END_TICK, ERAS, eraStartTick, yearsPerTick } from '../../src/timeline';
import { plateTable } from '../../src/sim/plates';
import { globalsAt, HUMANS_START, plateEpochAt, plateTableAt, processesAt, worldFromParams } from '../../src/sim/world';

const wgsl = readFileSync(new URL('../../shaders/common/globals.wgsl', import.meta.url), 'utf8');
const members = Object.keys(makeShaderDataDefinitions(wgsl).structs.Globals.fields);

/** Physical parameters the CPU turns into other members (or the plate table) before the GPU sees them. */
const CPU_ONLY: Record<string, string> = {
  coolingTimeMyr: 'crustCoolingFactor',
  plateCount: 'the plate table, platesInUse',
  plateSpeed: 'the plate table',
  reformPeriod: 'plateEpoch',
  climateDivisor: 'climateWidth, climateHeight',
} satisfies Partial<Record<PhysicsKey, string>>;

/** Members that are no parameter: the grid, the seed, time, what the CPU derives and what the GPU solves (sea level). */
const DERIVED = [
  'width', 'height', 'seed', 'tick', 'seaLevel', 'seaDatum', 'oceanVolume', 'dtYears', 'crustCoolingFactor', 'ambientTemp', 'metresPerUnit',
  'plateEpoch', 'platesInUse', 'climateOn', 'climateWidth', 'climateHeight', 'season', 'continentsGiven', 'humansOn', 'humanOrigin',
  'industryOn', 'peopleCapacity',
];

const sorted = (names: readonly string[]) => [...names].sort();

describe('Globals', () => {
  it('holds exactly the physical parameters that reach the GPU, and the derived members', () => {
    const reaching = PHYSICS_KEYS.filter((key) => !(key in CPU_ONLY));
    expect(sorted(members)).toEqual(sorted([...reaching, ...DERIVED]));
    // Each list names real things: no stale parameter, no member in both.
    for (const key of Object.keys(CPU_ONLY)) expect(PHYSICS_KEYS).toContain(key);
    for (const name of DERIVED) expect(PHYSICS_KEYS).not.toContain(name);
  });

  it('is filled member for member by globalsAt, at every era', () => {
    const world = worldFromParams(defaultParams());
    for (const tick of [0, 1000, HUMANS_START, END_TICK]) {
      const values = globalsAt(world, tick);
      expect(sorted(Object.keys(values))).toEqual(sorted(members));
      for (const name of members) expect(Number.isFinite(values[name as keyof typeof values]), name).toBe(true);
    }
  });

  it('passes the physical parameters that need no conversion as they are', () => {
    const params = defaultParams();
    const values = globalsAt(worldFromParams(params), HUMANS_START);
    for (const key of ['crustConduction', 'upliftDecay', 'coriolis', 'migration', 'heatLimit', 'yearTicks'] as const) {
      expect(values[key]).toBe(params[key]);
    }
  });

  it('gives a step of the plates its era\'s stride of ticks: the plates move on every stride-th tick only, by that many ticks\' motion and relief', () => {
    const params = defaultParams();
    const world = worldFromParams(params);
    const life = ERAS.findIndex((era) => era.id === 'life');
    const start = eraStartTick(life);
    const stride = ERAS[life].plateStride;
    expect(stride).toBeGreaterThan(1);
    const moving = Array.from({ length: 2 * stride }, (_, k) => processesAt(world, start + k).tectonics);
    expect(moving).toEqual(Array.from({ length: 2 * stride }, (_, k) => k % stride === 0));
    const step = globalsAt(world, start);
    expect(step.dtYears).toBeCloseTo(stride * yearsPerTick(start), 6);
    expect(step.upliftRate).toBeCloseTo(stride * globalsAt(world, HUMANS_START).upliftRate, 12);
    // The spread and the slide are fed by the convergence and the uplift over the whole step, so
    // they take its ticks' flux (compounded as free relaxation, the ranges came out lower still).
    expect(step.thermalErosion).toBeCloseTo(stride * params.thermalErosion, 12);
    expect(step.upliftDiffusion).toBeCloseTo(stride * params.upliftDiffusion, 12);
    // Decay compounds: what a stride of ticks would leave.
    expect(1 - step.upliftDecay).toBeCloseTo((1 - params.upliftDecay) ** stride, 12);
    // The plates' turn a step is the stride's: the same plates turned for one tick, times the stride.
    const perTick = plateTable({ seed: world.seed, epoch: plateEpochAt(world, start), plateCount: params.plateCount, speedCmPerYear: params.plateSpeed, yearsPerTick: yearsPerTick(start) });
    expect(plateTableAt(world, start).plates[0].turn[0]).toBeCloseTo(stride * perTick.plates[0].turn[0], 9);
    // Every era's stride divides 100: the re-formings and keyframes (multiples of 100 ticks) fall on steps.
    for (const era of ERAS) expect(100 % era.plateStride, era.id).toBe(0);
  });
});
