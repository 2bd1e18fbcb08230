// What the control panel's buttons and the keyboard do: each action a parameter set through
// the app (validated there), a step of time, or a file action.

import { LAYERS, TOOLS, type ParamKey, type ParamValues } from '../params';
import { END_TICK, eraIndexAt, eraStartTick, ERAS } from '../timeline';
import type { FileActions } from '../ui/file-actions';
import type { KeyActions } from '../ui/gui';
import type { MapControl } from './world-map';

/** What the actions drive: the app's parameters and its time. */
export interface ActionTarget {
  readonly params: ParamValues;
  readonly playing: boolean;
  /** The simulation's tick. */
  readonly tick: number;
  /** The tick on screen, or the one a seek is heading for. */
  readonly shownTick: number;
  set(key: ParamKey, value: unknown): void;
  setPlaying(playing: boolean): void;
  /** Run one tick now. */
  stepOnce(): void;
}

/** A toggle between two values of a parameter. */
const flip = <T>(value: T, a: T, b: T): T => (value === a ? b : a);
/** The value after `value` in `list`, wrapping round. */
const next = <T>(list: readonly T[], value: T): T => list[(list.indexOf(value) + 1) % list.length];

export function controlActions(app: ActionTarget, files: FileActions, maps: MapControl): KeyActions {
  const eraNow = () => eraIndexAt(app.shownTick);
  return {
    set: (key, value) => app.set(key, value),
    togglePlay: () => app.setPlaying(!app.playing),
    step: () => { app.setPlaying(false); app.stepOnce(); },
    stepBack: () => { app.setPlaying(false); app.set('tick', app.tick - 1); },
    seekBy: (ticks) => app.set('tick', app.shownTick + ticks),
    // Back to the start of this era, or of the one before when already there.
    previousEra: () => app.set('tick', eraStartTick(Math.max(eraNow() - (app.tick === eraStartTick(eraNow()) ? 1 : 0), 0))),
    nextEra: () => app.set('tick', eraNow() + 1 < ERAS.length ? eraStartTick(eraNow() + 1) : END_TICK),
    restart: () => app.set('tick', 0),
    toEnd: () => app.set('tick', END_TICK),
    isPlaying: () => app.playing,
    faster: () => app.set('speed', app.params.speed * 2),
    slower: () => app.set('speed', app.params.speed / 2),
    toggleView: () => app.set('view', flip(app.params.view, 'globe', 'map')),
    nextLayer: () => app.set('layer', next(LAYERS, app.params.layer)),
    toggleLights: () => app.set('cityLights', flip(app.params.cityLights, 'on', 'off')),
    toggleStory: () => app.set('story', flip(app.params.story, 'on', 'off')),
    toggleCharts: () => app.set('charts', flip(app.params.charts, 'on', 'off')),
    nextTool: () => app.set('tool', next(TOOLS, app.params.tool)),
    saveWorld: () => files.save(),
    loadWorld: () => files.choose(),
    copyLink: () => files.copyLink(),
    exportLayer: () => files.exportView(),
    exportHeightmap: () => files.exportHeightmap(),
    exportGeoTiff: () => files.exportGeoTiff(),
    openHeightmap: () => maps.choose(),
    openEarth: () => void maps.earth(),
    clearMap: () => maps.clear(),
  };
}
