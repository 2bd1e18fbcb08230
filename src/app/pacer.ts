// How many ticks each displayed frame runs: the story's pace in ticks a second (60 at speed 1),
// whatever the frame rate, and on a machine too slow for that pace as many as keep a frame
// within FRAME_BUDGET_MS (a story that plays slower, but smoothly, rather than freezes).

/** Ticks a second at speed 1: one a frame at 60 frames a second. */
export const TICKS_PER_SECOND_AT_SPEED_1 = 60;
/** The longest a frame should take while playing: at least 5 frames a second. */
export const FRAME_BUDGET_MS = 200;
/** A gap longer than this (a hidden tab, a breakpoint) counts as this long. */
const MAX_GAP_MS = 250;

export class Pacer {
  private owed = 0;
  /** The most ticks a frame may run, adapted to keep frames within the budget. */
  private limit = 1;

  /**
   * The ticks to run in a frame that comes `elapsedMs` after the last one (its own work, drawing
   * and ticks, included) at `speed` (ticks a frame at 60 frames a second).
   */
  next(elapsedMs: number, speed: number): number {
    const gap = Math.min(Math.max(elapsedMs, 0), MAX_GAP_MS);
    this.owed += (speed * TICKS_PER_SECOND_AT_SPEED_1 * gap) / 1000;
    if (elapsedMs > FRAME_BUDGET_MS) this.limit = Math.max(1, Math.floor(this.limit * 0.75));
    else if (this.owed > this.limit) this.limit += Math.max(1, Math.floor(this.limit * 0.1));
    // Behind the pace: what cannot be run within the limit is dropped, not carried on.
    this.owed = Math.min(this.owed, this.limit);
    const due = Math.floor(this.owed);
    this.owed -= due;
    return due;
  }

  /** Start afresh (playing resumed): no ticks owed. */
  reset(): void { this.owed = 0; }
}
