// The numbers of the layers in the render shaders: their LAYER_* overrides
// (shaders/render/view.wgsl), set from the order of LAYERS, the one list of layers.

import { LAYERS } from '../params';

/** Pipeline constants LAYER_SURFACE = 0, LAYER_ELEVATION = 1, ..., in the order of LAYERS. */
export const LAYER_CONSTANTS: Readonly<Record<string, number>> = Object.fromEntries(
  LAYERS.map((layer, index) => [`LAYER_${layer.toUpperCase()}`, index]),
);
