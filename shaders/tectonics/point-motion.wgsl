// tectonics.movePoints and how a continent's points move besides their plate's rotation: the
// crust spreads where continents overlap and gathers where it is thin (joined to
// shaders/tectonics/continents.wgsl, whose cover it reads).

// The crust keeps an even thickness: where continents overlap (a collision thickened it) it
// flows out under its own weight, a point where the cover exceeds SPREAD_FROM moving down its
// slope, so a continent's area comes back after a collision instead of shrinking cycle after
// cycle; and a point left in thin crust at a continent's fringe (cover below GATHER_BELOW) moves
// up the slope, back to its continent, so the crust neither frays into strings nor strews points
// over the ocean. SPREAD_RATE lattice spacings a step of the plates for each unit of excess or shortfall (at
// most MAX_SPREAD). The slope is read from the bins a spacing either way, the same at every grid.
const SPREAD_FROM: f32 = 1.05;
const GATHER_BELOW: f32 = 0.7;
const SPREAD_RATE: f32 = 0.25;
const MAX_SPREAD: f32 = 0.25;

fn spread(v: vec3f, p: u32) -> vec3f {
  // The cover as the last step splatted it, where the point is.
  let here = binDensity(v);
  // Positive: move down the slope (spreading); negative: up it (gathering).
  let excess = max(here - SPREAD_FROM, 0.0) - max(GATHER_BELOW - here, 0.0);
  if (excess == 0.0) { return v; }
  let spacing = footprintRadius() / 1.5;
  let east = eastAt(v);
  let north = cross(v, east);
  let slope = vec2f(binDensity(normalize(v + spacing * east)) - binDensity(normalize(v - spacing * east)),
    binDensity(normalize(v + spacing * north)) - binDensity(normalize(v - spacing * north)));
  if (dot(slope, slope) <= 0.0) { return v; }
  let step = clamp(SPREAD_RATE * excess, -MAX_SPREAD, MAX_SPREAD) * spacing;
  let downhill = -normalize(slope);
  return normalize(v + step * (downhill.x * east + downhill.y * north));
}

// A point turned with its plate for one step, spreading where continents overlap.
fn movedPoint(start: ContinentPoint) -> ContinentPoint {
  var point = start;
  if (plateInUse(point.plate)) { point.position = normalize(rotateByPlate(point.plate, spread(point.position, point.plate), 1.0)); }
  return point;
}

// tectonics.movePoints: every point moved for one step (before a splat, which unifyPoints reads).
@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn movePoints(@builtin(global_invocation_id) id: vec3u) {
  let i = pointIndex(id);
  if (i >= CONTINENT_POINTS) { return; }
  points[i] = movedPoint(points[i]);
}
