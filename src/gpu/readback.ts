// Copy a GPU buffer back to the CPU (tests, exports, the bench): never called per frame.

export async function readBuffer(device: GPUDevice, source: GPUBuffer, byteLength = source.size, offset = 0): Promise<ArrayBuffer> {
  const staging = device.createBuffer({
    label: 'Readback.staging', size: byteLength, usage: GPUBufferUsage.COPY_DST | GPUBufferUsage.MAP_READ,
  });
  try {
    const encoder = device.createCommandEncoder({ label: 'Readback.encoder' });
    encoder.copyBufferToBuffer(source, offset, staging, 0, byteLength);
    device.queue.submit([encoder.finish()]);
    await staging.mapAsync(GPUMapMode.READ);
    return staging.getMappedRange().slice(0);
  } finally {
    staging.destroy();
  }
}
