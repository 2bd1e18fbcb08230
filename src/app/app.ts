// The app: one world's simulation and viewer, wired to time (the loop and seeks), the screen,
// the controls and keyboard, the HUD, timeline, charts, edit tools, world files and the URL.

import type { GpuContext } from '../gpu/device';
import { checkParam } from '../param-check';
import { parseResolution, SCHEMA, type ParamKey, type ParamValues } from '../params';
import { Viewer } from '../render/viewer';
import type { Edit } from '../sim/edits';
import { GlobalStats } from '../sim/global-stats';
import { PlanetReadout } from '../sim/planet-readout';
import { Simulation } from '../sim/simulation';
import { unchangedThrough } from '../sim/replay-from';
import { worldFromParams } from '../sim/world';
import { shotAt } from '../story';
import { eraAt } from '../timeline';
import { Caption } from '../ui/caption';
import { Charts } from '../ui/charts';
import { FileActions } from '../ui/file-actions';
import { attachKeyboard, ControlPanel } from '../ui/gui';
import { Hud } from '../ui/hud';
import type { Notices } from '../ui/notices';
import { TimelineBar } from '../ui/timeline-bar';
import { controlActions } from './actions';
import { Editing } from './editing';
import { adoptResume, resumePointOf, type Resume } from './resume';
import { Screen } from './screen';
import { TimeControl } from './time';
import { UrlSync } from './url-sync';
import { WorldSwitch } from './world-switch';

export interface AppElements {
  canvas: HTMLCanvasElement;
  panel: HTMLElement;
  hud: HTMLElement;
  progress: HTMLElement;
  legend: HTMLElement;
  timeline: HTMLElement;
  caption: HTMLElement;
  charts: HTMLElement;
}

/** Most terrain rows the charts' sampler handles (the largest grid's). */
const MAX_ROWS = 2048;

export class App {
  private readonly time: TimeControl;
  private readonly screen: Screen;
  private readonly url: UrlSync;
  private readonly panel: ControlPanel;
  private readonly hud: Hud;
  private readonly planetReadout: PlanetReadout;
  private readonly timeline: TimelineBar;
  private readonly caption: Caption;
  private readonly charts: Charts;
  private readonly editing: Editing;
  private readonly detachKeyboard: () => void;
  readonly worlds: WorldSwitch; // World files, maps and Earth (src/app/world-switch.ts).

  private constructor(
    private readonly gpu: GpuContext,
    readonly simulation: Simulation,
    readonly viewer: Viewer,
    readonly params: ParamValues,
    elements: AppElements,
    private readonly notices: Notices,
    readonly stats: GlobalStats,
  ) {
    this.hud = new Hud(elements.hud, elements.progress);
    this.planetReadout = new PlanetReadout(gpu.device);
    this.url = new UrlSync(notices, () => ({ values: { ...this.params, tick: this.shownTick }, edits: this.edits, map: this.worlds.mapLabel }));
    this.worlds = new WorldSwitch({
      params, notices, redefine: (edits) => this.redefine(edits), show: (tick, paused) => this.show(tick, paused),
      get firstTick() { return simulation.firstTick; },
    });
    this.time = new TimeControl(gpu, simulation, this.hud, { frame: () => this.frame(), drawn: (ms) => viewer.drawn(ms), seekDone: () => {
      this.planetReadout.stale();
      this.url.sync();
    } });
    this.time.speed = params.speed;
    const files = new FileActions({
      params, simulation, viewer, canvas: elements.canvas, notices,
      edits: () => this.edits,
      shownTick: () => this.shownTick,
      loadWorld: (text) => this.loadWorld(text),
      onEarth: () => this.worlds.mapLabel === 'earth',
      syncUrl: () => this.url.sync(),
    });
    const actions = controlActions(this, files, this.worlds.maps);
    this.panel = new ControlPanel(elements.panel, params, actions);
    this.detachKeyboard = attachKeyboard(actions);
    this.timeline = new TimelineBar(elements.timeline, {
      togglePlay: actions.togglePlay,
      seek: (tick) => this.set('tick', tick),
      setSpeed: (speed) => this.set('speed', speed),
    });
    this.caption = new Caption(elements.caption);
    this.charts = new Charts(elements.charts);
    this.screen = new Screen(params, simulation, viewer, this.charts, elements.canvas, elements.legend);
    simulation.onStep = () => stats.sampleIfDue(simulation);
    stats.sampleIfDue(simulation);
    this.editing = new Editing({
      canvas: elements.canvas, params, simulation, viewer, stats, notices,
      seeking: () => this.seeking,
      edited: () => this.url.sync(),
    });
    this.screen.apply();
  }

  static async create(
    gpu: GpuContext, params: ParamValues, edits: readonly Edit[], elements: AppElements, notices: Notices, playing: boolean, resume?: Resume,
  ): Promise<App> {
    const simulation = await Simulation.create(gpu.device, worldFromParams(params, edits, resume?.map ?? null));
    const viewer = await Viewer.create(gpu.device, elements.canvas, simulation, gpu.software);
    const stats = await GlobalStats.create(gpu.device, simulation.layouts.globals, MAX_ROWS);
    if (resume) adoptResume(resume, simulation, stats);
    const app = new App(gpu, simulation, viewer, params, elements, notices, stats);
    if (resume?.map) app.worlds.adopt(resume.map, resume.mapLabel);
    app.time.playing = playing;
    app.seekTo(params.tick);
    app.url.sync();
    app.time.start();
    return app;
  }

  get device(): GPUDevice { return this.gpu.device; }
  get playing(): boolean { return this.time.playing; }
  get seeking(): boolean { return this.time.seeking; }
  /** The simulation's tick. */
  get tick(): number { return this.simulation.tick; }
  /** The tick on screen, or the one a seek is heading for (what links, files and the story use). */
  get shownTick(): number { return this.time.shownTick; }
  get edits(): readonly Edit[] { return this.simulation.definition.edits; }
  /** GPU buffers and textures alive on this app's device, and their bytes. */
  get gpuMemory() { return this.gpu.memory(); }

  /** Everything needed to start this world again at this moment on a new device. */
  resumePoint(): Resume { return resumePointOf(this); }

  setPlaying(playing: boolean): void {
    this.time.playing = playing && !this.simulation.atEnd;
    this.url.sync();
    this.panel.refresh(this.time.playing);
    this.timeline.update(this.simulation.tick, this.time.target, this.time.playing, this.time.speed);
  }

  /** Run one tick now (single-stepping). */
  stepOnce(): void { this.time.stepOnce(); }

  /** Validate and apply one parameter from the GUI, keyboard, or a test. */
  set(key: ParamKey, raw: unknown): void {
    const previous = this.params[key];
    const checked = checkParam(key, raw, previous);
    if (checked.notice) this.notices.show(checked.notice, 'warning');
    (this.params as Record<ParamKey, unknown>)[key] = checked.value;
    if ((key === 'view' || key === 'layer') && this.params.story === 'on') {
      this.params.story = 'off';
      this.notices.show('You left the guided story and can explore; press S to go back to it.', 'info');
    }
    if (key === 'tick') this.seekTo(checked.value as number);
    else if (key === 'speed') this.time.speed = checked.value as number;
    else if (key === 'story' && checked.value === 'on') this.followStory();
    else if (key === 'tool' && checked.value === 'plate' && !eraAt(this.simulation.tick).processes.tectonics) {
      this.notices.show('Plates only move in the tectonics and climate eras: seek there to push one.', 'info');
      this.screen.apply();
    } else if (key === 'view' || key === 'layer' || key === 'cityLights' || key === 'tool' || key === 'charts') this.screen.apply();
    else if (SCHEMA[key].definesWorld && checked.value !== previous && (key !== 'mapEntry' || this.worlds.map)) {
      if (key === 'resolution' && this.gpu.software && parseResolution(this.params.resolution).width > 512) {
        this.notices.show(`${this.params.resolution} on a software adapter (${this.gpu.description}) is slow: expect seconds per frame.`, 'warning');
      }
      this.rebuild(unchangedThrough(key));
    }
    this.panel.refresh(this.time.playing);
    this.url.sync();
  }

  /** Start a seek: from the nearest keyframe (or run on), replayed over the next frames. */
  seekTo(tick: number): void { this.time.seekTo(tick); }

  /** Open a world file's text: on any problem, a message and the current world untouched. */
  loadWorld(text: unknown): boolean { return this.worlds.loadWorld(text); }

  destroy(): void {
    this.worlds.maps.destroy();
    this.time.destroy();
    this.detachKeyboard();
    this.editing.destroy();
    this.timeline.destroy();
    this.caption.destroy();
    this.charts.destroy();
    this.stats.destroy();
    this.panel.destroy();
    this.viewer.destroy();
    this.planetReadout.destroy();
    this.simulation.destroy();
  }

  /**
   * The world's definition changed: rebuild at the same tick, a deterministic replay from the
   * last keyframe at or before `sameThrough` (the last tick the change leaves as it was).
   */
  private rebuild(sameThrough: number): void {
    const tick = this.simulation.tick;
    this.redefine(this.simulation.definition.edits, sameThrough);
    this.screen.renderLegend();
    this.seekTo(tick);
  }

  /** A new world definition from the parameters and these edits, the same through `sameThrough` (0: none of it). */
  private redefine(edits: readonly Edit[], sameThrough = 0): void {
    if (sameThrough > 0) this.stats.dropFrom(sameThrough + 1);
    else this.stats.reset();
    // New fields where a grid changed (resolution, climate divisor): the viewer binds them when it next draws.
    this.simulation.redefine(worldFromParams(this.params, edits, this.worlds.map), sameThrough);
  }

  /** A new world shown: its screen and legend, its speed, paused or playing, a seek to `tick`, the panel and link. */
  private show(tick: number, paused: boolean): void {
    this.time.speed = this.params.speed;
    this.screen.apply();
    this.screen.renderLegend();
    if (paused) this.setPlaying(false);
    this.seekTo(tick);
    this.panel.refresh(this.time.playing);
    this.url.sync();
  }

  /** While the story is on: show the shot of the current moment (sweeping in while playing through a cut). */
  private followStory(): void {
    if (this.screen.showShot(shotAt(this.shownTick), !this.time.seeking && this.time.playing)) this.panel.refresh(this.time.playing);
  }

  /** One displayed frame (after the seek's next slice): edits, the story, the drawing and the readouts. */
  private frame(): void {
    this.editing.flush();
    if (this.params.story === 'on') this.followStory();
    const tick = this.simulation.tick;
    this.caption.update(tick);
    this.simulation.settle();
    this.viewer.draw(this.simulation);
    const tickChanged = this.params.tick !== tick;
    this.params.tick = tick;
    if (tickChanged) this.panel.refresh(this.time.playing);
    this.planetReadout.update(this.simulation);
    this.hud.update(tick, this.time.ticksRun, this.time.playing, this.time.speed, this.planetReadout.latest, this.gpu.memory().bytes);
    this.timeline.update(tick, this.time.target, this.time.playing, this.time.speed);
    this.charts.update(this.stats.samples, tick);
    this.time.frameDone();
    this.url.frame(this.time.playing);
  }
}
