// render.relief: the newborn planet's cratered relief (shaders/common/protoplanet-relief.wgsl)
// baked at a finer grid than the terrain's, once a seed, so render.globe shades craters per
// pixel where the cells are too coarse to hold them. Texel (x, y) is at the centre of column x
// and row y of an equirectangular grid, as a terrain cell of that grid would be.

@group(1) @binding(0) var reliefOut: texture_storage_2d<rgba16float, write>;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn bakeRelief(@builtin(global_invocation_id) id: vec3u) {
  let size = textureDimensions(reliefOut);
  if (any(id.xy >= size)) { return; }
  let longitude = (f32(id.x) + 0.5) / f32(size.x) * 2.0 * PI;
  let p = spherePosition(latitudeOfRow(i32(id.y), size.y), longitude);
  textureStore(reliefOut, vec2i(id.xy), vec4f(protoplanetElevation(p), 0.0, 0.0, 0.0));
}
