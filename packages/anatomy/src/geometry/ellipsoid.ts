import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { finishMesh, rawBuffers, type RawMesh } from './raw';
import { readVec3 } from './vec';

/**
 * A closed ellipsoid around `c` with half-axes along the unit vectors u, v, w (w is the pole axis).
 * Poles are closed by the loft's caps, so it stays watertight.
 */
export function ellipsoid(c: Vec3, u: Vec3, v: Vec3, w: Vec3, r: Vec3, segments: number): BufferGeometry {
  return finishMesh(ellipsoidRaw(c, u, v, w, r, segments));
}

/** The inputs as 15 numbers, read into scalars right away (a fresh one per blob was an off-heap buffer). */
const ellipsoidScratch = new Float64Array(15);

export function ellipsoidRaw(c: Vec3, u: Vec3, v0: Vec3, w: Vec3, r: Vec3, segments: number): RawMesh {
  // Keep (u, v, w) right-handed so the rings run counter-clockwise about w (outward faces).
  const cr = [u[1] * v0[2] - u[2] * v0[1], u[2] * v0[0] - u[0] * v0[2], u[0] * v0[1] - u[1] * v0[0]];
  const v: Vec3 = cr[0]! * w[0] + cr[1]! * w[1] + cr[2]! * w[2] < 0 ? [-v0[0], -v0[1], -v0[2]] : v0;
  // Read once through the shared reader (callers pass arrays of every element kind).
  const V = ellipsoidScratch;
  readVec3(V, 0, c); readVec3(V, 3, u); readVec3(V, 6, v); readVec3(V, 9, w); readVec3(V, 12, r);
  const c0 = V[0]!, c1 = V[1]!, c2 = V[2]!, u0 = V[3]!, u1 = V[4]!, u2 = V[5]!, v0x = V[6]!, v1 = V[7]!, v2 = V[8]!;
  const w0 = V[9]!, w1 = V[10]!, w2 = V[11]!, r0 = V[12]!, r1 = V[13]!, r2 = V[14]!;
  const stacks = Math.max(3, Math.round(segments / 2));
  const n = segments;
  const rings = stacks - 1;
  const { positions, indices } = rawBuffers((rings * n + 2) * 3, (rings - 1) * n * 6 + n * 6);
  let o = 0, q = 0;
  for (let s = 1; s < stacks; s++) {
    const phi = -Math.PI / 2 + (s / stacks) * Math.PI;
    const cz = Math.sin(phi) * r2, k = Math.cos(phi);
    for (let i = 0; i < n; i++) {
      const t = (i / n) * Math.PI * 2;
      const a = Math.cos(t) * r0 * k, b = Math.sin(t) * r1 * k;
      positions[o++] = c0 + u0 * a + v0x * b + w0 * cz;
      positions[o++] = c1 + u1 * a + v1 * b + w1 * cz;
      positions[o++] = c2 + u2 * a + v2 * b + w2 * cz;
    }
  }
  for (let ring = 0; ring < rings - 1; ring++) {
    const a0 = ring * n, b0 = (ring + 1) * n;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      indices[q++] = a0 + i; indices[q++] = a0 + j; indices[q++] = b0 + j;
      indices[q++] = a0 + i; indices[q++] = b0 + j; indices[q++] = b0 + i;
    }
  }
  const south = o / 3, north = south + 1;
  positions[o++] = c0 - w0 * r2; positions[o++] = c1 - w1 * r2; positions[o++] = c2 - w2 * r2;
  positions[o++] = c0 + w0 * r2; positions[o++] = c1 + w1 * r2; positions[o++] = c2 + w2 * r2;
  const top = (rings - 1) * n;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    indices[q++] = south; indices[q++] = j; indices[q++] = i;
    indices[q++] = north; indices[q++] = top + i; indices[q++] = top + j;
  }
  return { positions, indices };
}
