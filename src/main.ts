// Boot: read the link's settings, get a WebGPU device (or explain why not), start the app; if
// the device is lost, say so, get a new one and resume the same world at the same tick.

import './style.css';
import { App, type AppElements } from './app/app';
import { installAutomation, type DeepTimeApi } from './app/automation';
import { EARTH } from './app/world-map';
import type { Resume } from './app/resume';
import { initGpu, isGpuFailure, type GpuContext } from './gpu/device';
import { defaultParams, defaultResolution, SCHEMA, type ParamValues } from './params';
import type { Edit } from './sim/edits';
import { showNoWebGpu } from './ui/no-webgpu';
import { Notices } from './ui/notices';
import { readUrlState } from './ui/url-state';

/** Most device losses in a row the app recovers from before giving up. */
const MAX_RECOVERIES = 5;

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function appElements(): AppElements {
  return {
    canvas: element('planet'),
    panel: element('panel'),
    hud: element('hud'),
    progress: element('progress'),
    legend: element('legend'),
    timeline: element('timeline'),
    caption: element('caption'),
    charts: element('charts'),
  };
}

class Boot {
  private recoveries = 0;

  constructor(private readonly api: DeepTimeApi, private readonly notices: Notices) {}

  /** A device with the app's hooks, or the page that explains why there is none. */
  async device(): Promise<GpuContext | null> {
    const gpu = await initGpu(navigator.gpu, {
      onLost: (message) => void this.recover(gpu as GpuContext, message),
      onError: (message) => {
        this.api.errors.push(message);
        this.notices.show(`WebGPU error: ${message}`, 'error');
      },
    });
    if (!isGpuFailure(gpu)) return gpu;
    this.api.status = 'no-webgpu';
    showNoWebGpu(document.body, gpu);
    return null;
  }

  /** Start the app (on the built-in Earth when `onEarth`, at the link's `earthTick` if it gives one); ready once it runs. */
  async start(gpu: GpuContext, params: ParamValues, edits: readonly Edit[], playing: boolean, resume?: Resume, onEarth = false, earthTick?: number): Promise<void> {
    try {
      this.api.app = await App.create(gpu, params, edits, appElements(), this.notices, playing, resume);
      if (onEarth) await this.api.app.worlds.maps.earth(earthTick, edits);
      this.api.status = 'ready';
    } catch (error) {
      this.api.status = 'failed';
      this.api.errors.push(String(error));
      this.notices.show(`Deep Time could not start: ${String(error)}`, 'error');
    }
  }

  /** The device is gone: keep the world (definition, tick, keyframes), start again on a new one. */
  private async recover(lost: GpuContext, message: string): Promise<void> {
    const app = this.api.app;
    if (!app || app.device !== lost.device) return;
    this.api.status = 'device-lost';
    if (++this.recoveries > MAX_RECOVERIES) {
      this.notices.show(`The GPU device was lost again (${message}). Reload the page to start over.`, 'error');
      return;
    }
    this.notices.show(`The GPU device was lost (${message}). Starting again on a new device at the same moment…`, 'warning');
    const resume = app.resumePoint();
    app.destroy();
    this.api.app = undefined;
    const gpu = await this.device();
    if (!gpu) return;
    await this.start(gpu, resume.params, resume.edits, false, resume);
    if (this.api.status === 'ready') this.notices.show(`Resumed on the new device: replaying to tick ${resume.params.tick.toLocaleString('en-US')}.`, 'info');
  }
}

async function boot(): Promise<void> {
  const notices = new Notices(element('notices'));
  const starting = document.getElementById('starting');
  const errors: string[] = [];
  const api = installAutomation(errors, notices.history);
  const boot = new Boot(api, notices);
  const gpu = await boot.device();
  if (!gpu) {
    starting?.remove();
    return;
  }
  // On until the app runs (seconds on a software adapter: every pass compiled, the planet formed).
  if (starting) starting.textContent = `Compiling the simulation and forming the planet on ${gpu.description}…`;

  // Defaults first (the resolution depends on the adapter), then the link's settings on top.
  const defaults = { ...defaultParams(), resolution: defaultResolution(gpu.software) };
  const search = new URLSearchParams(location.search);
  const { values, edits, map, notices: urlNotices } = readUrlState(location.search, defaults);
  for (const message of urlNotices) notices.show(message, 'warning');
  if (gpu.software && !search.has(SCHEMA.resolution.urlKey)) {
    notices.show(`Software WebGPU adapter (${gpu.description}): using ${values.resolution}.`, 'info');
  }
  // A link to a world on a map: Earth is built in; a person's heightmap must be opened again.
  const linkTick = search.has(SCHEMA.tick.urlKey) ? values.tick : undefined;
  await boot.start(gpu, values, edits, linkTick === undefined, undefined, map === EARTH, linkTick);
  starting?.remove();
  if (map !== '' && map !== EARTH) notices.show(`This link's world runs on a heightmap (checksum ${map}): open that file with World › Open heightmap… to see it. Showing the seeded planet meanwhile.`, 'warning');
}

void boot();
