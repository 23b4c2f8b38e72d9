import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { finishMesh, loftRaw, type RawMesh } from './raw';

/**
 * A closed ellipsoid around `c` with half-axes along the unit vectors u, v, w (w is the pole axis).
 * Poles are closed by the loft's caps, so it stays watertight.
 */
export function ellipsoid(c: Vec3, u: Vec3, v: Vec3, w: Vec3, r: Vec3, segments: number): BufferGeometry {
  return finishMesh(ellipsoidRaw(c, u, v, w, r, segments));
}

export function ellipsoidRaw(c: Vec3, u: Vec3, v0: Vec3, w: Vec3, r: Vec3, segments: number): RawMesh {
  // Keep (u, v, w) right-handed so the rings run counter-clockwise about w (outward faces).
  const cr = [u[1] * v0[2] - u[2] * v0[1], u[2] * v0[0] - u[0] * v0[2], u[0] * v0[1] - u[1] * v0[0]];
  const v: Vec3 = cr[0]! * w[0] + cr[1]! * w[1] + cr[2]! * w[2] < 0 ? [-v0[0], -v0[1], -v0[2]] : v0;
  const rings: Vec3[][] = [];
  const stacks = Math.max(3, Math.round(segments / 2));
  for (let s = 1; s < stacks; s++) {
    const phi = -Math.PI / 2 + (s / stacks) * Math.PI;
    const cz = Math.sin(phi) * r[2], k = Math.cos(phi);
    const ring: Vec3[] = [];
    for (let i = 0; i < segments; i++) {
      const t = (i / segments) * Math.PI * 2;
      const a = Math.cos(t) * r[0] * k, b = Math.sin(t) * r[1] * k;
      ring.push([c[0] + u[0] * a + v[0] * b + w[0] * cz, c[1] + u[1] * a + v[1] * b + w[1] * cz, c[2] + u[2] * a + v[2] * b + w[2] * cz]);
    }
    rings.push(ring);
  }
  const pole = (sgn: number): Vec3 => [c[0] + w[0] * r[2] * sgn, c[1] + w[1] * r[2] * sgn, c[2] + w[2] * r[2] * sgn];
  return loftRaw(rings, { startApex: pole(-1), endApex: pole(1) });
}
