// The app: one world's simulation, the viewer, the loop, the controls and the URL, wired.

import type { GpuContext } from './gpu/device';
import { TickLoop } from './loop';
import { checkParam, LAYERS, parseResolution, SCHEMA, type ParamKey, type ParamValues } from './params';
import { Viewer } from './render/viewer';
import { PlanetReadout } from './sim/planet-readout';
import { Simulation } from './sim/simulation';
import { worldFromParams } from './sim/world';
import { clampTick } from './timeline';
import { attachKeyboard, ControlPanel } from './ui/gui';
import { Hud } from './ui/hud';
import { renderLegend } from './ui/legend';
import type { Notices } from './ui/notices';
import { writeUrlState } from './ui/url-state';

export interface AppElements {
  canvas: HTMLCanvasElement;
  panel: HTMLElement;
  hud: HTMLElement;
  progress: HTMLElement;
  legend: HTMLElement;
}

/** Frames between URL updates while the story plays (about two seconds at 60 fps). */
const URL_UPDATE_FRAMES = 120;

export class App {
  private readonly loop: TickLoop;
  private readonly panel: ControlPanel;
  private readonly hud: Hud;
  private readonly planetReadout: PlanetReadout;
  private readonly detachKeyboard: () => void;
  private seekTarget: number | null = null;
  private ticksThisFrame = 0;
  private framesSinceUrl = 0;

  private constructor(
    private readonly gpu: GpuContext,
    readonly simulation: Simulation,
    readonly viewer: Viewer,
    readonly params: ParamValues,
    private readonly elements: AppElements,
    private readonly notices: Notices,
  ) {
    this.hud = new Hud(elements.hud, elements.progress);
    this.planetReadout = new PlanetReadout(gpu.device);
    this.loop = new TickLoop({
      tick: () => this.tick(),
      frame: () => this.frame(),
      gpuIdle: () => gpu.device.queue.onSubmittedWorkDone(),
    });
    this.loop.speed = params.speed;
    const actions = {
      set: (key: ParamKey, value: unknown) => this.set(key, value),
      togglePlay: () => this.setPlaying(!this.loop.playing),
      step: () => { this.setPlaying(false); this.ticksThisFrame += this.loop.runTicks(1); },
      restart: () => this.set('tick', 0),
      isPlaying: () => this.loop.playing,
      faster: () => this.set('speed', this.params.speed * 2),
      slower: () => this.set('speed', this.params.speed / 2),
      toggleView: () => this.set('view', this.params.view === 'globe' ? 'map' : 'globe'),
      nextLayer: () => this.set('layer', LAYERS[(LAYERS.indexOf(this.params.layer) + 1) % LAYERS.length]),
      toggleLights: () => this.set('cityLights', this.params.cityLights === 'on' ? 'off' : 'on'),
    };
    this.panel = new ControlPanel(elements.panel, params, actions);
    this.detachKeyboard = attachKeyboard(actions);
    this.applyView();
  }

  static async create(gpu: GpuContext, params: ParamValues, elements: AppElements, notices: Notices, playing: boolean): Promise<App> {
    const simulation = await Simulation.create(gpu.device, worldFromParams(params));
    const viewer = await Viewer.create(gpu.device, elements.canvas, simulation);
    const app = new App(gpu, simulation, viewer, params, elements, notices);
    app.loop.playing = playing;
    app.seekTo(params.tick);
    app.syncUrl();
    app.loop.start();
    return app;
  }

  get device(): GPUDevice { return this.gpu.device; }
  get playing(): boolean { return this.loop.playing; }
  get seeking(): boolean { return this.seekTarget !== null; }

  setPlaying(playing: boolean): void {
    this.loop.playing = playing && !this.simulation.atEnd;
    this.syncUrl();
    this.panel.refresh(this.loop.playing);
  }

  /** Validate and apply one parameter from the GUI, keyboard, or a test. */
  set(key: ParamKey, raw: unknown): void {
    const previous = this.params[key];
    const checked = checkParam(key, raw, previous);
    if (checked.notice) this.notices.show(checked.notice, 'warning');
    (this.params as Record<ParamKey, unknown>)[key] = checked.value;
    if (key === 'tick') this.seekTo(checked.value as number);
    else if (key === 'speed') this.loop.speed = checked.value as number;
    else if (key === 'view' || key === 'layer' || key === 'cityLights') this.applyView();
    else if (SCHEMA[key].definesWorld && checked.value !== previous) {
      if (key === 'resolution' && this.gpu.software && parseResolution(this.params.resolution).width > 512) {
        this.notices.show(`${this.params.resolution} on a software adapter (${this.gpu.description}) is slow: expect seconds per frame.`, 'warning');
      }
      this.rebuild();
    }
    this.panel.refresh(this.loop.playing);
    this.syncUrl();
  }

  /** Start a seek: from the nearest keyframe (or run on), replayed over the next frames. */
  seekTo(tick: number): void {
    const target = clampTick(tick);
    this.seekTarget = target === this.simulation.tick ? null : target;
  }

  /** The world's definition changed: rebuild at the same tick (a deterministic replay). */
  private rebuild(): void {
    const resolutionChanged = this.simulation.definition.resolution !== this.params.resolution;
    const tick = this.simulation.tick;
    this.simulation.redefine(worldFromParams(this.params, this.simulation.definition.edits));
    if (resolutionChanged) this.viewer.fieldsChanged(this.simulation);
    renderLegend(this.elements.legend, this.params);
    this.seekTo(tick);
  }

  private applyView(): void {
    this.viewer.view = this.params.view;
    this.viewer.layer = this.params.layer;
    this.viewer.cityLights = this.params.cityLights === 'on';
    renderLegend(this.elements.legend, this.params);
  }

  private tick(): boolean {
    if (this.seekTarget !== null || this.simulation.atEnd) return false;
    this.simulation.step();
    return true;
  }

  private frame(): void {
    if (this.seekTarget !== null) this.advanceSeek();
    this.viewer.draw(this.simulation);
    const tickChanged = this.params.tick !== this.simulation.tick;
    this.params.tick = this.simulation.tick;
    if (tickChanged) this.panel.refresh(this.loop.playing);
    this.planetReadout.update(this.simulation);
    this.hud.update(this.simulation.tick, this.ticksThisFrame, this.loop.playing, this.loop.speed, this.planetReadout.latest);
    this.ticksThisFrame = 0;
    if (this.loop.playing && ++this.framesSinceUrl >= URL_UPDATE_FRAMES) this.syncUrl();
  }

  private advanceSeek(): void {
    const target = this.seekTarget!;
    const chunk = this.gpu.software ? 16 : 512;
    const start = this.simulation.tick;
    const reached = this.simulation.seek(target, chunk);
    this.ticksThisFrame += Math.max(this.simulation.tick - start, 0);
    if (reached) {
      this.seekTarget = null;
      this.hud.seeking(null);
      this.syncUrl();
    } else {
      this.hud.seeking(this.simulation.tick / target, `Replaying to tick ${target.toLocaleString('en-US')}…`);
    }
  }

  private syncUrl(): void {
    this.framesSinceUrl = 0;
    const query = writeUrlState({ ...this.params, tick: this.seekTarget ?? this.simulation.tick });
    history.replaceState(null, '', `${location.pathname}?${query}`);
  }

  destroy(): void {
    this.loop.stop();
    this.detachKeyboard();
    this.panel.destroy();
    this.viewer.destroy();
    this.planetReadout.destroy();
    this.simulation.destroy();
  }
}
