// The protoplanet on the story page: seed 1 at tick 120 drawn on the globe and on the map like
// the golden images, and both poles on the globe as smooth caps (no star where the first row's
// texels meet).
import { mat4, vec4 } from 'wgpu-matrix';
import { describe, expect, it } from 'vitest';
import { OrbitCamera } from '../../../src/render/camera';
import { expectMatchesGolden } from '../../support/golden';
import type { Story } from '../../support/story-page';

/** The pole capture: square, the camera 86° above the equator (OrbitCamera's steepest), close in. */
const POLE = { size: 384, pitch: 1.5, distance: 2.2 };

/** Pixel (x, y) of a point of the unit sphere in a square capture from the camera. */
function pixelOf(camera: OrbitCamera, point: [number, number, number], size: number): [number, number] {
  const inverse = camera.inverseViewProjection(1);
  const clip = vec4.transformMat4([...point, 1], mat4.inverse(inverse));
  return [((clip[0] / clip[3] + 1) / 2) * size, ((1 - clip[1] / clip[3]) / 2) * size];
}

/** Mean colour difference (0..255, RGB) between neighbours on a ring of 48 pixels round (x, y). */
function ringRoughness(rgba: Uint8Array, size: number, [x, y]: [number, number], radius: number): number {
  const at = (angle: number) => {
    const px = Math.round(x + radius * Math.cos(angle));
    const py = Math.round(y + radius * Math.sin(angle));
    const i = (py * size + px) * 4;
    return [rgba[i], rgba[i + 1], rgba[i + 2]];
  };
  let sum = 0;
  for (let k = 0; k < 48; k++) {
    const [a, b] = [at((2 * Math.PI * k) / 48), at((2 * Math.PI * (k + 1)) / 48)];
    sum += (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2])) / 3;
  }
  return sum / 48;
}

export function describeProtoplanet(story: Story): void {
  describe('the protoplanet at 128x64', () => {
    it.each([
      ['globe', 'protoplanet-globe'],
      ['map', 'protoplanet-map'],
    ] as const)('renders seed 1 at tick 120 on the %s like the golden image', async (view, golden) => {
      const { app } = story;
      expect(await app.seek(120)).toBe(120);
      await app.set('view', view);
      await app.set('layer', 'surface');
      expectMatchesGolden(golden, await app.capture(512, 256), 512, 256);
      expect(await app.errors()).toEqual([]);
    });

    it.each([['north', 1], ['south', -1]] as const)('draws the %s pole as a smooth cap, like the golden image', async (pole, sign) => {
      const { app } = story;
      expect(await app.seek(120)).toBe(120);
      await app.set('view', 'globe');
      await app.set('layer', 'elevation');
      const camera = new OrbitCamera();
      Object.assign(camera, { pitch: sign * POLE.pitch, distance: POLE.distance });
      const aim = (view: { pitch: number; distance: number }) => app.page.evaluate((v) => {
        const { orbit } = window.deepTime.app!.viewer;
        const before = { pitch: orbit.pitch, distance: orbit.distance };
        Object.assign(orbit, v);
        return before;
      }, view);
      const before = await aim({ pitch: camera.pitch, distance: camera.distance });
      const rgba = await app.capture(POLE.size, POLE.size);
      // The later checks see the camera as the story left it.
      await aim(before);
      expectMatchesGolden(`protoplanet-${pole}-pole`, rgba, POLE.size, POLE.size);
      // A star would change colour round the pole at any radius, as much close in as further
      // out; a cap is smooth close in: neighbours 4 pixels from the pole differ less than half
      // as much as those 40 pixels out (where the crust's own texture shows).
      const centre = pixelOf(camera, [0, sign, 0], POLE.size);
      expect(ringRoughness(rgba, POLE.size, centre, 4)).toBeLessThan(0.5 * ringRoughness(rgba, POLE.size, centre, 40));
      expect(await app.errors()).toEqual([]);
    });
  });
}
