// Every stage of the simulation, its pipelines compiled once per device: the passes that
// Simulation.step() puts in the order of the algorithm.

import type { Layouts } from '../../gpu/layouts';
import { ClimateStage } from './climate';
import { EditStage } from './edit';
import { ErosionStage } from './erosion';
import { HumansStage } from './humans';
import { LifeStage } from './life';
import { OceanStage } from './ocean';
import { ProtoplanetStage } from './protoplanet';
import { TectonicsStage } from './tectonics';

export interface Stages {
  readonly protoplanet: ProtoplanetStage;
  /** Holds the continents' cover (scratch): destroy it with the simulation. */
  readonly tectonics: TectonicsStage;
  readonly ocean: OceanStage;
  readonly erosion: ErosionStage;
  readonly climate: ClimateStage;
  readonly life: LifeStage;
  readonly humans: HumansStage;
  /** Holds the brush's dab buffer: destroy it with the simulation. */
  readonly edit: EditStage;
}

export async function createStages(device: GPUDevice, layouts: Layouts): Promise<Stages> {
  return {
    protoplanet: await ProtoplanetStage.create(device, layouts),
    tectonics: await TectonicsStage.create(device, layouts),
    ocean: await OceanStage.create(device, layouts),
    erosion: await ErosionStage.create(device, layouts),
    climate: await ClimateStage.create(device, layouts),
    life: await LifeStage.create(device, layouts),
    humans: await HumansStage.create(device, layouts),
    edit: await EditStage.create(device, layouts),
  };
}
