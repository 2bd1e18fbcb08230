// Climate stage (SIMULATION.md section 4), on its coarser grid: the terrain averaged into
// land and pressure (climate.surface), the pressure blurred east-west then north-south, and a
// day of weather: seasonal pressure, temperature (warmed by the planet's anomaly), wind,
// vapour evaporated and rained out (climate.weather), then carried by the wind in substeps
// (climate.carry); last the day's temperature and rain join the monthly means (climate.months).

import surfaceWgsl from '../../../shaders/climate/surface.wgsl?raw';
import blurWgsl from '../../../shaders/climate/blur.wgsl?raw';
import weatherWgsl from '../../../shaders/climate/weather.wgsl?raw';
import carryWgsl from '../../../shaders/climate/carry.wgsl?raw';
import monthsWgsl from '../../../shaders/climate/months.wgsl?raw';
import { createComputePass, type ComputePass } from '../../gpu/pass';
import type { Layouts } from '../../gpu/layouts';
import { climateStepShader, libraryShader } from '../../gpu/shaders';
import type { StepContext } from '../step-context';

interface ClimatePasses {
  surface: ComputePass;
  blurEastWest: ComputePass;
  blurNorthSouth: ComputePass;
  weather: ComputePass;
  carry: ComputePass;
  /** The later substeps of the carry, writing only the vapour. */
  carryVapour: ComputePass;
  reset: ComputePass;
  months: ComputePass;
  resetMonths: ComputePass;
}

export class ClimateStage {
  private constructor(private readonly passes: ClimatePasses) {}

  static async create(device: GPUDevice, layouts: Layouts): Promise<ClimateStage> {
    // One shader module per file (shared by its entry points).
    const pass = (name: string, file: string, code: string, label = name, constants?: Record<string, number>) => createComputePass(device, {
      label: `climate.${label}`, moduleLabel: `climate.${file}`, code: climateStepShader(code), entryPoint: name, constants,
      layouts: [layouts.globals, layouts.terrainStep, layouts.terrainStep, layouts.terrainStep],
    });
    // One after the other: each creation opens and closes its own validation error scope.
    const surface = await pass('surface', 'surface', surfaceWgsl);
    const blurEastWest = await pass('blurEastWest', 'blur', blurWgsl);
    const blurNorthSouth = await pass('blurNorthSouth', 'blur', blurWgsl);
    const weather = await pass('weather', 'weather', weatherWgsl);
    const carry = await pass('carry', 'carry', carryWgsl, 'carry', { VAPOUR_ONLY: 0 });
    const carryVapour = await pass('carry', 'carry', carryWgsl, 'carryVapour', { VAPOUR_ONLY: 1 });
    const reset = await pass('reset', 'weather', weatherWgsl);
    // The monthly means bind their own groups (StepContext.monthsStep): the library and the file;
    // the means updated in place, the climate read from its step group.
    const monthsPass = (name: string) => createComputePass(device, {
      label: `climate.${name}`, moduleLabel: 'climate.months', code: libraryShader(monthsWgsl), entryPoint: name,
      layouts: [layouts.globals, layouts.inPlace, layouts.terrainStep],
    });
    const months = await monthsPass('months');
    const resetMonths = await monthsPass('resetMonths');
    return new ClimateStage({ surface, blurEastWest, blurNorthSouth, weather, carry, carryVapour, reset, months, resetMonths });
  }

  /** Still, mild, moist air before the climate era, and no monthly means yet. */
  reset(ctx: StepContext): void {
    ctx.climateStep(this.passes.reset, true, ctx.fields.planet);
    ctx.monthsStep(this.passes.resetMonths);
  }

  /** Land fraction, elevation and unblurred pressure on the climate grid. */
  surface(ctx: StepContext): void { ctx.climateStep(this.passes.surface, false); }

  /** The pressure spread across coasts: a Gaussian on the sphere, east-west then north-south. */
  blur(ctx: StepContext): void {
    ctx.climateStep(this.passes.blurEastWest, false);
    ctx.climateStep(this.passes.blurNorthSouth, false);
  }

  /**
   * A day of weather: pressure of the season, temperature, wind, vapour, rain, soil; then the
   * vapour carried, and the day's temperature and rain taken into the monthly means.
   */
  weather(ctx: StepContext): void {
    ctx.climateStep(this.passes.weather, true, ctx.fields.planet);
    this.carry(ctx);
    this.months(ctx);
  }

  /** The day's temperature and rain into its month's running mean (the climatology). */
  months(ctx: StepContext): void { ctx.monthsStep(this.passes.months); }

  /** A day of the wind carrying the vapour, in substeps (kept exactly: nothing else changes). */
  carry(ctx: StepContext): void {
    for (let k = 0; k < carrySubsteps(ctx.fields.climateWidth); k++) ctx.climateStep(k === 0 ? this.passes.carry : this.passes.carryVapour, true);
  }
}

/**
 * Substeps a day in which the wind carries the vapour: one per 8 climate columns, as
 * carrySubsteps() in shaders/common/climate-grid.wgsl (the pass's time step).
 */
export function carrySubsteps(climateWidth: number): number {
  return Math.max(Math.floor(climateWidth / 8), 1);
}
