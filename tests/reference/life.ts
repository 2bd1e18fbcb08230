// CPU reference of one Lotka-Volterra step of life.grow (SIMULATION.md section 5), written from
// the spec and the shader's documented scheme: multiplicative steps, plants then herbivores
// then carnivores, dt = 0.1, a plant death rate of 0.2, predation 1.5, populations capped at 20.

export const LIFE_DT = 0.1;
export const PLANT_DEATH = 0.2;
export const PREDATION = 1.5;
export const MAX_POPULATION = 20;

/** GLSL/WGSL smoothstep. */
export const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(Math.max((x - a) / (b - a), 0), 1);
  return t * t * (3 - 2 * t);
};

export function plantGrowth(rainMmPerDay: number, temperature: number): number {
  return Math.min(Math.max(rainMmPerDay / 3, 0), 1) * (smoothstep(0, 25, temperature) - smoothstep(25, 35, temperature));
}

export function lotkaVolterra([x0, y0, z0]: number[], growth: number, temperature: number): [number, number, number] {
  const reproduction = 2 + temperature / 30;
  const x = x0 * Math.exp(LIFE_DT * (growth - PLANT_DEATH - y0));
  const y = y0 * Math.exp(LIFE_DT * (reproduction * x - PREDATION * z0 - 1));
  const z = z0 * Math.exp(LIFE_DT * (PREDATION * y - 1));
  return [Math.min(x, MAX_POPULATION), Math.min(y, MAX_POPULATION), Math.min(z, MAX_POPULATION)];
}
