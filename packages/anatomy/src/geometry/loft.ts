import type { BufferGeometry } from 'three';
import { finishMesh, loftRaw } from './raw';
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
  return finishMesh(loftRaw(rings, options));
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
  const unit = unitRing(segments, exponent, phase);
  const out: Vec3[] = [];
  for (let i = 0; i < segments; i++) {
    const a = unit[i * 2]! * ru;
    const b = unit[i * 2 + 1]! * rv;
    out.push([c[0] + u[0] * a + v[0] * b, c[1] + u[1] * a + v[1] * b, c[2] + u[2] * a + v[2] * b]);
  }
  return out;
}

/** Pure numbers, shared by every model: a ring's powers are the costly part of a loft through many rings. */
const unitRings = new Map<number, Map<number, Map<number, Float64Array>>>();

/** The unit superellipse (sign·|cos t|^(2/e), sign·|sin t|^(2/e)) at the ring's angles, computed once per shape. */
function unitRing(segments: number, exponent: number, phase: number): Float64Array {
  // Number keys (segments, exponent, phase): a lookup per ring builds no string.
  let bySegments = unitRings.get(segments);
  if (!bySegments) { bySegments = new Map(); unitRings.set(segments, bySegments); }
  let byExponent = bySegments.get(exponent);
  if (!byExponent) { byExponent = new Map(); bySegments.set(exponent, byExponent); }
  let unit = byExponent.get(phase);
  if (!unit) {
    unit = new Float64Array(segments * 2);
    const e = 2 / exponent;
    for (let i = 0; i < segments; i++) {
      const t = phase + (i / segments) * Math.PI * 2;
      const ct = Math.cos(t), st = Math.sin(t);
      unit[i * 2] = Math.sign(ct) * Math.abs(ct) ** e;
      unit[i * 2 + 1] = Math.sign(st) * Math.abs(st) ** e;
    }
    byExponent.set(phase, unit);
  }
  return unit;
}
