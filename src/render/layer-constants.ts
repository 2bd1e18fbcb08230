// The numbers of the views and the layers in the render shaders: their MODE_* and LAYER_*
// overrides (shaders/render/view.wgsl), set from the order of VIEWS and LAYERS, the one lists.

import { LAYERS, VIEWS } from '../params';

/** Pipeline constants LAYER_SURFACE = 0, LAYER_ELEVATION = 1, ..., in the order of LAYERS. */
export const LAYER_CONSTANTS: Readonly<Record<string, number>> = Object.fromEntries(
  LAYERS.map((layer, index) => [`LAYER_${layer.toUpperCase()}`, index]),
);

/** Pipeline constants MODE_GLOBE = 0, MODE_MAP = 1, in the order of VIEWS. */
export const MODE_CONSTANTS: Readonly<Record<string, number>> = Object.fromEntries(
  VIEWS.map((view, index) => [`MODE_${view.toUpperCase()}`, index]),
);

/** Every numbering the render pipelines set. */
export const RENDER_CONSTANTS: Readonly<Record<string, number>> = { ...MODE_CONSTANTS, ...LAYER_CONSTANTS };
