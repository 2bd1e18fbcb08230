// Off-screen capture: draw a frame into a texture of a chosen size and read its pixels back.

import { readBuffer } from '../gpu/readback';

/** RGBA bytes, rows top to bottom, of a frame drawn by `draw` at width x height. */
export async function captureFrame(
  device: GPUDevice, format: GPUTextureFormat, width: number, height: number,
  draw: (encoder: GPUCommandEncoder, target: GPUTextureView) => void,
): Promise<Uint8Array> {
  const texture = device.createTexture({
    label: 'Capture.texture', size: [width, height], format,
    usage: GPUTextureUsage.RENDER_ATTACHMENT | GPUTextureUsage.COPY_SRC,
  });
  const bytesPerRow = Math.ceil((width * 4) / 256) * 256;
  const buffer = device.createBuffer({ label: 'Capture.buffer', size: bytesPerRow * height, usage: GPUBufferUsage.COPY_SRC | GPUBufferUsage.COPY_DST });
  try {
    const encoder = device.createCommandEncoder({ label: 'Capture.encoder' });
    draw(encoder, texture.createView());
    encoder.copyTextureToBuffer({ texture }, { buffer, bytesPerRow }, [width, height]);
    device.queue.submit([encoder.finish()]);
    const padded = new Uint8Array(await readBuffer(device, buffer));
    const pixels = new Uint8Array(width * height * 4);
    const swapRedBlue = format.startsWith('bgra');
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const from = y * bytesPerRow + x * 4;
        const to = (y * width + x) * 4;
        pixels[to] = padded[from + (swapRedBlue ? 2 : 0)];
        pixels[to + 1] = padded[from + 1];
        pixels[to + 2] = padded[from + (swapRedBlue ? 0 : 2)];
        pixels[to + 3] = padded[from + 3];
      }
    }
    return pixels;
  } finally {
    texture.destroy();
    buffer.destroy();
  }
}
