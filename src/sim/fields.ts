// The simulation's state on the GPU: every field as a ping-pong pair, sized for one grid from
// the cells' WGSL structs (shaders/common/cells.wgsl, read by src/sim/cells.ts).

import type { Layouts } from '../gpu/layouts';
import { WORKGROUP } from '../gpu/pass';
import { InPlaceField } from '../gpu/in-place-field';
import { PingPongField } from '../gpu/pingpong';
import { CELL_LAYOUTS, CONTINENT_POINT_BYTES, OCEAN_LAYOUT, PLANET_LAYOUT, WATER_CELL_BYTES } from './cells';

/**
 * Points of the continents' lattice (shaders/tectonics/continents.wgsl): each about 180 km from
 * the next, the same at every grid. They are dispatched POINT_COLUMNS to a row.
 */
export const CONTINENT_POINTS = 16384;
export const POINT_COLUMNS = 128;


/** Floats a reader sees per climate cell (Simulation.readClimate). */
export const CLIMATE_CELL_FLOATS = CELL_LAYOUTS.climate.words;

/** Bytes of the planet's global scalars at the start of the planet field (struct PlanetScalars). */
export const PLANET_SCALAR_BYTES = PLANET_LAYOUT.scalarBytes;

export class Fields {
  readonly terrain: PingPongField;
  readonly water: PingPongField;
  readonly pressure: PingPongField;
  readonly climate: PingPongField;
  /** The climate grid's running climatology: twelve monthly means a cell (MonthsCell, 48 bytes), updated in place. */
  readonly months: InPlaceField;
  readonly life: PingPongField;
  readonly planet: PingPongField;
  readonly ocean: PingPongField;
  /** The continental crust as points on the sphere, independent of the grid, updated in place. */
  readonly continents: InPlaceField;
  /**
   * Each cell's drainage basin (the outlet's index, i32), labelled from the water's receivers on
   * demand (erosion.basins): derived, not state, so not in keyframes or byteLength.
   */
  readonly basins: InPlaceField;

  constructor(
    device: GPUDevice, layouts: Layouts, readonly width: number, readonly height: number,
    readonly climateWidth = width / 4, readonly climateHeight = height / 4,
  ) {
    const cells = width * height;
    const climateCells = climateWidth * climateHeight;
    const field = (name: string, bytes: number) => new PingPongField(device, `Fields.${name}`, bytes, layouts.terrainStep);
    this.terrain = field('terrain', cells * CELL_LAYOUTS.terrain.bytes);
    this.water = field('water', cells * WATER_CELL_BYTES);
    this.pressure = field('pressure', climateCells * CELL_LAYOUTS.pressure.bytes);
    this.climate = field('climate', climateCells * CELL_LAYOUTS.climate.bytes);
    this.months = new InPlaceField(device, 'Fields.months', climateCells * CELL_LAYOUTS.months.bytes, layouts.inPlace);
    this.life = field('life', cells * CELL_LAYOUTS.life.bytes);
    // The census's partial sums: WORKGROUP_X per row.
    this.planet = field('planet', PLANET_LAYOUT.scalarBytes + WORKGROUP[0] * height * PLANET_LAYOUT.partialBytes);
    // The sea level, then the level pass's sums: WORKGROUP_X per row.
    this.ocean = field('ocean', OCEAN_LAYOUT.scalarBytes + WORKGROUP[0] * height * OCEAN_LAYOUT.rowBytes);
    this.continents = new InPlaceField(device, 'Fields.continents', CONTINENT_POINTS * CONTINENT_POINT_BYTES, layouts.inPlace);
    this.basins = new InPlaceField(device, 'Fields.basins', cells * 4, layouts.inPlace);
  }

  get cells(): number { return this.width * this.height; }

  /** GPU memory the state takes, ping-pong pairs (both buffers) and in-place fields included; the basins' labels (derived) apart. */
  get byteLength(): number {
    return this.terrain.byteLength + this.water.byteLength + this.pressure.byteLength + this.climate.byteLength + this.months.byteLength + this.life.byteLength + this.planet.byteLength + this.ocean.byteLength + this.continents.byteLength;
  }

  destroy(): void {
    this.terrain.destroy();
    this.water.destroy();
    this.pressure.destroy();
    this.climate.destroy();
    this.months.destroy();
    this.life.destroy();
    this.planet.destroy();
    this.ocean.destroy();
    this.continents.destroy();
    this.basins.destroy();
  }
}
