// What the viewer looks at, shared by the two render passes (shade and globe).

struct View {
  inverseViewProjection: mat4x4f,
  eye: vec4f,            // camera position (planet radius 1)
  sunDirection: vec4f,   // xyz: unit vector toward the sun, planet frame; w: 1 = daylight everywhere
  mapWindow: vec4f,      // map view: centre longitude, centre latitude, half-widths (radians)
  viewport: vec2f,       // target size in pixels
  mode: u32,             // MODE_* below
  layer: u32,            // LAYER_* below, in the order of LAYERS in params.ts
  paletteRange: vec2f,   // the layer's values at the two ends of its colour ramp
  arrowScale: f32,       // arrow length per unit of speed: plates (cells per tick), wind (m/s)
  cityLights: u32,       // 1: cities light the night side of the surface layer
}

const MODE_GLOBE: u32 = 0u;
const MODE_MAP: u32 = 1u;
const LAYER_SURFACE: u32 = 0u;
const LAYER_ELEVATION: u32 = 1u;
const LAYER_CRUST: u32 = 2u;
const LAYER_PLATES: u32 = 3u;
const LAYER_RIVERS: u32 = 4u;
const LAYER_BASINS: u32 = 5u;
const LAYER_PRESSURE: u32 = 6u;
const LAYER_TEMPERATURE: u32 = 7u;
const LAYER_WIND: u32 = 8u;
const LAYER_PRECIPITATION: u32 = 9u;
const LAYER_LIFE: u32 = 10u;

@group(1) @binding(0) var<uniform> view: View;
