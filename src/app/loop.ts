// The fixed-tick loop: the display runs at its own rate and the simulation advances whole ticks
// at the story's pace (src/app/pacer.ts), so the world never depends on the frame rate.
import { Pacer } from './pacer';

export interface LoopHooks {
  /** Run one simulation tick; false when there is nothing left to run. */
  tick(): boolean;
  /** Draw the current state (and anything else a frame does); a promise when the drawing waits on the GPU, resolved once the GPU is idle. */
  frame(): void | Promise<void>;
  /** Resolves when the GPU has finished the work submitted so far. */
  gpuIdle(): Promise<unknown>;
}

export class TickLoop {
  playing = true;
  /** Ticks per displayed frame at 60 frames a second; below 1, one tick every few frames. */
  speed = 1;
  private readonly pacer = new Pacer();
  /** When the last frame that ran began (requestAnimationFrame's clock), if one has. */
  private lastFrame?: number;
  private handle = 0;
  private waitingForGpu = false;
  /** A display refresh came while the GPU was busy. */
  private frameMissed = false;

  constructor(private readonly hooks: LoopHooks) {}

  start(): void {
    if (!this.handle) this.handle = requestAnimationFrame(this.onFrame);
  }

  stop(): void {
    cancelAnimationFrame(this.handle);
    this.handle = 0;
  }

  /** Run exactly `count` ticks now (single-stepping, or a seek's next slice). */
  runTicks(count: number): number {
    let ran = 0;
    while (ran < count && this.hooks.tick()) ran++;
    return ran;
  }

  private readonly onFrame = (now: number): void => {
    this.handle = requestAnimationFrame(this.onFrame);
    // Never queue more than one frame of work ahead of the GPU (a software GPU is slow): a frame
    // that comes due meanwhile runs as soon as the GPU is idle, not a display refresh later.
    if (this.waitingForGpu) {
      this.frameMissed = true;
      return;
    }
    this.runFrame(now);
  };

  private runFrame(now: number): void {
    this.frameMissed = false;
    const elapsed = this.lastFrame === undefined ? 1000 / 60 : now - this.lastFrame;
    this.lastFrame = now;
    if (this.playing) {
      const due = this.pacer.next(elapsed, this.speed);
      if (this.runTicks(due) < due) this.playing = false;
    } else {
      this.pacer.reset();
    }
    this.waitingForGpu = true;
    // A frame that waits on the GPU itself has left it idle: no second round trip to ask.
    const drawing = this.hooks.frame();
    (drawing ?? this.hooks.gpuIdle()).finally(() => {
      this.waitingForGpu = false;
      if (this.frameMissed && this.handle) this.runFrame(performance.now());
    });
  }
}
