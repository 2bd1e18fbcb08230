// The benchmark page (bench.html, driven by `npm run bench`): per grid size, the cost of a
// simulation tick, of a plain copy of the state, and of a rendered frame.

import { initGpu, isGpuFailure } from '../gpu/device';
import { createComputePass } from '../gpu/pass';
import { terrainStepShader } from '../gpu/shaders';
import { GpuTimer } from '../gpu/timer';
import copyWgsl from '../../shaders/util/copy.wgsl?raw';
import { parseResolution, type Resolution } from '../params';
import { GlobeRenderer } from '../render/globe';
import { MapCamera, OrbitCamera } from '../render/camera';
import { sunDirectionAt } from '../render/sun';
import { Simulation } from '../sim/simulation';
import { worldFromParams } from '../sim/world';
import { defaultParams } from '../params';

export interface BenchRow {
  resolution: Resolution;
  cells: number;
  ticks: number;
  /** Milliseconds of one tick, one plain state copy, one 1280x720 frame. */
  tickMs: number;
  copyMs: number;
  frameMs: number;
  /** 'gpu timestamps' or 'wall clock'. */
  timing: string;
  stateBytesPerCell: number;
  generateMs: number;
}

const FRAME_SIZE: [number, number] = [1280, 720];

async function wallMs(device: GPUDevice, submit: () => void): Promise<number> {
  const start = performance.now();
  submit();
  await device.queue.onSubmittedWorkDone();
  return performance.now() - start;
}

async function benchResolution(device: GPUDevice, timestamps: boolean, resolution: Resolution, ticks: number): Promise<BenchRow> {
  const { width, height } = parseResolution(resolution);
  const generateStart = performance.now();
  const simulation = await Simulation.create(device, { ...worldFromParams(defaultParams()), resolution });
  await device.queue.onSubmittedWorkDone();
  const generateMs = performance.now() - generateStart;
  const copy = await createComputePass(device, {
    label: 'util.copy', code: terrainStepShader(copyWgsl), entryPoint: 'copy', layouts: [simulation.layouts.globals, simulation.layouts.terrainStep],
  });
  const renderer = await GlobeRenderer.create(device, simulation.layouts.globals, 'rgba8unorm');
  renderer.bindTerrain(simulation.fields.terrain, width, height);
  const target = device.createTexture({ label: 'Bench.frame', size: FRAME_SIZE, format: 'rgba8unorm', usage: GPUTextureUsage.RENDER_ATTACHMENT });
  const timer = timestamps ? new GpuTimer(device, ticks) : undefined;
  let timedCopies = false;

  const runTicks = () => { for (let i = 0; i < ticks; i++) simulation.step(); };
  const runCopies = () => {
    for (let i = 0; i < ticks; i++) {
      const encoder = device.createCommandEncoder({ label: 'Bench.copy' });
      const pass = encoder.beginComputePass({ label: 'Bench.copy', timestampWrites: timedCopies ? timer?.next('copy') : undefined });
      copy.encode(pass, [simulation.globalsGroup, simulation.fields.terrain.stepGroup], width, height);
      pass.end();
      simulation.fields.terrain.swap();
      device.queue.submit([encoder.finish()]);
    }
  };
  const orbit = new OrbitCamera();
  const runFrames = () => {
    for (let i = 0; i < ticks; i++) {
      const encoder = device.createCommandEncoder({ label: 'Bench.frame' });
      renderer.draw(encoder, target.createView(), FRAME_SIZE, simulation.globalsGroup, simulation.fields.terrain.index, {
        mode: 'globe', layer: 'surface', inverseViewProjection: orbit.inverseViewProjection(16 / 9), eye: orbit.eye(),
        mapWindow: new MapCamera().window(...FRAME_SIZE), sunlight: { direction: sunDirectionAt(i), everywhere: false }, fastestPlate: 0,
      });
      device.queue.submit([encoder.finish()]);
    }
  };

  // Warm up every pipeline once, then measure.
  simulation.step();
  await wallMs(device, runFrames);
  let tickMs = (await wallMs(device, runTicks)) / ticks;
  let copyMs = (await wallMs(device, runCopies)) / ticks;
  if (timer) {
    simulation.timer = timer;
    await wallMs(device, runTicks);
    tickMs = (await timer.read()).get('tick')! / ticks;
    simulation.timer = undefined;
    timedCopies = true;
    await wallMs(device, runCopies);
    copyMs = (await timer.read()).get('copy')! / ticks;
  }
  const frameMs = (await wallMs(device, runFrames)) / ticks;
  const row: BenchRow = {
    resolution, cells: width * height, ticks, tickMs, copyMs, frameMs,
    timing: timer ? 'gpu timestamps (tick, copy); wall clock (frame)' : 'wall clock',
    stateBytesPerCell: simulation.fields.byteLength / (width * height), generateMs,
  };
  timer?.destroy();
  target.destroy();
  renderer.destroy();
  simulation.destroy();
  return row;
}

async function runBench(resolutions: Resolution[], ticks: number): Promise<{ adapter: string; rows: BenchRow[] }> {
  const gpu = await initGpu(navigator.gpu, { onLost: () => {}, onError: (message) => { throw new Error(message); } });
  if (isGpuFailure(gpu)) throw new Error(`No WebGPU: ${gpu.detail}`);
  const rows: BenchRow[] = [];
  for (const resolution of resolutions) rows.push(await benchResolution(gpu.device, gpu.timestamps, resolution, ticks));
  gpu.device.destroy();
  return { adapter: gpu.description, rows };
}

declare global {
  interface Window { runBench: typeof runBench }
}
window.runBench = runBench;
