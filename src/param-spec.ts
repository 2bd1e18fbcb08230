// The shape of a parameter's declaration (src/param-schema.ts) and the choices its options list.

export const RESOLUTIONS = ['128x64', '256x128', '512x256', '1024x512', '2048x1024', '4096x2048'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export const VIEWS = ['globe', 'map'] as const;
export type View = (typeof VIEWS)[number];
/** The layers, in the order the shaders number them (their LAYER_* overrides are fed from it); new ones go last, so links keep their layer. */
export const LAYERS = ['surface', 'elevation', 'crust', 'plates', 'rivers', 'basins', 'pressure', 'temperature', 'wind', 'precipitation', 'life', 'koppen'] as const;
export type Layer = (typeof LAYERS)[number];
export const SWITCHES = ['on', 'off'] as const;
export type Switch = (typeof SWITCHES)[number];
/** Where a person's map enters the story: the present day (climate, rivers, life and people on it) or the plates era (the plates carry it on). */
export const MAP_ENTRIES = ['present', 'plates'] as const;
export type MapEntry = (typeof MAP_ENTRIES)[number];
export const TOOLS = ['none', 'raise', 'lower', 'uplift', 'plate'] as const;
export type Tool = (typeof TOOLS)[number];

/** Which part of the app a parameter belongs to (its GUI folder). */
export type ParamGroup = 'world' | 'time' | 'view' | 'edit' | 'protoplanet' | 'tectonics' | 'rivers' | 'climate' | 'life' | 'humans';

interface SpecBase {
  label: string;
  description: string;
  group: ParamGroup;
  /** Name in the URL query. */
  urlKey: string;
  /**
   * Changing it needs the world rebuilt or regenerated (not just new uniforms). Outside the
   * world group (seed, resolution), these are the stages' physics (WorldDefinition.physics).
   */
  definesWorld: boolean;
}
export interface NumberSpec extends SpecBase {
  kind: 'number';
  default: number;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  unit: string;
}
export interface ChoiceSpec<T extends string = string> extends SpecBase {
  kind: 'choice';
  default: T;
  options: readonly T[];
}
export type ParamSpec = NumberSpec | ChoiceSpec;
