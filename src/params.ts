// The parameters' types and key lists, all derived from their one declaration
// (src/param-schema.ts): the GUI, the URL state, validation and the uniforms read them from here.

import { PARAMETERS } from './param-schema';
import type { ChoiceSpec, NumberSpec, Resolution } from './param-spec';

export * from './param-spec';

type Declared = typeof PARAMETERS;
export type ParamKey = keyof Declared;

/** A parameter's value: a number, or one of its spec's options. */
type ValueOf<S> = S extends { kind: 'choice'; options: readonly (infer T)[] } ? T : number;
export type ParamValues = { -readonly [K in ParamKey]: ValueOf<Declared[K]> };

type SpecOf<K extends ParamKey> = Declared[K] extends { kind: 'choice' } ? ChoiceSpec<ValueOf<Declared[K]> & string> : NumberSpec;
export type Schema = { readonly [K in ParamKey]: SpecOf<K> };
export const SCHEMA: Schema = PARAMETERS;

export const PARAM_KEYS = Object.keys(SCHEMA) as ParamKey[];

/**
 * The stages' physical parameters: those that define the world, less the world group (seed and
 * resolution, a WorldDefinition's own fields).
 */
export type PhysicsKey = {
  [K in ParamKey]: Declared[K] extends { definesWorld: true } ? (Declared[K] extends { group: 'world' } ? never : K) : never;
}[ParamKey];
export type Physics = Pick<ParamValues, PhysicsKey>;
export const PHYSICS_KEYS = PARAM_KEYS.filter(
  (key) => SCHEMA[key].definesWorld && SCHEMA[key].group !== 'world',
) as PhysicsKey[];

export function defaultParams(): ParamValues {
  const values = {} as Record<ParamKey, unknown>;
  for (const key of PARAM_KEYS) values[key] = SCHEMA[key].default;
  return values as ParamValues;
}

/** The default resolution for an adapter: software renderers get a small grid. */
export function defaultResolution(softwareAdapter: boolean): Resolution {
  return softwareAdapter ? '256x128' : '1024x512';
}

export function parseResolution(resolution: Resolution): { width: number; height: number } {
  const [width, height] = resolution.split('x').map(Number);
  return { width, height };
}
