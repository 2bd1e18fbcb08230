// The heads-up readout: era, age, tick, speed and frame rate, and a bar for long seeks.

import { END_TICK, eraAt, formatAge, yearsAt } from '../timeline';

export class Hud {
  private frames = 0;
  private ticks = 0;
  private windowStart = performance.now();
  private fps = 0;
  private ticksPerSecond = 0;

  constructor(private readonly element: HTMLElement, private readonly progress: HTMLElement) {}

  /** Called once per displayed frame with the tick reached and ticks run in that frame. */
  update(tick: number, ticksRun: number, playing: boolean, speed: number): void {
    this.frames++;
    this.ticks += ticksRun;
    const now = performance.now();
    if (now - this.windowStart >= 1000) {
      const seconds = (now - this.windowStart) / 1000;
      this.fps = this.frames / seconds;
      this.ticksPerSecond = this.ticks / seconds;
      this.frames = 0;
      this.ticks = 0;
      this.windowStart = now;
    }
    const era = eraAt(tick);
    this.element.innerHTML = '';
    const lines = [
      [`era`, `${era.name}: ${era.caption}`],
      [`age`, formatAge(yearsAt(tick))],
      [`tick`, `${tick.toLocaleString('en-US')} / ${END_TICK.toLocaleString('en-US')} · ${playing ? `▶ ${speed} tick/frame` : '❚❚ paused'}`],
      [`rate`, `${this.fps.toFixed(0)} fps · ${this.ticksPerSecond.toFixed(0)} ticks/s`],
    ];
    for (const [name, text] of lines) {
      const line = document.createElement('div');
      line.className = `hud-${name}`;
      line.textContent = text;
      this.element.append(line);
    }
  }

  /** Show a seek's progress (0..1), or hide the bar with null. */
  seeking(fraction: number | null, label = ''): void {
    this.progress.hidden = fraction === null;
    if (fraction === null) return;
    this.progress.querySelector<HTMLElement>('.progress-fill')!.style.width = `${(fraction * 100).toFixed(1)}%`;
    this.progress.querySelector<HTMLElement>('.progress-label')!.textContent = label;
  }
}
