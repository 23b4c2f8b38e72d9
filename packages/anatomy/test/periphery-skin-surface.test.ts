import { describe, expect, it } from 'vitest';
import { createSpineModel } from '../src/createSpineModel';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { VERTEBRAE } from '../src/levels';
import { bodyField } from '../src/periphery/bodyField';
import { SKIN_MESH } from '../src/periphery/buildSkin';
import { surfaceNets } from '../src/geometry/surfaceNets';
import type { Vec3 } from '../src/types';
import { watertightReport } from './helpers/watertight';

// The skin is meshed on a coarse grid and its vertices projected onto the body field's zero set: it must lie
// on that surface (needle entries are placed on it).
const model = createSpineModel({ quality: 'high' });
const tips = VERTEBRAE.flatMap((l) => (model.landmarks().includes(`spinous-process-tip-${l}`) ? [model.landmark(`spinous-process-tip-${l}`) as Vec3] : []));
const field = bodyField(computeSpineFrame(), { occiput: model.landmark('occipital-protuberance') as Vec3, spinousTips: tips });
const meanOffset = (g: { getAttribute(n: string): { count: number; getX(i: number): number; getY(i: number): number; getZ(i: number): number } }) => {
  const p = g.getAttribute('position');
  let sum = 0;
  for (let i = 0; i < p.count; i++) sum += Math.abs(field(p.getX(i), p.getY(i), p.getZ(i)));
  return sum / p.count;
};

describe('skin surface', () => {
  it('lies on the body field\'s zero set (projected vertices), where the same grid unprojected does not', () => {
    expect(watertightReport(model.get('skin')!.geometry).watertight).toBe(true);
    const skin = model.get('skin')!.geometry;
    expect(meanOffset(skin)).toBeLessThan(0.1);
    const plain = surfaceNets(field, { min: field.bounds.min, max: field.bounds.max, step: SKIN_MESH.high.step, coarse: 8, pad: 4 });
    expect(meanOffset(plain)).toBeGreaterThan(0.3);
  });

  // (Closed and edge-manifold at low and high: periphery.test.ts.)
});
