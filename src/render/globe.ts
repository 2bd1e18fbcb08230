// The render passes: render.shade turns the latest terrain into per-cell values and relief
// for the current layer; render.globe colours and lights them on a sphere or a map.

import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from 'webgpu-utils';
import viewWgsl from '../../shaders/render/view.wgsl?raw';
import shadeWgsl from '../../shaders/render/shade.wgsl?raw';
import globeWgsl from '../../shaders/render/globe.wgsl?raw';
import { withValidation } from '../gpu/device';
import { createComputePass, type ComputePass } from '../gpu/pass';
import type { Fields } from '../sim/fields';
import { libraryShader } from '../gpu/shaders';
import { LAYERS, type Layer, type View } from '../params';
import { LAYER_CONSTANTS } from './layer-constants';
import { paletteRamp, paletteRange, PALETTES, RAMP_SIZE } from './palettes';
import type { Sunlight } from './sun';

/** What the viewer looks at: view mode, layer, cameras' matrices and the sun. */
export interface ViewState {
  mode: View;
  layer: Layer;
  inverseViewProjection: Float32Array;
  eye: Float32Array;
  mapWindow: [number, number, number, number];
  sunlight: Sunlight;
  /** Fastest plate's speed, cells per tick (sizes the velocity arrows); 0 without plates. */
  fastestPlate: number;
  /** Cities light the night side (surface layer, once people live). */
  cityLights: boolean;
}

const CELL_FORMAT: GPUTextureFormat = 'rgba16float';
/** The surface's tint per cell (biome colour and its weight), written by render.shade. */
const TINT_FORMAT: GPUTextureFormat = 'rgba8unorm';

/** Per-grid resources: the shaded-cell texture and the bind groups that use it. */
interface GridBindings {
  width: number;
  height: number;
  texture: GPUTexture;
  tint: GPUTexture;
  shadeGroups: GPUBindGroup[];
  drawGroups: GPUBindGroup[];
}

export class GlobeRenderer {
  private readonly viewBuffer: GPUBuffer;
  private readonly viewValues: StructuredView;
  private readonly paletteTexture: GPUTexture;
  private readonly sampler: GPUSampler;
  private grid?: GridBindings;

  private constructor(
    private readonly device: GPUDevice,
    readonly format: GPUTextureFormat,
    private readonly shadePass: ComputePass,
    private readonly shadeLayout: GPUBindGroupLayout,
    private readonly pipeline: GPURenderPipeline,
    private readonly drawLayout: GPUBindGroupLayout,
  ) {
    this.viewValues = makeStructuredView(makeShaderDataDefinitions(viewWgsl).uniforms.view);
    this.viewBuffer = device.createBuffer({
      label: 'GlobeRenderer.view', size: this.viewValues.arrayBuffer.byteLength, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    this.paletteTexture = device.createTexture({
      label: 'GlobeRenderer.palettes', size: [RAMP_SIZE, LAYERS.length], format: 'rgba8unorm-srgb',
      usage: GPUTextureUsage.TEXTURE_BINDING | GPUTextureUsage.COPY_DST,
    });
    LAYERS.forEach((layer, row) => device.queue.writeTexture(
      { texture: this.paletteTexture, origin: [0, row] }, paletteRamp(PALETTES[layer]), { bytesPerRow: RAMP_SIZE * 4 }, [RAMP_SIZE, 1]));
    this.sampler = device.createSampler({
      label: 'GlobeRenderer.sampler', magFilter: 'linear', minFilter: 'linear', addressModeU: 'repeat', addressModeV: 'clamp-to-edge',
    });
  }

  static async create(device: GPUDevice, globalsLayout: GPUBindGroupLayout, format: GPUTextureFormat): Promise<GlobeRenderer> {
    const compute = GPUShaderStage.COMPUTE;
    const fragment = GPUShaderStage.FRAGMENT;
    const shadeLayout = device.createBindGroupLayout({
      label: 'GlobeRenderer.shadeLayout',
      entries: [
        { binding: 0, visibility: compute, buffer: { type: 'uniform' } },
        { binding: 1, visibility: compute, buffer: { type: 'read-only-storage' } },
        { binding: 2, visibility: compute, storageTexture: { access: 'write-only', format: CELL_FORMAT } },
        { binding: 3, visibility: compute, buffer: { type: 'read-only-storage' } },
        { binding: 4, visibility: compute, buffer: { type: 'read-only-storage' } },
        { binding: 5, visibility: compute, buffer: { type: 'read-only-storage' } },
        { binding: 6, visibility: compute, storageTexture: { access: 'write-only', format: TINT_FORMAT } },
      ],
    });
    const drawLayout = device.createBindGroupLayout({
      label: 'GlobeRenderer.drawLayout',
      entries: [
        { binding: 0, visibility: fragment, buffer: { type: 'uniform' } },
        { binding: 1, visibility: fragment, texture: { sampleType: 'float' } },
        { binding: 2, visibility: fragment, sampler: { type: 'filtering' } },
        { binding: 3, visibility: fragment, texture: { sampleType: 'float' } },
        { binding: 4, visibility: fragment, buffer: { type: 'read-only-storage' } },
        { binding: 5, visibility: fragment, texture: { sampleType: 'float' } },
        { binding: 6, visibility: fragment, buffer: { type: 'read-only-storage' } },
      ],
    });
    const shadePass = await createComputePass(device, {
      label: 'render.shade', code: libraryShader(`${viewWgsl}\n${shadeWgsl}`), entryPoint: 'shade', layouts: [globalsLayout, shadeLayout], constants: LAYER_CONSTANTS,
    });
    const pipeline = await withValidation(device, 'render.globe', () => {
      const module = device.createShaderModule({ label: 'render.globe.module', code: libraryShader(`${viewWgsl}\n${globeWgsl}`) });
      return device.createRenderPipeline({
        label: 'render.globe',
        layout: device.createPipelineLayout({ label: 'render.globe.layout', bindGroupLayouts: [globalsLayout, drawLayout] }),
        vertex: { module, entryPoint: 'vertexMain', constants: LAYER_CONSTANTS },
        fragment: { module, entryPoint: 'fragmentMain', targets: [{ format }], constants: LAYER_CONSTANTS },
        primitive: { topology: 'triangle-list' },
      });
    });
    return new GlobeRenderer(device, format, shadePass, shadeLayout, pipeline, drawLayout);
  }

  /** Size the shaded-cell texture to a (new) grid and bind both buffers of its terrain, water, climate and life. */
  bindFields(fields: Fields): void {
    this.destroyGrid();
    const { terrain, water, climate, life, width, height } = fields;
    const texture = this.device.createTexture({
      label: 'GlobeRenderer.cells', size: [width, height], format: CELL_FORMAT,
      usage: GPUTextureUsage.STORAGE_BINDING | GPUTextureUsage.TEXTURE_BINDING,
    });
    const view = texture.createView();
    const tint = this.device.createTexture({
      label: 'GlobeRenderer.tint', size: [width, height], format: TINT_FORMAT,
      usage: GPUTextureUsage.STORAGE_BINDING | GPUTextureUsage.TEXTURE_BINDING,
    });
    const tintView = tint.createView();
    // One per parity of (life, climate, terrain, water): index 8 * life + 4 * climate + 2 * terrain + water.
    const shadeGroups: GPUBindGroup[] = [];
    for (const [l, lifeBuffer] of life.buffers.entries()) {
      for (const [c, climateBuffer] of climate.buffers.entries()) {
        for (const [t, terrainBuffer] of terrain.buffers.entries()) {
          for (const [w, waterBuffer] of water.buffers.entries()) {
            shadeGroups.push(this.device.createBindGroup({
              label: `GlobeRenderer.shade${l}${c}${t}${w}`,
              layout: this.shadeLayout,
              entries: [
                { binding: 0, resource: { buffer: this.viewBuffer } },
                { binding: 1, resource: { buffer: terrainBuffer } },
                { binding: 2, resource: view },
                { binding: 3, resource: { buffer: waterBuffer } },
                { binding: 4, resource: { buffer: climateBuffer } },
                { binding: 5, resource: { buffer: lifeBuffer } },
                { binding: 6, resource: tintView },
              ],
            }));
          }
        }
      }
    }
    // One per parity of (life, terrain): index 2 * life + terrain.
    const paletteView = this.paletteTexture.createView();
    const drawGroups = life.buffers.flatMap((lifeBuffer, l) => terrain.buffers.map((terrainBuffer, t) => this.device.createBindGroup({
      label: `GlobeRenderer.draw${l}${t}`,
      layout: this.drawLayout,
      entries: [
        { binding: 0, resource: { buffer: this.viewBuffer } },
        { binding: 1, resource: view },
        { binding: 2, resource: this.sampler },
        { binding: 3, resource: paletteView },
        { binding: 4, resource: { buffer: terrainBuffer } },
        { binding: 5, resource: tintView },
        { binding: 6, resource: { buffer: lifeBuffer } },
      ],
    })));
    this.grid = { width, height, texture, tint, shadeGroups, drawGroups };
  }

  /**
   * Record the shading of the latest fields and their draw into
   * `target`. The view uniform is written now, so record one draw per submitted encoder.
   */
  draw(encoder: GPUCommandEncoder, target: GPUTextureView, size: [number, number], globals: GPUBindGroup, fields: Fields, state: ViewState): void {
    const grid = this.grid;
    if (!grid) throw new Error('GlobeRenderer.draw before bindTerrain');
    this.viewValues.set({
      inverseViewProjection: state.inverseViewProjection,
      eye: [...state.eye, 1],
      sunDirection: [...state.sunlight.direction, state.sunlight.everywhere ? 1 : 0],
      mapWindow: state.mapWindow,
      viewport: size,
      mode: state.mode === 'map' ? 1 : 0,
      layer: LAYERS.indexOf(state.layer),
      paletteRange: paletteRange(PALETTES[state.layer]),
      arrowScale: state.fastestPlate > 0 ? 1 / state.fastestPlate : 0,
      cityLights: state.cityLights ? 1 : 0,
    });
    this.device.queue.writeBuffer(this.viewBuffer, 0, this.viewValues.arrayBuffer);
    const compute = encoder.beginComputePass({ label: 'render.shade.pass' });
    this.shadePass.encode(compute, [globals, grid.shadeGroups[8 * fields.life.index + 4 * fields.climate.index + 2 * fields.terrain.index + fields.water.index]], grid.width, grid.height);
    compute.end();
    const pass = encoder.beginRenderPass({
      label: 'render.globe.pass',
      colorAttachments: [{ view: target, loadOp: 'clear', storeOp: 'store', clearValue: [0, 0, 0, 1] }],
    });
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, globals);
    pass.setBindGroup(1, grid.drawGroups[2 * fields.life.index + fields.terrain.index]);
    pass.draw(3);
    pass.end();
  }

  destroy(): void {
    this.destroyGrid();
    this.viewBuffer.destroy();
    this.paletteTexture.destroy();
  }

  private destroyGrid(): void {
    this.grid?.texture.destroy();
    this.grid?.tint.destroy();
    this.grid = undefined;
  }
}
