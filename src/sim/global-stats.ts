// Global series for the charts: every SAMPLE_TICKS ticks, a pass sums each row of the state
// (shaders/stats/rows.wgsl) and the sums and the planet's scalars come back to the CPU through a
// small pool of staging buffers, never waited on by a frame. Samples are keyed by tick, so a
// scrub back keeps them (the same world gives the same values) until an edit changes the future.

import rowsWgsl from '../../shaders/stats/rows.wgsl?raw';
import { bindGroupLayoutEntries } from '../gpu/layouts';
import { createComputePass, WORKGROUP, type ComputePass } from '../gpu/pass';
import { ParityBindGroups } from '../gpu/pingpong';
import { getSizeAndAlignmentOfUnsizedArrayElement, makeShaderDataDefinitions, type StructDefinition } from '../gpu/reflect';
import { libraryShader } from '../gpu/shaders';
import { eraAt } from '../timeline';
import { decodeOceanLevel, decodePlanetScalars, OCEAN_LAYOUT } from './cells';
import { PLANET_SCALAR_BYTES, type Fields } from './fields';
import type { SimulationState } from './state';
import { METRES_PER_UNIT, seaDatumOf } from './world';

/** Ticks between samples: 240 samples over the story. */
export const SAMPLE_TICKS = 60;
/** Read-backs that may be in flight at once (a fast seek passes several samples a frame). */
const STAGING_COUNT = 16;

const ROWS_WGSL = libraryShader(rowsWgsl);
/** The WGSL `rows` binding: one RowSums struct per terrain row. */
const ROWS_BINDING = makeShaderDataDefinitions(ROWS_WGSL).storages.rows;
/** Bytes of one row's sums, and each member's float offset in them, as the WGSL lays them out. */
const ROW_BYTES = getSizeAndAlignmentOfUnsizedArrayElement(ROWS_BINDING).size;
const ROW_MEMBERS = Object.entries((ROWS_BINDING.typeDefinition as unknown as { elementType: StructDefinition }).elementType.fields)
  .map(([name, field]) => ({ name, float: field.offset / 4 }));

/** One moment's global values; null where the era has no such thing yet. */
export interface GlobalSample {
  tick: number;
  /** Area-mean surface temperature, deg C. */
  temperature: number | null;
  /** Sea level against today's, m. */
  seaLevel: number;
  /** Share of the surface above sea level, 0..1. */
  landFraction: number;
  co2: number | null;
  /** Mean over land, the Lotka-Volterra model's units. */
  plants: number | null;
  herbivores: number | null;
  carnivores: number | null;
  population: number | null;
}

export class GlobalStats {
  readonly samples = new Map<number, GlobalSample>();
  private readonly free: GPUBuffer[];
  private rows: GPUBuffer;
  /** The bind groups over the fields last sampled, one per parity of the three fields read. */
  private bound?: { fields: Fields; groups: ParityBindGroups };

  private constructor(
    private readonly device: GPUDevice,
    private readonly layout: GPUBindGroupLayout,
    private readonly pass: ComputePass,
    private readonly maxRows: number,
  ) {
    this.free = Array.from({ length: STAGING_COUNT }, (_, k) => device.createBuffer({
      label: `GlobalStats.staging${k}`, size: PLANET_SCALAR_BYTES + OCEAN_LAYOUT.scalarBytes + maxRows * ROW_BYTES, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ,
    }));
    this.rows = device.createBuffer({ label: 'GlobalStats.rows', size: maxRows * ROW_BYTES, usage: GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC });
  }

  /** Staging and row buffers sized for grids up to maxRows rows. */
  static async create(device: GPUDevice, globalsLayout: GPUBindGroupLayout, maxRows: number): Promise<GlobalStats> {
    const entryPoint = 'sumRows';
    const layout = device.createBindGroupLayout({ label: 'Layouts.stats', entries: bindGroupLayoutEntries(ROWS_WGSL, { compute: { entryPoint } }, 1) });
    const pass = await createComputePass(device, { label: 'stats.rows', code: ROWS_WGSL, entryPoint, layouts: [globalsLayout, layout] });
    return new GlobalStats(device, layout, pass, maxRows);
  }

  /** The fields were rebuilt (a new grid or world): forget their bind groups and every sample. */
  reset(): void {
    this.bound = undefined;
    this.samples.clear();
  }

  /** Forget the samples from this tick on (an edit changed the future). */
  dropFrom(tick: number): void {
    for (const at of [...this.samples.keys()]) if (at >= tick) this.samples.delete(at);
  }

  /** Sample the current state if its tick is due and not yet held, and a staging buffer is free. */
  sampleIfDue(simulation: SimulationState): void {
    const tick = simulation.tick;
    if (tick % SAMPLE_TICKS !== 0 || this.samples.has(tick) || this.free.length === 0) return;
    const fields = simulation.fields;
    if (fields.height > this.maxRows) return;
    const staging = this.free.pop()!;
    const encoder = this.device.createCommandEncoder({ label: 'GlobalStats.sample' });
    const pass = encoder.beginComputePass({ label: 'GlobalStats.rows' });
    this.pass.encode(pass, [simulation.globalsGroup, this.bindGroup(fields)], WORKGROUP[0], Math.ceil(fields.height / WORKGROUP[0]));
    pass.end();
    encoder.copyBufferToBuffer(fields.planet.current, 0, staging, 0, PLANET_SCALAR_BYTES);
    encoder.copyBufferToBuffer(fields.ocean.current, 0, staging, PLANET_SCALAR_BYTES, OCEAN_LAYOUT.scalarBytes);
    encoder.copyBufferToBuffer(this.rows, 0, staging, PLANET_SCALAR_BYTES + OCEAN_LAYOUT.scalarBytes, fields.height * ROW_BYTES);
    this.device.queue.submit([encoder.finish()]);
    const height = fields.height;
    const datum = seaDatumOf(simulation.definition);
    staging.mapAsync(GPUMapMode.READ).then(() => {
      this.samples.set(tick, sampleOf(tick, staging.getMappedRange(), height, datum));
      staging.unmap();
      this.free.push(staging);
    }, () => { /* The device was lost or the buffer destroyed: this sample is not kept. */ });
  }

  destroy(): void {
    for (const buffer of this.free) buffer.destroy();
    this.free.length = 0;
    this.rows.destroy();
  }

  /** The bind group for the fields' current parities (they flip every tick). */
  private bindGroup(fields: Fields): GPUBindGroup {
    if (this.bound?.fields !== fields) {
      const pairs = [fields.terrain, fields.life, fields.climate];
      this.bound = {
        fields,
        groups: new ParityBindGroups(pairs, (sides, name) => this.device.createBindGroup({
          label: `GlobalStats.group${name}`, layout: this.layout,
          entries: [...pairs.map((pair, k) => pair.buffers[sides[k]]), this.rows].map((buffer, binding) => ({ binding, resource: { buffer } })),
        })),
      };
    }
    return this.bound.groups.current;
  }
}

/** Add the rows up: area means, over land for the populations. */
function sampleOf(tick: number, bytes: ArrayBuffer, height: number, seaDatum: number): GlobalSample {
  const { co2, population } = decodePlanetScalars(bytes);
  const { level } = decodeOceanLevel(bytes.slice(PLANET_SCALAR_BYTES));
  const data = new Float32Array(bytes, PLANET_SCALAR_BYTES + OCEAN_LAYOUT.scalarBytes);
  const sums: Record<string, number> = {};
  for (const { name, float } of ROW_MEMBERS) {
    sums[name] = 0;
    for (let y = 0; y < height; y++) sums[name] += data[(y * ROW_BYTES) / 4 + float];
  }
  const { area, landArea: land, plants, herbivores, carnivores, climateArea, temperature } = sums;
  const processes = eraAt(tick).processes;
  const overLand = (sum: number) => (processes.life && land > 0 ? sum / land : null);
  return {
    tick,
    temperature: processes.climate && climateArea > 0 ? temperature / climateArea : null,
    seaLevel: (level - seaDatum) * METRES_PER_UNIT,
    landFraction: land / area,
    co2: processes.humans ? co2 : null,
    plants: overLand(plants),
    herbivores: overLand(herbivores),
    carnivores: overLand(carnivores),
    population: processes.humans ? population : null,
  };
}
