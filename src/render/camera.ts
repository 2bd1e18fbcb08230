// Cameras: an orbit camera around the globe and a pan/zoom window over the flat map.

import { mat4, vec3 } from 'wgpu-matrix';

const FIELD_OF_VIEW = (35 * Math.PI) / 180;

export class OrbitCamera {
  /** Angle round the planet's axis, radians. */
  yaw = 0.6;
  /** Angle above the equator, radians. */
  pitch = 0.35;
  /** Distance from the planet's centre, planet radii. */
  distance = 3.4;

  static readonly MIN_DISTANCE = 1.25;
  static readonly MAX_DISTANCE = 12;

  /** Drag by pixels; the closer the camera, the finer the turn. */
  rotate(dxPixels: number, dyPixels: number, viewportHeight: number): void {
    const radiansPerPixel = (FIELD_OF_VIEW * (this.distance - 1)) / Math.max(viewportHeight, 1);
    this.yaw -= dxPixels * radiansPerPixel;
    this.pitch = Math.min(Math.max(this.pitch + dyPixels * radiansPerPixel, -1.5), 1.5);
  }

  zoom(factor: number): void {
    if (!Number.isFinite(factor) || factor <= 0) return;
    this.distance = Math.min(Math.max(this.distance * factor, OrbitCamera.MIN_DISTANCE), OrbitCamera.MAX_DISTANCE);
  }

  eye(): Float32Array {
    const c = Math.cos(this.pitch);
    return vec3.fromValues(this.distance * Math.sin(this.yaw) * c, this.distance * Math.sin(this.pitch), this.distance * Math.cos(this.yaw) * c);
  }

  inverseViewProjection(aspect: number): Float32Array {
    const projection = mat4.perspective(FIELD_OF_VIEW, aspect, 0.01, 100);
    const view = mat4.lookAt(this.eye(), [0, 0, 0], [0, 1, 0]);
    return mat4.inverse(mat4.multiply(projection, view));
  }
}

export class MapCamera {
  /** Longitude and latitude at the centre of the screen, radians. */
  centreLongitude = Math.PI;
  centreLatitude = 0;
  /** 1 shows the whole map. */
  scale = 1;

  /** Half-widths in radians: equal angles per pixel on both axes, whole map fits at scale 1. */
  window(width: number, height: number): [number, number, number, number] {
    const radiansPerPixel = Math.max((2 * Math.PI) / width, Math.PI / height) / this.scale;
    return [this.centreLongitude, this.centreLatitude, (radiansPerPixel * width) / 2, (radiansPerPixel * height) / 2];
  }

  pan(dxPixels: number, dyPixels: number, width: number, height: number): void {
    const [, , halfLongitude] = this.window(width, height);
    const radiansPerPixel = (2 * halfLongitude) / width;
    this.centreLongitude -= dxPixels * radiansPerPixel;
    this.centreLatitude = Math.min(Math.max(this.centreLatitude + dyPixels * radiansPerPixel, -Math.PI / 2), Math.PI / 2);
  }

  zoom(factor: number): void {
    if (!Number.isFinite(factor) || factor <= 0) return;
    this.scale = Math.min(Math.max(this.scale / factor, 1), 16);
    if (this.scale === 1) this.centreLatitude = 0;
  }
}
