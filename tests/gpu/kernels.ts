// Runs in the kernel-test page: single passes on small grids, outside the app's Simulation,
// so each test picks its grid and globals. Results go back to Node as plain number arrays.

import { GlobalsUniform, type GlobalsValues } from '../../src/gpu/globals';
import type { StepContext } from '../../src/sim/step-context';
import { bindGroupLayoutEntries, createLayouts } from '../../src/gpu/layouts';
import { createComputePass } from '../../src/gpu/pass';
import { readBuffer } from '../../src/gpu/readback';
import { libraryShader } from '../../src/gpu/shaders';
import { decodeCells, encodeCells, storedWater, waterReadings, type CellField } from '../../src/sim/cells';
import { Fields, PLANET_SCALAR_BYTES } from '../../src/sim/fields';
import { EditStage } from '../../src/sim/stages/edit';
import type { BrushEdit } from '../../src/sim/edits';
import { ProtoplanetStage } from '../../src/sim/stages/protoplanet';
import { ErosionStage } from '../../src/sim/stages/erosion';
import { ClimateStage } from '../../src/sim/stages/climate';
import { LifeStage } from '../../src/sim/stages/life';
import { HumansStage } from '../../src/sim/stages/humans';
import neighboursWgsl from './neighbours.wgsl?raw';
import { checked, globalsFor, gpuDevice, submitTick } from './kernel-harness';

export { runOceanLevel, runTectonics, type OceanRun, type PlateRotation, type TectonicsPassName, type TectonicsRun } from './kernels-tectonics';
export { runKoppen } from './kernels-koppen';
export { runMonths } from './kernels-months';
export { runLayer } from './kernels-render';

export interface ProtoplanetRun {
  width: number;
  height: number;
  /** Terrain to start from (TerrainCell as floats per cell); omitted: generate it first. */
  start?: number[];
  /** Globals for the generate pass and every cooling tick. */
  globals: Partial<GlobalsValues>;
  coolTicks: number;
}

/** Generate (unless a start is given), then cool for some ticks; returns the terrain. */
export async function runProtoplanet(run: ProtoplanetRun): Promise<number[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await ProtoplanetStage.create(device, layouts);
    const record = (body: (ctx: StepContext) => void) =>
      submitTick(device, globals, fields, 'KernelTests.protoplanet', globalsFor(run.width, run.height, run.globals), body);
    if (run.start) device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.start));
    else record((ctx) => stage.generate(ctx));
    for (let tick = 0; tick < run.coolTicks; tick++) record((ctx) => stage.cool(ctx));
    const result = Array.from(decodeCells('terrain', await readBuffer(device, fields.terrain.current)));
    fields.destroy();
    globals.destroy();
    return result;
  });
}

export interface RiversRun {
  width: number;
  height: number;
  /** Terrain to start from (TerrainCell as floats per cell, src/sim/cells.ts). */
  terrain: number[];
  /** Water to start from (WaterReading as floats per cell, the basin ignored); omitted: dry (erosion.reset). */
  water?: number[];
  globals: Partial<GlobalsValues>;
  ticks: number;
}

/** Run the erosion flow pass for some ticks, then label the basins; returns both fields. */
export async function runRivers(run: RiversRun): Promise<{ terrain: number[]; water: number[] }> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await ErosionStage.create(device, layouts);
    const record = (tick: number, body: (ctx: StepContext) => void) =>
      submitTick(device, globals, fields, 'KernelTests.rivers', globalsFor(run.width, run.height, { ...run.globals, tick }), body);
    device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.terrain));
    if (run.water) device.queue.writeBuffer(fields.water.current, 0, storedWater(encodeCells('water', run.water)));
    else record(0, (ctx) => stage.reset(ctx));
    const firstTick = run.globals.tick ?? 0;
    for (let tick = firstTick; tick < firstTick + run.ticks; tick++) record(tick, (ctx) => stage.flow(ctx));
    record(firstTick + run.ticks, (ctx) => stage.labelBasins(ctx));
    const terrain = Array.from(decodeCells('terrain', await readBuffer(device, fields.terrain.current)));
    const water = Array.from(decodeCells('water', waterReadings(await readBuffer(device, fields.water.current), await readBuffer(device, fields.basins.current))));
    fields.destroy();
    globals.destroy();
    return { terrain, water };
  });
}

export type ClimatePassName = 'surface' | 'blur' | 'weather' | 'carry';

export interface ClimateRun {
  /** The terrain grid; the climate grid is a quarter of it each way. */
  width: number;
  height: number;
  /** Terrain (TerrainCell as floats per terrain cell). */
  terrain: number[];
  /** Surface pressure to start from (PressureCell as floats per climate cell); omitted: zeros. */
  pressure?: number[];
  /** Climate to start from (CLIMATE_CELL_FLOATS per climate cell); omitted: climate.reset. */
  climate?: number[];
  globals: Partial<GlobalsValues>;
  /** Passes of one tick, in order. */
  passes: ClimatePassName[];
  ticks: number;
  /** Season from the tick: +1 at tick 0 (January), a cosine over this many ticks; omitted: globals.season. */
  yearTicks?: number;
  /** Read the climate after every tick (for annual means); otherwise only at the end. */
  everyTick?: boolean;
}

/** Run climate passes for some ticks; returns the final pressure and the climate (per tick when asked). */
export async function runClimate(run: ClimateRun): Promise<{ pressure: number[]; climate: number[][] }> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await ClimateStage.create(device, layouts);
    const read = async (field: CellField) => Array.from(decodeCells(field, await readBuffer(device, fields[field].current)));
    const record = (tick: number, body: (ctx: StepContext) => void) => {
      const season = run.yearTicks ? Math.cos((2 * Math.PI * tick) / run.yearTicks) : undefined;
      const values = globalsFor(run.width, run.height, { climateOn: 1, ...run.globals, tick, ...(season === undefined ? {} : { season }) });
      submitTick(device, globals, fields, 'KernelTests.climate', values, body);
    };
    device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.terrain));
    if (run.pressure) device.queue.writeBuffer(fields.pressure.current, 0, encodeCells('pressure', run.pressure));
    if (run.climate) device.queue.writeBuffer(fields.climate.current, 0, encodeCells('climate', run.climate));
    else record(0, (ctx) => stage.reset(ctx));
    const climates: number[][] = [];
    for (let tick = 0; tick < run.ticks; tick++) {
      record(tick, (ctx) => {
        for (const name of run.passes) stage[name](ctx);
      });
      if (run.everyTick) climates.push(await read('climate'));
    }
    if (!run.everyTick) climates.push(await read('climate'));
    const pressure = await read('pressure');
    fields.destroy();
    globals.destroy();
    return { pressure, climate: climates };
  });
}

export interface LifeRun {
  width: number;
  height: number;
  /** Terrain (TerrainCell as floats per terrain cell). */
  terrain: number[];
  /** Climate (CLIMATE_CELL_FLOATS per climate cell, a quarter of the grid each way). */
  climate: number[];
  /** Life to start from (LifeCell as floats per terrain cell). */
  life: number[];
  globals: Partial<GlobalsValues>;
  ticks: number;
  /** Read the life every this many ticks (and at the end). */
  readEvery?: number;
  /** Globals of the first tick only (the humans' origin). */
  firstTick?: Partial<GlobalsValues>;
}

/** Run life.grow for some ticks on a fixed terrain and climate; returns the life read along the way. */
export async function runLife(run: LifeRun): Promise<number[][]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await LifeStage.create(device, layouts);
    device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.terrain));
    device.queue.writeBuffer(fields.climate.current, 0, encodeCells('climate', run.climate));
    device.queue.writeBuffer(fields.life.current, 0, encodeCells('life', run.life));
    const reads: number[][] = [];
    for (let tick = 0; tick < run.ticks; tick++) {
      const values = globalsFor(run.width, run.height, { ...run.globals, ...(tick === 0 ? run.firstTick : {}), tick });
      submitTick(device, globals, fields, 'KernelTests.life', values, (ctx) => stage.grow(ctx, { humans: values.humansOn !== 0, tectonics: false }));
      if ((run.readEvery && (tick + 1) % run.readEvery === 0) || tick === run.ticks - 1) {
        reads.push(Array.from(decodeCells('life', await readBuffer(device, fields.life.current))));
      }
    }
    fields.destroy();
    globals.destroy();
    return reads;
  });
}

export interface HumansRun {
  width: number;
  height: number;
  /** Life (LifeCell as floats per terrain cell; the 4th the settled fraction), fixed through the run. */
  life: number[];
  globals: Partial<GlobalsValues>;
  ticks: number;
  /** Read the planet after every tick; otherwise only at the end. */
  everyTick?: boolean;
}

/** Run humans.update (census, burn) for some ticks from humans.reset; the planet's scalars (PlanetScalars), read along the way. */
export async function runHumans(run: HumansRun): Promise<number[][]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await HumansStage.create(device, layouts);
    device.queue.writeBuffer(fields.life.current, 0, encodeCells('life', run.life));
    submitTick(device, globals, fields, 'KernelTests.humansReset', globalsFor(run.width, run.height, run.globals), (ctx) => stage.reset(ctx));
    const reads: number[][] = [];
    for (let tick = 0; tick < run.ticks; tick++) {
      submitTick(device, globals, fields, 'KernelTests.humans', globalsFor(run.width, run.height, { ...run.globals, tick }), (ctx) => stage.update(ctx));
      if (run.everyTick || tick === run.ticks - 1) {
        reads.push(Array.from(new Float32Array(await readBuffer(device, fields.planet.current, PLANET_SCALAR_BYTES))));
      }
    }
    fields.destroy();
    globals.destroy();
    return reads;
  });
}

export interface BrushRun {
  width: number;
  height: number;
  /** Terrain (TerrainCell as floats per terrain cell). */
  terrain: number[];
  edits: BrushEdit[];
}

/** Apply brush edits' dabs to a terrain in one pass; returns the terrain. */
export async function runBrush(run: BrushRun): Promise<number[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const stage = await EditStage.create(device, layouts);
    device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', run.terrain));
    submitTick(device, globals, fields, 'KernelTests.brush', globalsFor(run.width, run.height, {}), (ctx) => stage.brush(ctx, run.edits));
    const result = Array.from(decodeCells('terrain', await readBuffer(device, fields.terrain.current)));
    stage.destroy();
    fields.destroy();
    globals.destroy();
    return result;
  });
}

/**
 * The WGSL sphere helpers evaluated on every cell: for each cell, the 8 neighbours' indices,
 * then east-west spacing, cell area, and the 4 diffusion weights at rate 0.1 (8 + 6 values).
 */
export async function runSphereHelpers(width: number, height: number): Promise<number[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const cells = width * height;
    const out = device.createBuffer({ label: 'KernelTests.sphere', size: cells * 14 * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
    const code = libraryShader(neighboursWgsl);
    const layout = device.createBindGroupLayout({
      label: 'KernelTests.sphereLayout', entries: bindGroupLayoutEntries(code, { compute: { entryPoint: 'neighbours' } }, 1),
    });
    const pass = await createComputePass(device, { label: 'tests.neighbours', code, entryPoint: 'neighbours', layouts: [layouts.globals, layout] });
    const globals = new GlobalsUniform(device, layouts.globals);
    globals.write(globalsFor(width, height, {}));
    const group = device.createBindGroup({ label: 'KernelTests.sphereGroup', layout, entries: [{ binding: 0, resource: { buffer: out } }] });
    const encoder = device.createCommandEncoder({ label: 'KernelTests.sphereEncoder' });
    const computePass = encoder.beginComputePass();
    pass.encode(computePass, [globals.bindGroup, group], width, height);
    computePass.end();
    device.queue.submit([encoder.finish()]);
    const result = Array.from(new Float32Array(await readBuffer(device, out)));
    out.destroy();
    globals.destroy();
    return result;
  });
}
