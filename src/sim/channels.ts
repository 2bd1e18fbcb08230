// One table of the fields' channels: every member of every cell (shaders/common/cells.wgsl) with
// its unit, and the name the export gives it. Where a channel sits in a cell comes from the WGSL
// (src/sim/cells.ts), never from here.

import { CELL_LAYOUTS, type CellField } from './cells';

export interface Channel {
  field: CellField;
  /** The cell struct's member. */
  member: string;
  unit: string;
  /** Name in exports (src/io/field-export.ts); channels without one are not exported. */
  exportAs?: string;
}

const POPULATION = 'Lotka-Volterra population (model units)';

/** Every channel; the exported ones in the order of the export. */
export const CHANNELS: readonly Channel[] = [
  { field: 'terrain', member: 'plate', unit: 'plate id (1..plates; 0: before the plates form)', exportAs: 'plate' },
  { field: 'terrain', member: 'oceanAge', unit: 'Myr since the ocean crust formed at a ridge (continental crust: since the plates formed)', exportAs: 'crust_age' },
  { field: 'water', member: 'discharge', unit: 'equatorial cell areas x m/yr of rain (rain-weighted upstream area)', exportAs: 'flow' },
  { field: 'water', member: 'basin', unit: 'outlet cell index (row * width + column)', exportAs: 'basin' },
  { field: 'climate', member: 'pressure', unit: 'hPa', exportAs: 'mslp' },
  { field: 'climate', member: 'temperature', unit: 'deg C', exportAs: 'temperature' },
  { field: 'climate', member: 'wind', unit: 'm/s (u east, v north)', exportAs: 'wind' },
  { field: 'climate', member: 'rain', unit: 'mm/day', exportAs: 'precipitation' },
  { field: 'climate', member: 'vapour', unit: 'mm', exportAs: 'vapour' },
  { field: 'climate', member: 'soil', unit: 'mm', exportAs: 'soil_moisture' },
  { field: 'life', member: 'plants', unit: POPULATION, exportAs: 'plants' },
  { field: 'life', member: 'herbivores', unit: POPULATION, exportAs: 'herbivores' },
  { field: 'life', member: 'carnivores', unit: POPULATION, exportAs: 'carnivores' },
  { field: 'life', member: 'people', unit: 'fraction of the land settled (0..1)', exportAs: 'humans' },
  { field: 'terrain', member: 'elevation', unit: 'model units above the lowest floor (METRES_PER_UNIT m each)' },
  { field: 'terrain', member: 'crustTemperature', unit: 'deg C' },
  { field: 'terrain', member: 'uplift', unit: '0..1 (full collision uplift at 1)' },
  { field: 'water', member: 'sediment', unit: 'model units x equatorial cell areas' },
  { field: 'water', member: 'receiver', unit: 'cell index drained to (row * width + column)' },
  { field: 'pressure', member: 'annual', unit: 'hPa, annual mean at sea level' },
  { field: 'pressure', member: 'januaryMinusJuly', unit: 'hPa' },
  { field: 'pressure', member: 'landFraction', unit: '0..1' },
  { field: 'pressure', member: 'landElevation', unit: 'm above sea level' },
  { field: 'climate', member: 'meanRain', unit: 'mm/day (20-day running mean)' },
  { field: 'climate', member: 'meanTemperature', unit: 'deg C (the equinox day)' },
  { field: 'climate', member: 'annualRain', unit: 'mm/day (running mean over about a year)' },
  { field: 'climate', member: 'warming', unit: 'deg C' },
  { field: 'months', member: 'means', unit: 'twelve monthly means, January first, each pack2x16float(deg C, mm/day); read with Simulation.readMonths' },
  { field: 'terrain', member: 'parcel', unit: 'packed: offset of the crust parcel held, bit 31 continental (shaders/common/cells.wgsl)' },
];

/** A channel's floats within a cell as readers see it (src/sim/cells.ts decodeCells). */
export function channelWords(channel: Pick<Channel, 'field' | 'member'>): number[] {
  const member = CELL_LAYOUTS[channel.field].members[channel.member];
  if (!member) throw new Error(`No member ${channel.member} in a ${channel.field} cell`);
  return Array.from({ length: member.words }, (_, k) => member.word + k);
}
