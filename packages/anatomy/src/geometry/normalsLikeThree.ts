import { BufferAttribute, type BufferGeometry } from 'three';

/**
 * three's BufferGeometry.computeVertexNormals for an indexed mesh, bit for bit, without its per-vertex
 * Vector3 round trips: per face (C − B) × (A − B) added to its three corners (float32 sums, all three
 * corners read before any is written), then each normal scaled by 1 / its length (0-length stays 0).
 */
export function vertexNormalsLikeThree(P: ArrayLike<number>, nv: number, I: ArrayLike<number>): Float32Array {
  const N = new Float32Array(nv * 3);
  for (let i = 0; i < I.length; i += 3) {
    const a = I[i]! * 3, b = I[i + 1]! * 3, c = I[i + 2]! * 3;
    const bx = P[b]!, by = P[b + 1]!, bz = P[b + 2]!;
    const cbx = P[c]! - bx, cby = P[c + 1]! - by, cbz = P[c + 2]! - bz;
    const abx = P[a]! - bx, aby = P[a + 1]! - by, abz = P[a + 2]! - bz;
    const x = cby * abz - cbz * aby, y = cbz * abx - cbx * abz, z = cbx * aby - cby * abx;
    const ax0 = N[a]! + x, ay0 = N[a + 1]! + y, az0 = N[a + 2]! + z;
    const bx0 = N[b]! + x, by0 = N[b + 1]! + y, bz0 = N[b + 2]! + z;
    const cx0 = N[c]! + x, cy0 = N[c + 1]! + y, cz0 = N[c + 2]! + z;
    N[a] = ax0; N[a + 1] = ay0; N[a + 2] = az0;
    N[b] = bx0; N[b + 1] = by0; N[b + 2] = bz0;
    N[c] = cx0; N[c + 1] = cy0; N[c + 2] = cz0;
  }
  for (let i = 0; i < nv * 3; i += 3) {
    const x = N[i]!, y = N[i + 1]!, z = N[i + 2]!;
    const s = 1 / (Math.sqrt(x * x + y * y + z * z) || 1);
    N[i] = x * s; N[i + 1] = y * s; N[i + 2] = z * s;
  }
  return N;
}

/** Same result as `g.computeVertexNormals()` (falls back to it for non-indexed or interleaved / normalized data). */
export function computeVertexNormalsLikeThree(g: BufferGeometry): void {
  const pos = g.getAttribute('position');
  const idx = g.getIndex();
  if (!pos || !idx || !(pos instanceof BufferAttribute) || pos.normalized || pos.itemSize !== 3 || !(pos.array instanceof Float32Array)) {
    g.computeVertexNormals();
    return;
  }
  const N = vertexNormalsLikeThree(pos.array, pos.count, idx.array);
  const old = g.getAttribute('normal');
  if (old instanceof BufferAttribute && old.count === pos.count && old.itemSize === 3 && old.array instanceof Float32Array && !old.normalized) {
    (old.array as Float32Array).set(N);
    old.needsUpdate = true;
  } else {
    g.setAttribute('normal', new BufferAttribute(N, 3));
  }
}
