// edit.brush: a person's brush dabs, applied to the terrain in the order they were made.
// Each dab adds its amount, weighted by a raised-cosine falloff of the great-circle distance
// from its centre (1 at the centre, 0 at its radius), to the elevation (model units, kept
// between the lowest floor, 0, and the highest relief can build, MAX_UPLIFTED) or to the uplift
// (0..1), clamped after each dab (the Dab and Brush structs: shaders/common/cells.wgsl). One
// dab after another, in one loop, so a stroke applied live in pieces and the same stroke
// replayed in one pass do the same float operations.

// The channels a dab can change: Dab.channel's values, set from src/sim/cells.ts DAB_CHANNELS.
override DAB_ELEVATION: u32;
override DAB_UPLIFT: u32;

@group(2) @binding(0) var<storage, read> brush: Brush;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn brushTerrain(@builtin(global_invocation_id) id: vec3u) {
  if (id.x >= globals.width || id.y >= globals.height) { return; }
  let c = vec2i(id.xy);
  let p = cellPosition(c);
  var cell = terrainIn[cellIndex(c)];
  for (var k = 0u; k < brush.count; k++) {
    let dab = brush.dabs[k];
    // Great-circle distance from the chord, precise for small angles.
    let distance = 2.0 * asin(min(length(p - dab.centre) * 0.5, 1.0));
    if (distance >= dab.radius) { continue; }
    let weight = 0.5 + 0.5 * cos(PI * distance / dab.radius);
    if (dab.channel == DAB_ELEVATION) {
      cell.elevation = clamp(cell.elevation + dab.amount * weight, 0.0, MAX_UPLIFTED);
    } else if (dab.channel == DAB_UPLIFT) {
      cell.uplift = clamp(cell.uplift + dab.amount * weight, 0.0, 1.0);
    }
  }
  terrainOut[cellIndex(c)] = cell;
}
