// The World folder's file actions: save a world file, choose one to open, export the view as
// a PNG and the elevation as a 16-bit heightmap or a GeoTIFF, copy the link; each ends with a notice.

import { download, exportHeightmapPng, exportLayerPng } from '../io/download';
import { readElevation } from '../io/field-export';
import { encodeGeoTiff } from '../io/geotiff-write';
import { saveMap } from '../io/map-file';
import { serializeWorld } from '../io/world-file';
import type { ParamValues } from '../params';
import type { Viewer } from '../render/viewer';
import type { Edit } from '../sim/edits';
import type { Simulation } from '../sim/simulation';
import type { Notices } from './notices';

export interface FileActionsHost {
  readonly params: ParamValues;
  readonly simulation: Simulation;
  readonly viewer: Viewer;
  readonly canvas: HTMLCanvasElement;
  readonly notices: Notices;
  /** The world's edit log as it is now. */
  edits(): readonly Edit[];
  /** The tick shown, or the one a seek is heading for. */
  shownTick(): number;
  /** Open a world file's text (the app checks it and keeps its world on any problem). */
  loadWorld(text: string): boolean;
  /** Whether the world's map is the built-in Earth (saved by name). */
  onEarth(): boolean;
  /** Bring the address bar up to date. */
  syncUrl(): void;
}

export class FileActions {
  constructor(private readonly host: FileActionsHost) {}

  /** Download the world (definition, edits, map and the moment) as a world file. */
  save(): void {
    const { notices, simulation } = this.host;
    // The world as it is now (the map is deflated before the file is written).
    const params = { ...this.host.params };
    const edits = this.host.edits();
    const tick = this.host.shownTick();
    const { map } = simulation.definition;
    const name = `deep-time-${map ? map.name.replace(/\W+/g, '-').toLowerCase() : `seed${params.seed}`}-tick${tick}.json`;
    void (map ? saveMap(map, this.host.onEarth()) : Promise.resolve(null))
      .then((saved) => download(serializeWorld({ ...params, tick }, edits, saved), name, 'application/json'))
      .then(() => notices.show(`Saved ${name} (${edits.length} edits${map ? `, on ${map.name}` : ''}).`, 'info'), (error) => notices.show(`Could not save the world: ${String(error)}`, 'error'));
  }

  /** Ask for a world file and open it. */
  choose(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void file.text().then((text) => this.host.loadWorld(text), () => this.host.notices.show(`Could not read ${file.name}.`, 'error'));
    });
    input.click();
  }

  /** Download the view as shown (layer, camera, canvas size) as a PNG. */
  exportView(): void {
    const { canvas, params, viewer, simulation, notices } = this.host;
    const { width, height } = canvas;
    const name = `${this.stem(`${params.layer}-${params.view}`)}.png`;
    void viewer.capture(simulation, width, height)
      .then((pixels) => exportLayerPng(pixels, width, height, name))
      .then(() => notices.show(`Saved ${name} (${width}x${height}).`, 'info'), (error) => notices.show(`Could not export the image: ${String(error)}`, 'error'));
  }

  /** Download the elevation as a 16-bit greyscale PNG (-11,000 m black, +9,000 m white). */
  exportHeightmap(): void {
    const { simulation, notices } = this.host;
    const { width, height } = simulation.fields;
    const name = `${this.stem('heightmap')}.png`;
    void readElevation(simulation)
      .then((elevation) => exportHeightmapPng(elevation, width, height, name))
      .then(() => notices.show(`Saved ${name}: 16-bit grey, ${width}x${height}, -11,000 m to +9,000 m.`, 'info'), (error) => notices.show(`Could not export the heightmap: ${String(error)}`, 'error'));
  }

  /** Download the elevation as a float32 GeoTIFF (EPSG:4326, metres), which GIS programs open in place. */
  exportGeoTiff(): void {
    const { simulation, notices } = this.host;
    const { width, height } = simulation.fields;
    const name = `${this.stem('elevation')}.tif`;
    void readElevation(simulation)
      .then((data) => download(encodeGeoTiff({ name: 'elevation', unit: 'm', width, height, components: 1, data }), name, 'image/tiff'))
      .then(() => notices.show(`Saved ${name}: float32 GeoTIFF, ${width}x${height}, metres above sea level, EPSG:4326.`, 'info'), (error) => notices.show(`Could not export the GeoTIFF: ${String(error)}`, 'error'));
  }

  copyLink(): void {
    this.host.syncUrl();
    const { notices } = this.host;
    navigator.clipboard?.writeText(location.href).then(
      () => notices.show('Link copied: it opens this world, its edits and this moment.', 'info'),
      () => notices.show(`Copy this link: ${location.href}`, 'info'),
    );
  }

  /** What a file of the current moment is called: deep-time-seed1-tick9000-surface. */
  private stem(suffix: string): string {
    return `deep-time-seed${this.host.params.seed}-tick${this.host.simulation.tick}-${suffix}`;
  }
}
