// Charts of the global series over the whole story: one small line chart per series, each
// with its unit, the latest value at the current moment, era boundaries and a cursor at the
// current tick. Drawn with the 2D canvas from the samples of src/sim/global-stats.ts.

import type { GlobalSample } from '../sim/global-stats';
import { END_TICK, eraStartTick, ERAS, PRESENT_YEARS, tickAtYears } from '../timeline';

/** The present day's tick: sea level is charted relative to its level then. */
const PRESENT_TICK = tickAtYears(PRESENT_YEARS);

interface Series {
  key: Exclude<keyof GlobalSample, 'tick'>;
  label: string;
  colour: string;
  format: (value: number) => string;
}

const fixed = (digits: number, unit: string) => (value: number) => `${value.toFixed(digits)} ${unit}`;

const SERIES: readonly Series[] = [
  { key: 'temperature', label: 'Mean temperature', colour: '#ff8a5c', format: fixed(1, '°C') },
  { key: 'seaLevel', label: 'Sea level', colour: '#5ca8ff', format: (v) => `${Math.round(v).toLocaleString('en-US')} m` },
  { key: 'landFraction', label: 'Land', colour: '#c8a86a', format: (v) => `${(v * 100).toFixed(1)} %` },
  { key: 'co2', label: 'CO₂', colour: '#d0d0d0', format: (v) => `${Math.round(v)} ppm` },
  { key: 'plants', label: 'Plants (mean over land)', colour: '#5cd65c', format: fixed(3, '') },
  { key: 'herbivores', label: 'Herbivores', colour: '#e0d050', format: fixed(3, '') },
  { key: 'carnivores', label: 'Carnivores', colour: '#e05050', format: fixed(3, '') },
  { key: 'population', label: 'People', colour: '#ffd9a8', format: (v) => (v >= 1e9 ? `${(v / 1e9).toFixed(2)} billion` : `${(v / 1e6).toFixed(0)} million`) },
];

const CHART_HEIGHT = 20;
const SEA_LEVEL_ROW = SERIES.findIndex((series) => series.key === 'seaLevel');

export class Charts {
  private readonly canvases: HTMLCanvasElement[] = [];
  private readonly values: HTMLElement[] = [];
  private readonly labels: HTMLElement[] = [];
  /** What the charts show now: the samples' count, the newest sample at or before the moment, the moment's pixel column. */
  private drawn = '';

  constructor(private readonly container: HTMLElement) {
    container.replaceChildren();
    // A click on the title folds the charts to it (and unfolds them).
    const title = document.createElement('div');
    title.className = 'charts-title';
    title.textContent = 'Charts over the story';
    title.title = 'Fold or unfold the charts';
    title.addEventListener('click', () => container.classList.toggle('folded'));
    container.append(title);
    for (const series of SERIES) {
      const row = document.createElement('div');
      row.className = 'chart';
      const head = document.createElement('div');
      head.className = 'chart-head';
      const label = document.createElement('span');
      label.textContent = series.label;
      label.style.color = series.colour;
      const value = document.createElement('span');
      value.className = 'chart-value';
      head.append(label, value);
      const canvas = document.createElement('canvas');
      canvas.setAttribute('aria-label', `${series.label} over the story`);
      row.append(head, canvas);
      container.append(row);
      this.canvases.push(canvas);
      this.values.push(value);
      this.labels.push(label);
    }
  }

  set visible(visible: boolean) { this.container.hidden = !visible; }

  /**
   * Redraw when there are new samples, another sample is the latest, or the moment's marker moved
   * a pixel (a chart's pixel is about 70 ticks: not every frame while playing, which a software
   * compositor would pay for every frame).
   */
  update(samples: ReadonlyMap<number, GlobalSample>, tick: number): void {
    if (this.container.hidden || this.container.classList.contains('folded')) return;
    let latestTick = -1;
    for (const sampled of samples.keys()) if (sampled <= tick && sampled > latestTick) latestTick = sampled;
    const shown = `${samples.size}:${latestTick}:${markerColumn(tick, chartWidth(this.canvases[0]))}`;
    if (shown === this.drawn) return;
    this.drawn = shown;
    let ordered = [...samples.values()].sort((a, b) => a.tick - b.tick);
    let latest: GlobalSample | undefined;
    for (const sample of ordered) if (sample.tick <= tick) latest = sample;
    // Sea level relative to the present day's once the story has been there, else to now.
    const today = samples.get(PRESENT_TICK);
    const reference = today ?? latest;
    if (reference) ordered = ordered.map((sample) => ({ ...sample, seaLevel: sample.seaLevel - reference.seaLevel }));
    if (latest) latest = { ...latest, seaLevel: latest.seaLevel - (reference?.seaLevel ?? 0) };
    this.labels[SEA_LEVEL_ROW].textContent = today ? 'Sea level vs today' : 'Sea level vs now';
    SERIES.forEach((series, index) => {
      const value = latest?.[series.key];
      this.values[index].textContent = value === null || value === undefined ? '–' : series.format(value);
      this.draw(this.canvases[index], ordered, series, tick);
    });
  }

  destroy(): void { this.container.replaceChildren(); }

  private draw(canvas: HTMLCanvasElement, samples: readonly GlobalSample[], series: Series, tick: number): void {
    const width = chartWidth(canvas);
    const height = Math.round(CHART_HEIGHT * devicePixelRatio);
    if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, width, height);
    const x = (t: number) => (t / END_TICK) * width;
    context.fillStyle = '#ffffff18';
    for (let i = 1; i < ERAS.length; i++) context.fillRect(Math.round(x(eraStartTick(i))), 0, 1, height);
    const points = samples.filter((sample) => sample[series.key] !== null).map((sample) => [sample.tick, sample[series.key] as number]);
    if (points.length > 0) {
      let min = Math.min(...points.map(([, v]) => v));
      let max = Math.max(...points.map(([, v]) => v));
      if (max - min < 1e-9) { min -= 1; max += 1; }
      const y = (v: number) => height - 2 - ((v - min) / (max - min)) * (height - 4);
      context.strokeStyle = series.colour;
      context.lineWidth = devicePixelRatio;
      context.beginPath();
      points.forEach(([t, v], i) => (i === 0 ? context.moveTo(x(t), y(v)) : context.lineTo(x(t), y(v))));
      context.stroke();
    }
    context.fillStyle = '#ffffffc0';
    context.fillRect(markerColumn(tick, width), 0, 1, height);
  }
}

/** A chart canvas's width in device pixels. */
function chartWidth(canvas: HTMLCanvasElement | undefined): number {
  return Math.max(Math.round((canvas?.clientWidth ?? 0) * devicePixelRatio), 1);
}

/** The pixel column of the moment's marker on a chart `width` device pixels wide. */
function markerColumn(tick: number, width: number): number { return Math.round((tick / END_TICK) * width); }
