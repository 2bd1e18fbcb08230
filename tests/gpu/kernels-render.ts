// Kernel of the render tests, run in the kernel-test page (exported through tests/gpu/kernels.ts):
// the app's renderer (render.shade and render.globe) drawing a hand-made or newborn world as a map.

import { GlobeRenderer } from '../../src/render/globe';
import { ProtoplanetStage } from '../../src/sim/stages/protoplanet';
import { GlobalsUniform } from '../../src/gpu/globals';
import { createLayouts } from '../../src/gpu/layouts';
import { readBuffer } from '../../src/gpu/readback';
import { CELL_LAYOUTS, encodeCells } from '../../src/sim/cells';
import { Fields } from '../../src/sim/fields';
import type { Layer } from '../../src/params';
import { checked, globalsFor, gpuDevice, submitTick } from './kernel-harness';

export interface LayerRun {
  /** The terrain grid; the climate grid is a quarter of it each way. */
  width: number;
  height: number;
  layer: Layer;
  /** Elevation of each terrain cell, model units (the sea level is `seaLevel`); 'newborn': the protoplanet's (protoplanet.generate, default seed). */
  elevation: number[] | 'newborn';
  /** Shade the newborn planet's craters per pixel (ViewState.craterSeed). */
  craters?: boolean;
  seaLevel: number;
  climateOn: boolean;
  /** Per climate cell, 12 temperatures (deg C) then 12 rains (mm/day); null: no month seen yet. */
  months: (number[] | null)[];
  /** The picture's size in pixels (its width times 4 a multiple of 256). */
  pixels: [number, number];
}

/** A number as the nearest half float's bits (normal range; what the months field stores). */
function toHalf(value: number): number {
  if (value === 0) return 0;
  const sign = value < 0 ? 0x8000 : 0;
  const exponent = Math.floor(Math.log2(Math.abs(value)));
  const fraction = Math.round((Math.abs(value) / 2 ** exponent - 1) * 1024);
  return sign | ((exponent + 15 + (fraction >> 10)) << 10) | (fraction & 0x3ff);
}

/** Draw the whole planet as a map (everywhere daylight), the layer on; returns the picture's RGBA bytes, row 0 at the top. */
export async function runLayer(run: LayerRun): Promise<number[]> {
  const device = await gpuDevice();
  return checked(device, async () => {
    const layouts = createLayouts(device);
    const fields = new Fields(device, layouts, run.width, run.height);
    const globals = new GlobalsUniform(device, layouts.globals);
    const values = globalsFor(run.width, run.height, { climateOn: run.climateOn ? 1 : 0, seaLevel: run.seaLevel });
    if (run.elevation === 'newborn') {
      const stage = await ProtoplanetStage.create(device, layouts);
      submitTick(device, globals, fields, 'KernelTests.layer.newborn', values, (ctx) => stage.generate(ctx));
    } else {
      const terrain = new Array<number>(run.width * run.height * CELL_LAYOUTS.terrain.words).fill(0);
      run.elevation.forEach((elevation, cell) => { terrain[cell * CELL_LAYOUTS.terrain.words + CELL_LAYOUTS.terrain.members.elevation.word] = elevation; });
      device.queue.writeBuffer(fields.terrain.current, 0, encodeCells('terrain', terrain));
    }
    globals.write(values, undefined, true);
    const words = new Uint32Array(run.months.length * CELL_LAYOUTS.months.words);
    run.months.forEach((means, cell) => {
      for (let m = 0; m < 12; m++) {
        // pack2x16float: the temperature in the low half, the rain (-1: unset) in the high one.
        const [temperature, rain] = means ? [means[m], means[12 + m]] : [0, -1];
        words[cell * CELL_LAYOUTS.months.words + m] = (toHalf(temperature) | (toHalf(rain) << 16)) >>> 0;
      }
    });
    device.queue.writeBuffer(fields.months.current, 0, words);
    const renderer = await GlobeRenderer.create(device, layouts.globals, 'rgba8unorm');
    const [width, height] = run.pixels;
    const target = device.createTexture({
      label: 'KernelTests.layer.target', size: [width, height], format: 'rgba8unorm',
      usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
    });
    const output = device.createBuffer({ label: 'KernelTests.layer.output', size: width * height * 4, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC });
    const encoder = device.createCommandEncoder({ label: 'KernelTests.layer' });
    renderer.draw(encoder, target.createView(), [width, height], globals.bindGroup, fields, {
      mode: 'map', layer: run.layer, inverseViewProjection: new Float32Array(16), eye: new Float32Array([0, 0, 3]),
      // The whole map: longitudes 0..360 deg, latitudes -90..90 deg.
      mapWindow: [Math.PI, 0, Math.PI, Math.PI / 2], sunlight: { direction: [1, 0, 0], everywhere: true }, fastestPlate: 0, cityLights: false,
      craterSeed: run.craters ? values.seed : undefined,
    });
    encoder.copyTextureToBuffer({ texture: target }, { buffer: output, bytesPerRow: width * 4 }, [width, height]);
    device.queue.submit([encoder.finish()]);
    const pixels = Array.from(new Uint8Array(await readBuffer(device, output)));
    for (const resource of [target, output]) resource.destroy();
    renderer.destroy();
    fields.destroy();
    globals.destroy();
    return pixels;
  });
}
