// The globe renderer's resources for one grid: the textures render.shade writes per cell, the
// climate cells' Köppen–Geiger types, the clouds' pattern, and the bind groups of the shade and
// draw passes.

import { ParityBindGroups } from '../gpu/pingpong';
import type { Fields } from '../sim/fields';

const CELL_FORMAT: GPUTextureFormat = 'rgba16float';
/** The surface's tint per cell (biome colour and its weight), written by render.shade. */
const TINT_FORMAT: GPUTextureFormat = 'rgba8unorm';
/** The surface's rivers per cell (the step to the receiver and the river's strength), written by render.shade. */
const RIVER_FORMAT: GPUTextureFormat = 'rgba16float';

/** What the grid's bind groups share with the renderer. */
export interface GridShared {
  viewBuffer: GPUBuffer;
  classifyLayout: GPUBindGroupLayout;
  shadeLayout: GPUBindGroupLayout;
  drawLayout: GPUBindGroupLayout;
  paletteView: GPUTextureView;
  sampler: GPUSampler;
  reliefView: GPUTextureView;
}

export class GlobeGrid {
  /** Shaded cells (value, slopes, accent), the ground's tint and the rivers, per terrain cell. */
  private readonly textures: GPUTexture[];
  /** Each climate cell's Köppen–Geiger type (render.classify). */
  private readonly koppen: GPUBuffer;
  /** The clouds' fBM per terrain cell (render.clouds), and which pattern it holds (ViewState.cloudPattern). */
  private readonly clouds: GPUBuffer;
  cloudPattern?: string;
  /** render.classify's group: the monthly means (updated in place: one group serves) and the types. */
  readonly classifyGroup: GPUBindGroup;
  readonly shadeGroups: ParityBindGroups;
  readonly drawGroups: ParityBindGroups;

  constructor(device: GPUDevice, readonly fields: Fields, shared: GridShared) {
    const { terrain, water, climate, life, months, width, height } = fields;
    const texture = (name: string, format: GPUTextureFormat) => device.createTexture({
      label: `GlobeRenderer.${name}`, size: [width, height], format, usage: GPUTextureUsage.STORAGE_BINDING | GPUTextureUsage.TEXTURE_BINDING,
    });
    this.textures = [texture('cells', CELL_FORMAT), texture('tint', TINT_FORMAT), texture('rivers', RIVER_FORMAT)];
    const [cellView, tintView, riverView] = this.textures.map((t) => t.createView());
    this.koppen = device.createBuffer({
      label: 'GlobeRenderer.koppen', size: fields.climateWidth * fields.climateHeight * 4, usage: GPUBufferUsage.STORAGE,
    });
    this.clouds = device.createBuffer({ label: 'GlobeRenderer.clouds', size: width * height * 4, usage: GPUBufferUsage.STORAGE });
    const buffer = (pair: { buffers: readonly GPUBuffer[] }, side: number) => ({ buffer: pair.buffers[side] });
    this.shadeGroups = new ParityBindGroups([terrain, water, climate, life], ([t, w, c, l], name) => device.createBindGroup({
      label: `GlobeRenderer.shade${name}`,
      layout: shared.shadeLayout,
      // No view: the shade pass is made for its layer (src/render/layer-pipelines.ts) and reads nothing else of it.
      entries: [
        { binding: 1, resource: buffer(terrain, t) },
        { binding: 2, resource: cellView },
        { binding: 3, resource: buffer(water, w) },
        { binding: 4, resource: buffer(climate, c) },
        { binding: 5, resource: buffer(life, l) },
        { binding: 6, resource: tintView },
        { binding: 7, resource: riverView },
        { binding: 9, resource: { buffer: this.koppen } },
        { binding: 10, resource: { buffer: this.clouds } },
        { binding: 11, resource: { buffer: fields.basins.current } },
      ],
    }));
    this.classifyGroup = device.createBindGroup({
      label: 'GlobeRenderer.classify', layout: shared.classifyLayout,
      entries: [{ binding: 8, resource: { buffer: months.current } }, { binding: 9, resource: { buffer: this.koppen } }],
    });
    this.drawGroups = new ParityBindGroups([terrain, life], ([t, l], name) => device.createBindGroup({
      label: `GlobeRenderer.draw${name}`,
      layout: shared.drawLayout,
      entries: [
        { binding: 0, resource: { buffer: shared.viewBuffer } },
        { binding: 1, resource: cellView },
        { binding: 2, resource: shared.sampler },
        { binding: 3, resource: shared.paletteView },
        { binding: 4, resource: buffer(terrain, t) },
        { binding: 5, resource: tintView },
        { binding: 6, resource: buffer(life, l) },
        { binding: 7, resource: riverView },
        { binding: 8, resource: shared.reliefView },
      ],
    }));
  }

  destroy(): void {
    this.textures.forEach((texture) => texture.destroy());
    this.koppen.destroy();
    this.clouds.destroy();
  }
}
