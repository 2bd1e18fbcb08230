// Kernel of the Köppen test, run in the kernel-test page (exported through tests/gpu/kernels.ts): shaders/common/koppen.wgsl on many climates at once.

import koppenWgsl from '../../shaders/common/koppen.wgsl?raw';
import { readBuffer } from '../../src/gpu/readback';
import { checked, gpuDevice } from './kernel-harness';

/** Colours read back: koppenColour of codes 0..31 (31 is out of range). */
const KOPPEN_COLOUR_CODES = 32;

const KERNEL = /* wgsl */ `
@group(0) @binding(0) var<storage, read> climates: array<f32>;        // 24 a climate: 12 °C, then 12 mm
@group(0) @binding(1) var<storage, read_write> codes: array<u32>;     // one a climate
@group(0) @binding(2) var<storage, read_write> colours: array<f32>;   // rgb of codes 0..${KOPPEN_COLOUR_CODES - 1}

@compute @workgroup_size(64)
fn classify(@builtin(global_invocation_id) id: vec3u) {
  let i = id.x;
  if (i < ${KOPPEN_COLOUR_CODES}u) {
    let rgb = koppenColour(i);
    colours[3u * i] = rgb.r;
    colours[3u * i + 1u] = rgb.g;
    colours[3u * i + 2u] = rgb.b;
  }
  if (i >= arrayLength(&codes)) { return; }
  var temperature: array<f32, 12>;
  var precipitation: array<f32, 12>;
  for (var m = 0u; m < 12u; m++) {
    temperature[m] = climates[24u * i + m];
    precipitation[m] = climates[24u * i + 12u + m];
  }
  codes[i] = koppenType(temperature, precipitation);
}
`;

/** Classify climates (24 floats each: 12 monthly °C, then 12 monthly mm) on the GPU; also the colours of codes 0..31. */
export async function runKoppen(climates: number[]): Promise<{ codes: number[]; colours: number[] }> {
  const count = climates.length / 24;
  if (!Number.isInteger(count) || count === 0) throw new Error(`runKoppen needs 24 floats a climate, got ${climates.length}`);
  const device = await gpuDevice();
  return checked(device, async () => {
    const storage = (label: string, size: number, usage: number) => device.createBuffer({ label: `KernelTests.koppen.${label}`, size, usage });
    const input = storage('climates', climates.length * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST);
    const codes = storage('codes', count * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC);
    const colours = storage('colours', KOPPEN_COLOUR_CODES * 3 * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC);
    device.queue.writeBuffer(input, 0, new Float32Array(climates));
    const module = device.createShaderModule({ label: 'KernelTests.koppen.module', code: [koppenWgsl, KERNEL].join('\n') });
    const pipeline = device.createComputePipeline({ label: 'KernelTests.koppen', layout: 'auto', compute: { module, entryPoint: 'classify' } });
    const group = device.createBindGroup({
      label: 'KernelTests.koppen.group',
      layout: pipeline.getBindGroupLayout(0),
      entries: [input, codes, colours].map((buffer, binding) => ({ binding, resource: { buffer } })),
    });
    const encoder = device.createCommandEncoder({ label: 'KernelTests.koppen.encoder' });
    const pass = encoder.beginComputePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, group);
    pass.dispatchWorkgroups(Math.ceil(Math.max(count, KOPPEN_COLOUR_CODES) / 64));
    pass.end();
    device.queue.submit([encoder.finish()]);
    const result = {
      codes: Array.from(new Uint32Array(await readBuffer(device, codes))),
      colours: Array.from(new Float32Array(await readBuffer(device, colours))),
    };
    for (const buffer of [input, codes, colours]) buffer.destroy();
    return result;
  });
}
