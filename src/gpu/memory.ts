// A count of the GPU buffers and textures alive and the bytes they hold, kept by wrapping the
// device's createBuffer/createTexture and each object's destroy(): for the HUD and the leak test.

export interface GpuMemory {
  buffers: number;
  textures: number;
  bytes: number;
}

/** Bytes per texel of the formats the app creates (others count 4). */
const TEXEL_BYTES: Partial<Record<GPUTextureFormat, number>> = {
  rgba8unorm: 4, bgra8unorm: 4, 'rgba8unorm-srgb': 4, 'bgra8unorm-srgb': 4, rgba16float: 8, rgba32float: 16, r32float: 4,
};

function textureBytes(texture: GPUTexture): number {
  return texture.width * texture.height * texture.depthOrArrayLayers * (TEXEL_BYTES[texture.format] ?? 4) * texture.mipLevelCount;
}

/** Start counting this device's buffers and textures; returns a reader of the live totals. */
export function trackGpuMemory(device: GPUDevice): () => GpuMemory {
  const live = { buffers: 0, textures: 0, bytes: 0 };
  const counted = <T extends GPUBuffer | GPUTexture>(object: T, kind: 'buffers' | 'textures', bytes: number): T => {
    live[kind]++;
    live.bytes += bytes;
    const destroy = object.destroy.bind(object);
    let destroyed = false;
    object.destroy = () => {
      if (!destroyed) {
        destroyed = true;
        live[kind]--;
        live.bytes -= bytes;
      }
      destroy();
    };
    return object;
  };
  const createBuffer = device.createBuffer.bind(device);
  const createTexture = device.createTexture.bind(device);
  device.createBuffer = (descriptor) => {
    const buffer = createBuffer(descriptor);
    return counted(buffer, 'buffers', buffer.size);
  };
  device.createTexture = (descriptor) => {
    const texture = createTexture(descriptor);
    return counted(texture, 'textures', textureBytes(texture));
  };
  return () => ({ ...live });
}
