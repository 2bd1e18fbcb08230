// Reading the latest state back from the GPU: the fields' cells decoded (src/sim/cells.ts), the
// planet's scalars and the ocean. The simulation is one; so are tests' harnesses over Fields.

import { readBuffer } from '../gpu/readback';
import { CELL_LAYOUTS, decodeCells, decodeOceanLevel, decodePlanetScalars, OCEAN_LAYOUT } from './cells';
import { PLANET_SCALAR_BYTES, type Fields } from './fields';
import { decodeMonths } from './months';
import type { OceanLevel, PlanetScalars } from './state';

export abstract class StateReader {
  protected abstract readonly device: GPUDevice;
  abstract get fields(): Fields;

  /** The latest terrain (TerrainCell, decoded: see src/sim/cells.ts), row 0 at latitude +90, column 0 at longitude 0. */
  async readTerrain(): Promise<Float32Array> {
    return decodeCells('terrain', await readBuffer(this.device, this.fields.terrain.current));
  }

  /** One terrain cell (elevation, crust temperature, uplift, plate) of the latest state. */
  async readTerrainCell(x: number, y: number): Promise<Float32Array> {
    const bytes = CELL_LAYOUTS.terrain.bytes;
    return decodeCells('terrain', await readBuffer(this.device, this.fields.terrain.current, bytes, (y * this.fields.width + x) * bytes));
  }

  /** The latest climate (ClimateCell, decoded), row 0 at latitude +90. */
  async readClimate(): Promise<Float32Array> {
    return decodeCells('climate', await readBuffer(this.device, this.fields.climate.current));
  }

  /**
   * The latest monthly means of each climate cell (src/sim/months.ts decodeMonths): 24 floats a
   * cell, the twelve temperatures (deg C) then the twelve rains (mm/day), January first; NaN for
   * a month the climate has not yet run through. Row 0 at latitude +90.
   */
  async readMonths(): Promise<Float32Array> {
    return decodeMonths(await readBuffer(this.device, this.fields.months.current));
  }

  /** The latest life (LifeCell: plants, herbivores, carnivores, people) per terrain cell. */
  async readLife(): Promise<Float32Array> {
    return decodeCells('life', await readBuffer(this.device, this.fields.life.current));
  }

  /**
   * The planet's global scalars: carbon released (Gt C), CO2 (ppm), temperature anomaly
   * (deg C), population, and the peak population so far.
   */
  async readPlanet(): Promise<PlanetScalars> {
    return decodePlanetScalars(await readBuffer(this.device, this.fields.planet.current, PLANET_SCALAR_BYTES));
  }

  /** The ocean: sea level (model units), its volume, and the ocean's and the continents' shares of the sphere. */
  async readOcean(): Promise<OceanLevel> {
    return decodeOceanLevel(await readBuffer(this.device, this.fields.ocean.current, OCEAN_LAYOUT.scalarBytes));
  }
}
