// climate.carry: the wind carries the water vapour for one substep (1 / carrySubsteps() of a day)
// through the cell faces: donor-cell fluxes, the same amount leaving one cell and entering the
// other, so the total is kept exactly (a semi-Lagrangian step would not). The day is split so
// that the vapour keeps up with the wind on every grid: at 8 m/s the air travels about 700 km a
// day, which is several cells of a fine climate grid. Each face passes at most MAX_COURANT of a
// cell a substep, so the four faces never empty a cell (this only slows gales near the poles,
// where the east-west spacing is short). No flux crosses a pole (the face there has no length).
// The weather systems the mean wind leaves out (the storms of the mid-latitude storm tracks,
// which carry the subtropics' vapour poleward) mix it besides, down its gradient: an eddy
// diffusivity of EDDY_DIFFUSIVITY m2/s (about Earth's for moisture in the storm tracks) from 40
// degrees of latitude poleward, a tenth of it within 20 of the equator (the steady trades), at
// most MAX_MIXING of the difference between two cells a substep.

const DAY_SECONDS: f32 = 86400.0;
const MAX_COURANT: f32 = 0.25;  // of a cell per face a substep
const EDDY_DIFFUSIVITY: f32 = 4e6;  // m2/s
const MAX_MIXING: f32 = 0.1;   // of the difference across a face a substep

// Seconds of wind in one substep.
fn substepSeconds() -> f32 { return DAY_SECONDS / f32(carrySubsteps()); }

// The fraction of a difference in vapour the eddies even out across a face a substep, at a
// face `spacing` metres wide at latitude `latitude` (radians).
fn eddyMixing(spacing: f32, latitude: f32) -> f32 {
  let storms = mix(0.1, 1.0, smoothstep(20.0, 40.0, abs(degrees(latitude))));
  return min(storms * EDDY_DIFFUSIVITY * substepSeconds() / (spacing * spacing), MAX_MIXING);
}

// Vapour (mm) moving east through the face between a cell and its east neighbour on row y.
fn eastwardFlux(west: u32, east: u32, y: i32) -> f32 {
  // The two members read alone (a software adapter loads each storage value lane by lane).
  let a = vec2f(climateIn[west].wind.x, climateIn[west].vapour);
  let b = vec2f(climateIn[east].wind.x, climateIn[east].vapour);
  let courant = clamp(0.5 * (a.x + b.x) * substepSeconds() / eastWestMetres(y), -MAX_COURANT, MAX_COURANT);
  return courant * select(b.y, a.y, courant > 0.0) + eddyMixing(eastWestMetres(y), climateLatitude(y)) * (a.y - b.y);
}

// Vapour moving north through the face between row y (south) and row y - 1 (north), in mm times
// equatorial cell areas: the face's length is cos of its latitude.
fn northwardFlux(south: u32, north: u32, y: i32) -> f32 {
  let a = vec2f(climateIn[south].wind.y, climateIn[south].vapour);
  let b = vec2f(climateIn[north].wind.y, climateIn[north].vapour);
  let courant = clamp(0.5 * (a.x + b.x) * substepSeconds() / northSouthMetres(), -MAX_COURANT, MAX_COURANT);
  let faceLength = sin(f32(y) / f32(globals.climateHeight) * PI);
  let faceLatitude = (0.5 - f32(y) / f32(globals.climateHeight)) * PI;
  return faceLength * (courant * select(b.y, a.y, courant > 0.0) + eddyMixing(northSouthMetres(), faceLatitude) * (a.y - b.y));
}

// The first substep writes the whole cell (the weather's), the later ones (VAPOUR_ONLY) only its
// vapour: nothing else changes in a day's substeps, and the buffer each writes already holds the
// rest from the substep before last (a software adapter loads and stores a cell member by member).
override VAPOUR_ONLY: bool;

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn carry(@builtin(global_invocation_id) id: vec3u) {
  if (outsideClimate(id)) { return; }
  let c = vec2i(id.xy);
  let size = climateSize();
  let index = climateIndex(c);
  var cell: ClimateCell;
  if (VAPOUR_ONLY) { cell.vapour = climateIn[index].vapour; } else { cell = climateIn[index]; }
  let east = climateIndex(neighbourOn(c, vec2i(1, 0), size));
  let west = climateIndex(neighbourOn(c, vec2i(-1, 0), size));
  let area = climateCosLatitude(c.y);
  cell.vapour += eastwardFlux(west, index, c.y) - eastwardFlux(index, east, c.y);
  // No face across a pole (selects, not branches: a software adapter runs both sides of a branch).
  cell.vapour = select(cell.vapour, cell.vapour - northwardFlux(index, climateIndex(neighbourOn(c, vec2i(0, -1), size)), c.y) / area, c.y > 0);
  cell.vapour = select(cell.vapour, cell.vapour + northwardFlux(climateIndex(neighbourOn(c, vec2i(0, 1), size)), index, c.y + 1) / area, c.y < size.y - 1);
  // (Near the poles the faces' mixing and the wind can together ask a cell for more than it
  // holds; it gives what it has.)
  cell.vapour = max(cell.vapour, 0.0);
  if (VAPOUR_ONLY) { climateOut[index].vapour = cell.vapour; } else { climateOut[index] = cell; }
}
