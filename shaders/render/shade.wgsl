// render.shade: per terrain cell, the layer's value, the relief slopes and the lava glow,
// written to one small texture that the globe pass samples with filtering (so coastlines
// and colour edges follow the interpolated values, not the cells). Working per cell, not
// per pixel, keeps a frame's cost tied to the grid.

@group(1) @binding(1) var<storage, read> terrain: array<TerrainCell>;
// r: the layer's value (metres above sea level, deg C, or a plate's hue); g, b: eastward and
// northward slope (model units per row spacing); a: the layer's accent (surface: lava glow
// 0..1, clouds 0..1 from the climate era on; plates, basins and pressure: 1 on a boundary or
// an isobar). The koppen layer puts a colour (sRGB) in r, g, b instead.
@group(1) @binding(2) var cellsOut: texture_storage_2d<rgba16float, write>;
// The latest water: the rivers layer and the surface's rivers.
@group(1) @binding(3) var<storage, read> water: array<WaterCell>;
// Each cell's basin, labelled by erosion.basins while the basins layer shows: that layer.
@group(1) @binding(11) var<storage, read> basinLabels: array<i32>;
// The latest climate: the climate layers and the clouds.
@group(1) @binding(4) var<storage, read> climate: array<ClimateCell>;
// The latest life: the life layer and the greening.
@group(1) @binding(5) var<storage, read> life: array<LifeCell>;
// The surface layer's tint of each cell: sRGB colour of its ground as if it were land (sand,
// tundra, grass, forest, ice) and the ice's share (groundTint; 0 before the climate era).
@group(1) @binding(6) var tintOut: texture_storage_2d<rgba8unorm, write>;
// The surface layer's rivers, drawn by render.globe as lines from each cell's centre to its
// receiver's: rg the step to the receiver (cells east, south), b the river's strength 0..1
// (from 5 cells of drainage upstream to 60), 0 where no river shows; a the height, km above the
// sea, from which render.globe decides land or sea per pixel on the layers drawn flat at sea.
@group(1) @binding(7) var riversOut: texture_storage_2d<rgba16float, write>;
// The latest monthly means of the climate grid, which render.classify types (shaders/render/ground.wgsl).
@group(1) @binding(8) var<storage, read> months: array<MonthsCell>;
// Each climate cell's Köppen–Geiger type (0 while a month has no mean yet), written by
// render.classify before render.shade reads it.
@group(1) @binding(9) var<storage, read_write> koppenCodes: array<u32>;

// The koppen layer's colour (sRGB) for land whose climate cell has a month without a mean yet
// (the grey of the climate layers before the climate era, as render.globe draws it: 0.25 linear).
const KOPPEN_UNTYPED = vec3f(0.533);

// The layers drawn flat at sea (koppen, basins) give a sea cell beside the coast the colour of
// its first land neighbour, so that render.globe, which decides land or sea per pixel from the
// interpolated height, draws the land's colour right up to the coast and not a blend with the
// sea's. The cell itself where no neighbour is land.
fn landNeighbour(c: vec2i) -> vec2i {
  for (var k = 0; k < 9; k++) {
    let n = neighbour(c, vec2i(k % 3 - 1, k / 3 - 1));
    if (terrain[cellIndex(n)].elevation >= globals.seaLevel) { return n; }
  }
  return c;
}

// Drainage area upstream of a cell in equatorial cells: its discharge over the rainfall.
fn upstreamCells(index: u32) -> f32 {
  return select(0.0, water[index].discharge / globals.rainfall, globals.rainfall > 0.0);
}

// A cell's river for riversOut: the step to its receiver and its strength, from 0 at 5 cells
// upstream to 1 at 60; none where the step is not to a neighbour (a pit, or across a pole).
fn riverStep(c: vec2i) -> vec4f {
  let w = water[cellIndex(c)];
  let to = vec2i(i32(w.receiver % globals.width), i32(w.receiver / globals.width));
  var step = to - c;
  step.x -= i32(globals.width) * i32(round(f32(step.x) / f32(globals.width)));
  let strength = smoothstep(0.7, 1.8, log2(max(upstreamCells(cellIndex(c)), 1.0)) * 0.30103);
  if (all(step == vec2i(0)) || any(abs(step) > vec2i(1))) { return vec4f(0.0); }
  return vec4f(vec2f(step), strength, 0.0);
}

// The four climate cells around a terrain cell's centre, (west, north), (east, north), (west,
// south), (east, south), wrapping in longitude and clamped at the pole rows, and their bilinear
// weights: where the climate fields and types are read for a terrain cell.
struct ClimateCorners { index: vec4u, weight: vec4f }

fn climateCornersAt(c: vec2i) -> ClimateCorners {
  let size = climateSize();
  let position = (vec2f(c) + 0.5) * vec2f(size) / vec2f(f32(globals.width), f32(globals.height)) - 0.5;
  let base = vec2i(floor(position));
  let t = position - vec2f(base);
  // base.x is -1 at the least: one wrap either way, without integer division.
  let west = select(base.x, base.x + size.x, base.x < 0);
  let east = select(base.x + 1, 0, base.x + 1 >= size.x);
  let north = clamp(base.y, 0, size.y - 1);
  let south = clamp(base.y + 1, 0, size.y - 1);
  return ClimateCorners(
    vec4u(climateIndex(vec2i(west, north)), climateIndex(vec2i(east, north)), climateIndex(vec2i(west, south)), climateIndex(vec2i(east, south))),
    vec4f((1.0 - t.x) * (1.0 - t.y), t.x * (1.0 - t.y), (1.0 - t.x) * t.y, t.x * t.y),
  );
}

// The climate at a terrain cell, interpolated between the climate cells around it:
// (pressure, temperature, vapour, rain) and (wind east, wind north, soil, mean rain).
struct ClimateSample { a: vec4f, b: vec4f }

fn climateSampleAt(corners: ClimateCorners) -> ClimateSample {
  var a = vec4f(0.0);
  var b = vec4f(0.0);
  for (var k = 0; k < 4; k++) {
    let sampled = climate[corners.index[k]];
    a += corners.weight[k] * vec4f(sampled.pressure, sampled.temperature, sampled.vapour, sampled.rain);
    b += corners.weight[k] * vec4f(sampled.wind, sampled.soil, sampled.meanRain);
  }
  return ClimateSample(a, b);
}

// The pressure at the terrain cell one step of d away, hPa (the pressure layer's gradient).
fn pressureAt(c: vec2i, d: vec2i) -> f32 { return climateSampleAt(climateCornersAt(neighbour(c, d))).a.x; }

const CLOUD_SALT: u32 = 0xc10du;

// The clouds' fBM over each terrain cell (render.clouds), a new pattern every CLOUD_PATTERN_TICKS
// ticks: made only when the pattern changes (src/render/globe.ts), not every frame.
@group(1) @binding(10) var<storage, read_write> cloudPattern: array<f32>;
override CLOUD_PATTERN_TICKS: u32;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn clouds(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  cloudPattern[cellIndex(c)] = fbm(cellPosition(c) * 6.0, seeded(globals.tick / CLOUD_PATTERN_TICKS, CLOUD_SALT));
}

// Cloudiness: how close the air's vapour is to what it can hold (vapourCapacity, as in the
// weather pass), broken up by the clouds' pattern. render.globe turns it into cover per pixel
// (from 0.6, full at 1), so clouds have round edges however coarse the grid.
fn cloudiness(sample: ClimateSample, c: vec2i) -> f32 {
  let capacity = vapourCapacity(sample.a.y);
  return sample.a.z / capacity + 0.3 * cloudPattern[cellIndex(c)];
}

fn elevationAt(c: vec2i, d: vec2i) -> f32 { return terrain[cellIndex(neighbour(c, d))].elevation; }

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn shade(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  let cell = terrain[cellIndex(c)];
  let metresAboveSea = (cell.elevation - globals.seaLevel) * globals.metresPerUnit;
  let underwater = metresAboveSea < 0.0;
  var value = select(metresAboveSea, cell.crustTemperature, LAYER == LAYER_CRUST);
  // Central differences; the east-west spacing is floored so polar rows stay tame.
  let eastSpacing = max(eastWestSpacing(c.y), 0.05);
  var slope = vec2f(
    (elevationAt(c, vec2i(1, 0)) - elevationAt(c, vec2i(-1, 0))) / (2.0 * eastSpacing),
    (elevationAt(c, vec2i(0, -1)) - elevationAt(c, vec2i(0, 1))) * 0.5,
  );
  slope = select(slope, vec2f(0.0), underwater);
  // Hot rock glows from ~525 deg C (the Draper point) up to full glow at ~1425 deg C.
  var accent = select(0.0, clamp((cell.crustTemperature - GLOW_FROM_C) / GLOW_SPAN_C, 0.0, 1.0), LAYER == LAYER_SURFACE && !underwater);
  // The rivers' lines are drawn on the surface only; every layer reads the height.
  var river = vec4f(0.0);
  if (LAYER == LAYER_SURFACE && !underwater && accent == 0.0) { river = riverStep(c); }
  river.a = metresAboveSea * 1e-3;
  textureStore(riversOut, c, river);
  if (LAYER == LAYER_PLATES) {
    // Golden-ratio hues keep consecutive plates apart; unassigned cells are grey.
    let plate = plateOf(cell);
    value = select(-0.5, fract(f32(plate) * 0.618034), plate > 0u);
    accent = 0.0;
    for (var k = 0; k < 4; k++) {
      if (terrain[cellIndex(neighbour(c, AXIS_STEPS[k]))].plate != cell.plate) { accent = 1.0; }
    }
  }
  if (LAYER == LAYER_RIVERS) {
    // Drainage area upstream, log10 of cells: discharge over rainfall is area in equatorial cells.
    value = select(-1.0, log2(max(upstreamCells(cellIndex(c)), 1.0)) * 0.30103, !underwater);
  }
  if (LAYER == LAYER_BASINS) {
    // Each basin its own colour, hashed from its outlet (labelled by erosion.basins before this
    // layer is drawn: Simulation.wantBasins), with a dark border where the outlet changes; a sea
    // cell by the coast takes its land neighbour's.
    let source = select(c, landNeighbour(c), underwater);
    let basin = basinLabels[cellIndex(source)];
    let land = terrain[cellIndex(source)].elevation >= globals.seaLevel;
    value = select(-0.5, random3(vec3u(u32(basin), 0xba5u, 0u)).x, land);
    accent = 0.0;
    for (var k = 0; k < 4; k++) {
      if (basinLabels[cellIndex(neighbour(c, AXIS_STEPS[k]))] != basin && !underwater) { accent = 1.0; }
    }
  }
  let climateLayer = (LAYER >= LAYER_PRESSURE && LAYER <= LAYER_PRECIPITATION) || LAYER == LAYER_KOPPEN;
  // The climate over this cell, sampled once for the tint, the climate layers and the clouds
  // (only where the layer shows them: render.globe reads the tints on the surface only).
  let climateShown = globals.climateOn != 0u && (LAYER == LAYER_SURFACE || climateLayer);
  var here = ClimateSample(vec4f(0.0), vec4f(0.0));
  if (climateShown) { here = climateSampleAt(climateCornersAt(c)); }
  if (LAYER == LAYER_SURFACE) {
    // The ground follows the climate types around the cell (once they have a year of means).
    var tint = vec4f(0.0);
    if (globals.climateOn != 0u) { tint = groundTint(here, life[cellIndex(c)].plants, biomeAt(climateCornersAt(c))); }
    textureStore(tintOut, c, tint);
  }
  if (LAYER == LAYER_LIFE) {
    // Plants, herbivores and carnivores: three populations, mixed as colours by render.globe.
    let populations = life[cellIndex(c)];
    value = populations.plants;
    slope = vec2f(populations.herbivores, populations.carnivores);
    accent = 0.0;
  }
  if (globals.climateOn != 0u && climateLayer) {
    if (LAYER == LAYER_PRESSURE) {
      // The pressure and, in place of the slope, its gradient (hPa a row spacing, east and
      // north, central differences): render.globe draws the isobars from them per pixel.
      value = here.a.x - PRESSURE_REFERENCE;
      slope = vec2f(
        (pressureAt(c, vec2i(1, 0)) - pressureAt(c, vec2i(-1, 0))) / (2.0 * eastSpacing),
        (pressureAt(c, vec2i(0, -1)) - pressureAt(c, vec2i(0, 1))) * 0.5,
      );
      accent = 0.0;
    }
    if (LAYER == LAYER_TEMPERATURE) { value = here.a.y; accent = 0.0; }
    if (LAYER == LAYER_KOPPEN) {
      // The type of the climate cell over a land cell (the one the export gives it), as its
      // legend colour in place of the value and the slope; a sea cell by the coast takes its
      // land neighbour's (render.globe draws the sea).
      let source = select(c, landNeighbour(c), underwater);
      let land = terrain[cellIndex(source)].elevation >= globals.seaLevel;
      let code = select(0u, koppenCodes[climateIndex(climateCellOf(source))], land);
      let colour = select(select(KOPPEN_UNTYPED, koppenColour(code), code > 0u), KOPPEN_OCEAN, !land);
      value = colour.r;
      slope = colour.gb;
      accent = 0.0;
    }
    if (LAYER == LAYER_PRECIPITATION) { value = here.b.w * 365.0; accent = 0.0; }
    if (LAYER == LAYER_WIND) {
      // Speed for the colour; the wind itself (east, north, m/s) in place of the slope, for
      // the arrows.
      value = length(here.b.xy);
      slope = here.b.xy;
      accent = 0.0;
    }
  } else if (climateLayer) {
    // Before the climate era there is no weather to show.
    value = -1e4;
    accent = 0.0;
  }
  if (globals.climateOn != 0u && LAYER == LAYER_SURFACE) {
    // From the climate era on (no lava left) the accent is cloudiness.
    accent = cloudiness(here, c);
  }
  textureStore(cellsOut, c, vec4f(value, slope, accent));
}
