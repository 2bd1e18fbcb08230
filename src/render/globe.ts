// The render pass: draws the planet (globe or map) from the latest terrain into any target.

import { makeShaderDataDefinitions, makeStructuredView, type StructuredView } from 'webgpu-utils';
import globeWgsl from '../../shaders/render/globe.wgsl?raw';
import { withValidation } from '../gpu/device';
import { libraryShader } from '../gpu/shaders';
import type { PingPongField } from '../gpu/pingpong';
import { LAYERS, type Layer, type View } from '../params';
import { linearStop, PALETTES } from './palettes';

/** What the viewer looks at: view mode, layer, cameras' matrices and the sun. */
export interface ViewState {
  mode: View;
  layer: Layer;
  inverseViewProjection: Float32Array;
  eye: Float32Array;
  mapWindow: [number, number, number, number];
  sunDirection: [number, number, number];
}

const code = libraryShader(globeWgsl);

export class GlobeRenderer {
  private readonly pipeline: GPURenderPipeline;
  private readonly layout: GPUBindGroupLayout;
  private readonly viewBuffer: GPUBuffer;
  private readonly viewValues: StructuredView;
  private readonly paletteBuffer: GPUBuffer;
  private readonly paletteRanges = new Map<Layer, [number, number]>();
  private fieldGroups: GPUBindGroup[] = [];

  private constructor(private readonly device: GPUDevice, readonly format: GPUTextureFormat, pipeline: GPURenderPipeline, layout: GPUBindGroupLayout) {
    this.pipeline = pipeline;
    this.layout = layout;
    this.viewValues = makeStructuredView(makeShaderDataDefinitions(code).uniforms.view);
    this.viewBuffer = device.createBuffer({
      label: 'GlobeRenderer.view', size: this.viewValues.arrayBuffer.byteLength, usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
    });
    const stops: number[] = [];
    for (const layer of LAYERS) {
      const palette = PALETTES[layer];
      this.paletteRanges.set(layer, [stops.length / 4, palette.stops.length]);
      for (const stop of palette.stops) stops.push(...linearStop(stop));
    }
    this.paletteBuffer = device.createBuffer({
      label: 'GlobeRenderer.palette', size: stops.length * 4, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST,
    });
    device.queue.writeBuffer(this.paletteBuffer, 0, new Float32Array(stops));
  }

  static async create(device: GPUDevice, globalsLayout: GPUBindGroupLayout, format: GPUTextureFormat): Promise<GlobeRenderer> {
    const layout = device.createBindGroupLayout({
      label: 'GlobeRenderer.layout',
      entries: [
        { binding: 0, visibility: GPUShaderStage.FRAGMENT, buffer: { type: 'uniform' } },
        { binding: 1, visibility: GPUShaderStage.FRAGMENT, buffer: { type: 'read-only-storage' } },
        { binding: 2, visibility: GPUShaderStage.FRAGMENT, buffer: { type: 'read-only-storage' } },
      ],
    });
    const pipeline = await withValidation(device, 'render.globe', () => {
      const module = device.createShaderModule({ label: 'render.globe.module', code });
      return device.createRenderPipeline({
        label: 'render.globe',
        layout: device.createPipelineLayout({ label: 'render.globe.layout', bindGroupLayouts: [globalsLayout, layout] }),
        vertex: { module, entryPoint: 'vertexMain' },
        fragment: { module, entryPoint: 'fragmentMain', targets: [{ format }] },
        primitive: { topology: 'triangle-list' },
      });
    });
    return new GlobeRenderer(device, format, pipeline, layout);
  }

  /** Build the bind groups for both buffers of a (new) terrain field. */
  bindTerrain(terrain: PingPongField): void {
    this.fieldGroups = terrain.buffers.map((buffer, i) => this.device.createBindGroup({
      label: `GlobeRenderer.terrain${i}`,
      layout: this.layout,
      entries: [
        { binding: 0, resource: { buffer: this.viewBuffer } },
        { binding: 1, resource: { buffer } },
        { binding: 2, resource: { buffer: this.paletteBuffer } },
      ],
    }));
  }

  /** Record the draw of the latest terrain (buffer `terrainIndex`) into `target`. */
  draw(encoder: GPUCommandEncoder, target: GPUTextureView, size: [number, number], globals: GPUBindGroup, terrainIndex: number, state: ViewState): void {
    const [paletteStart, paletteLength] = this.paletteRanges.get(state.layer)!;
    this.viewValues.set({
      inverseViewProjection: state.inverseViewProjection,
      eye: [...state.eye, 1],
      sunDirection: [...state.sunDirection, 0],
      mapWindow: state.mapWindow,
      viewport: size,
      mode: state.mode === 'map' ? 1 : 0,
      layer: LAYERS.indexOf(state.layer),
      paletteStart,
      paletteLength,
    });
    this.device.queue.writeBuffer(this.viewBuffer, 0, this.viewValues.arrayBuffer);
    const pass = encoder.beginRenderPass({
      label: 'render.globe.pass',
      colorAttachments: [{ view: target, loadOp: 'clear', storeOp: 'store', clearValue: [0, 0, 0, 1] }],
    });
    pass.setPipeline(this.pipeline);
    pass.setBindGroup(0, globals);
    pass.setBindGroup(1, this.fieldGroups[terrainIndex]);
    pass.draw(3);
    pass.end();
  }

  destroy(): void {
    this.viewBuffer.destroy();
    this.paletteBuffer.destroy();
  }
}
