// The render passes: render.shade turns the latest terrain into per-cell values and relief
// for the current layer; render.globe colours and lights them on a sphere or a map.

import viewWgsl from '../../shaders/render/view.wgsl?raw';
import shadeWgsl from '../../shaders/render/shade.wgsl?raw';
import groundWgsl from '../../shaders/render/ground.wgsl?raw';
import globeWgsl from '../../shaders/render/globe.wgsl?raw';
import globeDetailWgsl from '../../shaders/render/globe-detail.wgsl?raw';
import reliefWgsl from '../../shaders/render/relief.wgsl?raw';
import arrowsWgsl from '../../shaders/render/arrows.wgsl?raw';
import koppenWgsl from '../../shaders/common/koppen.wgsl?raw';
import { withValidation } from '../gpu/device';
import { bindGroupLayoutEntries } from '../gpu/layouts';
import { createComputePass, type ComputePass } from '../gpu/pass';
import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from '../gpu/reflect';
import type { Fields } from '../sim/fields';
import type { GpuTimer } from '../gpu/timer';
import { COMMON_WGSL, libraryShader } from '../gpu/shaders';
import { LAYERS, type Layer, type View } from '../params';
import { GlobeGrid } from './globe-grid';
import { LayerPipelineCache } from './layer-pipelines';
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
  /** Fastest plate's turn, radians per tick (sizes the velocity arrows); 0 without plates. */
  fastestPlate: number;
  /** Cities light the night side (surface layer, once people live). */
  cityLights: boolean;
  /**
   * The world's seed while its terrain is the newborn planet's relief on a grid coarser than
   * RELIEF_SIZE (src/sim/world.ts isNewbornRelief): its craters are shaded per pixel.
   */
  craterSeed?: number;
  /**
   * Which pattern of the clouds' fBM the surface shows (the world's seed and the tick's eighth, as
   * render.clouds hashes them): made again only when this changes; undefined, every frame.
   */
  cloudPattern?: string;
}

/** Ticks between two patterns of the clouds' fBM (render.clouds). */
export const CLOUD_PATTERN_TICKS = 8;

/** The newborn planet's relief texels: model units in r. */
const RELIEF_FORMAT: GPUTextureFormat = 'rgba16float';

const SHADE_WGSL = libraryShader(`${viewWgsl}\n${koppenWgsl}\n${groundWgsl}\n${shadeWgsl}`);
const GLOBE_WGSL = libraryShader(`${viewWgsl}\n${COMMON_WGSL.protoplanetRelief}\n${globeWgsl}\n${globeDetailWgsl}\n${arrowsWgsl}`);
const RELIEF_WGSL = libraryShader(`${COMMON_WGSL.protoplanetRelief}\n${reliefWgsl}`);

/**
 * The newborn planet's relief, baked for the globe (render.relief): 512x256 texels, 0.7 degrees
 * (the README's cratered picture's grid), a few times finer than the small grids it serves.
 */
export const RELIEF_SIZE: readonly [number, number] = [512, 256];

export class GlobeRenderer {
  private readonly viewBuffer: GPUBuffer;
  private readonly viewValues: StructuredView;
  private readonly paletteTexture: GPUTexture;
  private readonly sampler: GPUSampler;
  /** The newborn planet's relief (render.relief) and the seed it was baked for. */
  private readonly relief: GPUTexture;
  private readonly reliefGroup: GPUBindGroup;
  private reliefSeed?: number;
  private grid?: GlobeGrid;
  /** Times each render pass when set (the bench). */
  profiler?: GpuTimer;

  private constructor(
    private readonly device: GPUDevice,
    readonly format: GPUTextureFormat,
    private readonly pipelines: LayerPipelineCache,
    private readonly classifyPass: ComputePass,
    private readonly cloudsPass: ComputePass,
    private readonly layouts: { classify: GPUBindGroupLayout; shade: GPUBindGroupLayout; draw: GPUBindGroupLayout },
    private readonly reliefPass: ComputePass,
    reliefLayout: GPUBindGroupLayout,
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
    this.relief = device.createTexture({
      label: 'GlobeRenderer.relief', size: [...RELIEF_SIZE], format: RELIEF_FORMAT,
      usage: GPUTextureUsage.STORAGE_BINDING | GPUTextureUsage.TEXTURE_BINDING,
    });
    this.reliefGroup = device.createBindGroup({
      label: 'GlobeRenderer.reliefGroup', layout: reliefLayout, entries: [{ binding: 0, resource: this.relief.createView() }],
    });
  }

  static async create(device: GPUDevice, globalsLayout: GPUBindGroupLayout, format: GPUTextureFormat): Promise<GlobeRenderer> {
    // Group 1 of each pass as its WGSL declares it (the formats of the storage textures included).
    const drawStages = { vertex: { entryPoint: 'vertexMain' }, fragment: { entryPoint: 'fragmentMain' } };
    // render.classify's own layout (the monthly means, the types it writes); one for render.clouds
    // and render.shade, the bindings either uses. Apart, no pass binds more than WebGPU's default
    // 8 storage buffers a stage.
    const classifyLayout = device.createBindGroupLayout({
      label: 'GlobeRenderer.classifyLayout', entries: bindGroupLayoutEntries(SHADE_WGSL, { compute: { entryPoint: 'classify' } }, 1),
    });
    const shadeEntries = ['clouds', 'shade'].flatMap((entryPoint) => bindGroupLayoutEntries(SHADE_WGSL, { compute: { entryPoint } }, 1));
    const shadeLayout = device.createBindGroupLayout({
      label: 'GlobeRenderer.shadeLayout', entries: [...new Map(shadeEntries.map((entry) => [entry.binding, entry])).values()],
    });
    const drawLayout = device.createBindGroupLayout({ label: 'GlobeRenderer.drawLayout', entries: bindGroupLayoutEntries(GLOBE_WGSL, drawStages, 1) });
    const classifyPass = await createComputePass(device, {
      label: 'render.classify', code: SHADE_WGSL, entryPoint: 'classify', layouts: [globalsLayout, classifyLayout], moduleLabel: 'render.shade',
    });
    const cloudsPass = await createComputePass(device, {
      label: 'render.clouds', code: SHADE_WGSL, entryPoint: 'clouds', layouts: [globalsLayout, shadeLayout], moduleLabel: 'render.shade',
      constants: { CLOUD_PATTERN_TICKS },
    });
    // Each layer's pipelines are made on its first draw; the surface's now, so that the shaders are checked here.
    const pipelines = new LayerPipelineCache(device, { shadeCode: SHADE_WGSL, globeCode: GLOBE_WGSL, globalsLayout, shadeLayout, drawLayout, format });
    await withValidation(device, 'render.shade and render.globe', () => pipelines.of('surface', 'globe', false));
    const reliefLayout = device.createBindGroupLayout({
      label: 'GlobeRenderer.reliefLayout', entries: bindGroupLayoutEntries(RELIEF_WGSL, { compute: { entryPoint: 'bakeRelief' } }, 1),
    });
    const reliefPass = await createComputePass(device, {
      label: 'render.relief', code: RELIEF_WGSL, entryPoint: 'bakeRelief', layouts: [globalsLayout, reliefLayout],
    });
    return new GlobeRenderer(device, format, pipelines, classifyPass, cloudsPass, { classify: classifyLayout, shade: shadeLayout, draw: drawLayout }, reliefPass, reliefLayout);
  }

  /**
   * Record the shading of the latest fields and their draw into
   * `target`. The view uniform is written now, so record one draw per submitted encoder.
   */
  draw(encoder: GPUCommandEncoder, target: GPUTextureView, size: [number, number], globals: GPUBindGroup, fields: Fields, state: ViewState): void {
    // Fields not bound yet (a first draw, or the world's grid rebuilt): bind them now.
    if (this.grid?.fields !== fields) {
      this.grid?.destroy();
      this.grid = new GlobeGrid(this.device, fields, {
        viewBuffer: this.viewBuffer, classifyLayout: this.layouts.classify, shadeLayout: this.layouts.shade, drawLayout: this.layouts.draw,
        paletteView: this.paletteTexture.createView(), sampler: this.sampler, reliefView: this.relief.createView(),
      });
    }
    const grid = this.grid;
    const pipelines = this.pipelines.of(state.layer, state.mode, state.craterSeed !== undefined);
    this.viewValues.set({
      inverseViewProjection: state.inverseViewProjection,
      eye: [...state.eye, 1],
      sunDirection: [...state.sunlight.direction, state.sunlight.everywhere ? 1 : 0],
      mapWindow: state.mapWindow,
      viewport: size,
      paletteRange: paletteRange(PALETTES[state.layer]),
      arrowScale: state.fastestPlate > 0 ? 1 / state.fastestPlate : 0,
      cityLights: state.cityLights ? 1 : 0,
    });
    this.device.queue.writeBuffer(this.viewBuffer, 0, this.viewValues.arrayBuffer);
    const classify = encoder.beginComputePass({ label: 'render.classify.pass', timestampWrites: this.profiler?.next('render.classify') });
    if (state.craterSeed !== undefined && state.craterSeed !== this.reliefSeed) {
      // Once a seed: the globals hold the world's seed, which the relief's hashes read.
      this.reliefPass.encode(classify, [globals, this.reliefGroup], ...RELIEF_SIZE);
      this.reliefSeed = state.craterSeed;
    }
    // The climate types colour the koppen layer and the surface's ground only.
    if (state.layer === 'surface' || state.layer === 'koppen') {
      this.classifyPass.encode(classify, [globals, grid.classifyGroup], fields.climateWidth, fields.climateHeight);
    }
    classify.end();
    if (state.layer === 'surface' && (state.cloudPattern === undefined || state.cloudPattern !== grid.cloudPattern)) {
      const clouds = encoder.beginComputePass({ label: 'render.clouds.pass', timestampWrites: this.profiler?.next('render.clouds') });
      this.cloudsPass.encode(clouds, [globals, grid.shadeGroups.current], fields.width, fields.height);
      clouds.end();
      grid.cloudPattern = state.cloudPattern;
    }
    const shade = encoder.beginComputePass({ label: 'render.shade.pass', timestampWrites: this.profiler?.next('render.shade') });
    pipelines.shade.encode(shade, [globals, grid.shadeGroups.current], fields.width, fields.height);
    shade.end();
    const pass = encoder.beginRenderPass({
      label: 'render.globe.pass',
      colorAttachments: [{ view: target, loadOp: 'clear', storeOp: 'store', clearValue: [0, 0, 0, 1] }],
      timestampWrites: this.profiler?.next('render.globe'),
    });
    pass.setPipeline(pipelines.globe);
    pass.setBindGroup(0, globals);
    pass.setBindGroup(1, grid.drawGroups.current);
    pass.draw(3);
    pass.end();
  }

  destroy(): void {
    this.grid?.destroy();
    this.viewBuffer.destroy();
    this.paletteTexture.destroy();
    this.relief.destroy();
  }
}
