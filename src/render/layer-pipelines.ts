// render.shade made for each layer and render.globe for each layer, view and crater shading
// (the LAYER, VIEW and CRATERS overrides) on their first draw, so a frame runs only its own
// code: a software adapter runs every branch, so with one pipeline for every layer it ran every
// layer's code (SwiftShader, 128x64: the plates layer's shade 6.3 ms, 1.3 when made for the
// layer alone), and the map the globe's ray.

import { buildComputePass, type ComputePass } from '../gpu/pass';
import { shaderModule } from '../gpu/shaders';
import { LAYERS, VIEWS, type Layer, type View } from '../params';
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
  private readonly shades = new Map<Layer, ComputePass>();
  private readonly globes = new Map<string, GPURenderPipeline>();
  private readonly globeLayout: GPUPipelineLayout;

  constructor(private readonly device: GPUDevice, private readonly source: LayerPipelineSource) {
    this.globeLayout = device.createPipelineLayout({ label: 'render.globe.layout', bindGroupLayouts: [source.globalsLayout, source.drawLayout] });
  }

  /** The pipelines of this layer in this view, with or without the craters shaded per pixel, made now on their first draw. */
  of(layer: Layer, view: View, craters: boolean): LayerPipelines {
    let shade = this.shades.get(layer);
    if (!shade) this.shades.set(layer, (shade = this.buildShade(layer)));
    const key = `${layer}.${view}${craters ? '.craters' : ''}`;
    let globe = this.globes.get(key);
    if (!globe) this.globes.set(key, (globe = this.buildGlobe(key, layer, view, craters)));
    return { shade, globe };
  }

  private buildShade(layer: Layer): ComputePass {
    const { device, source } = this;
    return buildComputePass(device, {
      label: `render.shade.${layer}`, code: source.shadeCode, entryPoint: 'shade', layouts: [source.globalsLayout, source.shadeLayout],
      constants: { ...RENDER_CONSTANTS, LAYER: LAYERS.indexOf(layer) }, moduleLabel: 'render.shade',
    });
  }

  private buildGlobe(key: string, layer: Layer, view: View, craters: boolean): GPURenderPipeline {
    const { device, source } = this;
    const constants = { ...RENDER_CONSTANTS, LAYER: LAYERS.indexOf(layer), VIEW: VIEWS.indexOf(view), CRATERS: craters ? 1 : 0 };
    const module = shaderModule(device, 'render.globe', source.globeCode);
    return device.createRenderPipeline({
      label: `render.globe.${key}`,
      layout: this.globeLayout,
      vertex: { module, entryPoint: 'vertexMain', constants },
      fragment: { module, entryPoint: 'fragmentMain', targets: [{ format: source.format }], constants },
      primitive: { topology: 'triangle-list' },
    });
  }
}
