// The simulation: a world's fields on the GPU and, in step(), the passes of one tick in the
// order of the algorithm; after every change it brings its outputs (uniforms, plate table,
// basins when wanted) to the new moment, so its readers only read.

import { GlobalsUniform } from '../gpu/globals';
import type { GpuTimer } from '../gpu/timer';
import { createLayouts, type Layouts } from '../gpu/layouts';
import { readBuffer } from '../gpu/readback';
import { parseResolution } from '../params';
import { END_TICK } from '../timeline';
import { brushEditsAt, dabsAt, MAX_DABS_PER_TICK, type Edit } from './edits';
import { CELL_LAYOUTS, decodeCells, encodeCells, OCEAN_LAYOUT, waterReadings } from './cells';
import { CONTINENT_POINTS } from './fields';
import { mapContinentPoints, mapImprint } from './map-imprint';
import type { WorldMap } from './map-raster';
import { StateReader } from './state-reader';
import { Fields } from './fields';
import { KeyframeStore } from './keyframes';
import { MomentOutputs } from './moment-outputs';
import { createStages, type Stages } from './stages';
import type { SimulationState } from './state';
import { StepContext } from './step-context';
import { climateGridOf, firstTickOf, isReformTick, processesAt, type WorldDefinition } from './world';

export class Simulation extends StateReader implements SimulationState {
  private currentTick = 0;
  /** Ticks stepped since creation, replays included (a keyframe restore steps none). */
  private stepped = 0;
  /** The globals, plate table and basins of the current moment. */
  private readonly outputs: MomentOutputs;
  /** When set, each pass of a tick is timed on its own on the GPU (bench). */
  profiler?: GpuTimer;
  private keyframeStore: KeyframeStore;
  /** Called after every tick and start-over (the charts' sampler). */
  onStep?: () => void;

  private constructor(
    protected readonly device: GPUDevice,
    readonly layouts: Layouts,
    private readonly globals: GlobalsUniform,
    private readonly stages: Stages,
    private world: WorldDefinition,
    private state: Fields,
  ) {
    super();
    this.keyframeStore = new KeyframeStore(device, state);
    this.outputs = new MomentOutputs(globals, () => this.record((ctx) => stages.erosion.labelBasins(ctx)));
  }

  /** Compile every stage, allocate the fields and generate the world at tick 0. */
  static async create(device: GPUDevice, world: WorldDefinition): Promise<Simulation> {
    const layouts = createLayouts(device);
    const stages = await createStages(device, layouts);
    const globals = new GlobalsUniform(device, layouts.globals);
    const simulation = new Simulation(device, layouts, globals, stages, world, fieldsFor(device, layouts, world));
    simulation.reset();
    return simulation;
  }

  get tick(): number { return this.currentTick; }
  get definition(): WorldDefinition { return this.world; }
  get fields(): Fields { return this.state; }
  get globalsGroup(): GPUBindGroup { return this.outputs.bindGroup; }
  get atEnd(): boolean { return this.currentTick >= END_TICK; }
  /** The first tick of this world's story: 0, or where its map enters. */
  get firstTick(): number { return firstTickOf(this.world); }
  get keyframes(): KeyframeStore { return this.keyframeStore; }
  get fastestPlate(): number { return this.outputs.fastestPlate; }
  get ticksSimulated(): number { return this.stepped; }

  /** Keep the basins labelled after every change, from now on (the basins layer is on screen). */
  wantBasins(wanted: boolean): void {
    this.outputs.basinsWanted = wanted;
    this.outputs.settle();
  }

  /** Start the world over: the protoplanet as it formed, tick 0 (or the map where it enters). */
  reset(): void {
    this.currentTick = this.firstTick;
    this.outputs.moved(this.world, this.currentTick);
    const { protoplanet, tectonics, ocean, erosion, climate, life, humans, edit } = this.stages;
    this.record((ctx) => {
      protoplanet.generate(ctx);
      tectonics.reset(ctx);
      ocean.level(ctx);
      erosion.reset(ctx);
      climate.reset(ctx);
      life.reset(ctx);
      humans.reset(ctx);
    });
    if (this.world.map) this.imprint(this.world.map);
    this.record((ctx) => edit.brush(ctx, brushEditsAt(this.world.edits, this.currentTick)));
    this.outputs.settle();
    this.onStep?.();
  }

  /**
   * The map's terrain, its sea level (at its 0 m, holding its own ocean) and, entering at the
   * plates era, its continents' points, written over the fresh state.
   */
  private imprint(map: WorldMap): void {
    const { queue } = this.device;
    const imprint = mapImprint(map, this.state.width, this.state.height, CELL_LAYOUTS.terrain.words);
    queue.writeBuffer(this.state.terrain.current, 0, encodeCells('terrain', imprint.terrain));
    queue.writeBuffer(this.state.ocean.current, OCEAN_LAYOUT.levelOffset, new Float32Array([0, imprint.oceanVolume]));
    if (map.entry === 'plates') queue.writeBuffer(this.state.continents.current, 0, mapContinentPoints(map, CONTINENT_POINTS));
  }

  /** Advance one tick: the passes of every process the current era runs, in order. */
  step(): void { this.advance(); }

  /**
   * Bring what only a display wants up to the current tick: the basins, while they are wanted.
   * Once before a frame is drawn (a frame may follow many ticks); seeks, resets and edits
   * settle themselves.
   */
  settle(): void { this.outputs.settle(); }

  /** One tick's passes, the tick counted and its outputs written (the basins left to settle()). */
  private advance(): void {
    if (this.atEnd) return;
    const processes = processesAt(this.world, this.currentTick);
    const reforming = processes.tectonics && isReformTick(this.world, this.currentTick);
    const { protoplanet, tectonics, ocean, erosion, climate, life, humans, edit } = this.stages;
    this.record((ctx) => {
      if (processes.crustCooling) protoplanet.cool(ctx);
      if (processes.tectonics && reforming) tectonics.reform(ctx);
      // Plants, animals and people, before the drift (life reads where each column comes from
      // and moves with it); then the people counted, fossil carbon burnt, the planet warmed.
      if (processes.life) life.grow(ctx, processes);
      if (processes.humans) humans.update(ctx);
      if (processes.tectonics) {
        tectonics.drift(ctx);
        tectonics.relief(ctx);
      }
      if (processes.erosion) erosion.flow(ctx);
      // The sea where the ocean's volume fills the new floor (the next tick's passes read it).
      ocean.level(ctx);
      if (processes.climate) {
        climate.surface(ctx);
        climate.blur(ctx);
        climate.weather(ctx);
      }
      // What people painted at the tick this one reaches (the state at a tick includes its edits).
      edit.brush(ctx, brushEditsAt(this.world.edits, this.currentTick + 1));
    });
    this.currentTick++;
    this.stepped++;
    this.outputs.moved(this.world, this.currentTick);
    if (this.keyframeStore.wants(this.currentTick)) this.keyframeStore.capture(this.currentTick);
    this.onStep?.();
  }

  /**
   * Go to a tick: from the latest keyframe before it (or the start) when that is nearer than
   * the current tick, then step at most `maxTicks` ticks toward it (a seek spread over frames).
   * True once the target is reached.
   */
  seek(tick: number, maxTicks = Infinity): boolean {
    const target = Math.min(Math.max(tick, this.firstTick), END_TICK);
    const keyframe = this.keyframeStore.bestFor(target, target < this.currentTick ? -1 : this.currentTick);
    if (keyframe !== null) this.restoreKeyframe(keyframe);
    else if (target < this.currentTick) this.reset();
    for (let ran = 0; ran < maxTicks && this.currentTick < target; ran++) this.advance();
    this.outputs.settle();
    return this.currentTick === target;
  }

  /**
   * Add a person's edit, made at the current tick, to the world's log and apply it now.
   * Refused (with the reason) past the tick's dab budget or at another tick.
   */
  addEdit(edit: Edit): string | null {
    if (edit.tick !== this.currentTick) return `An edit must be made at the current tick (${this.currentTick}).`;
    if (edit.kind !== 'plate' && dabsAt(this.world.edits, edit.tick) + edit.points.length / 2 > MAX_DABS_PER_TICK) {
      return `At most ${MAX_DABS_PER_TICK} brush dabs a tick: let time run on to paint more.`;
    }
    this.world = { ...this.world, edits: [...this.world.edits, edit] };
    this.keyframeStore.dropFrom(edit.tick);
    this.outputs.moved(this.world, this.currentTick);
    if (edit.kind !== 'plate') this.record((ctx) => this.stages.edit.brush(ctx, [edit]));
    this.outputs.settle();
    return null;
  }

  private restoreKeyframe(tick: number): void {
    this.keyframeStore.restore(tick);
    this.currentTick = tick;
    this.outputs.moved(this.world, this.currentTick);
    // The continents' cover is scratch, not kept: rebuilt from the restored points, as the tick
    // that made the keyframe left it (the next tick's points read it).
    this.record((ctx) => this.stages.tectonics.restored(ctx));
  }

  /**
   * Take a new definition, then tick 0: the fields are rebuilt if a grid changed; the keyframes
   * up to `unchangedThrough` kept if the new definition leaves those states as they were
   * (src/sim/replay-from.ts), the others dropped.
   */
  redefine(world: WorldDefinition, unchangedThrough = 0): void {
    const regrid = world.resolution !== this.world.resolution || climateGridOf(world).width !== this.state.climateWidth;
    if (regrid || unchangedThrough <= 0) {
      this.keyframeStore.destroy();
      if (regrid) {
        this.state.destroy();
        this.state = fieldsFor(this.device, this.layouts, world);
      }
      this.keyframeStore = new KeyframeStore(this.device, this.state);
    } else {
      this.keyframeStore.dropFrom(unchangedThrough + 1);
    }
    this.world = world;
    this.reset();
  }

  /** The latest water, basins labelled (WaterReading, decoded: discharge, sediment, receiver, basin; ticks never read the basins). */
  async readWater(): Promise<Float32Array> {
    this.outputs.labelBasins();
    const [water, basins] = await Promise.all([readBuffer(this.device, this.state.water.current), readBuffer(this.device, this.state.basins.current)]);
    return decodeCells('water', waterReadings(water, basins));
  }

  destroy(): void {
    this.keyframeStore.destroy();
    this.state.destroy();
    this.globals.destroy();
    this.stages.edit.destroy();
    this.stages.tectonics.destroy();
  }

  /**
   * Record and submit passes at the current tick (the globals already hold it), then bring the
   * globals' sea level to the latest ocean's.
   */
  private record(body: (ctx: StepContext) => void): void {
    const encoder = this.device.createCommandEncoder({ label: 'Simulation.tick' });
    const ctx = new StepContext(encoder, this.globals.bindGroup, this.state, this.profiler);
    body(ctx);
    ctx.finish();
    this.globals.copyOcean(encoder, this.state.ocean.current, OCEAN_LAYOUT.levelOffset);
    this.device.queue.submit([encoder.finish()]);
  }
}

/** The fields of a world's terrain and climate grids. */
function fieldsFor(device: GPUDevice, layouts: Layouts, world: WorldDefinition): Fields {
  const { width, height } = parseResolution(world.resolution);
  const climate = climateGridOf(world);
  return new Fields(device, layouts, width, height, climate.width, climate.height);
}
