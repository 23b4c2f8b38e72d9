// The pool the bone-query stores of one scope cut their arrays from (neural/boneTriangles.ts): disjoint views,
// zero-filled floats and bytes, requests larger than a block, a returned tail handed out again, and stores built
// from a pool equal to stores built alone.
import { describe, expect, it } from 'vitest';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { buildTri, StorePool } from '../src/neural/boneTriangles';

describe('bone-query store pool', () => {
  it('hands out disjoint zero-filled views of shared blocks, and its own array for a request above the block size', () => {
    const pool = new StorePool(16);
    const a = pool.floats(6), b = pool.floats(6);
    expect(a.buffer).toBe(b.buffer);
    a.fill(1);
    expect([...b]).toEqual([0, 0, 0, 0, 0, 0]);
    const c = pool.floats(6); // does not fit the 4 left: a new block
    expect(c.buffer).not.toBe(a.buffer);
    expect(pool.floats(40).length).toBe(40);
    const bytes = pool.bytes(10);
    expect([...bytes].every((x) => x === 0)).toBe(true);
  });

  it('hands a returned tail of uints out again', () => {
    const pool = new StorePool(32);
    const u = pool.uints(20);
    pool.returnUints(12);
    const v = pool.uints(12);
    expect(v.buffer).toBe(u.buffer);
    expect(v.byteOffset).toBe(u.byteOffset + 8 * 4);
  });

  it('builds the same store from a pool as alone (whole mesh and an x-window)', () => {
    const g = ellipsoid([1, 2, 3], [1, 0, 0], [0, 1, 0], [0, 0, 1], [10, 7, 5], 24);
    const pool = new StorePool(64);
    for (const [lo, hi] of [[-Infinity, Infinity], [-0.5, 0.5]] as const) {
      const alone = buildTri(g, lo, hi), pooled = buildTri(g, lo, hi, pool);
      expect(pooled.n).toBe(alone.n);
      expect([...pooled.I]).toEqual([...alone.I]);
      expect([...pooled.chunk]).toEqual([...alone.chunk]);
      expect(pooled.min).toEqual(alone.min);
      expect(pooled.max).toEqual(alone.max);
      expect(pooled.box.length).toBe(alone.box.length);
      expect([...pooled.boxed].every((x) => x === 0)).toBe(true);
    }
    expect(buildTri(g, -0.5, 0.5).n).toBeLessThan(buildTri(g).n);
  });
});
