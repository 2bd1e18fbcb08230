// The benchmark page (bench.html, driven by `npm run bench`): per grid size, the cost of a
// simulation tick, of a plain copy of the state, and of a rendered frame.

import { initGpu, isGpuFailure } from '../gpu/device';
import { createComputePass } from '../gpu/pass';
import { terrainStepShader } from '../gpu/shaders';
import { GpuTimer } from '../gpu/timer';
import copyWgsl from '../../shaders/util/copy.wgsl?raw';
import { parseResolution, RESOLUTIONS, type Resolution } from '../params';
import { GlobeRenderer } from '../render/globe';
import { MapCamera, OrbitCamera } from '../render/camera';
import { sunDirectionAt } from '../render/sun';
import { Fields } from '../sim/fields';
import { keyframeBytes, keyframeInterval } from '../sim/keyframes';
import { Simulation } from '../sim/simulation';
import { worldFromParams } from '../sim/world';
import { defaultParams } from '../params';
import { END_TICK, ERAS, eraStartTick } from '../timeline';

export interface BenchRow {
  resolution: Resolution;
  cells: number;
  ticks: number;
  /**
   * Milliseconds of one tick in each era measured (protoplanet, tectonics, climate, life, humans),
   * of each of its passes by label, and of each render pass of a 1280x720 frame of the surface
   * layer on the globe there (GPU timestamps only).
   */
  eraTicks: { era: string; tickMs: number; passMs: Record<string, number>; renderMs: Record<string, number> }[];
  /** Milliseconds of one plain state copy and of one 1280x720 frame. */
  copyMs: number;
  frameMs: number;
  /** 'gpu timestamps' or 'wall clock'. */
  timing: string;
  stateBytesPerCell: number;
  generateMs: number;
  /** Milliseconds to write one keyframe back into the fields (the start of every seek). */
  restoreMs: number;
  /** Ticks between keyframes: a seek replays at most this many minus one. */
  keyframeInterval: number;
}

/** The keyframes of a grid: bytes each, the interval, how many the story holds. */
export interface KeyframePlan {
  resolution: Resolution;
  bytesEach: number;
  interval: number;
  count: number;
}

const FRAME_SIZE: [number, number] = [1280, 720];
/** Timestamp slots per tick measured: more than the passes of any tick. */
const TIMER_SLOTS_PER_TICK = 64;
/** Frames whose render passes are timed in each era. */
const RENDER_FRAMES = 4;

/** The eras whose ticks are measured by default. */
const BENCH_ERAS = ['protoplanet', 'tectonics', 'climate', 'life', 'humans'];

/** A tick a few into each of these eras. */
function measuredTicks(eras: readonly string[]): { id: string; tick: number }[] {
  return eras.map((id) => ({ id, tick: eraStartTick(ERAS.findIndex((era) => era.id === id)) + 5 }));
}

async function wallMs(device: GPUDevice, submit: () => void): Promise<number> {
  const start = performance.now();
  submit();
  await device.queue.onSubmittedWorkDone();
  return performance.now() - start;
}

/** Ticks a slice of a replay to an era runs before the page reports how far it is. */
const REPLAY_SLICE_TICKS = 50;

/**
 * Replay to `target` in slices, after each telling the driver's `window.benchProgress` (when it
 * set one) the grid and the tick reached: at 512x256 on a software adapter the replay to the
 * humans era takes many minutes.
 */
async function replayTo(device: GPUDevice, simulation: Simulation, resolution: Resolution, target: number): Promise<void> {
  while (!simulation.seek(target, REPLAY_SLICE_TICKS)) {
    await device.queue.onSubmittedWorkDone();
    window.benchProgress?.(resolution, simulation.tick, target);
  }
  await device.queue.onSubmittedWorkDone();
}

async function benchResolution(device: GPUDevice, timestamps: boolean, resolution: Resolution, ticks: number, eras: readonly string[]): Promise<BenchRow> {
  const { width, height } = parseResolution(resolution);
  const generateStart = performance.now();
  const simulation = await Simulation.create(device, { ...worldFromParams(defaultParams()), resolution });
  await device.queue.onSubmittedWorkDone();
  const generateMs = performance.now() - generateStart;
  const copy = await createComputePass(device, {
    label: 'util.copy', code: terrainStepShader(copyWgsl), entryPoint: 'copy', layouts: [simulation.layouts.globals, simulation.layouts.terrainStep],
  });
  const renderer = await GlobeRenderer.create(device, simulation.layouts.globals, 'rgba8unorm');
  const target = device.createTexture({ label: 'Bench.frame', size: FRAME_SIZE, format: 'rgba8unorm', usage: GPUTextureUsage.RENDER_ATTACHMENT });
  // Room for every pass of every tick measured (a tick runs a few dozen at most); the
  // timer throws if some pass found no room rather than report a cheaper tick.
  const timer = timestamps ? new GpuTimer(device, ticks * TIMER_SLOTS_PER_TICK) : undefined;

  const runTicks = () => { for (let i = 0; i < ticks; i++) simulation.step(); };
  const runCopies = () => {
    const encoder = device.createCommandEncoder({ label: 'Bench.copy' });
    for (let i = 0; i < ticks; i++) {
      const pass = encoder.beginComputePass({ label: 'Bench.copy', timestampWrites: timer?.next('copy') });
      copy.encode(pass, [simulation.globalsGroup, simulation.fields.terrain.stepGroup], width, height);
      pass.end();
      simulation.fields.terrain.swap();
    }
    device.queue.submit([encoder.finish()]);
  };
  const orbit = new OrbitCamera();
  const runFrames = (frames = ticks) => {
    for (let i = 0; i < frames; i++) {
      const encoder = device.createCommandEncoder({ label: 'Bench.frame' });
      renderer.draw(encoder, target.createView(), FRAME_SIZE, simulation.globalsGroup, simulation.fields, {
        mode: 'globe', layer: 'surface', inverseViewProjection: orbit.inverseViewProjection(16 / 9), eye: orbit.eye(),
        mapWindow: new MapCamera().window(...FRAME_SIZE), sunlight: { direction: sunDirectionAt(i), everywhere: false }, fastestPlate: 0,
        cityLights: true,
      });
      device.queue.submit([encoder.finish()]);
    }
  };
  /** Ms per tick from here (GPU stamps of every pass summed, else wall clock), and per pass. */
  const measureTicks = async (): Promise<{ tickMs: number; passMs: Record<string, number> }> => {
    if (!timer) return { tickMs: (await wallMs(device, runTicks)) / ticks, passMs: {} };
    simulation.profiler = timer;
    await wallMs(device, runTicks);
    simulation.profiler = undefined;
    const passMs = Object.fromEntries([...(await timer.read())].map(([label, ms]) => [label, ms / ticks]));
    return { tickMs: Object.values(passMs).reduce((a, b) => a + b, 0), passMs };
  };

  /** Ms per render pass of a frame, from a few frames (GPU stamps; none without them). */
  const measureRender = async (): Promise<Record<string, number>> => {
    if (!timer) return {};
    const frames = Math.min(ticks, RENDER_FRAMES);
    renderer.profiler = timer;
    await wallMs(device, () => runFrames(frames));
    renderer.profiler = undefined;
    return Object.fromEntries([...(await timer.read())].map(([label, ms]) => [label, ms / frames]));
  };

  // Warm up every pipeline once, then measure.
  simulation.step();
  await wallMs(device, runFrames);
  await wallMs(device, runCopies);
  await timer?.read();
  const copyMs = timer ? (await wallMs(device, runCopies), (await timer.read()).get('copy')! / ticks) : (await wallMs(device, runCopies)) / ticks;
  const frameMs = (await wallMs(device, runFrames)) / ticks;
  // A keyframe, then a seek back to it: the restore that starts every seek.
  simulation.seek(simulation.keyframes.interval);
  await simulation.keyframes.settled();
  simulation.step();
  const restoreMs = await wallMs(device, () => simulation.seek(simulation.keyframes.interval));
  const eraTicks: BenchRow['eraTicks'] = [];
  for (const era of measuredTicks(eras)) {
    await replayTo(device, simulation, resolution, era.tick);
    eraTicks.push({ era: era.id, ...(await measureTicks()), renderMs: await measureRender() });
  }
  const row: BenchRow = {
    resolution, cells: width * height, ticks, eraTicks, copyMs, frameMs,
    timing: timer ? 'gpu timestamps (ticks, passes, copy); wall clock (frame)' : 'wall clock',
    stateBytesPerCell: simulation.fields.byteLength / (width * height), generateMs,
    restoreMs, keyframeInterval: simulation.keyframes.interval,
  };
  timer?.destroy();
  target.destroy();
  renderer.destroy();
  simulation.destroy();
  return row;
}

/** Keyframe sizes and intervals of every grid up to 2048x1024, from fields allocated to measure. */
function keyframePlans(device: GPUDevice, layouts: Simulation['layouts']): KeyframePlan[] {
  return RESOLUTIONS.filter((resolution) => parseResolution(resolution).width <= 2048).map((resolution) => {
    const { width, height } = parseResolution(resolution);
    const fields = new Fields(device, layouts, width, height, width / 4, height / 4);
    const bytesEach = keyframeBytes(fields);
    fields.destroy();
    const interval = keyframeInterval(bytesEach);
    return { resolution, bytesEach, interval, count: Math.floor(END_TICK / interval) };
  });
}

async function runBench(resolutions: Resolution[], ticks: number, eras: readonly string[] = BENCH_ERAS): Promise<{ adapter: string; rows: BenchRow[]; keyframes: KeyframePlan[] }> {
  const gpu = await initGpu(navigator.gpu, { onLost: () => {}, onError: (message) => { throw new Error(message); } });
  if (isGpuFailure(gpu)) throw new Error(`No WebGPU: ${gpu.detail}`);
  const rows: BenchRow[] = [];
  for (const resolution of resolutions) rows.push(await benchResolution(gpu.device, gpu.timestamps, resolution, ticks, eras));
  const probe = await Simulation.create(gpu.device, { ...worldFromParams(defaultParams()), resolution: '128x64' });
  const keyframes = keyframePlans(gpu.device, probe.layouts);
  probe.destroy();
  gpu.device.destroy();
  return { adapter: gpu.description, rows, keyframes };
}

declare global {
  interface Window {
    runBench: typeof runBench;
    /** Set by the bench's driver to hear how a replay to an era goes (replayTo). */
    benchProgress?: (resolution: Resolution, tick: number, target: number) => void;
  }
}
window.runBench = runBench;
