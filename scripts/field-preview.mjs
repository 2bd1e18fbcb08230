// Preview images of exported fields: a grey ramp from the field's minimum (black) to its
// maximum (white); two-component fields (wind) drawn as their magnitude.
import { encode } from 'fast-png';

/** The value each cell is shaded by: the field itself, or the length of its vector. */
function shadeValues(data, components) {
  if (components === 1) return data;
  const values = new Float32Array(data.length / components);
  for (let cell = 0; cell < values.length; cell++) {
    let sum = 0;
    for (let k = 0; k < components; k++) sum += data[cell * components + k] ** 2;
    values[cell] = Math.sqrt(sum);
  }
  return values;
}

/** PNG file bytes of a field's preview (non-finite values in red). */
export function previewPng(data, width, height, components) {
  const values = shadeValues(data, components);
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    min = Math.min(min, value);
    max = Math.max(max, value);
  }
  const span = max > min ? max - min : 1;
  const rgba = new Uint8Array(width * height * 4);
  for (let cell = 0; cell < values.length; cell++) {
    const value = values[cell];
    const grey = Number.isFinite(value) ? Math.round(((value - min) / span) * 255) : 0;
    rgba.set([Number.isFinite(value) ? grey : 255, grey, grey, 255], cell * 4);
  }
  return encode({ width, height, data: rgba, depth: 8, channels: 4 });
}
