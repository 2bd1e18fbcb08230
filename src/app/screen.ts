// What the screen shows: the view, layer, lights and tool cursor from the parameters, the
// charts shown or hidden, the legend; and, while the guided story is on, the shot of the moment.

import type { ParamValues } from '../params';
import type { Viewer } from '../render/viewer';
import type { Simulation } from '../sim/simulation';
import type { Shot } from '../story';
import type { Charts } from '../ui/charts';
import { renderLegend } from '../ui/legend';

export class Screen {
  constructor(
    private readonly params: ParamValues,
    private readonly simulation: Simulation,
    private readonly viewer: Viewer,
    private readonly charts: Charts,
    private readonly canvas: HTMLCanvasElement,
    private readonly legend: HTMLElement,
  ) {}

  /** Show what the parameters say (the basins are labelled by the simulation while shown). */
  apply(): void {
    this.viewer.view = this.params.view;
    this.viewer.layer = this.params.layer;
    this.simulation.wantBasins(this.params.layer === 'basins');
    this.viewer.cityLights = this.params.cityLights === 'on';
    this.viewer.editing = this.params.tool !== 'none';
    this.charts.visible = this.params.charts === 'on';
    this.canvas.style.cursor = this.viewer.editing ? 'crosshair' : '';
    this.renderLegend();
  }

  renderLegend(): void { renderLegend(this.legend, this.params, this.simulation.definition.map?.name); }

  /**
   * Show a shot of the story, sweeping it in (playing through a cut) or cutting to it (a seek).
   * True when the layer or view changed.
   */
  showShot(shot: Shot, sweep: boolean): boolean {
    if (shot.layer === this.params.layer && shot.view === this.params.view) return false;
    if (sweep) this.viewer.startSweep(this.simulation);
    this.params.layer = shot.layer;
    this.params.view = shot.view;
    this.apply();
    return true;
  }
}
