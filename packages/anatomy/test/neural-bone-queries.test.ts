// Bone queries of the neural builder (neural/boneContact.ts): the same answers with or without a build-scoped
// store of query structures, on a small mesh (linear scan) and on a large one (grid).
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { firstHit, insideAny, keepOffBone, settleOnBone, withBoneQueries } from '../src/neural/boneContact';
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
  for (const [label, segments] of [['small mesh', 12], ['large mesh (grid)', 48]] as const) {
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
});
