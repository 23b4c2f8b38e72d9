/**
 * The C2 transverse process: small, pointing down and out from under the lateral mass, its root a ring
 * round the foramen transversarium (the vertebral artery turns out under the superior facet here).
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { outward } from '../geometry/outward';
import { loftLoop, sectionRing } from '../geometry/sweep';
import { normalize } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import { bar } from './primitives';
import type { LocalJoint, Tess } from './parts';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

/** Centre and radius of the C2 foramen transversarium (local), under the lateral part of the superior facet. */
export function axisForamen(L: VertebraLayout, side: Side, j: LocalJoint): { centre: Vec3; radius: number } {
  const s = sideSign(side);
  return { centre: [s * (L.W / 2 + 12), j.centre[1] + 2, j.centre[2] - 11.5], radius: 2.4 };
}

export function axisTransverseProcess(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  const s = sideSign(side);
  const { centre: fc, radius: fr } = axisForamen(L, side, j);
  const bt = 1.7, R = fr + bt;
  const n = Math.max(8, tess.part + 2);
  const rings: Vec3[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const c: Vec3 = [fc[0] + Math.cos(a) * R, fc[1] + Math.sin(a) * R, fc[2] - 0.8 * Math.max(0, s * Math.cos(a))];
    rings.push(sectionRing({ c, u: normalize([Math.cos(a), Math.sin(a), 0]), v: [0, 0, 1], a: bt, b: bt * 1.5, exponent: 2.2 }, Math.max(6, Math.round(tess.part * 0.75))));
  }
  const root: Vec3 = [fc[0] + s * R * 0.7, fc[1] + 0.5, fc[2] - 0.8];
  const tip: Vec3 = [fc[0] + s * (R + 2.2), fc[1] + 1, fc[2] - 3.2];
  return mergeRaw([
    outward(loftLoop(rings)),
    // Down and out to a small blunt tip (no separate tubercles at C2).
    bar([root, [(root[0] + tip[0]) / 2, (root[1] + tip[1]) / 2, (root[2] + tip[2]) / 2 + 0.3], tip], [0, 0, 1],
      (t) => [2.3 - 0.3 * t, 2.5 - 0.3 * t], tess.part, 2.3, [0.5, 1.2]),
  ]);
}
