// Coasts in a whole-map capture: how much of the sea just off a coast is drawn in the land's
// colours. The globe decides land or sea per pixel from the height interpolated between the cells,
// so the ground's colours end at that contour; ground colours blended between cells would spill
// half a cell over the sea and draw the coast in the cells' steps.

export interface CoastBleed {
  /** Pixels whose interpolated height is clearly under the sea, beside a land cell. */
  coastalSea: number;
  /** Of those, the pixels drawn in a land colour (red or green well above blue). */
  landColoured: number;
}

/** Model units below the sea a pixel's interpolated height must be to count as sea (about 60 m). */
const CLEARLY_SEA = 0.1;
/** How far red or green must stand above blue (0..255) for a land colour: sand, grass, forest, rock. */
const LAND_MARGIN = 12;
/** Latitudes past this are left out: the globe averages taps toward the poles. */
const MAX_LATITUDE = Math.PI / 3;

/**
 * Counts, in an RGBA capture of the whole map (scale 1, centred on longitude 180°) of a grid of
 * `columns` x `rows` cells, the coastal sea pixels and those drawn in land colours.
 * `heightAt(i)` is cell i's elevation above the sea, model units.
 */
export function coastBleed(rgba: Uint8Array, width: number, height: number, columns: number, rows: number, heightAt: (cell: number) => number): CoastBleed {
  const result = { coastalSea: 0, landColoured: 0 };
  for (let y = 0; y < height; y++) {
    const v = (y + 0.5) / height;
    if (Math.abs(Math.PI * (0.5 - v)) > MAX_LATITUDE) continue;
    const ty = v * rows - 0.5;
    const y0 = Math.floor(ty);
    const fy = ty - y0;
    const rowOf = (r: number) => Math.min(Math.max(r, 0), rows - 1) * columns;
    for (let x = 0; x < width; x++) {
      const tx = ((x + 0.5) / width) * columns - 0.5;
      const x0 = Math.floor(tx);
      const fx = tx - x0;
      const corners = [[x0, y0], [x0 + 1, y0], [x0, y0 + 1], [x0 + 1, y0 + 1]].map(([cx, cy]) => heightAt(rowOf(cy) + ((cx + columns) % columns)));
      const interpolated = (corners[0] * (1 - fx) + corners[1] * fx) * (1 - fy) + (corners[2] * (1 - fx) + corners[3] * fx) * fy;
      if (interpolated > -CLEARLY_SEA || corners.every((corner) => corner <= 0)) continue;
      result.coastalSea++;
      const i = (y * width + x) * 4;
      const [r, g, b] = [rgba[i], rgba[i + 1], rgba[i + 2]];
      if (r > b + LAND_MARGIN || g > b + LAND_MARGIN) result.landColoured++;
    }
  }
  return result;
}
