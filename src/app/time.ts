// Time on screen: the tick loop (playing, speed, single steps), seeks spread over frames, and
// one tick's passes timed on the GPU now and then for the HUD.

import type { GpuContext } from '../gpu/device';
import { GpuTimer } from '../gpu/timer';
import type { Simulation } from '../sim/simulation';
import { clampTick } from '../timeline';
import type { Hud } from '../ui/hud';
import { TickLoop } from './loop';

/** Frames between two ticks timed pass by pass for the HUD (about two seconds at 60 fps). */
const TIMING_FRAMES = 120;

/**
 * How often a seek shows where it is (frameMs): about once a second on a software adapter (a
 * frame there costs as much as many ticks, so a seek spends its time on ticks), 4 times a second
 * on a GPU; the ticks a frame runs adapt to it, from firstChunk before the seek's speed is known.
 */
const SEEK_PACE = { software: { frameMs: 1000, firstChunk: 16 }, gpu: { frameMs: 250, firstChunk: 512 } } as const;

export interface TimeHooks {
  /** Draw a frame (after the seek's next slice). */
  frame(): void;
  /** A seek reached its tick. */
  seekDone(): void;
  /** A frame's drawing took this long on the GPU (after the ticks before it). */
  drawn(drawMs: number): void;
}

export class TimeControl {
  private readonly loop: TickLoop;
  private seekTarget: number | null = null;
  /** The simulation's count of ticks stepped when the last frame was drawn. */
  private ticksAtLastFrame: number;
  /** Times one tick's passes now and then, where the adapter has timestamp queries. */
  private readonly passTimer?: GpuTimer;
  private framesSinceTiming = 0;
  private timingInFlight = false;
  /** Ticks a seek's next frame runs, and when its last frame began (performance.now()). */
  private seekChunk = 0;
  private seekFrameStart?: number;
  private readonly seekPace: (typeof SEEK_PACE)[keyof typeof SEEK_PACE];
  private destroyed = false;

  constructor(gpu: GpuContext, private readonly simulation: Simulation, private readonly hud: Hud, private readonly hooks: TimeHooks) {
    this.loop = new TickLoop({
      tick: () => this.tick(),
      frame: () => {
        const seeking = this.seekTarget !== null;
        if (seeking) this.advanceSeek(hooks);
        // On a software adapter a frame's drawing is timed after its ticks (the canvas's pixels
        // follow it); a seek's frames are drawn at once, so where it lands shows with its end.
        if (!gpu.software || seeking) return hooks.frame();
        return this.drawTimed(gpu.device.queue, hooks);
      },
      gpuIdle: () => gpu.device.queue.onSubmittedWorkDone(),
    });
    if (gpu.timestamps) this.passTimer = new GpuTimer(gpu.device, 64);
    this.ticksAtLastFrame = simulation.ticksSimulated;
    this.seekPace = SEEK_PACE[gpu.software ? 'software' : 'gpu'];
  }

  get playing(): boolean { return this.loop.playing; }
  set playing(playing: boolean) { this.loop.playing = playing; }
  /** Ticks per displayed frame. */
  get speed(): number { return this.loop.speed; }
  set speed(speed: number) { this.loop.speed = speed; }
  get seeking(): boolean { return this.seekTarget !== null; }
  /** The tick a seek is heading for, or null. */
  get target(): number | null { return this.seekTarget; }
  /** The tick on screen, or the one a seek is heading for (what links, files and the story use). */
  get shownTick(): number { return this.seekTarget ?? this.simulation.tick; }

  start(): void { this.loop.start(); }

  /** Start a seek: from the nearest keyframe (or run on), replayed over the next frames. */
  seekTo(tick: number): void {
    const target = clampTick(tick);
    this.seekTarget = target === this.simulation.tick ? null : target;
    // A seek ended here (already there, or brought there by a script's own replay): no bar, and
    // what the HUD read belongs to another moment.
    if (this.seekTarget === null) {
      this.hud.seeking(null);
      this.hooks.seekDone();
    }
    this.seekChunk = this.seekPace.firstChunk;
    this.seekFrameStart = undefined;
  }

  /** Run one tick now (single-stepping). */
  stepOnce(): void { this.loop.runTicks(1); }

  /** The ticks simulated since the last frame ended, however they ran: played, stepped or sought (for the HUD). */
  get ticksRun(): number { return this.simulation.ticksSimulated - this.ticksAtLastFrame; }

  /** A frame was drawn: count its ticks afresh, and the frames toward the next timed tick. */
  frameDone(): void {
    this.ticksAtLastFrame = this.simulation.ticksSimulated;
    this.framesSinceTiming++;
  }

  destroy(): void {
    this.destroyed = true;
    this.loop.stop();
    this.passTimer?.destroy();
  }

  private tick(): boolean {
    if (this.seekTarget !== null || this.simulation.atEnd) return false;
    if (this.passTimer && !this.timingInFlight && this.framesSinceTiming >= TIMING_FRAMES) this.timedStep(this.passTimer);
    else this.simulation.step();
    return true;
  }

  /** One tick with each pass timed on the GPU; the HUD shows the times when they arrive. */
  private timedStep(timer: GpuTimer): void {
    this.framesSinceTiming = 0;
    this.timingInFlight = true;
    this.simulation.profiler = timer;
    this.simulation.step();
    this.simulation.profiler = undefined;
    timer.read().then((times) => { this.hud.passTimes = times; }, () => { /* Device lost: no times. */ })
      .finally(() => { this.timingInFlight = false; });
  }

  /** Once the ticks before it are done, draw a frame (unless destroyed meanwhile) and time it until the GPU has drawn it. */
  private async drawTimed(queue: GPUQueue, hooks: TimeHooks): Promise<void> {
    await queue.onSubmittedWorkDone();
    if (this.destroyed) return;
    const start = performance.now();
    hooks.frame();
    await queue.onSubmittedWorkDone();
    hooks.drawn(performance.now() - start);
  }

  /** The seek's next slice: as many ticks as fill SEEK_FRAME_MS, judged by the last frame's. */
  private advanceSeek(hooks: TimeHooks): void {
    const target = this.seekTarget!;
    const now = performance.now();
    if (this.seekFrameStart !== undefined) {
      const scale = Math.min(Math.max(this.seekPace.frameMs / Math.max(now - this.seekFrameStart, 1), 0.5), 2);
      this.seekChunk = Math.min(Math.max(Math.round(this.seekChunk * scale), 4), 8192);
    }
    this.seekFrameStart = now;
    const reached = this.simulation.seek(target, this.seekChunk);
    if (reached) {
      this.seekTarget = null;
      this.hud.seeking(null);
      hooks.seekDone();
    } else {
      this.hud.seeking(this.simulation.tick / target, `Replaying to tick ${target.toLocaleString('en-US')}…`);
    }
  }
}
