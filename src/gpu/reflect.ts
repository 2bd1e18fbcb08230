// webgpu-utils' reading of WGSL (struct layouts, bindings), loadable in a browser and in Node alike.

import './reflect-globals';

export {
  getSizeAndAlignmentOfUnsizedArrayElement, makeBindGroupLayoutDescriptors, makeShaderDataDefinitions, makeStructuredView,
  type ShaderDataDefinitions, type StructDefinition, type StructuredView,
} from 'webgpu-utils';
