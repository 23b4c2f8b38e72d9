// periphery/mesh.ts computes each normal once: closedLoft leaves them to `outward`, and a merge copies the
// parts' own. The result must stay what three's computeVertexNormals gives the final mesh, bit for bit.
import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry } from 'three';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { closedLoft, ellipseRing, mergeGeometries, sheet } from '../src/periphery/mesh';
import type { Vec3 } from '../src/types';

function threeNormals(g: BufferGeometry): Float32Array {
  const copy = new BufferGeometry();
  copy.setAttribute('position', new BufferAttribute((g.getAttribute('position').array as Float32Array).slice(), 3));
  copy.setIndex(new BufferAttribute(g.getIndex()!.array.slice(), 1));
  copy.computeVertexNormals();
  return copy.getAttribute('normal').array as Float32Array;
}

const rings = (z0: number, n: number): Vec3[][] => [0, 1, 2, 3].map((k) => ellipseRing([1, 2, z0 + k * 4], [1, 0, 0], [0, 1, 0], 5 + k, 3 + k * 0.5, n));

describe('periphery meshes: normals computed once', () => {
  it('closedLoft has three\'s normals of its final winding', () => {
    // Rings running down (clockwise seen from their end) make a loft that outward() must turn.
    for (const g of [closedLoft(rings(0, 12)), closedLoft(rings(0, 12).reverse())]) {
      expect(Array.from(g.getAttribute('normal').array)).toEqual(Array.from(threeNormals(g)));
    }
  });

  it('a merge of lofts, a sheet, an ellipsoid (other normals) and an earlier merge has three\'s normals of the whole', () => {
    const a = closedLoft(rings(0, 10));
    const b = sheet([[0, 0, 0], [10, 0, 0], [20, 0, 0]], [[0, 5, 2], [10, 6, 2], [20, 5, 2]], [[0, 10, 0], [10, 10, 0], [20, 10, 0]], () => 2, 4, [0, 0, 1]);
    const c = ellipsoid([30, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [4, 3, 2], 10);
    const inner = mergeGeometries([closedLoft(rings(20, 8)), ellipsoid([0, 0, 40], [1, 0, 0], [0, 0, 1], [0, -1, 0], [2, 2, 3], 8)]);
    const out = mergeGeometries([a, b, c, inner]);
    const n = out.getAttribute('normal').array as Float32Array;
    expect(n.length).toBe(out.getAttribute('position').array.length);
    expect(Array.from(n)).toEqual(Array.from(threeNormals(out)));
  });
});
