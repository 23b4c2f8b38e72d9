// Bone queries of the neural builder (neural/boneContact.ts): the same answers with or without a build-scoped
// store of query structures, on a small mesh and on a large one (2,208 triangles).
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { boneSet, firstHit, insideAny, keepOffBone, pushOut, settleOnBone, withBoneQueries } from '../src/neural/boneContact';
import { roundTube, signedVolume, spindle } from '../src/neural/mesh';
import type { Vec3 } from '../src/types';

const ball = (r: number, segments: number): BufferGeometry => ellipsoid([0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [r, r, r], segments);

function answers(g: BufferGeometry) {
  const meshes = [g];
  return {
    hit: firstHit([0, 0, -40], [0, 0, 1], meshes, 80),
    inside: insideAny([1, 2, 3], meshes),
    outside: insideAny([0, 0, 25], meshes),
    off: keepOffBone([0, 0, 5], [0, 0, 1], meshes, 1),
    settled: settleOnBone([0, 0, 23], meshes, 1, 8),
  };
}

describe('bone queries', () => {
  for (const [label, segments] of [['small mesh', 12], ['large mesh', 48]] as const) {
    it(`answer by the surface of a ball (${label}), the same inside and outside a query scope`, () => {
      const g = ball(20, segments);
      const free = answers(g);
      const scoped = withBoneQueries(() => answers(g));
      expect(scoped).toEqual(free);
      // The ray enters the ball about 20 mm before its centre; the point 5 mm from the centre leaves it upward.
      expect(free.hit).toBeGreaterThan(19);
      expect(free.hit).toBeLessThan(21);
      expect(free.inside).toBe(true);
      expect(free.outside).toBe(false);
      expect(free.off[2]).toBeGreaterThan(20);
      expect(free.off[2]).toBeLessThan(22);
      // Settled 1 mm off the surface from 3 mm outside it.
      const r = Math.hypot(...(free.settled as Vec3));
      expect(r).toBeGreaterThan(20.3);
      expect(r).toBeLessThan(21.7);
    });
  }

  it('returns the scoped function\'s value and ends the scope when it throws', () => {
    const g = ball(10, 12);
    expect(withBoneQueries(() => 42)).toBe(42);
    expect(() => withBoneQueries(() => { throw new Error('inside'); })).toThrow('inside');
    expect(firstHit([0, 0, -20], [0, 0, 1], [g], 40)).toBeGreaterThan(9);
  });

  it('answers the same through a prepared bone set as through the plain list (missing parts skipped)', () => {
    const shift = (g: BufferGeometry, dx: number) => { g.translate(dx, 0, 0); return g; };
    const list = [ball(10, 12), undefined, shift(ball(8, 48), 30)];
    const set = boneSet(list);
    expect(set.meshes).toHaveLength(2);
    const probes: Vec3[] = [[0, 0, -30], [30, 0, -30], [15, 0, 0], [29, 1, 2], [2, 3, 9.5]];
    for (const p of probes) {
      expect(firstHit(p, [0, 0, 1], set, 60)).toEqual(firstHit(p, [0, 0, 1], list, 60));
      expect(insideAny(p, set)).toBe(insideAny(p, list));
      expect(keepOffBone(p, [0, 0, 1], set, 1)).toEqual(keepOffBone(p, [0, 0, 1], list, 1));
      expect(settleOnBone(p, set, 1, 8)).toEqual(settleOnBone(p, list, 1, 8));
      expect(pushOut(p, [[0, 0, 1], [1, 0, 0]], set)).toEqual(pushOut(p, [[0, 0, 1], [1, 0, 0]], list));
    }
    // A ray far longer than the mesh finds the same first crossing as a short one.
    expect(firstHit([0, 0, -12], [0, 0, 1], set, 500)).toBeCloseTo(firstHit([0, 0, -12], [0, 0, 1], set, 5)!, 9);
  });

  it('answers the same inside a query scope, where rays in the midline (x = 0) use only the triangles that cross it', () => {
    const g = ball(20, 48);
    const queries = () => ({
      // In the midline slab (x = 0): a ray along z.
      midline: firstHit([0, 0, -40], [0, 0, 1], [g], 80),
      beside: firstHit([2, 1, -40], [0, 0, 1], [g], 80),
      // Off the midline: settled onto the surface, inside tests, out along ±x.
      settled: settleOnBone([12, 3, 14], [g], 1, 8),
      inside: insideAny([6, 2, 3], [g]),
      outRight: keepOffBone([6, 0, 5], [1, 0, 0], [g], 1),
      outLeft: keepOffBone([6, 0, 5], [-1, 0, 0], [g], 1, 40),
      pushed: pushOut([3, 1, 2], [[-1, 0, 0]], [g]),
    });
    const free = queries();
    expect(withBoneQueries(queries)).toEqual(free);
    expect(free.outLeft[0]).toBeLessThan(-19);
    expect(free.pushed[0]).toBeLessThan(-19);
    expect(free.midline).toBeGreaterThan(19);
    expect(free.beside).toBeGreaterThan(19);
    expect(free.inside).toBe(true);
  });

  it('nerve tubes and ganglia wind outward by construction (positive signed volume), also round a tight bend', () => {
    const bend: Vec3[] = [[0, 0, 0], [5, 0, 0], [7, 2, 0], [7, 6, 1], [4, 8, 3], [0, 8, 6]];
    for (const radial of [5, 8, 10]) expect(signedVolume(roundTube(bend, () => 0.8, radial))).toBeGreaterThan(0);
    for (const axis of [[0, 0, 1], [1, 0, 0], [0.3, -0.9, 0.2], [0, 1, 0]] as Vec3[]) {
      expect(signedVolume(spindle([1, 2, 3], axis, [6, 3, 2], 10))).toBeGreaterThan(0);
      expect(signedVolume(spindle([1, 2, 3], axis, [6, 3, 2], 10, [1, 0, 0]))).toBeGreaterThan(0);
    }
  });
});
