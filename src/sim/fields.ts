// The simulation's state on the GPU: every field as a ping-pong pair, sized for one grid.

import type { Layouts } from '../gpu/layouts';
import { WORKGROUP } from '../gpu/pass';
import { PingPongField } from '../gpu/pingpong';

/** Bytes of one terrain cell: vec4f(elevation, crust temperature, uplift, plate). */
export const TERRAIN_CELL_BYTES = 16;

/**
 * Bytes of one water cell: vec4f(discharge, sediment flux, receiver cell index, basin pointer);
 * see shaders/erosion/flow.wgsl.
 */
export const WATER_CELL_BYTES = 16;

/**
 * Bytes of one surface-pressure cell on the climate grid: vec4f(annual mean sea-level pressure
 * hPa, January-July difference hPa, land fraction, mean land elevation m); see
 * shaders/climate/surface.wgsl.
 */
export const PRESSURE_CELL_BYTES = 16;

/**
 * Bytes of one climate cell: three vec4f, (pressure hPa, temperature deg C, vapour mm, rain
 * mm/day), (wind east m/s, wind north m/s, soil moisture mm, mean rain mm/day) and (mean
 * temperature deg C, annual rain mm/day, warming deg C, 0); see shaders/climate/weather.wgsl.
 */
export const CLIMATE_CELL_BYTES = 48;

/** Floats of one climate cell. */
export const CLIMATE_CELL_FLOATS = CLIMATE_CELL_BYTES / 4;

/**
 * The planet's global scalars, vec4f: (carbon released Gt C, CO2 ppm, temperature anomaly
 * deg C, population) and (peak population, 0, 0, 0); then the census's partial sums, one
 * vec4f each (shaders/humans/census.wgsl).
 */
export const PLANET_SCALAR_BYTES = 32;

/**
 * Bytes of one life cell: vec4f(plants, herbivores, carnivores, people), populations in the
 * Lotka-Volterra model's units; see shaders/life/grow.wgsl.
 */
export const LIFE_CELL_BYTES = 16;

export class Fields {
  readonly terrain: PingPongField;
  readonly water: PingPongField;
  readonly pressure: PingPongField;
  readonly climate: PingPongField;
  readonly life: PingPongField;
  readonly planet: PingPongField;

  constructor(
    device: GPUDevice, layouts: Layouts, readonly width: number, readonly height: number,
    readonly climateWidth = width / 4, readonly climateHeight = height / 4,
  ) {
    const cells = width * height;
    const climateCells = climateWidth * climateHeight;
    this.terrain = new PingPongField(device, 'Fields.terrain', cells * TERRAIN_CELL_BYTES, layouts.terrainStep);
    this.water = new PingPongField(device, 'Fields.water', cells * WATER_CELL_BYTES, layouts.terrainStep);
    this.pressure = new PingPongField(device, 'Fields.pressure', climateCells * PRESSURE_CELL_BYTES, layouts.terrainStep);
    this.climate = new PingPongField(device, 'Fields.climate', climateCells * CLIMATE_CELL_BYTES, layouts.terrainStep);
    this.life = new PingPongField(device, 'Fields.life', cells * LIFE_CELL_BYTES, layouts.terrainStep);
    // The census's partial sums: WORKGROUP_X per row.
    this.planet = new PingPongField(device, 'Fields.planet', PLANET_SCALAR_BYTES + WORKGROUP[0] * height * 16, layouts.terrainStep);
  }

  get cells(): number { return this.width * this.height; }

  /** GPU memory the state takes, ping-pong pairs included. */
  get byteLength(): number {
    return this.terrain.byteLength + this.water.byteLength + this.pressure.byteLength + this.climate.byteLength + this.life.byteLength + this.planet.byteLength;
  }

  destroy(): void {
    this.terrain.destroy();
    this.water.destroy();
    this.pressure.destroy();
    this.climate.destroy();
    this.life.destroy();
    this.planet.destroy();
  }
}
