// The control panel (lil-gui), built from the parameter schema, plus keyboard shortcuts.

import GUI, { type Controller } from 'lil-gui';
import { PARAM_KEYS, SCHEMA, type ParamGroup, type ParamKey, type ParamValues } from '../params';

export interface GuiActions {
  /** A control changed a parameter (validated by the app, which may correct it). */
  set(key: ParamKey, value: unknown): void;
  togglePlay(): void;
  step(): void;
  restart(): void;
  isPlaying(): boolean;
  saveWorld(): void;
  loadWorld(): void;
  copyLink(): void;
  exportLayer(): void;
  exportHeightmap(): void;
  exportGeoTiff(): void;
  /** World › Open heightmap…, Earth, and back to the seeded planet. */
  openHeightmap(): void;
  openEarth(): void;
  clearMap(): void;
}

const FOLDERS: Record<ParamGroup, string> = {
  world: 'World', time: 'Time', view: 'View', edit: 'Edit', protoplanet: 'Protoplanet', tectonics: 'Tectonics', rivers: 'Rivers', climate: 'Climate',
  life: 'Life', humans: 'Humans',
};

export class ControlPanel {
  private readonly gui: GUI;
  private readonly controllers = new Map<ParamKey, Controller>();
  private readonly playButton: Controller;
  /**
   * What the controls edit: a copy of the app's parameters, so a change reaches the app only
   * through actions.set (validated, compared with the value it replaces) and refresh() shows
   * what the app kept.
   */
  private readonly shown: ParamValues;

  constructor(container: HTMLElement, private readonly values: ParamValues, actions: GuiActions) {
    this.shown = { ...values };
    this.gui = new GUI({ container, title: 'Deep Time' });
    const folders = new Map<ParamGroup, GUI>();
    for (const group of Object.keys(FOLDERS) as ParamGroup[]) folders.set(group, this.gui.addFolder(FOLDERS[group]));
    const buttons = {
      playPause: () => actions.togglePlay(), step: () => actions.step(), restart: () => actions.restart(),
      save: () => actions.saveWorld(), load: () => actions.loadWorld(), copyLink: () => actions.copyLink(),
      exportLayer: () => actions.exportLayer(), exportHeightmap: () => actions.exportHeightmap(), exportGeoTiff: () => actions.exportGeoTiff(),
      openHeightmap: () => actions.openHeightmap(), openEarth: () => actions.openEarth(), clearMap: () => actions.clearMap(),
    };
    const world = folders.get('world')!;
    world.add(buttons, 'save').name('Save world file…');
    world.add(buttons, 'load').name('Open world file…');
    world.add(buttons, 'copyLink').name('Copy link to this moment');
    world.add(buttons, 'exportLayer').name('Export view as PNG');
    world.add(buttons, 'exportHeightmap').name('Export heightmap (16-bit PNG)');
    world.add(buttons, 'exportGeoTiff').name('Export elevation (GeoTIFF)');
    world.add(buttons, 'openHeightmap').name('Open heightmap… (PNG, GeoTIFF, export)');
    world.add(buttons, 'openEarth').name('Earth (the real continents)');
    world.add(buttons, 'clearMap').name('Seeded planet (no map)');
    const time = folders.get('time')!;
    this.playButton = time.add(buttons, 'playPause').name('Pause (space)');
    time.add(buttons, 'step').name('Step one tick (→; ← back)');
    time.add(buttons, 'restart').name('Back to formation (home)');
    for (const key of PARAM_KEYS) {
      const spec = SCHEMA[key];
      const folder = folders.get(spec.group)!;
      const controller = spec.kind === 'choice'
        ? folder.add(this.shown, key, [...spec.options])
        : folder.add(this.shown, key, spec.min, spec.max, spec.step);
      const unit = spec.kind === 'number' && spec.unit ? ` (${spec.unit})` : '';
      controller.name(`${spec.label}${unit}`);
      controller.domElement.title = spec.description;
      const typed = spec.kind === 'number' ? keepTypedText(controller.domElement.querySelector('input')!) : () => undefined;
      controller.onFinishChange((value: unknown) => actions.set(key, typed() ?? value));
      this.controllers.set(key, controller);
    }
    // Open: what a viewer needs (the world, time and view); the editing tools and physics on request.
    for (const group of ['edit', 'protoplanet', 'tectonics', 'rivers', 'climate', 'life', 'humans'] as const) folders.get(group)!.close();
    this.refresh(actions.isPlaying());
  }

  /** Show the values as they are now (after a correction, a seek, or playing on). */
  refresh(playing: boolean): void {
    Object.assign(this.shown, this.values);
    for (const controller of this.controllers.values()) controller.updateDisplay();
    this.playButton.name(playing ? 'Pause (space)' : 'Play (space)');
  }

  /** The values object the panel edits (the app's parameters). */
  get params(): ParamValues { return this.values; }

  destroy(): void { this.gui.destroy(); }
}

export interface KeyActions extends GuiActions {
  stepBack(): void;
  /** Seek this many ticks from the current moment (negative: back). */
  seekBy(ticks: number): void;
  previousEra(): void;
  nextEra(): void;
  toEnd(): void;
  faster(): void;
  slower(): void;
  toggleView(): void;
  nextLayer(): void;
  toggleLights(): void;
  toggleStory(): void;
  toggleCharts(): void;
  nextTool(): void;
}

/** Ticks Shift+arrow seeks: a year of seasons at the default year length. */
export const SEEK_STEP_TICKS = 240;

/**
 * Space play/pause; → / ← step a tick forward / back, with Shift a year; PageDown / PageUp next /
 * previous era; Home / End the start / end; ↑/↓ speed; V globe/map; L next layer; N city lights;
 * S the guided story; C the charts; E the next edit tool.
 */
export function attachKeyboard(actions: KeyActions): () => void {
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.isContentEditable)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const handlers: Record<string, () => void> = {
      ' ': actions.togglePlay,
      ArrowRight: event.shiftKey ? () => actions.seekBy(SEEK_STEP_TICKS) : actions.step,
      ArrowLeft: event.shiftKey ? () => actions.seekBy(-SEEK_STEP_TICKS) : actions.stepBack,
      PageDown: actions.nextEra, PageUp: actions.previousEra, Home: actions.restart, End: actions.toEnd,
      ArrowUp: actions.faster, ArrowDown: actions.slower,
      v: actions.toggleView, l: actions.nextLayer, n: actions.toggleLights, s: actions.toggleStory, c: actions.toggleCharts,
      e: actions.nextTool,
    };
    const handler = handlers[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

/**
 * What was typed into a number field, as text, while lil-gui reports the change (it clamps the
 * text to the slider's range first): so the app's own check (decimal notation only) clamps or
 * refuses it and says so with a notice.
 * Undefined for changes made by dragging the slider.
 */
function keepTypedText(input: HTMLInputElement): () => string | undefined {
  let typed: string | undefined;
  // At the input itself a capturing listener runs before lil-gui's, which reports the change on
  // blur (Enter blurs too); the bubbling one, added after lil-gui's, runs once it has.
  input.addEventListener('blur', () => { typed = input.value.trim(); }, { capture: true });
  input.addEventListener('blur', () => { typed = undefined; });
  return () => typed;
}
