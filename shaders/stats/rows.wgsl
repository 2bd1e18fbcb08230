// stats.rows: each row's sums for the charts of global series, one invocation a row (the work
// is one read of every cell; the CPU adds the rows up). Weights are cos(latitude), the rows'
// share of the sphere's area.

// One terrain row y's sums, in equatorial cell areas: the row's area, and over its land cells
// their area and each population times it; the climate terms over the climate grid's own row y
// (only for y < climateHeight): its area and its temperature (deg C) times that area.
struct RowSums {
  area: f32,
  landArea: f32,
  plants: f32,
  herbivores: f32,
  carnivores: f32,
  climateArea: f32,
  temperature: f32,
}

@group(1) @binding(0) var<storage, read> terrain: array<TerrainCell>;
@group(1) @binding(1) var<storage, read> life: array<LifeCell>;
@group(1) @binding(2) var<storage, read> climate: array<ClimateCell>;
@group(1) @binding(3) var<storage, read_write> rows: array<RowSums>;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn sumRows(@builtin(global_invocation_id) id: vec3u) {
  let y = id.y * WORKGROUP_X + id.x;
  if (y >= globals.height) { return; }
  let weight = rowCosLatitude(i32(y));
  var land = 0.0;
  var populations = vec3f(0.0);
  for (var x = 0u; x < globals.width; x++) {
    let index = y * globals.width + x;
    if (terrain[index].elevation > globals.seaLevel) {
      land += 1.0;
      populations += wildlife(life[index]);
    }
  }
  var climateArea = 0.0;
  var temperature = 0.0;
  if (y < globals.climateHeight) {
    let climateWeight = climateCosLatitude(i32(y));
    for (var x = 0u; x < globals.climateWidth; x++) {
      temperature += climate[y * globals.climateWidth + x].temperature;
    }
    climateArea = f32(globals.climateWidth) * climateWeight;
    temperature *= climateWeight;
  }
  let area = populations * weight;
  rows[y] = RowSums(f32(globals.width) * weight, land * weight, area.x, area.y, area.z, climateArea, temperature);
}
