import { describe, expect, it } from 'vitest';
import { BufferGeometry } from 'three';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { levelAbove, levelBelow } from '../src/levels';
import { QUALITY } from '../src/quality';
import { boneTess, jointInPose } from '../src/bones/buildVertebrae';
import { inferiorArticularProcess, lamina, pedicle, superiorArticularProcess, toPose, transverseProcess } from '../src/bones/parts';
import { vertebraLayout } from '../src/bones/vertebraGeometry';
import { mirrorGeometry, rightTwinId } from '../src/build/mirror';
import { buildBones } from './helpers/bones';

/** Largest distance from a vertex of `a` to the nearest vertex of `b` (both as vertex sets). */
function setDistance(a: BufferGeometry, b: BufferGeometry): number {
  const A = a.getAttribute('position').array, B = b.getAttribute('position').array;
  let worst = 0;
  for (let i = 0; i < A.length; i += 3) {
    let best = Infinity;
    for (let j = 0; j < B.length; j += 3) {
      const d = (A[i]! - B[j]!) ** 2 + (A[i + 1]! - B[j + 1]!) ** 2 + (A[i + 2]! - B[j + 2]!) ** 2;
      if (d < best) best = d;
    }
    worst = Math.max(worst, Math.sqrt(best));
  }
  return worst;
}

/** Signed volume of a closed mesh (positive when its triangles face outward). */
function signedVolume(g: BufferGeometry): number {
  const P = g.getAttribute('position').array, I = g.getIndex()!.array;
  let v = 0;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3;
    v += P[a]! * (P[b + 1]! * P[c + 2]! - P[b + 2]! * P[c + 1]!) - P[a + 1]! * (P[b]! * P[c + 2]! - P[b + 2]! * P[c]!) + P[a + 2]! * (P[b]! * P[c + 1]! - P[b + 1]! * P[c]!);
  }
  return v / 6;
}

describe('bilateral symmetry of the bones (right parts are built as mirrored left parts)', () => {
  const m = buildBones('medium');

  it('every right bone and joint is its left twin reflected in x = 0, facing outward', () => {
    const lefts = m.structures.filter((s) => s.side === 'left');
    expect(lefts.length).toBeGreaterThan(150);
    for (const l of lefts) {
      const r = m.get(rightTwinId(l.id));
      expect(r.side).toBe('right');
      expect(r.name.replace('right', 'left')).toBe(l.name);
      const P = l.geometry.getAttribute('position').array, Q = r.geometry.getAttribute('position').array;
      expect(Q.length).toBe(P.length);
      for (let i = 0; i < P.length; i += 3) {
        if (Q[i] !== -P[i]! || Q[i + 1] !== P[i + 1] || Q[i + 2] !== P[i + 2]) throw new Error(`${r.id}: vertex ${i / 3} is not the mirror of ${l.id}'s`);
      }
      const vl = signedVolume(l.geometry), vr = signedVolume(r.geometry);
      expect(vr, r.id).toBeCloseTo(vl, 3);
      expect(vr, r.id).toBeGreaterThan(0);
    }
  });

  it('the side-parametrised part builders are themselves symmetric: building "right" gives the mirrored left part', () => {
    // What the mirroring relies on; a side-sign slip in a part builder makes these differ by millimetres.
    const frame = computeSpineFrame();
    const tess = boneTess(QUALITY.medium);
    for (const level of ['C5', 'T6', 'L4'] as const) {
      const L = vertebraLayout(frame, level);
      const parts = (side: 'left' | 'right') => {
        const joints = L.region === 'lumbar'
          ? { sap: jointInPose(frame, `${levelAbove(level)}-${level}`, side, L.pose), iap: jointInPose(frame, `${level}-${levelBelow(level)!}`, side, L.pose) }
          : undefined;
        const sap = jointInPose(frame, `${levelAbove(level)}-${level}`, side, L.pose);
        const iap = jointInPose(frame, `${level}-${levelBelow(level)!}`, side, L.pose);
        return {
          pedicle: pedicle(L, side, tess), lamina: lamina(L, side, tess, joints), transverse: transverseProcess(L, side, tess),
          ...(L.region === 'cervical' ? {} : { sap: superiorArticularProcess(L, side, sap, tess), iap: inferiorArticularProcess(L, side, iap, tess) }),
        };
      };
      const left = parts('left'), right = parts('right');
      for (const name of Object.keys(left) as (keyof typeof left)[]) {
        const mirrored = mirrorGeometry(toPose(left[name]!, L.pose));
        const direct = toPose(right[name]!, L.pose);
        expect(setDistance(direct, mirrored), `${level} ${name}`).toBeLessThan(0.01);
      }
    }
  });
});
