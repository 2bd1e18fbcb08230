// The page's automation interface (window.deepTime), used by the end-to-end tests, the bench
// and the headless tools: the same code paths a viewer drives, plus read-backs.

import type { App } from '../app';
import type { ParamKey } from '../params';
import type { PlanetScalars } from '../sim/simulation';
import type { Notice } from './notices';

export interface DeepTimeApi {
  /** 'loading', 'ready', 'no-webgpu', 'failed' or 'device-lost'. */
  status: string;
  /** Uncaptured WebGPU errors and start-up failures. */
  errors: string[];
  notices: Notice[];
  app?: App;
  /** Pause, then replay or run on to `tick` at once; resolves when the GPU is done. */
  seek(tick: number): Promise<number>;
  set(key: ParamKey, value: unknown): Promise<void>;
  /** The latest terrain, vec4f per cell, row 0 at latitude +90, column 0 at longitude 0. */
  readTerrain(): Promise<number[]>;
  /** The latest water, vec4f per cell (discharge, sediment, receiver, basin). */
  readWater(): Promise<number[]>;
  /** The latest climate, CLIMATE_CELL_FLOATS per climate cell (see src/sim/fields.ts). */
  readClimate(): Promise<number[]>;
  /** The latest life, vec4f per terrain cell (plants, herbivores, carnivores, people). */
  readLife(): Promise<number[]>;
  /** The planet's global scalars: carbon released, CO2, anomaly, population, peak population. */
  readPlanet(): Promise<PlanetScalars>;
  /** The current view drawn off-screen: RGBA bytes as base64, top row first. */
  capture(width: number, height: number): Promise<string>;
}

declare global {
  interface Window { deepTime: DeepTimeApi }
}

function requireApp(api: DeepTimeApi): App {
  if (!api.app) throw new Error(`Deep Time is not running (status: ${api.status})`);
  return api.app;
}

export function installAutomation(errors: string[], notices: Notice[]): DeepTimeApi {
  const api: DeepTimeApi = {
    status: 'loading',
    errors,
    notices,
    async seek(tick) {
      const app = requireApp(api);
      app.setPlaying(false);
      app.set('tick', tick);
      // Here rather than over frames: keyframe by keyframe, letting each capture land.
      const { simulation } = app;
      const target = app.params.tick;
      app.seekTo(simulation.tick);
      while (!simulation.seek(target, simulation.keyframes.interval)) await simulation.keyframes.settled();
      await simulation.keyframes.settled();
      app.seekTo(simulation.tick);
      await app.device.queue.onSubmittedWorkDone();
      return app.simulation.tick;
    },
    async set(key, value) {
      const app = requireApp(api);
      app.set(key, value);
      await app.device.queue.onSubmittedWorkDone();
    },
    async readTerrain() {
      return Array.from(await requireApp(api).simulation.readTerrain());
    },
    async readWater() {
      return Array.from(await requireApp(api).simulation.readWater());
    },
    async readClimate() {
      return Array.from(await requireApp(api).simulation.readClimate());
    },
    async readLife() {
      return Array.from(await requireApp(api).simulation.readLife());
    },
    async readPlanet() {
      return requireApp(api).simulation.readPlanet();
    },
    async capture(width, height) {
      const app = requireApp(api);
      const pixels = await app.viewer.capture(app.simulation, width, height);
      let binary = '';
      for (let i = 0; i < pixels.length; i += 0x8000) binary += String.fromCharCode(...pixels.subarray(i, i + 0x8000));
      return btoa(binary);
    },
  };
  window.deepTime = api;
  return api;
}
