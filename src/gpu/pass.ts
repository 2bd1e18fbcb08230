// A tiny compute-pass helper: one WGSL entry point, one pipeline, one label, one dispatch rule.

import { withValidation } from './device';
import { shaderModule } from './shaders';

/** Workgroup size of every 2D compute pass; fed to the WGSL `override`s. */
export const WORKGROUP: readonly [number, number] = [8, 8];

export interface ComputePass {
  readonly label: string;
  /** Record one dispatch covering a width x height grid, with these bind groups in order. */
  encode(pass: GPUComputePassEncoder, bindGroups: readonly GPUBindGroup[], width: number, height: number): void;
}

export interface ComputePassDescriptor {
  label: string;
  /** The whole WGSL source; passes of the same source share one shader module. */
  code: string;
  entryPoint: string;
  layouts: readonly GPUBindGroupLayout[];
  /** Values of the shader's own pipeline-overridable constants (besides the workgroup size). */
  constants?: Readonly<Record<string, number>>;
  /** Label of the shared module (default: the pass's label). */
  moduleLabel?: string;
}

export async function createComputePass(device: GPUDevice, desc: ComputePassDescriptor): Promise<ComputePass> {
  return withValidation(device, desc.label, () => buildComputePass(device, desc));
}

/**
 * The same built at once, its errors left to the device's error handler: for a variant of a
 * pass already made with createComputePass (other values of its constants).
 */
export function buildComputePass(device: GPUDevice, desc: ComputePassDescriptor): ComputePass {
  // Synchronous on purpose: Dawn's async compile of the heavy terrain shader crashed its worker
  // thread on SwiftShader (Node bindings 0.6).
  const pipeline = device.createComputePipeline({
    label: desc.label,
    layout: device.createPipelineLayout({ label: `${desc.label}.layout`, bindGroupLayouts: [...desc.layouts] }),
    compute: {
      module: shaderModule(device, desc.moduleLabel ?? desc.label, desc.code),
      entryPoint: desc.entryPoint,
      constants: { ...desc.constants, WORKGROUP_X: WORKGROUP[0], WORKGROUP_Y: WORKGROUP[1] },
    },
  });
  return {
    label: desc.label,
    encode(pass, bindGroups, width, height) {
      pass.setPipeline(pipeline);
      bindGroups.forEach((group, index) => pass.setBindGroup(index, group));
      pass.dispatchWorkgroups(Math.ceil(width / WORKGROUP[0]), Math.ceil(height / WORKGROUP[1]));
    },
  };
}
