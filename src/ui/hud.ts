// The heads-up readout: era, age, tick, speed and frame rate, and a bar for long seeks.

import { END_TICK, eraAt, formatAge, formatDuration, yearsAt, yearsPerTick } from '../timeline';

export class Hud {
  private frames = 0;
  private ticks = 0;
  private windowStart = performance.now();
  private fps = 0;
  private ticksPerSecond = 0;
  private readonly lines: Record<'era' | 'age' | 'tick' | 'rate', HTMLElement>;

  constructor(element: HTMLElement, private readonly progress: HTMLElement) {
    const line = (name: string) => {
      const div = document.createElement('div');
      div.className = `hud-${name}`;
      element.append(div);
      return div;
    };
    this.lines = { era: line('era'), age: line('age'), tick: line('tick'), rate: line('rate') };
  }

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
    const years = yearsAt(tick);
    const yearsPerSecond = this.ticksPerSecond * yearsPerTick(tick);
    this.set('era', `${era.name}: ${era.caption}`);
    this.set('age', formatAge(years));
    this.set('tick', `tick ${tick.toLocaleString('en-US')} / ${END_TICK.toLocaleString('en-US')} · ${playing ? `▶ ${speed} tick/frame` : '❚❚ paused'}`);
    this.set('rate', `${this.fps.toFixed(0)} fps · ${this.ticksPerSecond.toFixed(0)} ticks/s · ${formatDuration(yearsPerSecond)}/s`);
  }

  private set(line: keyof Hud['lines'], text: string): void {
    if (this.lines[line].textContent !== text) this.lines[line].textContent = text;
  }

  /** Show a seek's progress (0..1), or hide the bar with null. */
  seeking(fraction: number | null, label = ''): void {
    this.progress.hidden = fraction === null;
    if (fraction === null) return;
    this.progress.querySelector<HTMLElement>('.progress-fill')!.style.width = `${(fraction * 100).toFixed(1)}%`;
    this.progress.querySelector<HTMLElement>('.progress-label')!.textContent = label;
  }
}
