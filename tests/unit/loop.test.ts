// The tick loop's frames: one at a time on the GPU, and one that came due while the GPU was busy
// runs as soon as it is idle (not a display refresh later).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TickLoop } from '../../src/app/loop';

/** Display refreshes run by hand: each call to refresh() runs the callbacks requested so far. */
let callbacks: Map<number, FrameRequestCallback>;
let nextHandle: number;
function refresh(now: number): void {
  const due = [...callbacks.values()];
  callbacks.clear();
  due.forEach((callback) => callback(now));
}

beforeEach(() => {
  callbacks = new Map();
  nextHandle = 1;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => { callbacks.set(nextHandle, callback); return nextHandle++; });
  vi.stubGlobal('cancelAnimationFrame', (handle: number) => { callbacks.delete(handle); });
});
afterEach(() => { vi.unstubAllGlobals(); });

/** A loop whose GPU finishes each frame only when told to (finish()). */
function loopWithSlowGpu() {
  const idle: (() => void)[] = [];
  let frames = 0;
  const loop = new TickLoop({
    tick: () => true,
    frame: () => { frames++; },
    gpuIdle: () => new Promise<void>((resolve) => idle.push(resolve)),
  });
  // Let the frame's promise chain settle (its gpuIdle() is asked for after frame()).
  const settle = async () => { for (let k = 0; k < 5; k++) await Promise.resolve(); };
  const finish = async () => {
    await settle();
    idle.shift()!();
    await settle();
  };
  return { loop, finish, frames: () => frames };
}

describe('TickLoop', () => {
  it('runs a frame that came due while the GPU was busy as soon as the GPU is idle', async () => {
    const { loop, finish, frames } = loopWithSlowGpu();
    loop.start();
    refresh(0);
    expect(frames()).toBe(1);
    refresh(16);
    refresh(33);
    expect(frames()).toBe(1);
    await finish();
    expect(frames()).toBe(2);
    // No frame was missed during the second: the next runs at the next refresh.
    await finish();
    expect(frames()).toBe(2);
    refresh(300);
    expect(frames()).toBe(3);
    loop.stop();
  });

  it('runs no missed frame once stopped', async () => {
    const { loop, finish, frames } = loopWithSlowGpu();
    loop.start();
    refresh(0);
    refresh(16);
    loop.stop();
    await finish();
    expect(frames()).toBe(1);
  });
});
