// The ocean-floor depth law of the CPU reference (transcribing shaders/common/plates.wgsl) and its sea level by bisection.
import { describe, expect, it } from 'vitest';
import { areaFraction, oceanDepthMetres, oceanVolume, seaLevelFor } from '../reference/tectonics';

describe('ocean floor depth from age (Stein and Stein 1992, GDH1, less its sediment)', () => {
  it('stands 2,600 m deep at a ridge, deepens with age, and is 5.0-5.2 km deep under old floor', () => {
    expect(oceanDepthMetres(0)).toBe(2600);
    for (let age = 0; age < 400; age += 0.5) expect(oceanDepthMetres(age + 0.5)).toBeGreaterThan(oceanDepthMetres(age));
    for (const age of [100, 150, 200, 300, 1000]) {
      expect(oceanDepthMetres(age)).toBeGreaterThanOrEqual(5000);
      expect(oceanDepthMetres(age)).toBeLessThanOrEqual(5200);
    }
  });

  it('is continuous where the two laws meet (20 Myr), and keeps deepening: no jump over 10 m', () => {
    for (let age = 10; age <= 60; age += 0.01) {
      const step = oceanDepthMetres(age + 0.01) - oceanDepthMetres(age);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(10);
    }
  });
});

describe('sea level for a volume (float64 bisection)', () => {
  const grid = { width: 16, height: 8 };
  it('gives shares of the sphere that add up to one', () => {
    let total = 0;
    for (let y = 0; y < grid.height; y++) total += grid.width * areaFraction(grid, y);
    expect(total).toBeCloseTo(1, 12);
  });

  it('fills a flat floor to the volume, and puts the volume back on a rough one', () => {
    expect(seaLevelFor(grid, new Array(128).fill(3), 2)).toBeCloseTo(5, 9);
    const rough = Array.from({ length: 128 }, (_, i) => 10 * Math.abs(Math.sin(i * 1.7)));
    const level = seaLevelFor(grid, rough, 4);
    expect(oceanVolume(grid, rough, level)).toBeCloseTo(4, 9);
    expect(oceanVolume(grid, rough, level - 0.01)).toBeLessThan(4);
  });
});
