// What the viewer looks at, shared by the two render passes (shade and globe).

struct View {
  inverseViewProjection: mat4x4f,
  eye: vec4f,            // camera position (planet radius 1)
  sunDirection: vec4f,   // xyz: unit vector toward the sun, planet frame; w: 1 = daylight everywhere
  mapWindow: vec4f,      // map view: centre longitude, centre latitude, half-widths (radians)
  viewport: vec2f,       // target size in pixels
  paletteRange: vec2f,   // the layer's values at the two ends of its colour ramp
  arrowScale: f32,       // arrow length per unit of speed: plates (radians per tick), wind (m/s)
  cityLights: u32,       // 1: cities light the night side of the surface layer
}

// The views' and the layers' numbers, set by the pipelines from the order of VIEWS and LAYERS
// (src/render/layer-constants.ts).
override MODE_GLOBE: u32;
override MODE_MAP: u32;
override LAYER_SURFACE: u32;
override LAYER_ELEVATION: u32;
override LAYER_CRUST: u32;
override LAYER_PLATES: u32;
override LAYER_RIVERS: u32;
override LAYER_BASINS: u32;
override LAYER_PRESSURE: u32;
override LAYER_TEMPERATURE: u32;
override LAYER_WIND: u32;
override LAYER_PRECIPITATION: u32;
override LAYER_LIFE: u32;
override LAYER_KOPPEN: u32;
// The layer a pipeline draws: render.shade and render.globe are made for each layer
// (src/render/layer-pipelines.ts), so a frame runs only its own layer's code.
override LAYER: u32;
// What render.globe's pipeline draws besides: the view (a MODE_*), and whether the newborn
// planet's craters are shaded per pixel (render.relief). Constants, not view members: a software
// adapter runs every branch, so the map paid for the globe's ray and every age for the craters.
override VIEW: u32 = 0u;
override CRATERS: bool = false;

@group(1) @binding(0) var<uniform> view: View;

// The pressure layer's cells hold hPa from this reference: half floats keep 0.03 hPa near zero,
// only 0.5 hPa near 1,000, too coarse for isobars drawn per pixel.
const PRESSURE_REFERENCE: f32 = 1000.0;

// Hot rock glows (the surface layer's accent) from GLOW_FROM_C (the Draper point), fully
// GLOW_SPAN_C hotter.
const GLOW_FROM_C: f32 = 525.0;
const GLOW_SPAN_C: f32 = 900.0;

// The koppen layer's ocean (sRGB; the dark blue the rivers and basins layers draw the sea in).
const KOPPEN_OCEAN = vec3f(0.043, 0.118, 0.227);
