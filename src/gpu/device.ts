// Adapter and device set-up, with the reasons WebGPU can be missing and the device's error hooks.

import { trackGpuMemory, type GpuMemory } from './memory';

export interface GpuContext {
  device: GPUDevice;
  adapter: GPUAdapter;
  /** A software rasteriser (SwiftShader, WARP, a fallback adapter): use small grids. */
  software: boolean;
  /** The adapter can time passes on the GPU. */
  timestamps: boolean;
  /** Adapter vendor and architecture, for the HUD and the bench. */
  description: string;
  /** The buffers and textures alive on the device and their bytes. */
  memory(): GpuMemory;
}

export type GpuFailure =
  | { reason: 'no-webgpu'; detail: string }
  | { reason: 'no-adapter'; detail: string }
  | { reason: 'no-device'; detail: string };

export interface GpuHooks {
  /** The device is gone (driver reset, device.destroy()); the app must say so and recover. */
  onLost(message: string): void;
  /** A validation or out-of-memory error nobody caught in an error scope. */
  onError(message: string): void;
}

export async function initGpu(gpu: GPU | undefined, hooks: GpuHooks): Promise<GpuContext | GpuFailure> {
  if (!gpu) return { reason: 'no-webgpu', detail: 'navigator.gpu is missing' };
  let adapter: GPUAdapter | null = null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch (error) {
    return { reason: 'no-adapter', detail: String(error) };
  }
  if (!adapter) return { reason: 'no-adapter', detail: 'requestAdapter() returned null' };

  const timestamps = adapter.features.has('timestamp-query');
  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({
      label: 'DeepTime.device',
      requiredFeatures: timestamps ? ['timestamp-query'] : [],
      // The largest grid (4096 x 2048 cells of vec4f) needs the adapter's full buffer limits.
      requiredLimits: {
        maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
        maxBufferSize: adapter.limits.maxBufferSize,
      },
    });
  } catch (error) {
    return { reason: 'no-device', detail: String(error) };
  }
  const memory = trackGpuMemory(device);
  device.lost.then((info) => hooks.onLost(info.message || `the GPU device was lost (${info.reason})`));
  device.addEventListener('uncapturederror', (event) => {
    hooks.onError((event as GPUUncapturedErrorEvent).error.message);
  });

  const info = adapter.info;
  const software = info.isFallbackAdapter === true || /swiftshader|llvmpipe|lavapipe|warp|software/i.test(
    `${info.vendor} ${info.architecture} ${info.device} ${info.description}`);
  return {
    device, adapter, software, timestamps, memory,
    description: [info.vendor, info.architecture, info.description].filter(Boolean).join(' / ') || 'unknown adapter',
  };
}

export function isGpuFailure(result: GpuContext | GpuFailure): result is GpuFailure {
  return 'reason' in result;
}

/** Run an async GPU set-up step and turn any validation error it raised into an exception. */
export async function withValidation<T>(device: GPUDevice, what: string, build: () => Promise<T> | T): Promise<T> {
  device.pushErrorScope('validation');
  let result: T;
  try {
    result = await build();
  } finally {
    const error = await device.popErrorScope();
    if (error) throw new Error(`${what}: ${error.message}`);
  }
  return result;
}
