// The viewer: the canvas at device-pixel size, the cameras, and drawing the simulation's
// latest state (read-only: the simulation keeps its uniforms and basins current) into the
// canvas or into an off-screen capture.

import type { Layer, View } from '../params';
import type { SimulationState } from '../sim/state';
import { isNewbornRelief } from '../sim/world';
import { MapCamera, OrbitCamera } from './camera';
import { captureFrame } from './capture';
import { attachCameraControls } from './controls';
import { FrameScale } from './frame-scale';
import { CLOUD_PATTERN_TICKS, GlobeRenderer, RELIEF_SIZE, type ViewState } from './globe';
import { sunlightAt } from './sun';
import { vec3, vec4 } from 'wgpu-matrix';

/** Frames a story cut takes to sweep across the screen (three quarters of a second at 60 fps). */
const SWEEP_FRAMES = 45;

export class Viewer {
  readonly orbit = new OrbitCamera();
  readonly map = new MapCamera();
  view: View = 'globe';
  layer: Layer = 'surface';
  cityLights = true;
  /** An edit tool owns pointer drags (the camera only zooms). */
  editing = false;
  private readonly context: GPUCanvasContext;
  /** The view before a story cut, drawn once, uncovered west to east over SWEEP_FRAMES frames. */
  private sweep?: { texture: GPUTexture; framesLeft: number };
  private readonly detachControls: () => void;
  private readonly resizeObserver: ResizeObserver;
  /** The canvas's size on the page, device pixels (from the resize observer). */
  private pageSize: [number, number] = [1, 1];
  /** The most pixels the canvas draws (see maxPixels), and whether someone set them (pinned). */
  private pixelLimit: number;
  private pixelsPinned = false;

  private constructor(
    private readonly device: GPUDevice,
    private readonly canvas: HTMLCanvasElement,
    private readonly renderer: GlobeRenderer,
    /** On a software adapter: the pixels that keep a frame within its budget (else every pixel of the window). */
    private readonly frameScale?: FrameScale,
  ) {
    this.pixelLimit = frameScale?.pixels ?? Infinity;
    this.context = canvas.getContext('webgpu')!;
    this.context.configure({
      device, format: renderer.format, alphaMode: 'opaque',
      usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC | GPUTextureUsage.COPY_DST,
    });
    this.detachControls = attachCameraControls(canvas, {
      orbit: this.orbit, map: this.map, isMap: () => this.view === 'map', canDrag: () => !this.editing, changed: () => {},
    });
    this.resizeObserver = new ResizeObserver((entries) => this.resize(entries[0]));
    this.resizeObserver.observe(canvas);
  }

  /** On a software adapter the canvas draws as many pixels as keep a frame near its budget (src/render/frame-scale.ts). */
  static async create(device: GPUDevice, canvas: HTMLCanvasElement, simulation: SimulationState, software = false): Promise<Viewer> {
    const renderer = await GlobeRenderer.create(device, simulation.layouts.globals, navigator.gpu.getPreferredCanvasFormat());
    return new Viewer(device, canvas, renderer, software ? new FrameScale() : undefined);
  }

  /** A frame took `drawMs` to draw (on the GPU, after its ticks): on a software adapter the canvas follows the budget. */
  drawn(drawMs: number): void {
    const pixels = this.pixelsPinned ? undefined : this.frameScale?.measured(drawMs);
    if (pixels !== undefined) this.limitPixels(pixels);
  }

  /** Draw the simulation's current state into the canvas (with what is left of a sweep over it). */
  draw(simulation: SimulationState): void {
    const { width, height } = this.canvas;
    if (width === 0 || height === 0) return;
    const encoder = this.device.createCommandEncoder({ label: 'Viewer.frame' });
    const target = this.context.getCurrentTexture();
    this.renderer.draw(encoder, target.createView(), [width, height],
      simulation.globalsGroup, simulation.fields, this.state(simulation, ...this.shownSize()));
    const sweep = this.sweep;
    if (sweep && sweep.texture.width === width && sweep.texture.height === height && sweep.framesLeft > 0) {
      // The old view still covers the east of the screen; the new one sweeps in from the west.
      const edge = Math.round(width * (1 - sweep.framesLeft / SWEEP_FRAMES));
      encoder.copyTextureToTexture({ texture: sweep.texture, origin: [edge, 0] }, { texture: target, origin: [edge, 0] }, [width - edge, height]);
      sweep.framesLeft--;
    }
    this.device.queue.submit([encoder.finish()]);
  }

  /**
   * Start a sweep from the view as it is now to whatever is set next (a cut of the guided
   * story): the current view is drawn once into a texture the size of the canvas.
   */
  startSweep(simulation: SimulationState): void {
    const { width, height } = this.canvas;
    if (width === 0 || height === 0) return;
    if (!this.sweep || this.sweep.texture.width !== width || this.sweep.texture.height !== height) {
      this.sweep?.texture.destroy();
      this.sweep = {
        texture: this.device.createTexture({
          label: 'Viewer.sweep', size: [width, height], format: this.renderer.format,
          usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
        }),
        framesLeft: 0,
      };
    }
    const encoder = this.device.createCommandEncoder({ label: 'Viewer.sweepStart' });
    this.renderer.draw(encoder, this.sweep.texture.createView(), [width, height],
      simulation.globalsGroup, simulation.fields, this.state(simulation, ...this.shownSize()));
    this.device.queue.submit([encoder.finish()]);
    this.sweep.framesLeft = SWEEP_FRAMES;
  }

  /** The current view drawn off-screen at width x height: RGBA bytes, top row first. */
  capture(simulation: SimulationState, width: number, height: number): Promise<Uint8Array> {
    return captureFrame(this.device, this.renderer.format, width, height, (encoder, target) => {
      this.renderer.draw(encoder, target, [width, height], simulation.globalsGroup,
        simulation.fields, this.state(simulation, width, height));
    });
  }

  /**
   * The point of the planet under a client position (CSS pixels): longitude 0..360 and
   * latitude -90..90 in degrees, or null off the planet. The same rays as globe.wgsl.
   */
  lonLatAt(clientX: number, clientY: number): [number, number] | null {
    const box = this.canvas.getBoundingClientRect();
    const ndcX = ((clientX - box.left) / box.width) * 2 - 1;
    const ndcY = 1 - ((clientY - box.top) / box.height) * 2;
    let lat: number;
    let lon: number;
    if (this.view === 'map') {
      const [centreLon, centreLat, halfLon, halfLat] = this.map.window(box.width, box.height);
      lon = centreLon + ndcX * halfLon;
      lat = centreLat + ndcY * halfLat;
      if (Math.abs(lat) > Math.PI / 2) return null;
    } else {
      const inverse = this.orbit.inverseViewProjection(box.width / box.height);
      const near = vec4.transformMat4([ndcX, ndcY, 0, 1], inverse);
      const far = vec4.transformMat4([ndcX, ndcY, 1, 1], inverse);
      const origin = vec3.scale(near, 1 / near[3]);
      const direction = vec3.normalize(vec3.sub(vec3.scale(far, 1 / far[3]), origin));
      const b = vec3.dot(origin, direction);
      const discriminant = b * b - (vec3.dot(origin, origin) - 1);
      if (discriminant < 0) return null;
      const p = vec3.addScaled(origin, direction, -b - Math.sqrt(discriminant));
      lat = Math.asin(Math.min(Math.max(p[1], -1), 1));
      lon = Math.atan2(p[0], p[2]);
    }
    const degrees = (radians: number) => (radians * 180) / Math.PI;
    return [((degrees(lon) % 360) + 360) % 360, degrees(lat)];
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.detachControls();
    this.context.unconfigure();
    this.sweep?.texture.destroy();
    this.renderer.destroy();
  }

  private state(simulation: SimulationState, width: number, height: number): ViewState {
    const eye = this.orbit.eye();
    return {
      mode: this.view,
      layer: this.layer,
      inverseViewProjection: this.orbit.inverseViewProjection(width / height),
      eye,
      mapWindow: this.map.window(width, height),
      sunlight: sunlightAt(simulation.tick, this.view, eye),
      fastestPlate: simulation.fastestPlate,
      cityLights: this.cityLights,
      craterSeed: showsCraters(simulation) ? simulation.definition.seed : undefined,
      cloudPattern: `${simulation.definition.seed}/${Math.floor(simulation.tick / CLOUD_PATTERN_TICKS)}`,
    };
  }

  /**
   * The most pixels the canvas draws (Infinity: every device pixel of the window); a larger
   * window gets a canvas scaled down to that many, which the browser scales up (the HUD and
   * panel, being the page's, stay sharp). Set, it stays so: the draw budget no longer moves it
   * (the screenshot tool draws every pixel of the window).
   */
  get maxPixels(): number { return this.pixelLimit; }
  set maxPixels(pixels: number) {
    this.pixelsPinned = true;
    this.limitPixels(pixels);
  }

  private limitPixels(pixels: number): void {
    this.pixelLimit = pixels;
    this.fitCanvas();
  }

  private resize(entry: ResizeObserverEntry): void {
    const box = entry.devicePixelContentBoxSize?.[0];
    this.pageSize = box ? [box.inlineSize, box.blockSize]
      : [Math.round(entry.contentRect.width * devicePixelRatio), Math.round(entry.contentRect.height * devicePixelRatio)];
    this.fitCanvas();
  }

  /** The canvas's size on the page (its shape: a scaled-down canvas's rounded pixels stretch a little). */
  private shownSize(): [number, number] {
    const { clientWidth, clientHeight, width, height } = this.canvas;
    return clientWidth > 0 && clientHeight > 0 ? [clientWidth, clientHeight] : [width, height];
  }

  /** The canvas's pixels: its size on the page in device pixels, scaled down to maxPixels. */
  private fitCanvas(): void {
    const limit = this.device.limits.maxTextureDimension2D;
    const [width, height] = this.pageSize;
    const scale = Math.min(1, Math.sqrt(this.pixelLimit / Math.max(width * height, 1)));
    this.canvas.width = Math.max(1, Math.min(Math.round(width * scale), limit));
    this.canvas.height = Math.max(1, Math.min(Math.round(height * scale), limit));
  }
}

/** Whether the terrain is the newborn planet's relief on a grid too coarse for its craters (the globe shades them per pixel). */
function showsCraters(simulation: SimulationState): boolean {
  return simulation.fields.height < RELIEF_SIZE[1] && isNewbornRelief(simulation.definition, simulation.tick);
}
