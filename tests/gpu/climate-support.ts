// Shared by the climate kernel tests: the terrain and climate grids and the sea level they run on.
export { hashFloat } from './tectonics-support';

/** Terrain 256x128, climate 64x32. */
export const TERRAIN = { width: 256, height: 128 };
export const CLIMATE = { width: 64, height: 32 };
export const climateCells = CLIMATE.width * CLIMATE.height;
export const SEA = 7.25;
