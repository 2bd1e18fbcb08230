// climate.surface: the terrain averaged onto the climate grid (land fraction, mean land
// elevation) and the unblurred sea-level pressure it implies (SIMULATION.md section 4):
// annual mean, land 1012.5 - 6 cos(lat pi/45) and ocean 1014.5 - 20 cos(lat pi/30) hPa, and the
// January-July difference, land 15 sin(lat pi/90) and ocean 20 sin(lat pi/35) |lat|/90 hPa
// (lat in degrees), mixed by the land fraction. Writes the pressure field:
// (annual hPa, January-July hPa, land fraction 0..1, mean land elevation above sea, m).

@group(3) @binding(0) var<storage, read> terrainIn: array<TerrainCell>;

fn annualPressure(latDeg: f32, land: f32) -> f32 {
  return mix(1014.5 - 20.0 * cos(latDeg * PI / 30.0), 1012.5 - 6.0 * cos(latDeg * PI / 45.0), land);
}

fn januaryMinusJuly(latDeg: f32, land: f32) -> f32 {
  return mix(20.0 * sin(latDeg * PI / 35.0) * abs(latDeg) / 90.0, 15.0 * sin(latDeg * PI / 90.0), land);
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn surface(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let c = vec2i(id.xy);
  let block = i32(globals.width / globals.climateWidth);
  var landCells = 0.0;
  var landHeight = 0.0;
  for (var dy = 0; dy < block; dy++) {
    for (var dx = 0; dx < block; dx++) {
      let height = terrainIn[cellIndex(c * block + vec2i(dx, dy))].elevation - globals.seaLevel;
      if (height > 0.0) {
        landCells += 1.0;
        landHeight += height;
      }
    }
  }
  let land = landCells / f32(block * block);
  let elevation = select(0.0, landHeight / max(landCells, 1.0) * globals.metresPerUnit, landCells > 0.0);
  let latDeg = degrees(climateLatitude(c.y));
  pressureOut[climateIndex(c)] = PressureCell(annualPressure(latDeg, land), januaryMinusJuly(latDeg, land), land, elevation);
}
