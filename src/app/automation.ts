// The page's automation interface (window.deepTime), used by the end-to-end tests, the bench
// and the headless tools: the same code paths a viewer drives, plus read-backs.

import type { App } from './app';
import { collectFields } from '../io/field-export';
import { tickAtAgeAndMonth } from '../io/time-select';
import type { ParamKey } from '../params';
import type { OceanLevel, PlanetScalars } from '../sim/state';
import type { Notice } from '../ui/notices';

export interface DeepTimeApi {
  /** 'loading', 'ready', 'no-webgpu', 'failed' or 'device-lost' (until the app resumes on a new device). */
  status: string;
  /** Uncaptured WebGPU errors and start-up failures. */
  errors: string[];
  notices: Notice[];
  app?: App;
  /** Pause, then replay or run on to `tick` at once; resolves when the GPU is done. */
  seek(tick: number): Promise<number>;
  set(key: ParamKey, value: unknown): Promise<void>;
  /** The latest terrain, TerrainCell's members as floats per cell (src/sim/cells.ts), row 0 at latitude +90, column 0 at longitude 0. */
  readTerrain(): Promise<number[]>;
  /** The latest water, WaterReading's members as floats per cell (discharge, sediment, receiver, basin). */
  readWater(): Promise<number[]>;
  /** The latest climate, ClimateCell's members as floats per climate cell (src/sim/cells.ts). */
  readClimate(): Promise<number[]>;
  /** The latest life, LifeCell per terrain cell (plants, herbivores, carnivores, people). */
  readLife(): Promise<number[]>;
  /** The planet's global scalars: carbon released, CO2, anomaly, population, peak population. */
  readPlanet(): Promise<PlanetScalars>;
  /** The ocean: sea level (model units above the lowest floor), volume, ocean and continental shares of the sphere. */
  readOcean(): Promise<OceanLevel>;
  /** The current view drawn off-screen: RGBA bytes as base64, top row first. */
  capture(width: number, height: number): Promise<string>;
  /** GPU buffers and textures alive and their bytes (every one the app created and not destroyed). */
  gpuMemory(): { buffers: number; textures: number; bytes: number };
  /** Every exported field of the latest state (src/io/field-export.ts): float32 little-endian as base64. */
  exportFields(): Promise<ExportedFieldData[]>;
  /** The tick at this planet age (years) and month (1-12, at its start), for this world's year length. */
  tickAt(years: number, month?: number): number;
  /** Open a heightmap from files given as base64 bytes by name (as World › Open heightmap…); false with a notice when refused. */
  openMap(files: { name: string; base64: string }[]): Promise<boolean>;
  /** Run on the built-in Earth. */
  openEarth(): Promise<boolean>;
}

/** One exported field as it crosses to Node: the values' bytes as base64. */
export interface ExportedFieldData {
  name: string;
  unit: string;
  width: number;
  height: number;
  components: number;
  base64: string;
}

declare global {
  interface Window { deepTime: DeepTimeApi }
}

function requireApp(api: DeepTimeApi): App {
  if (!api.app) throw new Error(`Deep Time is not running (status: ${api.status})`);
  return api.app;
}

/** Bytes as base64 (the platform's byte order: little-endian for float32 on every WebGPU host). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
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
    async readOcean() {
      return requireApp(api).simulation.readOcean();
    },
    gpuMemory() {
      return requireApp(api).gpuMemory;
    },
    async capture(width, height) {
      const app = requireApp(api);
      return toBase64(await app.viewer.capture(app.simulation, width, height));
    },
    async exportFields() {
      const fields = await collectFields(requireApp(api).simulation);
      return fields.map(({ data, ...field }) => ({ ...field, base64: toBase64(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)) }));
    },
    async openMap(files) {
      const named = files.map(({ name, base64 }) => ({ name, bytes: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) }));
      return requireApp(api).worlds.maps.openBytes(named);
    },
    async openEarth() {
      return requireApp(api).worlds.maps.earth();
    },
    tickAt(years, month) {
      return tickAtAgeAndMonth(years, month, requireApp(api).params.yearTicks);
    },
  };
  window.deepTime = api;
  return api;
}
