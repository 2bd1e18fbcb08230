// The equirectangular grids of the statistics (src/analysis): cell areas by latitude, and a size check.

/**
 * Grids here are row-major, `width` columns by `height` rows, row 0 at the north pole's edge
 * (row y's centre at latitude 90 - (y + 0.5) * 180 / height degrees), as the simulation's fields.
 */

/** The cosine of latitude at row y's centre: a cell's area in equatorial cell areas. */
export function rowWeight(y: number, height: number): number {
  return Math.sin(((y + 0.5) / height) * Math.PI);
}

/** Every cell's area in equatorial cell areas (cos latitude at its row's centre), row-major. */
export function areaWeights(width: number, height: number): Float64Array {
  const weights = new Float64Array(width * height);
  for (let y = 0; y < height; y++) weights.fill(rowWeight(y, height), y * width, (y + 1) * width);
  return weights;
}

/** Throw unless a grid's values number width x height. */
export function checkGrid(values: ArrayLike<number>, width: number, height: number): void {
  if (!(width > 0 && height > 0 && Number.isInteger(width) && Number.isInteger(height)) || values.length !== width * height) {
    throw new Error(`A ${width}x${height} grid needs ${width * height} values, got ${values.length}`);
  }
}
