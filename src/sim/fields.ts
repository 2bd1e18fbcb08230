// The simulation's state on the GPU: every field as a ping-pong pair, sized for one grid.

import type { Layouts } from '../gpu/layouts';
import { PingPongField } from '../gpu/pingpong';

/** Bytes of one terrain cell: vec4f(elevation, crust temperature, reserved, reserved). */
export const TERRAIN_CELL_BYTES = 16;

export class Fields {
  readonly terrain: PingPongField;

  constructor(device: GPUDevice, layouts: Layouts, readonly width: number, readonly height: number) {
    this.terrain = new PingPongField(device, 'Fields.terrain', width * height * TERRAIN_CELL_BYTES, layouts.terrainStep);
  }

  get cells(): number { return this.width * this.height; }

  /** GPU memory the state takes, ping-pong pairs included. */
  get byteLength(): number { return this.terrain.byteLength; }

  destroy(): void { this.terrain.destroy(); }
}
