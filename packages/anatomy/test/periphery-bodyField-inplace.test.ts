import { describe, expect, it } from 'vitest';
import { createSpineModel } from '../src/createSpineModel';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { VERTEBRAE } from '../src/levels';
import { bodyField } from '../src/periphery/bodyField';
import { SKIN_MESH } from '../src/periphery/buildSkin';
import { surfaceNets } from '../src/geometry/surfaceNets';
import type { Vec3 } from '../src/types';

// The body field evaluated in place (f.inPlace, what the skin is meshed with) is the field itself, bit for bit,
// padding spheres included, and meshes into the same skin.
const model = createSpineModel({ quality: 'high' });
const tips = VERTEBRAE.flatMap((l) => (model.landmarks().includes(`spinous-process-tip-${l}`) ? [model.landmark(`spinous-process-tip-${l}`) as Vec3] : []));
const make = () => bodyField(computeSpineFrame(), { occiput: model.landmark('occipital-protuberance') as Vec3, spinousTips: tips });

describe('body field in place', () => {
  it('gives the values of the field at points all over the body, padding included', () => {
    const f = make();
    f.pad([60, 40, 100], 30);
    const { min, max } = f.bounds;
    let inside = 0, padded = 0;
    for (let i = 0; i < 4000; i++) {
      // A fixed scatter over the box (golden-ratio sequences), both sides of the midline.
      const p: Vec3 = [min[0] + (max[0] - min[0]) * ((i * 0.618034) % 1), min[1] + (max[1] - min[1]) * ((i * 0.7548777) % 1), min[2] + (max[2] - min[2]) * ((i * 0.5698403) % 1)];
      f.inPlace.io.set(p);
      f.inPlace.at(-1);
      const v = f(p[0], p[1], p[2]);
      expect(f.inPlace.io[3]).toBe(v);
      if (v < 0) inside++;
      if (Math.hypot(Math.abs(p[0]) - 60, p[1] - 40, p[2] - 100) < 40) padded++;
    }
    expect(inside).toBeGreaterThan(100);
    expect(padded).toBeGreaterThan(0);
  });
  it('meshes into the same skin as the function', () => {
    const f = make();
    const o = { min: f.bounds.min, max: f.bounds.max, coarse: 8, pad: 4, mirrorX: true, ...SKIN_MESH.high };
    const a = surfaceNets(f, o), b = surfaceNets(f.inPlace, o);
    expect(a.getIndex()!.count).toBeGreaterThan(10000);
    expect(Array.from(b.getAttribute('position').array)).toEqual(Array.from(a.getAttribute('position').array));
    expect(Array.from(b.getIndex()!.array)).toEqual(Array.from(a.getIndex()!.array));
  });
});
