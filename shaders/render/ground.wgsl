// render.shade's ground: its colour from the climate, the plants and the Köppen–Geiger types
// around each cell (a part of the shade pass, joined to it in src/render/globe.ts).

// The ground's colour from the climate and the plants, written for every cell as if it were land
// (bare rock and tundra where cold, sand where hot and dry, grass greening to forest with the rain
// where plants grow, ice where the air is well below freezing), and the ice's share 0..1 in
// alpha. render.globe decides land or sea per pixel from the interpolated height, so a coast is
// as smooth as its contour, not as blocky as its cells.
// Where the climate has a year of means, the colours follow its Köppen–Geiger type (`biome`,
// blended between the climate cells like the other climate fields).
fn groundTint(sample: ClimateSample, plants: f32, biome: Biome) -> vec4f {
  let temperature = sample.a.y;
  let rain = sample.b.w;
  let ice = max(smoothstep(-8.0, -18.0, temperature), biome.iceCap);
  let bare = mix(vec3f(0.45, 0.41, 0.35), vec3f(0.80, 0.68, 0.46), (1.0 - clamp(rain / 3.0, 0.0, 1.0)) * smoothstep(5.0, 20.0, temperature));
  let vegetation = mix(vec3f(0.45, 0.55, 0.24), vec3f(0.12, 0.34, 0.12), clamp(rain / 4.0, 0.0, 1.0));
  let untyped = mix(bare, vegetation, clamp(plants, 0.0, 1.0));
  // Deserts and steppes show their ground whatever grows on it; elsewhere the plants the biome's.
  let typed = mix(mix(bare, biome.colour, clamp(plants, 0.0, 1.0)), biome.colour, biome.arid);
  return vec4f(mix(mix(untyped, typed, biome.typed), vec3f(0.92, 0.95, 1.0), ice), ice);
}

// A terrain cell's biome: the ground colours of the climate types around it (sRGB), blended
// bilinearly between the four climate cells around its centre; the share of them typed (with a
// year of means), the share arid (B) and the share ice cap (EF) among those.
struct Biome { colour: vec3f, typed: f32, arid: f32, iceCap: f32 }

fn biomeAt(corners: ClimateCorners) -> Biome {
  var biome = Biome(vec3f(0.0), 0.0, 0.0, 0.0);
  for (var k = 0; k < 4; k++) {
    let code = koppenCodes[corners.index[k]];
    if (code == 0u) { continue; }
    let weight = corners.weight[k];
    biome.colour += weight * biomeColour(code);
    biome.typed += weight;
    biome.arid += weight * f32(code >= KOPPEN_BWH && code <= KOPPEN_BSK);
    biome.iceCap += weight * f32(code == KOPPEN_EF);
  }
  let typed = max(biome.typed, 1e-6);
  return Biome(biome.colour / typed, biome.typed, biome.arid / typed, biome.iceCap / typed);
}

// The ground colour (sRGB) of a Köppen–Geiger type where plants cover it: the biome it holds
// (rainforest, savanna, desert sand and steppe, Mediterranean scrub, temperate forest, taiga,
// tundra).
const KOPPEN_BWH: u32 = 4u;
const KOPPEN_BSK: u32 = 7u;
const KOPPEN_EF: u32 = 30u;
fn biomeColour(code: u32) -> vec3f {
  if (code <= 2u) { return vec3f(0.10, 0.32, 0.11); }   // Af, Am: rainforest
  if (code == 3u) { return vec3f(0.47, 0.52, 0.24); }   // Aw: savanna
  if (code == 4u) { return vec3f(0.86, 0.72, 0.47); }   // BWh: sand
  if (code == 5u) { return vec3f(0.72, 0.64, 0.50); }   // BWk: cold desert
  if (code <= 7u) { return vec3f(0.66, 0.60, 0.37); }   // BSh, BSk: steppe
  if (code <= 10u) { return vec3f(0.50, 0.53, 0.29); }  // Cs: Mediterranean scrub
  if (code <= 16u) { return vec3f(0.22, 0.44, 0.17); }  // Cw, Cf: temperate forest and grass
  if (code <= 28u) {
    // D: mixed forest where summers are warm (a, b), dark taiga where they are short (c, d).
    let third = (code - 17u) % 4u;
    return select(vec3f(0.20, 0.37, 0.18), vec3f(0.14, 0.27, 0.16), third >= 2u);
  }
  return vec3f(0.50, 0.50, 0.41);                      // ET: tundra (EF is ice)
}

// The Köppen–Geiger type (shaders/common/koppen.wgsl) of a climate cell's monthly means, the
// rain turned from mm/day to mm a month; 0 while a month has no mean yet.
fn koppenOfClimateCell(index: u32) -> u32 {
  var temperature: array<f32, 12>;
  var precipitation: array<f32, 12>;
  for (var m = 0u; m < 12u; m++) {
    let mean = unpack2x16float(months[index].means[m]);
    if (mean.y < 0.0) { return 0u; }
    temperature[m] = mean.x;
    precipitation[m] = mean.y * DAYS_PER_MONTH;
  }
  return koppenType(temperature, precipitation);
}

// render.classify: each climate cell's Köppen–Geiger type into koppenCodes, once a frame before
// render.shade, whose terrain cells read the codes of the climate cells around them (so each
// climate cell is typed once, not once for each of the terrain cells that read it).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn classify(@builtin(global_invocation_id) id: vec3u) {
  let c = vec2i(id.xy);
  if (any(c >= climateSize())) { return; }
  koppenCodes[climateIndex(c)] = koppenOfClimateCell(climateIndex(c));
}
