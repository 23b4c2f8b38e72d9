import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { Vec3 } from '../types';

/**
 * A closed (watertight) surface through a sequence of rings. Every ring has the same number of
 * points, ordered counter-clockwise when seen from the end the loft runs toward. The two ends are
 * closed with a fan around the ring centroid, sharing the ring's vertices, so every edge has
 * exactly two faces. Normals are smooth (averaged over shared vertices).
 */
export interface LoftOptions {
  closeStart?: boolean;
  closeEnd?: boolean;
  /** Apex of the start / end cap (defaults to the ring centroid: a flat cap). */
  startApex?: Vec3;
  endApex?: Vec3;
}

export function loftRings(rings: readonly (readonly Vec3[])[], options: LoftOptions = {}): BufferGeometry {
  const { closeStart = true, closeEnd = true } = options;
  const n = rings[0]?.length ?? 0;
  if (rings.length < 2 || n < 3) throw new Error('loftRings needs at least 2 rings of 3 points');
  const positions: number[] = [];
  const index: number[] = [];
  for (const ring of rings) {
    if (ring.length !== n) throw new Error('loftRings: every ring needs the same number of points');
    for (const p of ring) positions.push(p[0], p[1], p[2]);
  }
  for (let r = 0; r < rings.length - 1; r++) {
    const a0 = r * n;
    const b0 = (r + 1) * n;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      index.push(a0 + i, a0 + j, b0 + j, a0 + i, b0 + j, b0 + i);
    }
  }
  const cap = (ringIndex: number, flip: boolean, apex?: Vec3) => {
    const ring = rings[ringIndex]!;
    const c = apex ?? centroid(ring);
    const ci = positions.length / 3;
    positions.push(c[0], c[1], c[2]);
    const base = ringIndex * n;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      if (flip) index.push(ci, base + j, base + i);
      else index.push(ci, base + i, base + j);
    }
  };
  if (closeStart) cap(0, true, options.startApex);
  if (closeEnd) cap(rings.length - 1, false, options.endApex);
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.setIndex(index);
  g.computeVertexNormals();
  return g;
}

export function centroid(points: readonly Vec3[]): Vec3 {
  let x = 0, y = 0, z = 0;
  for (const p of points) { x += p[0]; y += p[1]; z += p[2]; }
  const k = 1 / points.length;
  return [x * k, y * k, z * k];
}

/**
 * Points of a superellipse in the plane spanned by unit vectors `u` and `v` around `c`, counter-clockwise
 * from +u toward +v. `exponent` 2 is an ellipse; larger values square the shape off (a vertebral body ≈ 2.5).
 */
export function superellipseRing(c: Vec3, u: Vec3, v: Vec3, ru: number, rv: number, segments: number, exponent = 2, phase = 0): Vec3[] {
  const out: Vec3[] = [];
  const e = 2 / exponent;
  for (let i = 0; i < segments; i++) {
    const t = phase + (i / segments) * Math.PI * 2;
    const ct = Math.cos(t), st = Math.sin(t);
    const a = Math.sign(ct) * Math.abs(ct) ** e * ru;
    const b = Math.sign(st) * Math.abs(st) ** e * rv;
    out.push([c[0] + u[0] * a + v[0] * b, c[1] + u[1] * a + v[1] * b, c[2] + u[2] * a + v[2] * b]);
  }
  return out;
}
