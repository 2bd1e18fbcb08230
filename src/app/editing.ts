// Editing the world with the tools: a tool's edit stamped with the tick, checked, added to the
// log and applied; the plate under a point picked for the plate tool.

import type { ParamValues } from '../params';
import type { Viewer } from '../render/viewer';
import { CELL_LAYOUTS } from '../sim/cells';
import { checkEdits, type UnstampedEdit } from '../sim/edits';
import type { GlobalStats } from '../sim/global-stats';
import type { Simulation } from '../sim/simulation';
import { EditTool } from '../ui/edit-tool';
import type { Notices } from '../ui/notices';

export interface EditingHost {
  readonly canvas: HTMLCanvasElement;
  readonly params: ParamValues;
  readonly simulation: Simulation;
  readonly viewer: Viewer;
  readonly stats: GlobalStats;
  readonly notices: Notices;
  /** Whether a seek is under way (edits wait for it). */
  seeking(): boolean;
  /** An edit was added: bring the address bar up to date. */
  edited(): void;
}

export class Editing {
  private readonly tool: EditTool;

  constructor(private readonly host: EditingHost) {
    const { params } = host;
    this.tool = new EditTool(host.canvas, {
      tool: () => params.tool,
      settings: () => ({ radiusKm: params.brushRadius, heightM: params.brushHeight, uplift: params.brushUplift, plateCmPerYear: params.plateVelocity }),
      lonLatAt: (x, y) => host.viewer.lonLatAt(x, y),
      plateAt: (lon, lat) => this.plateAt(lon, lat),
      addEdit: (edit) => this.addEdit(edit),
    });
  }

  /** Apply the strokes gathered since the last frame. */
  flush(): void { this.tool.flush(); }

  destroy(): void { this.tool.destroy(); }

  /** A tool's edit, made now: stamped with the tick, checked, added to the log and applied. */
  private addEdit(unstamped: UnstampedEdit): void {
    const { simulation, notices } = this.host;
    if (this.host.seeking()) {
      notices.show('Wait for the seek to finish before editing.', 'warning');
      return;
    }
    const checked = checkEdits([{ ...unstamped, tick: simulation.tick }]);
    const refusal = 'error' in checked ? checked.error : simulation.addEdit(checked.edits[0]);
    if (refusal) {
      notices.show(refusal, 'warning');
      return;
    }
    this.host.stats.dropFrom(simulation.tick);
    const edit = 'edits' in checked ? checked.edits[0] : null;
    if (edit?.kind === 'plate') {
      const heading = (Math.atan2(edit.eastCmPerYear, edit.northCmPerYear) * 180) / Math.PI;
      notices.show(`Plate ${edit.plate} now moves ${Math.hypot(edit.eastCmPerYear, edit.northCmPerYear).toFixed(1)} cm/yr toward ${Math.round((heading + 360) % 360)}° (until the plates re-form).`, 'info');
    }
    this.host.edited();
  }

  /** The plate under a point (1..MAX_PLATES, or 0 where none has formed). */
  private async plateAt(lon: number, lat: number): Promise<number> {
    const { simulation } = this.host;
    const { width, height } = simulation.fields;
    const x = Math.min(Math.floor((lon / 360) * width), width - 1);
    const y = Math.min(Math.max(Math.floor(((90 - lat) / 180) * height), 0), height - 1);
    const plate = (await simulation.readTerrainCell(x, y))[CELL_LAYOUTS.terrain.members.plate.word];
    if (plate === 0) this.host.notices.show('No plate there yet: plates form when the tectonics era begins.', 'info');
    return plate;
  }
}
