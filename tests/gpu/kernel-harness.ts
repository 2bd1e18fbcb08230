// The kernel tests' shared harness in the page: the device, the app's globals for a grid, validation checks, one tick's submit.

import type { GlobalsUniform, GlobalsValues } from '../../src/gpu/globals';
import { defaultParams, type Resolution } from '../../src/params';
import type { Fields } from '../../src/sim/fields';
import type { PlateTable } from '../../src/sim/plates';
import { StepContext } from '../../src/sim/step-context';
import { globalsAt, worldFromParams } from '../../src/sim/world';

let devicePromise: Promise<GPUDevice> | undefined;

export function gpuDevice(): Promise<GPUDevice> {
  devicePromise ??= (async () => {
    const adapter = await navigator.gpu?.requestAdapter();
    if (!adapter) throw new Error('No WebGPU adapter in the kernel-test page');
    return adapter.requestDevice({ label: 'KernelTests.device' });
  })();
  return devicePromise;
}

/** The app's globals for a default world on a width x height grid at tick 0, overridden. */
export function globalsFor(width: number, height: number, overrides: Partial<GlobalsValues>): GlobalsValues {
  const world = { ...worldFromParams(defaultParams()), resolution: `${width}x${height}` as Resolution };
  return { ...globalsAt(world, 0), ...overrides };
}

/** Any validation error during `body` rejects, so a broken shader fails its test loudly. */
export async function checked<T>(device: GPUDevice, body: () => Promise<T>): Promise<T> {
  device.pushErrorScope('validation');
  const result = await body();
  const error = await device.popErrorScope();
  if (error) throw new Error(error.message);
  return result;
}

/** Write the globals (and plate table), record one tick's passes on the fields, submit. */
export function submitTick(
  device: GPUDevice, globals: GlobalsUniform, fields: Fields, label: string,
  values: GlobalsValues, body: (ctx: StepContext) => void, plates?: PlateTable,
): void {
  globals.write(values, plates, true);
  const encoder = device.createCommandEncoder({ label });
  const ctx = new StepContext(encoder, globals.bindGroup, fields);
  body(ctx);
  ctx.finish();
  device.queue.submit([encoder.finish()]);
}
