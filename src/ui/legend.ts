// The colour legend of the current layer, in its unit, drawn from the same palette as the GPU.

import { PALETTES, rgbToHex } from '../render/palettes';
import { parseResolution, type ParamValues } from '../params';
import { KOPPEN_TYPES } from '../sim/koppen';

/** Area of one equatorial cell of the grid, km² (Earth's radius). */
function equatorialCellKm2(params: ParamValues): number {
  const { height } = parseResolution(params.resolution);
  return ((Math.PI * 6371) / height) ** 2;
}

/**
 * The Köppen–Geiger types as a grid of swatches, ten a row in Beck's order (A, B, C, D, E), each
 * with its symbol (its name on hover), in place of a colour bar.
 */
function koppenSwatches(): HTMLElement {
  const grid = document.createElement('div');
  grid.className = 'legend-swatches';
  for (const type of KOPPEN_TYPES) {
    const swatch = document.createElement('span');
    swatch.style.background = rgbToHex(type.rgb);
    // Dark text on light colours (by their luma), light on dark.
    const [r, g, b] = type.rgb;
    swatch.style.color = 0.299 * r + 0.587 * g + 0.114 * b > 128 ? '#000' : '#fff';
    swatch.textContent = type.symbol;
    swatch.title = `${type.symbol}: ${type.name}`;
    grid.append(swatch);
  }
  return grid;
}

/** What the legend says of the map a world runs on (`Earth`, or a heightmap's file name). */
function mapNote(name: string): string {
  if (name === 'Earth') {
    return 'Earth: Natural Earth’s coasts. Its heights are synthesised, not measured (no public-domain elevation data set is on the package registry): lowlands, the great plateaus, ranges and ice sheets at about their heights.';
  }
  return `Map: ${name}, its heights from the file.`;
}

/**
 * Draw the legend of the layer the parameters select (notes quote parameters, e.g. plate
 * speed), and what the world's map is (`map`: its name) when it runs on one.
 */
export function renderLegend(container: HTMLElement, params: ParamValues, map?: string): void {
  const layer = params.layer;
  const palette = PALETTES[layer];
  const first = palette.stops[0][0];
  const last = palette.stops[palette.stops.length - 1][0];
  const at = (value: number) => ((value - first) / (last - first)) * 100;
  const gradient = palette.stops.map(([value, colour]) => `${colour} ${at(value).toFixed(2)}%`).join(', ');
  const labelValues = [...new Set(palette.stops.map(([value]) => value))];
  const format = (value: number) => `${value.toLocaleString('en-US')}`;
  container.replaceChildren();
  const title = document.createElement('div');
  title.className = 'legend-title';
  title.textContent = palette.categorical ? palette.title : `${palette.title} (${palette.unit})`;
  title.title = 'Fold or unfold the legend’s note';
  title.addEventListener('click', () => container.classList.toggle('folded'));
  const bar = document.createElement('div');
  bar.className = 'legend-bar';
  bar.style.background = `linear-gradient(to right, ${gradient})`;
  const labels = document.createElement('div');
  labels.className = 'legend-labels';
  for (const value of palette.categorical ? [] : [labelValues[0], ...labelValues.filter((v) => v === 0 && v !== first && v !== last), labelValues[labelValues.length - 1]]) {
    const label = document.createElement('span');
    label.style.left = `${at(value)}%`;
    label.textContent = format(value);
    labels.append(label);
  }
  if (layer === 'koppen') container.append(title, koppenSwatches());
  else container.append(title, bar, labels);
  const notes: Partial<Record<typeof layer, string>> = {
    surface: 'Glowing rock: crust above ~525 °C (the Draper point). White: clouds, where the air is near saturation. Orange dots at night: cities (N turns them off)',
    rivers: `One cell at the equator: ${Math.round(equatorialCellKm2(params)).toLocaleString('en-US')} km² (0 = the cell's own rain; ocean dark). From the climate era on, cells count by their rain against ${params.rainfall} m/yr`,
    basins: 'Each land cell coloured by the outlet its water reaches (the sea or a closed hollow)',
    pressure: 'Highs push air out, lows draw it in; blurred across coasts. Grey before the climate era',
    temperature: 'Air at the surface: warm belt follows the sun; colder over high land (6.5 °C/km)',
    wind: 'Arrows point downwind; full length at 15 m/s. Trade winds from the east within 30° of the equator, westerlies beyond',
    precipitation: 'Rain over the last ~20 days, as a yearly rate; it feeds the rivers. Grey before the climate era',
    koppen: 'A tropical, B arid, C temperate, D cold, E polar (Peel et al. 2007; Beck et al. 2018 colours; hover a type for its name), from the monthly means of about the last two years. Land grey until the climate has run a year.',
    life: 'Lotka-Volterra populations, mixed as colours: the bar shows the plants alone. Waves of grazers follow the green; hunters follow them',
    plates: `Arrow length: plate speed (mean ${params.plateSpeed} cm/yr). Dark grey: fresh ocean floor at a rift, not yet part of a plate`,
  };
  for (const text of [notes[layer], map === undefined ? undefined : mapNote(map)]) {
    if (!text) continue;
    const note = document.createElement('div');
    note.className = 'legend-note';
    note.textContent = text;
    container.append(note);
  }
}
