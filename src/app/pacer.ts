// How many ticks each displayed frame runs: the story's pace in ticks a second (60 at speed 1),
// whatever the frame rate, and on a machine too slow for that pace as many as keep a frame
// within FRAME_BUDGET_MS (a story that plays slower, but smoothly, rather than freezes).

/** Ticks a second at speed 1: one a frame at 60 frames a second. */
export const TICKS_PER_SECOND_AT_SPEED_1 = 60;
/** The longest a frame should take while playing: at least 5 frames a second. */
export const FRAME_BUDGET_MS = 200;
/** What the frames aim at on average while behind the pace: a little within the budget, as a frame's ticks come in whole ticks. */
const TARGET_FRAME_MS = 0.975 * FRAME_BUDGET_MS;
/** How far one frame may change the ticks a frame (down, up). */
const RATE_STEP = [0.75, 1.1] as const;
/** A gap longer than this (a hidden tab, a breakpoint) counts as this long. */
const MAX_GAP_MS = 250;

export class Pacer {
  private owed = 0;
  /** Ticks a frame that keep frames near TARGET_FRAME_MS (fractional: 1.5 runs 1 and 2 by turns), adapted frame by frame; at least 1. */
  private rate = 1;
  /** Ticks the rate has allowed and the frames not yet run (at most one frame's and one tick). */
  private credit = 0;

  /**
   * The ticks to run in a frame that comes `elapsedMs` after the last one (its own work, drawing
   * and ticks, included) at `speed` (ticks a frame at 60 frames a second).
   */
  next(elapsedMs: number, speed: number): number {
    const gap = Math.min(Math.max(elapsedMs, 0), MAX_GAP_MS);
    this.owed += (speed * TICKS_PER_SECOND_AT_SPEED_1 * gap) / 1000;
    // Over the budget, or behind the pace: the rate follows the frame time toward the target
    // (a frame's time grows with its ticks, so the mean frame settles on the target).
    if (elapsedMs > FRAME_BUDGET_MS || this.owed > this.rate) {
      const step = Math.min(Math.max(TARGET_FRAME_MS / Math.max(elapsedMs, 1), RATE_STEP[0]), RATE_STEP[1]);
      this.rate = Math.max(1, this.rate * step);
    }
    this.credit = Math.min(this.credit + this.rate, this.rate + 1);
    // Behind the pace: what cannot be run within the rate is dropped, not carried on.
    this.owed = Math.min(this.owed, this.credit);
    const due = Math.floor(this.owed);
    this.owed -= due;
    this.credit -= due;
    return due;
  }

  /** Start afresh (playing resumed): no ticks owed. */
  reset(): void { this.owed = 0; }
}
