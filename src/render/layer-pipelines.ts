// render.shade and render.globe made for each layer (the LAYER override) on the layer's first
// draw, so a frame runs only its own layer's code: with one pipeline for every layer a software
// adapter ran every layer's code (SwiftShader, 128x64: the plates layer's shade 6.3 ms, 1.3
// when made for the layer alone).

import { buildComputePass, type ComputePass } from '../gpu/pass';
import { shaderModule } from '../gpu/shaders';
import { LAYERS, type Layer } from '../params';
import { RENDER_CONSTANTS } from './layer-constants';

export interface LayerPipelines {
  shade: ComputePass;
  globe: GPURenderPipeline;
}

/** What the pipelines are made from: the two shaders, their bind group layouts and the target's format. */
export interface LayerPipelineSource {
  shadeCode: string;
  globeCode: string;
  globalsLayout: GPUBindGroupLayout;
  shadeLayout: GPUBindGroupLayout;
  drawLayout: GPUBindGroupLayout;
  format: GPUTextureFormat;
}

export class LayerPipelineCache {
  private readonly byLayer = new Map<Layer, LayerPipelines>();
  private readonly globeLayout: GPUPipelineLayout;

  constructor(private readonly device: GPUDevice, private readonly source: LayerPipelineSource) {
    this.globeLayout = device.createPipelineLayout({ label: 'render.globe.layout', bindGroupLayouts: [source.globalsLayout, source.drawLayout] });
  }

  /** This layer's pipelines, made now on its first draw. */
  of(layer: Layer): LayerPipelines {
    let pipelines = this.byLayer.get(layer);
    if (!pipelines) this.byLayer.set(layer, (pipelines = this.build(layer)));
    return pipelines;
  }

  private build(layer: Layer): LayerPipelines {
    const { device, source } = this;
    const constants = { ...RENDER_CONSTANTS, LAYER: LAYERS.indexOf(layer) };
    const shade = buildComputePass(device, {
      label: `render.shade.${layer}`, code: source.shadeCode, entryPoint: 'shade', layouts: [source.globalsLayout, source.shadeLayout],
      constants, moduleLabel: 'render.shade',
    });
    const module = shaderModule(device, 'render.globe', source.globeCode);
    const globe = device.createRenderPipeline({
      label: `render.globe.${layer}`,
      layout: this.globeLayout,
      vertex: { module, entryPoint: 'vertexMain', constants },
      fragment: { module, entryPoint: 'fragmentMain', targets: [{ format: source.format }], constants },
      primitive: { topology: 'triangle-list' },
    });
    return { shade, globe };
  }
}
