// The app: one world's simulation, the viewer, the loop, the controls, the timeline, the
// guided story, the edit tools, world files and the URL, wired.

import type { GpuContext } from './gpu/device';
import { GpuTimer } from './gpu/timer';
import { TickLoop } from './loop';
import { parseWorldFile } from './io/world-file';
import { checkParam } from './param-check';
import { LAYERS, parseResolution, SCHEMA, TOOLS, type ParamKey, type ParamValues } from './params';
import { Viewer } from './render/viewer';
import { checkEdits, type Edit, type UnstampedEdit } from './sim/edits';
import { GlobalStats, type GlobalSample } from './sim/global-stats';
import { PlanetReadout } from './sim/planet-readout';
import { Simulation } from './sim/simulation';
import { worldFromParams } from './sim/world';
import { shotAt } from './story';
import { clampTick, END_TICK, eraAt, eraIndexAt, eraStartTick, ERAS } from './timeline';
import { Caption } from './ui/caption';
import { Charts } from './ui/charts';
import { EditTool } from './ui/edit-tool';
import { FileActions } from './ui/file-actions';
import { attachKeyboard, ControlPanel } from './ui/gui';
import { Hud } from './ui/hud';
import { renderLegend } from './ui/legend';
import type { Notices } from './ui/notices';
import { TimelineBar } from './ui/timeline-bar';
import { MAX_QUERY_LENGTH, writeUrlState } from './ui/url-state';

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

/** What a new device needs to resume a lost one's world: its definition, moment and keyframes. */
export interface Resume {
  params: ParamValues;
  edits: readonly Edit[];
  keyframes: ReadonlyMap<number, ArrayBuffer>;
  samples: ReadonlyMap<number, GlobalSample>;
}

/** Frames between two ticks timed pass by pass for the HUD (about two seconds at 60 fps). */
const TIMING_FRAMES = 120;

/** Most terrain rows the charts' sampler handles (the largest grid's). */
const MAX_ROWS = 2048;


/** Frames between URL updates while the story plays (about two seconds at 60 fps). */
const URL_UPDATE_FRAMES = 120;

export class App {
  private readonly loop: TickLoop;
  private readonly panel: ControlPanel;
  private readonly hud: Hud;
  private readonly planetReadout: PlanetReadout;
  private readonly timeline: TimelineBar;
  private readonly caption: Caption;
  private readonly charts: Charts;
  /** Times one tick's passes now and then, where the adapter has timestamp queries. */
  private readonly passTimer?: GpuTimer;
  private framesSinceTiming = 0;
  private timingInFlight = false;
  private readonly editTool: EditTool;
  private readonly detachKeyboard: () => void;
  private seekTarget: number | null = null;
  private ticksThisFrame = 0;
  private framesSinceUrl = 0;
  /** Whether the notice that the edits no longer fit in a link was shown. */
  private linkTooLongShown = false;

  private constructor(
    private readonly gpu: GpuContext,
    readonly simulation: Simulation,
    readonly viewer: Viewer,
    readonly params: ParamValues,
    private readonly elements: AppElements,
    private readonly notices: Notices,
    readonly stats: GlobalStats,
  ) {
    this.hud = new Hud(elements.hud, elements.progress);
    this.planetReadout = new PlanetReadout(gpu.device);
    this.loop = new TickLoop({
      tick: () => this.tick(),
      frame: () => this.frame(),
      gpuIdle: () => gpu.device.queue.onSubmittedWorkDone(),
    });
    this.loop.speed = params.speed;
    if (gpu.timestamps) this.passTimer = new GpuTimer(gpu.device, 64);
    const eraNow = () => eraIndexAt(this.shownTick);
    const files = new FileActions({
      params, simulation, viewer, canvas: elements.canvas, notices,
      edits: () => this.edits,
      shownTick: () => this.shownTick,
      loadWorld: (text) => this.loadWorld(text),
      syncUrl: () => this.syncUrl(),
    });
    const actions = {
      set: (key: ParamKey, value: unknown) => this.set(key, value),
      togglePlay: () => this.setPlaying(!this.loop.playing),
      step: () => { this.setPlaying(false); this.ticksThisFrame += this.loop.runTicks(1); },
      stepBack: () => { this.setPlaying(false); this.set('tick', this.simulation.tick - 1); },
      seekBy: (ticks: number) => this.set('tick', this.shownTick + ticks),
      previousEra: () => this.set('tick', eraStartTick(Math.max(eraNow() - (this.simulation.tick === eraStartTick(eraNow()) ? 1 : 0), 0))),
      nextEra: () => this.set('tick', eraNow() + 1 < ERAS.length ? eraStartTick(eraNow() + 1) : END_TICK),
      restart: () => this.set('tick', 0),
      toEnd: () => this.set('tick', END_TICK),
      isPlaying: () => this.loop.playing,
      faster: () => this.set('speed', this.params.speed * 2),
      slower: () => this.set('speed', this.params.speed / 2),
      toggleView: () => this.set('view', this.params.view === 'globe' ? 'map' : 'globe'),
      nextLayer: () => this.set('layer', LAYERS[(LAYERS.indexOf(this.params.layer) + 1) % LAYERS.length]),
      toggleLights: () => this.set('cityLights', this.params.cityLights === 'on' ? 'off' : 'on'),
      toggleStory: () => this.set('story', this.params.story === 'on' ? 'off' : 'on'),
      toggleCharts: () => this.set('charts', this.params.charts === 'on' ? 'off' : 'on'),
      nextTool: () => this.set('tool', TOOLS[(TOOLS.indexOf(this.params.tool) + 1) % TOOLS.length]),
      saveWorld: () => files.save(),
      loadWorld: () => files.choose(),
      copyLink: () => files.copyLink(),
      exportLayer: () => files.exportView(),
      exportHeightmap: () => files.exportHeightmap(),
    };
    this.panel = new ControlPanel(elements.panel, params, actions);
    this.detachKeyboard = attachKeyboard(actions);
    this.timeline = new TimelineBar(elements.timeline, {
      togglePlay: actions.togglePlay,
      seek: (tick) => this.set('tick', tick),
      setSpeed: (speed) => this.set('speed', speed),
    });
    this.caption = new Caption(elements.caption);
    this.charts = new Charts(elements.charts);
    simulation.onStep = () => stats.sampleIfDue(simulation);
    stats.sampleIfDue(simulation);
    this.editTool = new EditTool(elements.canvas, {
      tool: () => this.params.tool,
      settings: () => ({ radiusKm: this.params.brushRadius, heightM: this.params.brushHeight, uplift: this.params.brushUplift, plateCmPerYear: this.params.plateVelocity }),
      lonLatAt: (x, y) => this.viewer.lonLatAt(x, y),
      plateAt: (lon, lat) => this.plateAt(lon, lat),
      addEdit: (edit) => this.addEdit(edit),
    });
    this.applyView();
  }

  static async create(
    gpu: GpuContext, params: ParamValues, edits: readonly Edit[], elements: AppElements, notices: Notices, playing: boolean, resume?: Resume,
  ): Promise<App> {
    const simulation = await Simulation.create(gpu.device, worldFromParams(params, edits));
    const viewer = await Viewer.create(gpu.device, elements.canvas, simulation);
    const stats = await GlobalStats.create(gpu.device, simulation.layouts.globals, MAX_ROWS);
    if (resume) {
      simulation.keyframes.adopt(resume.keyframes);
      for (const [tick, sample] of resume.samples) stats.samples.set(tick, sample);
    }
    const app = new App(gpu, simulation, viewer, params, elements, notices, stats);
    app.loop.playing = playing;
    app.seekTo(params.tick);
    app.syncUrl();
    app.loop.start();
    return app;
  }

  get device(): GPUDevice { return this.gpu.device; }
  get playing(): boolean { return this.loop.playing; }
  get seeking(): boolean { return this.seekTarget !== null; }
  /** The tick on screen, or the one a seek is heading for (what links, files and the story use). */
  private get shownTick(): number { return this.seekTarget ?? this.simulation.tick; }
  get edits(): readonly Edit[] { return this.simulation.definition.edits; }
  /** GPU buffers and textures alive on this app's device, and their bytes. */
  get gpuMemory() { return this.gpu.memory(); }

  /** Everything needed to start this world again at this moment on a new device. */
  resumePoint(): Resume {
    return {
      params: { ...this.params, tick: this.shownTick },
      edits: this.edits,
      keyframes: new Map(this.simulation.keyframes.held()),
      samples: new Map(this.stats.samples),
    };
  }

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
    if ((key === 'view' || key === 'layer') && this.params.story === 'on') {
      this.params.story = 'off';
      this.notices.show('You left the guided story and can explore; press S to go back to it.', 'info');
    }
    if (key === 'tick') this.seekTo(checked.value as number);
    else if (key === 'speed') this.loop.speed = checked.value as number;
    else if (key === 'story' && checked.value === 'on') this.followStory();
    else if (key === 'tool' && checked.value === 'plate' && !eraAt(this.simulation.tick).processes.tectonics) {
      this.notices.show('Plates only move in the tectonics and climate eras: seek there to push one.', 'info');
      this.applyView();
    } else if (key === 'view' || key === 'layer' || key === 'cityLights' || key === 'tool' || key === 'charts') this.applyView();
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
    const tick = this.simulation.tick;
    this.redefine(this.simulation.definition.edits);
    renderLegend(this.elements.legend, this.params);
    this.seekTo(tick);
  }

  /** A new world definition from the parameters and these edits: new fields where the grids changed. */
  private redefine(edits: readonly Edit[]): void {
    const fields = this.simulation.fields;
    this.stats.reset();
    this.simulation.redefine(worldFromParams(this.params, edits));
    // A new terrain or climate grid (resolution, climate divisor): the viewer binds the new fields.
    if (this.simulation.fields !== fields) this.viewer.fieldsChanged(this.simulation);
  }

  private applyView(): void {
    this.viewer.view = this.params.view;
    this.viewer.layer = this.params.layer;
    this.simulation.basinsWanted = this.params.layer === 'basins';
    this.viewer.cityLights = this.params.cityLights === 'on';
    this.viewer.editing = this.params.tool !== 'none';
    this.charts.visible = this.params.charts === 'on';
    this.elements.canvas.style.cursor = this.viewer.editing ? 'crosshair' : '';
    renderLegend(this.elements.legend, this.params);
  }

  /** While the story is on: show the shot of the current moment. */
  private followStory(): void {
    const shot = shotAt(this.shownTick);
    if (shot.layer === this.params.layer && shot.view === this.params.view) return;
    // Playing through a cut, the new shot sweeps in; a seek just cuts.
    if (this.seekTarget === null && this.loop.playing) this.viewer.startSweep(this.simulation);
    this.params.layer = shot.layer;
    this.params.view = shot.view;
    this.applyView();
    this.panel.refresh(this.loop.playing);
  }

  /** A tool's edit, made now: stamped with the tick, checked, added to the log and applied. */
  private addEdit(unstamped: UnstampedEdit): void {
    if (this.seekTarget !== null) {
      this.notices.show('Wait for the seek to finish before editing.', 'warning');
      return;
    }
    const checked = checkEdits([{ ...unstamped, tick: this.simulation.tick }]);
    const refusal = 'error' in checked ? checked.error : this.simulation.addEdit(checked.edits[0]);
    if (refusal) {
      this.notices.show(refusal, 'warning');
      return;
    }
    this.stats.dropFrom(this.simulation.tick);
    const edit = 'edits' in checked ? checked.edits[0] : null;
    if (edit?.kind === 'plate') {
      const heading = (Math.atan2(edit.eastCmPerYear, edit.northCmPerYear) * 180) / Math.PI;
      this.notices.show(`Plate ${edit.plate} now moves ${Math.hypot(edit.eastCmPerYear, edit.northCmPerYear).toFixed(1)} cm/yr toward ${Math.round((heading + 360) % 360)}° (until the plates re-form).`, 'info');
    }
    this.syncUrl();
  }

  /** The plate under a point (1..64, or 0 where none has formed). */
  private async plateAt(lon: number, lat: number): Promise<number> {
    const { width, height } = this.simulation.fields;
    const x = Math.min(Math.floor((lon / 360) * width), width - 1);
    const y = Math.min(Math.max(Math.floor(((90 - lat) / 180) * height), 0), height - 1);
    const [, , , plate] = await this.simulation.readTerrainCell(x, y);
    if (plate === 0) this.notices.show('No plate there yet: plates form when the tectonics era begins.', 'info');
    return plate;
  }

  /** Open a world file's text: on any problem, a message and the current world untouched. */
  loadWorld(text: unknown): boolean {
    const loaded = parseWorldFile(text, this.params);
    if ('error' in loaded) {
      this.notices.show(`Could not open the world: ${loaded.error}`, 'error');
      return false;
    }
    Object.assign(this.params, loaded.params);
    this.loop.speed = this.params.speed;
    this.redefine(loaded.edits);
    this.applyView();
    this.setPlaying(false);
    this.seekTo(loaded.params.tick);
    this.panel.refresh(this.loop.playing);
    this.syncUrl();
    this.notices.show(`Opened seed ${this.params.seed} at ${this.params.resolution} with ${loaded.edits.length} edits; replaying to tick ${loaded.params.tick.toLocaleString('en-US')}.`, 'info');
    return true;
  }

  private tick(): boolean {
    if (this.seekTarget !== null || this.simulation.atEnd) return false;
    if (this.passTimer && !this.timingInFlight && this.framesSinceTiming >= TIMING_FRAMES) this.timedStep(this.passTimer);
    else this.simulation.step();
    return true;
  }

  /** One tick with each pass timed on the GPU; the HUD shows the times when they arrive. */
  private timedStep(timer: GpuTimer): void {
    this.framesSinceTiming = 0;
    this.timingInFlight = true;
    this.simulation.profiler = timer;
    this.simulation.step();
    this.simulation.profiler = undefined;
    timer.read().then((times) => { this.hud.passTimes = times; }, () => { /* Device lost: no times. */ })
      .finally(() => { this.timingInFlight = false; });
  }

  private frame(): void {
    if (this.seekTarget !== null) this.advanceSeek();
    this.editTool.flush();
    if (this.params.story === 'on') this.followStory();
    this.caption.update(this.simulation.tick);
    this.viewer.draw(this.simulation);
    const tickChanged = this.params.tick !== this.simulation.tick;
    this.params.tick = this.simulation.tick;
    if (tickChanged) this.panel.refresh(this.loop.playing);
    this.planetReadout.update(this.simulation);
    this.hud.update(this.simulation.tick, this.ticksThisFrame, this.loop.playing, this.loop.speed, this.planetReadout.latest, this.gpu.memory().bytes);
    this.timeline.update(this.simulation.tick, this.seekTarget, this.loop.playing, this.loop.speed);
    this.charts.update(this.stats.samples, this.simulation.tick);
    this.ticksThisFrame = 0;
    this.framesSinceTiming++;
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
    const values = { ...this.params, tick: this.shownTick };
    let query = writeUrlState(values, this.edits);
    if (query.length > MAX_QUERY_LENGTH) {
      // A link that long would be refused when opened: leave the edits out, and say so once.
      query = writeUrlState(values);
      if (!this.linkTooLongShown) this.notices.show('The edit log is too long for a link: save a world file to share this world with its edits.', 'warning');
      this.linkTooLongShown = true;
    }
    history.replaceState(null, '', `${location.pathname}?${query}`);
  }

  destroy(): void {
    this.loop.stop();
    this.detachKeyboard();
    this.editTool.destroy();
    this.timeline.destroy();
    this.caption.destroy();
    this.charts.destroy();
    this.stats.destroy();
    this.panel.destroy();
    this.viewer.destroy();
    this.planetReadout.destroy();
    this.passTimer?.destroy();
    this.simulation.destroy();
  }
}
