// render.globe: draws the planet, ray-traced as a sphere under an orbit camera or unrolled as
// an equirectangular map, lighting the shaded cells (render.shade) with the sun.

// Shaded cells (render.shade): value, east slope, north slope, glow.
@group(1) @binding(1) var cells: texture_2d<f32>;
// Linear filtering; longitude repeats across the date line, latitude clamps at the poles.
@group(1) @binding(2) var cellSampler: sampler;
// Colour ramps, one row per layer (sRGB texels, so sampling returns linear colour).
@group(1) @binding(3) var palettes: texture_2d<f32>;
// The latest terrain, for the plates under the velocity arrows.
@group(1) @binding(4) var<storage, read> terrain: array<TerrainCell>;
// The ground's tint (render.shade): sRGB colour of the ground as if land, and the ice's share.
@group(1) @binding(5) var tints: texture_2d<f32>;
// The latest life: its people light the cities at night.
@group(1) @binding(6) var<storage, read> life: array<LifeCell>;
// The surface's rivers (render.shade): the step to each cell's receiver and the river's strength.
@group(1) @binding(7) var rivers: texture_2d<f32>;
// The newborn planet's relief, finer than the cells (render.relief): model units in r.
@group(1) @binding(8) var relief: texture_2d<f32>;

const ATMOSPHERE_BLUE = vec3f(0.12, 0.25, 0.65);
const RIVER_BLUE = vec3f(0.06, 0.22, 0.42);
const CLOUD_WHITE = vec3f(0.92, 0.93, 0.95);
// Sea ice, sRGB.
const SEA_ICE = vec3f(0.9, 0.94, 1.0);
// Value render.shade gives the climate layers before the climate era: drawn plain grey.
const NO_CLIMATE: f32 = -9999.0;
// Sodium-lamp orange of a fully lit town, linear radiance.
const CITY_LIGHT = vec3f(1.0, 0.62, 0.25);

@vertex
fn vertexMain(@builtin(vertex_index) index: u32) -> @builtin(position) vec4f {
  // One triangle that covers the whole target.
  let corner = vec2f(f32((index << 1u) & 2u), f32(index & 2u));
  return vec4f(corner * 2.0 - 1.0, 0.0, 1.0);
}

fn paletteColour(value: f32) -> vec3f {
  let u = (value - view.paletteRange.x) / (view.paletteRange.y - view.paletteRange.x);
  let size = vec2f(textureDimensions(palettes));
  // Texel centres only: the sampler repeats in u (for longitude), so u = 0 would blend in the
  // ramp's far end.
  let texel = (0.5 + clamp(u, 0.0, 1.0) * (size.x - 1.0)) / size.x;
  return textureSampleLevel(palettes, cellSampler, vec2f(texel, (f32(LAYER) + 0.5) / size.y), 0.0).rgb;
}

// Glow of molten rock, t in 0..1: dull red, then orange and yellow; radiance grows steeply.
fn lavaGlow(t: f32) -> vec3f {
  return vec3f(1.0, 0.15 + 0.45 * t, 0.02 + 0.1 * t * t) * (2.5 * t * t);
}

// Sparse stars fixed in the sky: one candidate per small cell of directions, drawn as a
// point near the cell's hashed centre.
fn starfield(direction: vec3f) -> vec3f {
  let scaled = direction * 400.0;
  let cell = floor(scaled);
  let r = random3(bitcast<vec3u>(vec3i(cell)));
  let offset = length(scaled - cell - r);
  return vec3f(select(0.0, r.z * r.z, r.x * r.y > 0.93) * smoothstep(0.35, 0.1, offset));
}

// Light scattered by a thin atmosphere, seen past the limb: it fades with the height of the
// ray's closest approach and is brighter on the day side.
fn atmosphere(origin: vec3f, direction: vec3f) -> vec3f {
  let closest = origin - dot(origin, direction) * direction;
  let height = max(length(closest) - 1.0, 0.0);
  let lit = 0.2 + 0.8 * smoothstep(-0.3, 0.4, dot(normalize(closest), view.sunDirection.xyz));
  return ATMOSPHERE_BLUE * exp(-height * 28.0) * lit;
}

// The same haze over the disc, thickest toward the limb.
fn limbHaze(normal: vec3f, direction: vec3f) -> vec3f {
  let lit = 0.2 + 0.8 * smoothstep(-0.3, 0.4, dot(normal, view.sunDirection.xyz));
  return 0.4 * ATMOSPHERE_BLUE * pow(1.0 - max(dot(normal, -direction), 0.0), 5.0) * lit;
}

// Taps of sampleGround near the poles: at least 8, one a texel up to 32 nearest the pole.
const POLE_TAPS = vec2f(8.0, 32.0);

// A field at (u, v) = (lon / 2 pi, 0.5 - lat / pi): bilinear, and near the poles, where a row's
// texels narrow to slivers that meet at the pole, averaged over taps spread east-west across
// about a row's height of ground (all the way round at the pole), so a pole is a smooth cap and
// not a star of its first row's texels.
// Away from the poles a pixel takes no taps: a software adapter runs a loop as many times as
// its busiest lane (and an early return saves nothing), so the taps count is 0 there, not 8.
fn sampleGround(field: texture_2d<f32>, uv: vec2f, lat: f32) -> vec4f {
  let size = vec2f(textureDimensions(field));
  let bilinear = textureSampleLevel(field, cellSampler, uv, 0.0);
  // Texels east-west in a row's height of ground: (pi / rows) / (cos(lat) 2 pi / columns).
  let span = 0.5 * size.x / size.y / max(cos(lat), 1e-6);
  let blend = smoothstep(3.0, 6.0, span);
  let width = min(span, size.x) / size.x;
  let taps = select(i32(clamp(ceil(span), POLE_TAPS.x, POLE_TAPS.y)), 0, blend == 0.0);
  var sum = vec4f(0.0);
  for (var k = 0; k < taps; k++) {
    let offset = (f32(k) + 0.5) / f32(taps) - 0.5;
    sum += textureSampleLevel(field, cellSampler, uv + vec2f(offset * width, 0.0), 0.0);
  }
  return select(mix(bilinear, sum / f32(max(taps, 1)), blend), bilinear, blend == 0.0);
}

fn shade(lat: f32, lon: f32, sphereNormal: vec3f, viewDirection: vec3f) -> vec3f {
  let uv = vec2f(lon / (2.0 * PI), 0.5 - lat / PI);
  var cell = sampleGround(cells, uv, lat);
  let reliefLayer = LAYER == LAYER_SURFACE || LAYER == LAYER_ELEVATION || LAYER == LAYER_CRUST;
  if (CRATERS && reliefLayer) { cell = withCraterRelief(cell, uv, lat); }
  if (LAYER == LAYER_PRESSURE && cell.r > NO_CLIMATE) { cell.r += PRESSURE_REFERENCE; }
  let water = LAYER == LAYER_SURFACE && cell.r < 0.0;
  // Relief tilts the normal against the slope, exaggerated so kilometre rims read at planet
  // scale (slopes are in model units per row spacing).
  let eastAxis = vec3f(cos(lon), 0.0, -sin(lon));
  let northAxis = vec3f(-sin(lat) * sin(lon), cos(lat), -sin(lat) * cos(lon));
  // The wind layer carries the wind, the pressure layer its gradient, life and koppen colours,
  // not the slope, in g and b.
  let flatLayer = LAYER == LAYER_WIND || LAYER == LAYER_LIFE || LAYER == LAYER_PRESSURE || LAYER == LAYER_KOPPEN;
  let exaggeration = select(0.4 * f32(globals.height) / 128.0, 0.0, flatLayer);
  let normal = normalize(sphereNormal - exaggeration * (cell.g * eastAxis + cell.b * northAxis));
  // A hillshade lit from the north-west: relief without a sun.
  let skyLight = normalize(sphereNormal + 0.8 * (northAxis - eastAxis));
  let hillshade = clamp(0.85 * max(dot(normal, skyLight), 0.0) / dot(sphereNormal, skyLight), 0.45, 1.15);
  let everywhereDay = view.sunDirection.w > 0.5;
  // Day side lit by the sun; a soft terminator about 6 degrees wide; faint night ambient.
  let daylight = select(smoothstep(-0.05, 0.05, dot(sphereNormal, view.sunDirection.xyz)), 1.0, everywhereDay);
  let direct = select(max(dot(normal, view.sunDirection.xyz), 0.0) * daylight, hillshade, everywhereDay);
  var albedo = paletteColour(cell.r);
  if (LAYER == LAYER_SURFACE) {
    // The ground's colour on land, sea ice on the water (from the climate era on).
    let tint = sampleGround(tints, uv, lat);
    let cover = select(0.85, 0.9 * tint.a, water) * f32(globals.climateOn != 0u);
    albedo = mix(albedo, pow(select(tint.rgb, SEA_ICE, water), vec3f(2.2)), cover);
  }
  var colour = albedo * (0.06 + 0.94 * direct);
  if (LAYER == LAYER_SURFACE) {
    // The accent: lava 0..1 before the climate era, cloudiness after (cover from 0.6, full at 1).
    let climateEra = globals.climateOn != 0u;
    let clouds = select(0.0, smoothstep(0.85, 1.25, cell.a), climateEra);
    colour += lavaGlow(select(max(cell.a, 0.0), 0.0, climateEra));
    // Rivers on land only: a line from a coastal cell to its receiver at sea ends at the coast
    // drawn here (the interpolated height's zero), not out over the water.
    colour = mix(colour, RIVER_BLUE * (0.06 + 0.94 * direct), 0.85 * select(riverCoverage(uv), 0.0, water));
    let cloudLight = select(max(dot(sphereNormal, view.sunDirection.xyz), 0.0) * daylight, 1.0, everywhereDay);
    colour = mix(colour, CLOUD_WHITE * (0.04 + 0.96 * cloudLight), 0.8 * clouds);
    if (view.cityLights != 0u && globals.humansOn != 0u && !water) {
      // Only where the sun is down; clouds dim them.
      colour += CITY_LIGHT * cityLightsAt(lat, lon) * (1.0 - daylight) * (1.0 - 0.6 * clouds);
    }
  }
  // Data layers stay readable against their legend by day and night: hillshade only.
  else { colour = paletteColour(cell.r) * hillshade; }
  // The layers drawn flat at sea decide land or sea per pixel from the interpolated height
  // (render.shade puts it in the rivers' alpha): a smooth coast at any grid.
  let flatSea = LAYER == LAYER_RIVERS || LAYER == LAYER_BASINS || LAYER == LAYER_KOPPEN;
  let sea = flatSea && sampleGround(rivers, uv, lat).a <= 0.0;
  if (LAYER == LAYER_RIVERS) { colour = paletteColour(select(max(cell.r, 0.0), -1.0, sea)) * hillshade; }
  if (LAYER == LAYER_BASINS) { colour = select(colour, paletteColour(-0.5) * hillshade, sea); }
  if (LAYER == LAYER_PLATES || (LAYER == LAYER_BASINS && !sea)) {
    colour *= 1.0 - select(0.8, 0.35, LAYER == LAYER_BASINS) * smoothstep(0.2, 0.6, cell.a);
  }
  // The Köppen–Geiger colour render.shade wrote (sRGB, interpolated between cells like the legend's).
  if (LAYER == LAYER_KOPPEN) { colour = pow(clamp(select(cell.rgb, KOPPEN_OCEAN, sea), vec3f(0.0), vec3f(1.0)), vec3f(2.2)) * hillshade; }
  let climateLayer = (LAYER >= LAYER_PRESSURE && LAYER <= LAYER_PRECIPITATION) || LAYER == LAYER_KOPPEN;
  if (climateLayer && cell.r <= NO_CLIMATE) { colour = vec3f(0.25) * hillshade; }
  if (LAYER == LAYER_LIFE) {
    // Plants green, herbivores blue, carnivores red: each population near 1 at full colour.
    colour = clamp(vec3f(cell.b, cell.r * 0.8, cell.g), vec3f(0.0), vec3f(1.5)) * hillshade;
  }
  if (LAYER == LAYER_PRESSURE) { colour *= 1.0 - 0.55 * isobarAt(cell); }
  if (LAYER == LAYER_PLATES) {
    colour = mix(colour, vec3f(1.0), arrowAt(lat, lon, plateVelocityAt(lat, lon)));
  }
  if (LAYER == LAYER_WIND) {
    colour = mix(colour, vec3f(1.0), arrowAt(lat, lon, windAt(lat, lon)));
  }
  if (water && !everywhereDay) {
    let halfway = normalize(view.sunDirection.xyz - viewDirection);
    colour += vec3f(0.3, 0.28, 0.24) * pow(max(dot(sphereNormal, halfway), 0.0), 300.0) * daylight;
  }
  return colour;
}

fn toDisplay(linear: vec3f) -> vec4f {
  let mapped = linear / (1.0 + linear * 0.15);
  return vec4f(pow(clamp(mapped, vec3f(0.0), vec3f(1.0)), vec3f(1.0 / 2.2)), 1.0);
}

@fragment
fn fragmentMain(@builtin(position) pixel: vec4f) -> @location(0) vec4f {
  let ndc = vec2f(pixel.x / view.viewport.x * 2.0 - 1.0, 1.0 - pixel.y / view.viewport.y * 2.0);
  // The point of the planet under the pixel (latitude, longitude, unit normal), the direction
  // of sight and the haze over it; then one call of shade (VIEW is the pipeline's).
  var lat: f32;
  var lon: f32;
  var normal: vec3f;
  var direction: vec3f;
  var haze = vec3f(0.0);
  if (VIEW == MODE_MAP) {
    lat = view.mapWindow.y + ndc.y * view.mapWindow.w;
    if (abs(lat) > 0.5 * PI) { return toDisplay(vec3f(0.0)); }
    let unwrapped = view.mapWindow.x + ndc.x * view.mapWindow.z;
    lon = unwrapped - 2.0 * PI * floor(unwrapped / (2.0 * PI));
    normal = spherePosition(lat, lon);
    direction = -normal;
  } else {
    let near = view.inverseViewProjection * vec4f(ndc, 0.0, 1.0);
    let far = view.inverseViewProjection * vec4f(ndc, 1.0, 1.0);
    let origin = near.xyz / near.w;
    direction = normalize(far.xyz / far.w - origin);
    // Ray against the unit sphere: |origin + t direction| = 1.
    let b = dot(origin, direction);
    let discriminant = b * b - (dot(origin, origin) - 1.0);
    if (discriminant < 0.0) { return toDisplay(starfield(direction) + atmosphere(origin, direction)); }
    normal = origin + (-b - sqrt(discriminant)) * direction;
    lat = asin(clamp(normal.y, -1.0, 1.0));
    lon = atan2(normal.x, normal.z);
    lon = select(lon, lon + 2.0 * PI, lon < 0.0);
    haze = limbHaze(normal, direction);
  }
  return toDisplay(shade(lat, lon, normal, direction) + haze);
}
