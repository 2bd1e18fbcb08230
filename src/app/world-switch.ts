// Switching the world on screen for another: a world file opened, or a map (a heightmap, Earth)
// or none. Each checks first and, on any problem, leaves the world as it was with a notice.

import { readSavedMap } from '../io/map-file';
import { parseWorldFile, type LoadedWorld } from '../io/world-file';
import type { ParamValues } from '../params';
import type { Edit } from '../sim/edits';
import { worldMap, type WorldMap } from '../sim/map-raster';
import { PRESENT_YEARS, tickAtYears } from '../timeline';
import type { Notices } from '../ui/notices';
import { EARTH, MapControl } from './world-map';

export interface WorldSwitchHost {
  readonly params: ParamValues;
  readonly notices: Notices;
  /** The first tick of the world now defined. */
  readonly firstTick: number;
  /** A new definition from the parameters, these edits and the map, from its start. */
  redefine(edits: readonly Edit[]): void;
  /** After a new world: the screen and legend, the speed, paused or not, a seek to `tick`, the panel and link. */
  show(tick: number, paused: boolean): void;
}

export class WorldSwitch {
  /** The world's map (null: the seeded planet) and how links name it ("earth" or its checksum). */
  map: WorldMap | null = null;
  mapLabel = '';
  /** Counts the switches begun: a world file's map read after a later switch began is dropped. */
  private switches = 0;
  /** Heightmaps opened or dropped, and Earth. */
  readonly maps: MapControl;

  constructor(private readonly host: WorldSwitchHost) {
    const switcher = this;
    this.maps = new MapControl({
      params: host.params, notices: host.notices,
      useMap: (map, label, tick, edits) => this.useMap(map, label, tick, edits),
      loadWorld: (text) => this.loadWorld(text),
      get onMap() { return switcher.map !== null; },
    });
  }

  /** The map of a world already defined on it (resumed on a new device). */
  adopt(map: WorldMap, label: string): void {
    this.map = map;
    this.mapLabel = label;
  }

  /**
   * Open a world file's text: on any problem, a message and the current world untouched. True
   * when the file is good (its map, if any, is read on and checked before the world changes).
   */
  loadWorld(text: unknown): boolean {
    const { host } = this;
    const switched = ++this.switches;
    const loaded = parseWorldFile(text, host.params);
    if ('error' in loaded) {
      host.notices.show(`Could not open the world: ${loaded.error}`, 'error');
      return false;
    }
    if (loaded.map === null) this.openLoaded(loaded, null, '');
    else void this.readMap(loaded, switched);
    return true;
  }

  /** The map of a world file read and checked, then the world opened on it. */
  private async readMap(loaded: LoadedWorld, switched: number): Promise<void> {
    const saved = loaded.map!;
    const earth = saved.builtin === EARTH;
    const read = earth ? await this.maps.loadEarth() : await readSavedMap(saved);
    if (switched !== this.switches) return;
    const map = 'error' in read ? null : worldMap(read.raster, loaded.params.mapEntry);
    if (!map || map.checksum !== saved.checksum) {
      this.host.notices.show(`Could not open the world: ${'error' in read ? read.error : `its map is not the one it was saved with (${saved.name})`}.`, 'error');
      return;
    }
    this.openLoaded(loaded, map, earth ? EARTH : map.checksum);
  }

  private openLoaded(loaded: LoadedWorld, map: WorldMap | null, label: string): void {
    const { host } = this;
    Object.assign(host.params, loaded.params);
    this.map = map;
    this.mapLabel = label;
    host.redefine(loaded.edits);
    host.show(loaded.params.tick, true);
    const world = map ? map.name : `seed ${host.params.seed}`;
    host.notices.show(`Opened ${world} at ${host.params.resolution} with ${loaded.edits.length} edits; replaying to tick ${loaded.params.tick.toLocaleString('en-US')}.`, 'info');
  }

  /**
   * Run on a map (null: the seeded planet) with `edits` (default none: the edits of the world
   * before are dropped), shown at `tick`, by default at the present day when it enters there,
   * else where it enters.
   */
  useMap(map: WorldMap | null, label: string, shownTick?: number, edits: readonly Edit[] = []): void {
    const { host } = this;
    this.switches++;
    this.map = map;
    this.mapLabel = label;
    host.redefine(edits);
    const present = map !== null && host.params.mapEntry === 'present';
    const tick = Math.max(shownTick ?? (present ? tickAtYears(PRESENT_YEARS) : 0), host.firstTick);
    host.show(tick, false);
    host.notices.show(map
      ? `Running on ${map.name} (${map.width}x${map.height}) from the ${present ? 'present day: climate, rivers, life and people settle on it' : 'plates era: the plates carry it on'}; replaying to tick ${tick.toLocaleString('en-US')}.`
      : 'Back to the seeded planet.', 'info');
  }
}
