// The edit tools on the canvas: drag to paint raise, lower or uplift dabs (one every quarter
// radius along the stroke's great circles, handed to the app once a frame), or drag from a plate in the
// direction it should move. The app stamps each edit with the tick and adds it to the log.

import type { Tool } from '../params';
import { MAX_DABS_PER_TICK, type UnstampedEdit } from '../sim/edits';

export interface EditToolHost {
  tool(): Tool;
  /** Brush radius km, raise/lower height m, uplift per dab, plate push cm/yr. */
  settings(): { radiusKm: number; heightM: number; uplift: number; plateCmPerYear: number };
  lonLatAt(clientX: number, clientY: number): [number, number] | null;
  /** The plate (1..64, 0 for none) under a point. */
  plateAt(lon: number, lat: number): Promise<number>;
  /** Add an edit made now (the app sets its tick and reports a refusal). */
  addEdit(edit: UnstampedEdit): void;
}

const RADIANS = Math.PI / 180;
const KM_PER_DEGREE = (6371 * Math.PI) / 180;

/** Great-circle distance between two points, degrees of arc. */
function arcDegrees([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const a = Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2
    + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return (2 * Math.asin(Math.min(Math.sqrt(a), 1))) / RADIANS;
}

/** The point a fraction `t` of the way from `a` to `b` along the great circle, degrees. */
function greatCirclePoint(a: readonly number[], b: readonly number[], t: number): [number, number] {
  const unit = ([lon, lat]: readonly number[]) => [Math.cos(lat * RADIANS) * Math.cos(lon * RADIANS), Math.cos(lat * RADIANS) * Math.sin(lon * RADIANS), Math.sin(lat * RADIANS)];
  const [p, q] = [unit(a), unit(b)];
  const angle = arcDegrees(a, b) * RADIANS;
  const [wp, wq] = angle < 1e-9 ? [1 - t, t] : [Math.sin((1 - t) * angle) / Math.sin(angle), Math.sin(t * angle) / Math.sin(angle)];
  const [x, y, z] = p.map((value, i) => wp * value + wq * q[i]);
  const lon = Math.atan2(y, x) / RADIANS;
  return [(lon + 360) % 360, Math.asin(Math.min(Math.max(z / Math.hypot(x, y, z), -1), 1)) / RADIANS];
}

/** Round to 0.01 degrees (about a kilometre): short links and files, exact replays. */
const round = (degrees: number) => Math.round(degrees * 100) / 100;

export class EditTool {
  private pending: number[] = [];
  /** The brush the pending dabs were painted with (the tool may change before the frame). */
  private pendingTool: Exclude<Tool, 'none' | 'plate'> = 'raise';
  private lastDab: [number, number] | null = null;
  private plateDrag: { start: [number, number]; plate: Promise<number> } | null = null;
  private pointer: number | null = null;

  constructor(private readonly canvas: HTMLCanvasElement, private readonly host: EditToolHost) {
    canvas.addEventListener('pointerdown', this.down);
    canvas.addEventListener('pointermove', this.move);
    canvas.addEventListener('pointerup', this.up);
    canvas.addEventListener('pointercancel', this.cancel);
  }

  /** Hand this frame's dabs to the app as one brush edit. */
  flush(): void {
    if (this.pending.length === 0) return;
    const tool = this.pendingTool;
    const { radiusKm, heightM, uplift } = this.host.settings();
    // At most a tick's dab budget in one edit; the rest goes with the next frame's.
    const points = this.pending.splice(0, 2 * MAX_DABS_PER_TICK);
    this.host.addEdit({ kind: tool, radiusKm, amount: tool === 'uplift' ? uplift : heightM, points });
  }

  destroy(): void {
    this.canvas.removeEventListener('pointerdown', this.down);
    this.canvas.removeEventListener('pointermove', this.move);
    this.canvas.removeEventListener('pointerup', this.up);
    this.canvas.removeEventListener('pointercancel', this.cancel);
  }

  private readonly down = (event: PointerEvent): void => {
    const tool = this.host.tool();
    if (tool === 'none' || this.pointer !== null) return;
    const point = this.host.lonLatAt(event.clientX, event.clientY);
    if (!point) return;
    this.pointer = event.pointerId;
    this.canvas.setPointerCapture(event.pointerId);
    if (tool === 'plate') {
      this.plateDrag = { start: point, plate: this.host.plateAt(point[0], point[1]) };
    } else {
      if (tool !== this.pendingTool) this.flush();
      this.pendingTool = tool;
      this.dab(point);
    }
  };

  private readonly move = (event: PointerEvent): void => {
    if (event.pointerId !== this.pointer || !this.lastDab) return;
    const point = this.host.lonLatAt(event.clientX, event.clientY);
    if (!point) return;
    const spacing = this.host.settings().radiusKm / 4 / KM_PER_DEGREE;
    // Pointer events come a frame apart, so a fast stroke jumps far: fill the gap with dabs
    // every `spacing` along the great circle, as the stroke's own path.
    const distance = arcDegrees(this.lastDab, point);
    const from = this.lastDab;
    for (let k = 1; k * spacing <= distance; k++) this.dab(greatCirclePoint(from, point, (k * spacing) / distance));
  };

  private readonly up = (event: PointerEvent): void => {
    if (event.pointerId !== this.pointer) return;
    // A brush stroke ends where the button comes up (its last moves may come with the release).
    if (!this.plateDrag) this.move(event);
    const drag = this.plateDrag;
    const end = this.host.lonLatAt(event.clientX, event.clientY);
    this.cancel();
    if (!drag || !end) return;
    // The drag's direction, east and north, on the sphere near its start.
    let east = end[0] - drag.start[0];
    east = (((east + 180) % 360) + 360) % 360 - 180;
    east *= Math.cos(drag.start[1] * RADIANS);
    const north = end[1] - drag.start[1];
    const length = Math.hypot(east, north);
    if (length < 0.5) return;
    const speed = this.host.settings().plateCmPerYear;
    const roundCm = (value: number) => Math.round(value * 100) / 100;
    void drag.plate.then((plate) => {
      if (plate > 0) this.host.addEdit({ kind: 'plate', plate, eastCmPerYear: roundCm((speed * east) / length), northCmPerYear: roundCm((speed * north) / length) });
    });
  };

  private readonly cancel = (): void => {
    if (this.pointer !== null && this.canvas.hasPointerCapture(this.pointer)) this.canvas.releasePointerCapture(this.pointer);
    this.pointer = null;
    this.lastDab = null;
    this.plateDrag = null;
  };

  private dab(point: [number, number]): void {
    this.lastDab = point;
    this.pending.push(round(point[0]), round(point[1]));
  }
}
