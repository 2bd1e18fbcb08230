// The simulation's state on the GPU: every field as a ping-pong pair, sized for one grid.

import type { Layouts } from '../gpu/layouts';
import { PingPongField } from '../gpu/pingpong';

/** Bytes of one terrain cell: vec4f(elevation, crust temperature, uplift, plate). */
export const TERRAIN_CELL_BYTES = 16;

/**
 * Bytes of one water cell: vec4f(discharge, sediment flux, receiver cell index, basin pointer);
 * see shaders/erosion/flow.wgsl.
 */
export const WATER_CELL_BYTES = 16;

export class Fields {
  readonly terrain: PingPongField;
  readonly water: PingPongField;

  constructor(device: GPUDevice, layouts: Layouts, readonly width: number, readonly height: number) {
    this.terrain = new PingPongField(device, 'Fields.terrain', width * height * TERRAIN_CELL_BYTES, layouts.terrainStep);
    this.water = new PingPongField(device, 'Fields.water', width * height * WATER_CELL_BYTES, layouts.terrainStep);
  }

  get cells(): number { return this.width * this.height; }

  /** GPU memory the state takes, ping-pong pairs included. */
  get byteLength(): number { return this.terrain.byteLength + this.water.byteLength; }

  destroy(): void {
    this.terrain.destroy();
    this.water.destroy();
  }
}
