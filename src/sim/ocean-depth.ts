// The depth of the ocean floor from its age (the law shaders/common/plates.wgsl runs) and its inverse, for maps brought in.

/** Sediment a floor gathers when old, metres (Earth's ocean floor: about 0.5-1 km, GlobSed). */
export const SEDIMENT_MAX_METRES = 800;
/** Myr over which most of it gathers; under GDH1's 36 Myr, so the floor still deepens with age. */
export const SEDIMENT_MYR = 30;
/** How much shallower a metre of sediment leaves the floor: (mantle - sediment) / (mantle - water) densities, (3300 - 2000) / (3300 - 1030). */
export const SEDIMENT_LOADING = 0.57;

/**
 * Depth below the datum, metres, of ocean floor `age` Myr old: the cooling plate's depth (Stein
 * and Stein 1992, GDH1: 2,600 + 365 sqrt(age) m while young, 5,651 - 2,473 exp(-0.0278 age) m
 * when old, the shallower of the two) less its sediment's loaded thickness, so old floor levels
 * off near 5.1-5.2 km as Earth's abyssal plains do (GDH1's depths are corrected for sediment).
 */
export function oceanDepthMetres(age: number): number {
  const a = Math.max(age, 0);
  const plate = Math.min(2600 + 365 * Math.sqrt(a), 5651 - 2473 * Math.exp(-0.0278 * a));
  return plate - SEDIMENT_LOADING * SEDIMENT_MAX_METRES * (1 - Math.exp(-a / SEDIMENT_MYR));
}

/** Oldest floor a map's depth is read as, Myr. */
export const OLDEST_MAP_FLOOR_MYR = 180;

/** Age of ocean floor this deep below sea level, Myr (the law inverted by bisection: it deepens with age), 0..OLDEST_MAP_FLOOR_MYR. */
export function oceanAgeFromDepth(depthMetres: number): number {
  let low = 0;
  let high = OLDEST_MAP_FLOOR_MYR;
  if (!(depthMetres > oceanDepthMetres(low))) return low;
  if (depthMetres >= oceanDepthMetres(high)) return high;
  for (let step = 0; step < 60; step++) {
    const middle = 0.5 * (low + high);
    if (oceanDepthMetres(middle) < depthMetres) low = middle;
    else high = middle;
  }
  return 0.5 * (low + high);
}
