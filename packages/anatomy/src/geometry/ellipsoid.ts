import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { loftRings } from './loft';

/**
 * A closed ellipsoid around `c` with half-axes along the unit vectors u, v, w (w is the pole axis).
 * Poles are closed by the loft's caps, so it stays watertight.
 */
export function ellipsoid(c: Vec3, u: Vec3, v: Vec3, w: Vec3, r: Vec3, segments: number): BufferGeometry {
  const rings: Vec3[][] = [];
  const stacks = Math.max(4, Math.round(segments / 2));
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
  return loftRings(rings, { startApex: pole(-1), endApex: pole(1) });
}
