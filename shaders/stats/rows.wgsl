// stats.rows: each row's sums for the charts of global series, one invocation a row (the work
// is one read of every cell; the CPU adds the rows up). Weights are cos(latitude), the rows'
// share of the sphere's area. Written per terrain row y:
//   rows[2y]     = (area, land area, plants * area, herbivores * area) over land cells,
//   rows[2y + 1] = (carnivores * area, climate row area, temperature * climate area, 0),
// the climate terms only on rows y < climateHeight (the climate grid's own rows).

@group(1) @binding(0) var<storage, read> terrain: array<TerrainCell>;
@group(1) @binding(1) var<storage, read> life: array<LifeCell>;
@group(1) @binding(2) var<storage, read> climate: array<ClimateCell>;
@group(1) @binding(3) var<storage, read_write> rows: array<vec4f>;

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
  rows[2u * y] = vec4f(f32(globals.width) * weight, land * weight, populations.xy * weight);
  rows[2u * y + 1u] = vec4f(populations.z * weight, climateArea, temperature, 0.0);
}
