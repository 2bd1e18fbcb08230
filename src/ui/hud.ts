// The heads-up readout: era, age, tick, speed, frame rate, GPU memory and GPU milliseconds per
// pass (with timestamp queries), the planet's CO2, warming and population once people live, and
// a bar for long seeks.

import type { PlanetScalars } from '../sim/state';
import { END_TICK, eraAt, formatAge, formatDuration, yearsAt, yearsPerTick } from '../timeline';

export class Hud {
  private frames = 0;
  private ticks = 0;
  private windowStart = performance.now();
  private fps = 0;
  private ticksPerSecond = 0;
  private readonly lines: Record<'era' | 'age' | 'tick' | 'rate' | 'gpu' | 'planet', HTMLElement>;
  /** The latest tick's GPU milliseconds by pass label, when timed. */
  passTimes?: Map<string, number>;

  constructor(element: HTMLElement, private readonly progress: HTMLElement) {
    const line = (name: string) => {
      const div = document.createElement('div');
      div.className = `hud-${name}`;
      element.append(div);
      return div;
    };
    this.lines = { era: line('era'), age: line('age'), tick: line('tick'), rate: line('rate'), gpu: line('gpu'), planet: line('planet') };
  }

  /** Called once per displayed frame with the tick reached and ticks run in that frame. */
  update(tick: number, ticksRun: number, playing: boolean, speed: number, planet?: PlanetScalars, gpuBytes = 0): void {
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
    this.set('rate', `${this.fps.toFixed(0)} fps · ${this.ticksPerSecond.toFixed(0)} ticks/s · ${formatDuration(yearsPerSecond)}/s · ${(gpuBytes / 2 ** 20).toFixed(0)} MB on the GPU`);
    this.set('gpu', this.passTimes ? formatPassTimes(this.passTimes) : '');
    this.set('planet', era.processes.humans && planet ? formatPlanet(planet) : '');
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

/** "GPU 1.92 ms/tick: life.grow 0.81 · erosion.flow 0.40 · climate.weather 0.31 · …" (the four slowest). */
export function formatPassTimes(times: ReadonlyMap<string, number>): string {
  const sorted = [...times].sort((a, b) => b[1] - a[1]);
  const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
  const slowest = sorted.slice(0, 4).map(([label, ms]) => `${label} ${ms.toFixed(2)}`).join(' · ');
  return `GPU ${total.toFixed(2)} ms/tick: ${slowest}${sorted.length > 4 ? ' · …' : ''}`;
}

/** "8.1 billion people · CO₂ 412 ppm · +1.2 °C · 650 Gt C burnt". */
export function formatPlanet(planet: PlanetScalars): string {
  const people = planet.population >= 1e9 ? `${(planet.population / 1e9).toFixed(1)} billion`
    : planet.population >= 1e6 ? `${(planet.population / 1e6).toFixed(0)} million` : Math.round(planet.population).toLocaleString('en-US');
  const sign = planet.anomaly >= 0 ? '+' : '−';
  return `${people} people · CO₂ ${Math.round(planet.co2)} ppm · ${sign}${Math.abs(planet.anomaly).toFixed(1)} °C · ${Math.round(planet.carbon).toLocaleString('en-US')} Gt C burnt`;
}
