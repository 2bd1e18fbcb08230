// The canvas's pixels on a software adapter (src/render/frame-scale.ts): they follow the draw
// budget on a model machine whose frame costs a fixed part plus a part per pixel.
import { describe, expect, it } from 'vitest';
import { DRAW_BUDGET_MS, FrameScale, START_PIXELS } from '../../src/render/frame-scale';

/** Frames drawn on a machine costing fixedMs plus usPerPixel a pixel; the pixels after them. */
function settle(scale: FrameScale, fixedMs: number, usPerPixel: number, frames = 200): number {
  for (let frame = 0; frame < frames; frame++) scale.measured(fixedMs + (scale.pixels * usPerPixel) / 1000);
  return scale.pixels;
}

describe('FrameScale', () => {
  it('settles where a frame costs about the budget, from above and from below', () => {
    // This machine on a frame of the surface: about 10 ms fixed and 0.5 µs a pixel.
    const slow = settle(new FrameScale(), 10, 0.5);
    const cost = 10 + (slow * 0.5) / 1000;
    // Within the dead band (15 %) of the budget, give or take the last step.
    expect(cost).toBeGreaterThan(DRAW_BUDGET_MS * 0.8);
    expect(cost).toBeLessThan(DRAW_BUDGET_MS * 1.2);
    const fast = settle(new FrameScale(), 5, 0.1);
    expect(fast).toBeGreaterThan(START_PIXELS);
    expect(5 + (fast * 0.1) / 1000).toBeLessThan(DRAW_BUDGET_MS * 1.2);
  });

  it('keeps to its bounds on a machine far too slow or far too fast', () => {
    expect(settle(new FrameScale(), 200, 10)).toBe(40_000);
    // Up to the most, short of it by less than the dead band (a smaller change is not made).
    const most = settle(new FrameScale(), 1, 0.001);
    expect(most).toBeLessThanOrEqual(1920 * 1080);
    expect(most).toBeGreaterThan(1920 * 1080 * 0.85);
  });

  it('judges the median of five draws: one slow frame changes nothing', () => {
    const scale = new FrameScale();
    const changes = [0.9, 0.95, 20, 1, 1.05].map((share) => scale.measured(share * DRAW_BUDGET_MS));
    expect(changes).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(scale.pixels).toBe(START_PIXELS);
  });

  it('ignores times that are not positive finite numbers', () => {
    const scale = new FrameScale();
    for (const ms of [NaN, -1, 0, Infinity, NaN, NaN]) expect(scale.measured(ms)).toBeUndefined();
    expect(scale.pixels).toBe(START_PIXELS);
  });

  it('halves the pixels at most in one step', () => {
    const scale = new FrameScale();
    let next: number | undefined;
    for (let frame = 0; frame < 5; frame++) next = scale.measured(10_000);
    expect(next).toBe(START_PIXELS / 2);
  });
});
