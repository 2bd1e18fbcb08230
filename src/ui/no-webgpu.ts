// The page shown when this browser cannot run WebGPU: what went wrong and which browsers work.

import type { GpuFailure } from '../gpu/device';

const REASONS: Record<GpuFailure['reason'], string> = {
  'no-webgpu': 'This browser does not offer WebGPU (navigator.gpu is missing).',
  'no-adapter': 'WebGPU is there, but no graphics adapter was offered to it.',
  'no-device': 'The graphics adapter refused to create a WebGPU device.',
};

export function showNoWebGpu(root: HTMLElement, failure: GpuFailure): void {
  root.replaceChildren();
  const page = document.createElement('main');
  page.id = 'no-webgpu';
  page.innerHTML = `
    <h1>Deep Time needs WebGPU</h1>
    <p class="reason"></p>
    <p>It runs in any browser with WebGPU switched on:</p>
    <ul>
      <li>Chrome or Edge 113 and later (Windows, macOS, ChromeOS, Android); on Linux, start
        Chrome with <code>--enable-unsafe-webgpu --enable-features=Vulkan</code>.</li>
      <li>Safari 26 and later (macOS, iOS, iPadOS).</li>
      <li>Firefox 141 and later on Windows; on other systems set <code>dom.webgpu.enabled</code>
        in <code>about:config</code>.</li>
    </ul>
    <p>The page must come from <code>https://</code> or <code>localhost</code>. Without a GPU,
      Chrome can still run it on its software renderer, slowly, at a small resolution.</p>
    <p class="detail"></p>`;
  page.querySelector('.reason')!.textContent = REASONS[failure.reason];
  page.querySelector('.detail')!.textContent = `Details: ${failure.detail}`;
  root.append(page);
}
