// webgpu-utils' reflection of the WGSL's data layouts, loadable in Node too (node-globals first).

import './node-globals';

export { makeShaderDataDefinitions, makeStructuredView, type ArrayDefinition, type StructuredView, type VariableDefinition } from 'webgpu-utils';
