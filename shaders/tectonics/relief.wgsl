// tectonics.relief: collision uplift and thermal erosion, both from the same input (operator
// splitting), in one pass over each cell and its four neighbours. Uplift spreads within its
// plate and decays; where it exceeds one half it raises the land, more slowly the higher the
// land already stands. Thermal erosion: where a neighbour of the same crust is higher or lower
// by more than the talus threshold, the excess slides toward the lower cell; each exchange is
// the same amount seen from both cells (symmetric area-weighted fluxes), so erosion conserves
// mass. Between continental and ocean crust nothing slides: the step between them is isostatic
// (the buoyant crust floats higher), not a slope that wears down.
// First the cell takes its crust from the continents' cover (shaders/common/cover.wgsl): a cell
// the continents now cover is continental and on its continent's plate (ocean crust they moved
// over rises to the continent's lowlands, CONTINENT_BASE above the sea); a cell they left is
// fresh ocean floor, under the sea at once (it then settles to a ridge's depth); where
// continents overlap, a collision, the cell is uplifted. Continental crust worn below its level
// rebounds (isostasy: the crust floats up as erosion unloads it) at REBOUND_M_PER_MYR, the same
// rate in a valley as on the ridge beside it, so the rivers keep the valleys they cut; the level
// follows how far inland the cell lies (the cover's inland share,
// shaders/tectonics/continents.wgsl): a rim near the coasts, a basin inside (reboundLevel).
// Where the uplift has died, a worn range wears down toward that level (peneplanation), so old
// ranges end as lowlands and the land's hypsometry peaks near the sea, as Earth's does.

// Cover above which overlapping continents raise a range, and the overlap that raises it fully
// (a continent's interior is 1, give or take the lattice's ripple).
const OVERLAP_START: f32 = 1.3;
const OVERLAP_FULL: f32 = 0.7;

// Isostatic rebound of worn continental crust, metres a Myr (Earth's erosional rebound:
// 10-100 m/Myr).
const REBOUND_M_PER_MYR: f32 = 20.0;
// The level it rebounds to rises from CONTINENT_BASE above the sea at the coast by RIM_RISE
// (model units, 360 m) a few hundred kilometres inland, a rim like the upwarped margins and
// escarpments round Earth's continents, and sags by INTERIOR_SAG of that deep inside, a basin like
// the Congo's or Hudson Bay's: rivers from the rims gather in the interior and leave it by a few
// large rivers, through the rim's lowest gaps.
const RIM_RISE: f32 = 0.6;
const INTERIOR_SAG: f32 = 0.7;
// E-folding time, Myr, of a dead range's height above that level: erosion and the rebound it
// drives take tens to hundreds of Myr to level an orogen (Baldwin, Whipple and Tucker 2003), so
// the Appalachians, uplifted 300-450 Myr ago, stand about 1 km where the Himalaya stand 5.
const WEAR_MYR: f32 = 100.0;

// The level worn continental crust rebounds to at this cover, model units.
fn reboundLevel(here: CellCover) -> f32 {
  let rim = smoothstep(0.5, 0.65, here.inland) - INTERIOR_SAG * smoothstep(0.7, 1.0, here.inland);
  return globals.seaLevel + CONTINENT_BASE + RIM_RISE * rim;
}

// (Selects, not branches: a software adapter runs both sides of a branch, and pays for it besides.)
fn withCover(start: TerrainCell, c: vec2i) -> TerrainCell {
  let here = coverAtPoint(cellPosition(c));
  let continental = here.solid >= 0.5;
  let was = parcelOf(start).continental;
  // Continental crust: ocean crust the continent moved over rises to its lowlands, then worn
  // crust rebounds toward its level and a dead range wears down.
  let raised = select(start.elevation, max(start.elevation, globals.seaLevel + CONTINENT_BASE), !was);
  let myr = globals.dtYears * 1e-6;
  let level = reboundLevel(here);
  let rebound = REBOUND_M_PER_MYR * myr / globals.metresPerUnit;
  // Wear acts fully where no uplift remains, not at all where it still raises the land (u >= 1/2).
  let wear = (1.0 - exp(-myr / WEAR_MYR)) * clamp(1.0 - 2.0 * start.uplift, 0.0, 1.0);
  let land = raised + (clamp(level - raised, 0.0, rebound) - wear * max(raised - level, 0.0));
  // Continental crust the continent left: ocean floor, under the sea at once.
  let left = was & !continental;
  let sea = select(start.elevation, min(start.elevation, globals.seaLevel - CONTINENT_BASE), left);
  let cell = TerrainCell(select(sea, land, continental), start.crustTemperature,
    max(start.uplift, clamp((here.density - OVERLAP_START) / OVERLAP_FULL, 0.0, 1.0)),
    select(start.plate, here.plate, continental & (here.plate != 0u)), select(start.oceanAge, 0.0, left),
    packParcel(Parcel(parcelOffset(start.parcel), continental)));
  // No points splatted (a kernel test's terrain, or before the plates form): the cell as it was.
  return TerrainCell(select(start.elevation, cell.elevation, here.tracked), start.crustTemperature, select(start.uplift, cell.uplift, here.tracked),
    select(start.plate, cell.plate, here.tracked), select(start.oceanAge, cell.oceanAge, here.tracked), select(start.parcel, cell.parcel, here.tracked));
}

// What the exchanges read of a neighbour: four of its six members, each read alone (a software
// adapter loads a storage value lane by lane, a whole cell member by member).
struct Neighbour {
  elevation: f32,
  uplift: f32,
  plate: u32,
  continental: bool,
}

fn neighbourAt(c: vec2i, d: vec2i) -> Neighbour {
  let index = cellIndex(neighbour(c, d));
  return Neighbour(terrainIn[index].elevation, terrainIn[index].uplift, terrainIn[index].plate, (terrainIn[index].parcel & PARCEL_CONTINENTAL) != 0u);
}

// What one neighbour adds to a cell: (uplift shared within the plate, rock slid by erosion).
fn exchange(cell: TerrainCell, other: Neighbour, upliftWeight: f32, slideWeight: f32) -> vec2f {
  let spread = select(0.0, upliftWeight * (other.uplift - cell.uplift), other.plate == cell.plate);
  let difference = other.elevation - cell.elevation;
  let sameCrust = other.continental == parcelOf(cell).continental;
  return vec2f(spread, select(0.0, slideWeight * sign(difference) * max(abs(difference) - globals.talus, 0.0), sameCrust));
}

@compute @workgroup_size(WORKGROUP_X, WORKGROUP_Y)
fn relief(@builtin(global_invocation_id) id: vec3u) {
  if (outsideGrid(id)) { return; }
  let c = vec2i(id.xy);
  var cell = withCover(terrainIn[cellIndex(c)], c);
  let row = rowGeometry(c.y);
  let up = rowDiffusionWeights(row, globals.upliftDiffusion);
  let slide = rowDiffusionWeights(row, globals.thermalErosion);
  // The four neighbours, in the order of AXIS_STEPS (written out: no indexed loop).
  let east = neighbourAt(c, vec2i(1, 0));
  let west = neighbourAt(c, vec2i(-1, 0));
  let north = neighbourAt(c, vec2i(0, -1));
  let south = neighbourAt(c, vec2i(0, 1));
  let change = exchange(cell, east, up.x, slide.x) + exchange(cell, west, up.y, slide.y)
    + exchange(cell, north, up.z, slide.z) + exchange(cell, south, up.w, slide.w);
  let u = (cell.uplift + change.x) * (1.0 - globals.upliftDecay);
  let z = cell.elevation + change.y;
  // Gain a step: upliftRate * clamp(2u - 1, 0, 1) / (height above sea, at least 1 unit).
  let height = max(cell.elevation - globals.seaLevel, 1.0);
  let gain = globals.upliftRate * clamp(2.0 * u - 1.0, 0.0, 1.0) / height;
  cell.elevation = min(z + gain, max(z, MAX_UPLIFTED));
  cell.uplift = u;
  terrainOut[cellIndex(c)] = cell;
}
