// webgpu-utils' reading of WGSL (struct layouts, bindings), loadable in a browser and in Node alike
// (node-globals first).

import './node-globals';

export {
  getSizeAndAlignmentOfUnsizedArrayElement, makeBindGroupLayoutDescriptors, makeShaderDataDefinitions, makeStructuredView,
  type ArrayDefinition, type ShaderDataDefinitions, type StructDefinition, type StructuredView, type VariableDefinition,
} from 'webgpu-utils';
