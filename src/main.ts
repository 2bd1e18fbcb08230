// Boot: read the link's settings, get a WebGPU device (or explain why not), start the app.

import './style.css';
import { App } from './app';
import { initGpu, isGpuFailure } from './gpu/device';
import { defaultParams, defaultResolution, SCHEMA } from './params';
import { installAutomation } from './ui/automation';
import { showNoWebGpu } from './ui/no-webgpu';
import { Notices } from './ui/notices';
import { readUrlState } from './ui/url-state';

async function boot(): Promise<void> {
  const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const notices = new Notices(element('notices'));
  const starting = document.getElementById('starting');
  const errors: string[] = [];
  const api = installAutomation(errors, notices.history);

  const gpu = await initGpu(navigator.gpu, {
    onLost: (message) => {
      api.status = 'device-lost';
      notices.show(`The GPU device was lost (${message}). Reload the page to start again.`, 'error');
    },
    onError: (message) => {
      errors.push(message);
      notices.show(`WebGPU error: ${message}`, 'error');
    },
  });
  if (isGpuFailure(gpu)) {
    starting?.remove();
    api.status = 'no-webgpu';
    showNoWebGpu(document.body, gpu);
    return;
  }

  // Defaults first (the resolution depends on the adapter), then the link's settings on top.
  const defaults = { ...defaultParams(), resolution: defaultResolution(gpu.software) };
  const search = new URLSearchParams(location.search);
  const { values, edits, notices: urlNotices } = readUrlState(location.search, defaults);
  for (const message of urlNotices) notices.show(message, 'warning');
  if (gpu.software && !search.has(SCHEMA.resolution.urlKey)) {
    notices.show(`Software WebGPU adapter (${gpu.description}): using ${values.resolution}.`, 'info');
  }

  try {
    api.app = await App.create(gpu, values, edits, {
      canvas: element('planet'),
      panel: element('panel'),
      hud: element('hud'),
      progress: element('progress'),
      legend: element('legend'),
      timeline: element('timeline'),
      caption: element('caption'),
      charts: element('charts'),
    }, notices, !search.has(SCHEMA.tick.urlKey));
    starting?.remove();
    api.status = 'ready';
  } catch (error) {
    starting?.remove();
    api.status = 'failed';
    errors.push(String(error));
    notices.show(`Deep Time could not start: ${String(error)}`, 'error');
  }
}

void boot();
