// The era caption: the era's name and what happens in it, large, for a few seconds each time
// the story enters a new era (playing, seeking or scrubbing).

import { eraAt, eraIndexAt } from '../timeline';

const SHOW_MS = 5000;

export class Caption {
  private era = -1;
  private timer = 0;

  constructor(private readonly element: HTMLElement) {}

  /** Called each frame with the current tick. */
  update(tick: number): void {
    const index = eraIndexAt(tick);
    if (index === this.era) return;
    this.era = index;
    const era = eraAt(tick);
    this.element.replaceChildren();
    const name = document.createElement('div');
    name.className = 'caption-name';
    name.textContent = era.name;
    const text = document.createElement('div');
    text.className = 'caption-text';
    text.textContent = era.caption;
    this.element.append(name, text);
    this.element.classList.add('caption-visible');
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.element.classList.remove('caption-visible'), SHOW_MS);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.element.replaceChildren();
  }
}
