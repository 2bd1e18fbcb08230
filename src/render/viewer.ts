// The viewer: the canvas at device-pixel size, the cameras, and drawing the simulation's
// latest state into the canvas or into an off-screen capture.

import type { Layer, View } from '../params';
import type { Simulation } from '../sim/simulation';
import { MapCamera, OrbitCamera } from './camera';
import { captureFrame } from './capture';
import { attachCameraControls } from './controls';
import { GlobeRenderer, type ViewState } from './globe';
import { sunlightAt } from './sun';
import { PLATE_FLOATS } from '../sim/plates';
import { plateTableAt } from '../sim/world';

export class Viewer {
  readonly orbit = new OrbitCamera();
  readonly map = new MapCamera();
  view: View = 'globe';
  layer: Layer = 'surface';
  cityLights = true;
  private readonly context: GPUCanvasContext;
  private readonly detachControls: () => void;
  private readonly resizeObserver: ResizeObserver;

  private constructor(
    private readonly device: GPUDevice,
    private readonly canvas: HTMLCanvasElement,
    private readonly renderer: GlobeRenderer,
  ) {
    this.context = canvas.getContext('webgpu')!;
    this.context.configure({
      device, format: renderer.format, alphaMode: 'opaque',
      usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
    });
    this.detachControls = attachCameraControls(canvas, {
      orbit: this.orbit, map: this.map, isMap: () => this.view === 'map', changed: () => {},
    });
    this.resizeObserver = new ResizeObserver((entries) => this.resize(entries[0]));
    this.resizeObserver.observe(canvas);
  }

  static async create(device: GPUDevice, canvas: HTMLCanvasElement, simulation: Simulation): Promise<Viewer> {
    const renderer = await GlobeRenderer.create(device, simulation.layouts.globals, navigator.gpu.getPreferredCanvasFormat());
    renderer.bindFields(simulation.fields);
    return new Viewer(device, canvas, renderer);
  }

  /** The simulation rebuilt its fields (a new resolution): bind the new ones. */
  fieldsChanged(simulation: Simulation): void { this.renderer.bindFields(simulation.fields); }

  /** Draw the simulation's current state into the canvas. */
  draw(simulation: Simulation): void {
    const { width, height } = this.canvas;
    if (width === 0 || height === 0) return;
    if (this.layer === 'basins') simulation.labelBasins();
    simulation.writeGlobals();
    const encoder = this.device.createCommandEncoder({ label: 'Viewer.frame' });
    this.renderer.draw(encoder, this.context.getCurrentTexture().createView(), [width, height],
      simulation.globalsGroup, simulation.fields, this.state(simulation, width, height));
    this.device.queue.submit([encoder.finish()]);
  }

  /** The current view drawn off-screen at width x height: RGBA bytes, top row first. */
  capture(simulation: Simulation, width: number, height: number): Promise<Uint8Array> {
    if (this.layer === 'basins') simulation.labelBasins();
    simulation.writeGlobals();
    return captureFrame(this.device, this.renderer.format, width, height, (encoder, target) => {
      this.renderer.draw(encoder, target, [width, height], simulation.globalsGroup,
        simulation.fields, this.state(simulation, width, height));
    });
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.detachControls();
    this.context.unconfigure();
    this.renderer.destroy();
  }

  private state(simulation: Simulation, width: number, height: number): ViewState {
    const table = plateTableAt(simulation.definition, simulation.tick);
    let fastestPlate = 0;
    for (let k = 0; k < table.length; k += PLATE_FLOATS) fastestPlate = Math.max(fastestPlate, Math.hypot(table[k], table[k + 1]));
    const eye = this.orbit.eye();
    return {
      mode: this.view,
      layer: this.layer,
      inverseViewProjection: this.orbit.inverseViewProjection(width / height),
      eye,
      mapWindow: this.map.window(width, height),
      sunlight: sunlightAt(simulation.tick, this.view, eye),
      fastestPlate,
      cityLights: this.cityLights,
    };
  }

  private resize(entry: ResizeObserverEntry): void {
    const limit = this.device.limits.maxTextureDimension2D;
    const box = entry.devicePixelContentBoxSize?.[0];
    const width = box ? box.inlineSize : Math.round(entry.contentRect.width * devicePixelRatio);
    const height = box ? box.blockSize : Math.round(entry.contentRect.height * devicePixelRatio);
    this.canvas.width = Math.max(1, Math.min(width, limit));
    this.canvas.height = Math.max(1, Math.min(height, limit));
  }
}
