// The climate grid: the terrain's columns and rows divided by a power of two, same layout
// (row 0 at latitude +90, column 0 at longitude 0); helpers any pass may call.

// Earth's mean radius, km: the climate's distances and speeds are real ones.
const EARTH_RADIUS_KM: f32 = 6371.0;

fn climateSize() -> vec2i { return vec2i(i32(globals.climateWidth), i32(globals.climateHeight)); }

fn climateIndex(c: vec2i) -> u32 { return u32(c.y) * globals.climateWidth + u32(c.x); }

fn outsideClimate(id: vec3u) -> bool { return (id.x >= globals.climateWidth) | (id.y >= globals.climateHeight); }

// Latitude of climate row y's centre, radians.
fn climateLatitude(y: i32) -> f32 { return latitudeOfRow(y, globals.climateHeight); }

// cos(latitude) of climate row y's centre (as sin(colatitude): precise next to the poles);
// proportional to the row's cell area.
fn climateCosLatitude(y: i32) -> f32 { return cosLatitudeOfRow(y, globals.climateHeight); }

// Water vapour the air can hold at this temperature (deg C), mm: about 7% more per deg C.
fn vapourCapacity(temperature: f32) -> f32 { return 50.0 * exp(0.07 * (temperature - 25.0)); }

// Spacing between climate cell centres, metres: east-west on row y (kept above a tenth of the
// equator's so the pole rows stay sane), and north-south.
fn eastWestMetres(y: i32) -> f32 {
  return 2.0 * PI * EARTH_RADIUS_KM * 1000.0 * max(climateCosLatitude(y), 0.1) / f32(globals.climateWidth);
}
fn northSouthMetres() -> f32 { return PI * EARTH_RADIUS_KM * 1000.0 / f32(globals.climateHeight); }

// Substeps a day in which the wind carries the vapour (climate.carry): one per 8 climate
// columns, so a substep moves air at 20 m/s about a third of an equatorial cell on every grid
// (src/sim/stages/climate.ts dispatches the same count).
fn carrySubsteps() -> u32 { return max(globals.climateWidth / 8u, 1u); }

// The climate cell over terrain cell t: t divided by the power of two between the grids, as an
// exact shift.
fn climateCellOf(t: vec2i) -> vec2i {
  return t >> vec2u(countTrailingZeros(globals.width) - countTrailingZeros(globals.climateWidth));
}
