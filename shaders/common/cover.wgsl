// The continents' cover of the grid (bind group 2 of the passes that read or write it): the
// continental points of shaders/tectonics/continents.wgsl splatted onto the cells. Word 0 counts
// the points splatted; then two words a cell: the summed footprints (COVER_SCALE a unit of
// weight) and the nearest point's weight (12 bits, shifted 8) and plate (8 bits).

@group(2) @binding(0) var<storage, read_write> cover: array<atomic<u32>>;

const COVER_HEADER: u32 = 1u;
const COVER_SCALE: f32 = 256.0;
// The summed footprints inside a continent: the lattice's points a steradian (N / 4 pi) times a
// footprint's integral (pi R^2 / 3) at R = 1.5 spacings, 0.75 pi, in cover units.
const COVER_FULL: f32 = 0.75 * PI * COVER_SCALE;

// A cell's cover: its density (1 inside a continent, 0.5 at its edge, above 1 where continents
// overlap) and the plate of its nearest point; `tracked` false where no points were splatted (a
// kernel test's terrain, or before the plates form): the cells then keep their own crust.
struct CellCover { density: f32, plate: u32, tracked: bool }

fn coverOf(c: vec2i) -> CellCover {
  let index = COVER_HEADER + 2u * cellIndex(c);
  let density = f32(atomicLoad(&cover[index])) / COVER_FULL;
  return CellCover(density, atomicLoad(&cover[index + 1u]) & 0xffu, atomicLoad(&cover[0]) > 0u);
}
