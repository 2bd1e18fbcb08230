// What the simulation keeps current for its readers after every change of tick or definition:
// the globals and the plate table written for the moment (the table computed once a tick), and
// the drainage basins labelled while they are wanted.

import type { GlobalsUniform } from '../gpu/globals';
import { emptyPlateTable, fastestPlateSpeed, type PlateTable } from './plates';
import { globalsAt, plateTableAt, type WorldDefinition } from './world';

export class MomentOutputs {
  private table: PlateTable = emptyPlateTable();
  private fastest = 0;
  /** Whether Fields.basins holds the basins of the current receivers. */
  private basinsLabelled = false;
  /** Keep the basins labelled after every change (the basins layer is on screen). */
  basinsWanted = false;

  /** `labelPass` records the basins pass (erosion.basins) at the current tick. */
  constructor(private readonly globals: GlobalsUniform, private readonly labelPass: () => void) {}

  /** The plate table of the current tick. */
  get plates(): PlateTable { return this.table; }
  /** The fastest plate's turn this tick, radians per tick; 0 without plates. */
  get fastestPlate(): number { return this.fastest; }
  get bindGroup(): GPUBindGroup { return this.globals.bindGroup; }

  /** The tick or the definition changed: write the globals and plate table for it; basins unlabelled. */
  moved(world: WorldDefinition, tick: number): void {
    this.table = plateTableAt(world, tick);
    this.fastest = fastestPlateSpeed(this.table);
    this.globals.write(globalsAt(world, tick), this.table);
    this.basinsLabelled = false;
  }

  /** Label the basins of the current state unless they already are. */
  labelBasins(): void {
    if (this.basinsLabelled) return;
    this.labelPass();
    this.basinsLabelled = true;
  }

  /** A change is done: label the basins if they are wanted. */
  settle(): void {
    if (this.basinsWanted) this.labelBasins();
  }
}
