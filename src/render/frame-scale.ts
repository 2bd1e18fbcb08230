// How many pixels the canvas draws on a software adapter: as many as keep a frame's drawing near
// DRAW_BUDGET_MS, judged by the draw times measured (a frame's cost is a fixed part plus a
// part per pixel, so scaling the pixels by budget / measured converges on the budget).

/**
 * The drawing a frame may take on a software adapter: with the ticks, 5 frames a second. What a
 * draw saves under this goes to the ticks, so the story plays faster, not sharper.
 */
export const DRAW_BUDGET_MS = 40;
/** Pixels a software adapter starts with (SwiftShader here shades 1-3 a microsecond). */
export const START_PIXELS = 120_000;
/** Never fewer (about 270x150 at 16:9: coarser is not worth watching) nor more pixels than these. */
const MIN_PIXELS = 40_000;
const MAX_PIXELS = 1920 * 1080;
/** Draws judged together (their median: one slow frame, a resize or a layer change, does not count alone). */
const SAMPLES = 5;
/** A change under this share is not worth a resize; one step changes the pixels at most by the bounds. */
const DEAD_BAND = 0.15;
const STEP_BOUNDS = [0.5, 1.5] as const;

export class FrameScale {
  private samples: number[] = [];

  constructor(private pixelCount = START_PIXELS, private readonly budgetMs = DRAW_BUDGET_MS) {}

  get pixels(): number { return this.pixelCount; }

  /** A frame took `drawMs` to draw: the pixels the next frames should draw, when they should change. */
  measured(drawMs: number): number | undefined {
    if (!(drawMs > 0) || !Number.isFinite(drawMs)) return undefined;
    this.samples.push(drawMs);
    if (this.samples.length < SAMPLES) return undefined;
    const median = [...this.samples].sort((a, b) => a - b)[SAMPLES >> 1];
    this.samples = [];
    const ratio = Math.min(Math.max(this.budgetMs / median, STEP_BOUNDS[0]), STEP_BOUNDS[1]);
    const next = Math.min(Math.max(Math.round(this.pixelCount * ratio), MIN_PIXELS), MAX_PIXELS);
    if (Math.abs(next / this.pixelCount - 1) < DEAD_BAND) return undefined;
    this.pixelCount = next;
    return next;
  }
}
