// The timeline bar: play/pause, speed, the story's eras as coloured spans, and a slider that
// scrubs to any tick, backwards too (the app seeks from its keyframes).

import { END_TICK, eraStartTick, ERAS, formatAge, yearsAt } from '../timeline';

export interface TimelineActions {
  togglePlay(): void;
  /** Go to this tick (the app clamps and seeks). */
  seek(tick: number): void;
  setSpeed(ticksPerFrame: number): void;
}

const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64];
const ERA_COLOURS = ['#8a3b1c', '#2a5d8a', '#7a6a3a', '#3f7f8f', '#3f8f4a', '#b08a2a', '#b0402a'];

export class TimelineBar {
  private readonly play: HTMLButtonElement;
  private readonly slider: HTMLInputElement;
  private readonly speed: HTMLSelectElement;
  private readonly age: HTMLElement;
  private dragging = false;

  constructor(private readonly container: HTMLElement, actions: TimelineActions) {
    container.replaceChildren();
    this.play = document.createElement('button');
    this.play.className = 'timeline-play';
    this.play.addEventListener('click', () => actions.togglePlay());

    this.speed = document.createElement('select');
    this.speed.className = 'timeline-speed';
    this.speed.title = 'Ticks per frame (↑/↓)';
    for (const speed of SPEEDS) this.speed.add(new Option(`${speed}×`, String(speed)));
    this.speed.addEventListener('change', () => {
      actions.setSpeed(Number(this.speed.value));
      // Give the keys back to the shortcuts (they ignore a focused select).
      this.speed.blur();
    });

    const track = document.createElement('div');
    track.className = 'timeline-track';
    const eras = document.createElement('div');
    eras.className = 'timeline-eras';
    ERAS.forEach((era, index) => {
      const span = document.createElement('div');
      span.className = 'timeline-era';
      span.style.left = `${(eraStartTick(index) / END_TICK) * 100}%`;
      span.style.width = `${(era.ticks / END_TICK) * 100}%`;
      span.style.background = ERA_COLOURS[index % ERA_COLOURS.length];
      span.textContent = era.name;
      span.title = `${era.name}: ${era.caption} (from ${formatAge(era.startYears)})`;
      eras.append(span);
    });
    this.slider = document.createElement('input');
    this.slider.type = 'range';
    this.slider.className = 'timeline-slider';
    this.slider.min = '0';
    this.slider.max = String(END_TICK);
    this.slider.step = '1';
    this.slider.setAttribute('aria-label', 'Time: drag to scrub through the story');
    this.slider.addEventListener('pointerdown', () => { this.dragging = true; });
    // A scrub with the pointer hands the focus back, so the keys (Space, arrows) drive the app
    // again and the slider follows the ticks; a slider reached with Tab keeps it.
    this.slider.addEventListener('pointerup', () => { this.dragging = false; this.slider.blur(); });
    this.slider.addEventListener('pointercancel', () => { this.dragging = false; });
    this.slider.addEventListener('input', () => actions.seek(Number(this.slider.value)));
    track.append(eras, this.slider);

    this.age = document.createElement('div');
    this.age.className = 'timeline-age';
    container.append(this.play, this.speed, track, this.age);
  }

  /** Show the current moment; the slider follows the seek's target while it is replayed. */
  update(tick: number, target: number | null, playing: boolean, speed: number): void {
    const shown = target ?? tick;
    if (!this.dragging && document.activeElement !== this.slider && Number(this.slider.value) !== shown) this.slider.value = String(shown);
    const label = playing ? '❚❚' : '▶';
    if (this.play.textContent !== label) {
      this.play.textContent = label;
      this.play.title = playing ? 'Pause (space)' : 'Play (space)';
    }
    const speedValue = String(speed);
    if (this.speed.value !== speedValue) {
      if (![...this.speed.options].some((option) => option.value === speedValue)) this.speed.add(new Option(`${speed}×`, speedValue));
      this.speed.value = speedValue;
    }
    const text = target === null ? formatAge(yearsAt(tick)) : `→ ${formatAge(yearsAt(target))}`;
    if (this.age.textContent !== text) this.age.textContent = text;
  }

  destroy(): void { this.container.replaceChildren(); }
}
