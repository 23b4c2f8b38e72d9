// Rays and balls near a bone's box (neural/boneContact.ts answers a query that misses the mesh's box without filing
// the mesh): the first crossing of rays that graze the box, pass just outside it, or hit its faces is the one a
// brute-force pass over every triangle finds, and a ball beyond the box settles nothing.
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { firstHit, settleOnBone, withBoneQueries } from '../src/neural/boneContact';
import type { Vec3 } from '../src/types';

/** First crossing of (p, d) within reach over all triangles (Möller–Trumbore, no culling), or undefined. */
function bruteFirstHit(g: BufferGeometry, p: Vec3, d: Vec3, reach: number): number | undefined {
  const P = g.getAttribute('position').array, I = g.getIndex()!.array;
  let best: number | undefined;
  for (let t = 0; t < I.length; t += 3) {
    const a = I[t]! * 3, b = I[t + 1]! * 3, c = I[t + 2]! * 3;
    const e1 = [P[b]! - P[a]!, P[b + 1]! - P[a + 1]!, P[b + 2]! - P[a + 2]!], e2 = [P[c]! - P[a]!, P[c + 1]! - P[a + 1]!, P[c + 2]! - P[a + 2]!];
    const q = [d[1] * e2[2]! - d[2] * e2[1]!, d[2] * e2[0]! - d[0] * e2[2]!, d[0] * e2[1]! - d[1] * e2[0]!];
    const det = e1[0]! * q[0]! + e1[1]! * q[1]! + e1[2]! * q[2]!;
    if (Math.abs(det) < 1e-9) continue;
    const s = [p[0] - P[a]!, p[1] - P[a + 1]!, p[2] - P[a + 2]!];
    const u = (s[0]! * q[0]! + s[1]! * q[1]! + s[2]! * q[2]!) / det;
    if (u < 0 || u > 1) continue;
    const r = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const v = (d[0] * r[0]! + d[1] * r[1]! + d[2] * r[2]!) / det;
    if (v < 0 || u + v > 1) continue;
    const tt = (e2[0]! * r[0]! + e2[1]! * r[1]! + e2[2]! * r[2]!) / det;
    if (tt >= 0 && tt <= reach && (best === undefined || tt < best)) best = tt;
  }
  return best;
}

describe('queries at the edge of a bone box', () => {
  const g = ellipsoid([3, -2, 5], [1, 0, 0], [0, 1, 0], [0, 0, 1], [6, 4, 9], 16);
  g.computeBoundingBox();
  const { min, max } = g.boundingBox!;

  it('rays along and across the box faces find the first crossing a brute-force pass finds', () => {
    const rays: [Vec3, Vec3][] = [];
    // Along x, in the planes y = box face ± small offsets (just inside, on, just outside), at several heights.
    for (const dy of [-0.02, -0.005, 0, 0.005, 0.02, 1]) {
      for (const z of [min.z + 0.5, 5, max.z - 0.5]) {
        rays.push([[min.x - 10, max.y + dy, z], [1, 0, 0]]);
        rays.push([[min.x - 10, min.y - dy, z], [1, 0, 0]]);
      }
    }
    // Oblique rays through the box and past its corners.
    for (let k = 0; k < 40; k++) {
      const a = (k / 40) * Math.PI * 2;
      const d: Vec3 = [Math.cos(a) * 0.6, Math.sin(a) * 0.6, 0.8];
      rays.push([[3 - d[0] * 30 + Math.sin(k) * 5, -2 - d[1] * 30 + Math.cos(k) * 4, 5 - d[2] * 30], d]);
    }
    let crossings = 0, misses = 0;
    withBoneQueries(() => {
      for (const [p, d] of rays) {
        const want = bruteFirstHit(g, p, d, 60);
        const got = firstHit(p, d, [g], 60);
        if (want === undefined) { expect(got).toBeUndefined(); misses++; } else { expect(got).toBeCloseTo(want, 9); crossings++; }
      }
    });
    expect(crossings).toBeGreaterThan(10);
    expect(misses).toBeGreaterThan(10);
  });

  it('a ball beyond the box leaves a point where it is; one reaching the surface puts it 1 mm off it', () => {
    withBoneQueries(() => {
      const far: Vec3 = [max.x + 5, 0, 5];
      expect(settleOnBone(far, [g], 1, 4)).toBe(far);
      const near: Vec3 = [max.x + 3, -2, 5];
      const q = settleOnBone(near, [g], 1, 4);
      expect(q[0]).toBeCloseTo(max.x + 1, 1);
    });
  });
});
