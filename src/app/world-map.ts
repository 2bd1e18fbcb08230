// The world's map: a heightmap opened from files or dropped on the page, or the built-in Earth,
// read and checked (src/io/heightmap-import.ts) and handed to the app as part of the world.
// Every problem ends in a notice and leaves the world on screen as it was.

import { heightmapKind, readExportFolder, readGeoTiff, readHeightmapPng, type ReadResult } from '../io/heightmap-import';
import type { ParamValues } from '../params';
import type { Edit } from '../sim/edits';
import { rollColumns, worldMap, type WorldMap } from '../sim/map-raster';
import type { Notices } from '../ui/notices';

/** What the link of a world on a map says: the built-in Earth, or a map's checksum. */
export const EARTH = 'earth';

/** The built-in Earth (public/worlds, made by scripts/earth-heightmap.mjs): a 16-bit PNG and its description. */
const EARTH_PNG = 'worlds/earth.png';
const EARTH_INFO = 'worlds/earth.json';

export interface EarthInfo {
  blackMetres: number;
  whiteMetres: number;
  landShare: number;
  heights: string;
  source: string;
}

export interface MapHost {
  readonly params: ParamValues;
  readonly notices: Notices;
  /**
   * Run the world on this map (null: the seeded planet) with these edits (default none) and show
   * `tick` (its default: where it is best seen); `label` names it in links.
   */
  useMap(map: WorldMap | null, label: string, tick?: number, edits?: readonly Edit[]): void;
  /** Whether the world runs on a map now. */
  readonly onMap: boolean;
  /** Open a world file's text (dropped on the page). */
  loadWorld(text: string): boolean;
}

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export class MapControl {
  /** The Earth's description once loaded (its legend line). */
  earthInfo: EarthInfo | null = null;
  private readonly detach: () => void;
  /** Counts the reads begun: a read that finishes after a later one began is dropped. */
  private reads = 0;

  constructor(private readonly host: MapHost) {
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) void this.open(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    this.detach = () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }

  /** Ask for a heightmap: a PNG, a GeoTIFF, or an export folder's manifest.json and elevation.f32 together. */
  choose(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = '.png,.tif,.tiff,.json,.f32';
    input.addEventListener('change', () => void this.open([...(input.files ?? [])]));
    input.click();
  }

  /** Read the files given (or a world file) and run the world on the map they hold; a notice on any problem. */
  async open(files: File[]): Promise<boolean> {
    const read = ++this.reads;
    try {
      return await this.read(files, read);
    } catch (error) {
      this.host.notices.show(`Could not open the map: ${error instanceof Error ? error.message : String(error)}.`, 'error');
      return false;
    }
  }

  private async read(files: File[], read: number): Promise<boolean> {
    const { notices } = this.host;
    const kinds = files.map((file) => heightmapKind(file.name));
    const manifest = files[kinds.indexOf('manifest')];
    const elevation = files[kinds.indexOf('f32')];
    if (files.length === 1 && manifest) {
      const text = await manifest.text();
      if (text.includes('"deep-time-world"')) return this.host.loadWorld(text);
    }
    let result: ReadResult;
    notices.show(`Reading ${files.map((file) => file.name).join(' and ')}…`, 'info');
    if (manifest && elevation) result = readExportFolder(await manifest.text(), await bytesOf(elevation));
    else if (files.length === 1 && kinds[0] === 'png') result = readHeightmapPng(files[0].name, await bytesOf(files[0]), this.host.params.pngBlack, this.host.params.pngWhite);
    else if (files.length === 1 && kinds[0] === 'geotiff') result = await readGeoTiff(files[0].name, await bytesOf(files[0]));
    else result = { error: 'Open one greyscale PNG, one GeoTIFF, or both manifest.json and elevation.f32 of an `npm run export` folder.' };
    return read === this.reads && this.use(result);
  }

  /** Bytes from the automation interface or the export tool, by file name (as `open`). */
  async openBytes(named: { name: string; bytes: Uint8Array }[]): Promise<boolean> {
    return this.open(named.map(({ name, bytes }) => new File([bytes.slice()], name)));
  }

  /** Run the world on the built-in Earth with these edits (a link's), shown at `tick` (or where it is best seen). */
  async earth(tick?: number, edits?: readonly Edit[]): Promise<boolean> {
    const read = ++this.reads;
    const earth = await this.loadEarth();
    return read === this.reads && this.use(earth, EARTH, tick, edits);
  }

  /** The built-in Earth's heights (its description kept for the legend). */
  async loadEarth(): Promise<ReadResult> {
    try {
      const info = await (await fetch(EARTH_INFO)).json() as EarthInfo;
      const png = new Uint8Array(await (await fetch(EARTH_PNG)).arrayBuffer());
      const read = readHeightmapPng('Earth', png, info.blackMetres, info.whiteMetres);
      if ('error' in read) return read;
      this.earthInfo = info;
      // The file starts at 180 deg W; the simulation's grid at 0 deg.
      return { raster: rollColumns(read.raster, read.raster.width / 2) };
    } catch (error) {
      return { error: `The Earth map could not be loaded (${String(error)}).` };
    }
  }

  /** Back to the seeded planet (nothing to do on it already: its edits stay). */
  clear(): void {
    if (this.host.onMap) this.host.useMap(null, '');
    else this.host.notices.show('This is the seeded planet already.', 'info');
  }

  destroy(): void { this.detach(); }

  private use(result: ReadResult, label?: string, tick?: number, edits?: readonly Edit[]): boolean {
    if ('error' in result) {
      this.host.notices.show(`Could not open the map: ${result.error}`, 'error');
      return false;
    }
    const map = worldMap(result.raster, this.host.params.mapEntry);
    this.host.useMap(map, label ?? map.checksum, tick, edits);
    return true;
  }
}
