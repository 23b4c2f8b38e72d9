import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { loftRings, superellipseRing } from './loft';
import { cross, distance, dot, normalize, perpendicular, sub } from './vec';

export interface TubeOptions {
  /** Radius (or [width, height] half-axes) at parameter t ∈ [0, 1] along the path. */
  radius: number | ((t: number) => number | [number, number]);
  radial: number;
  /** Superellipse exponent of the cross-section (2 = ellipse). */
  exponent?: number;
  /** Preferred direction for the cross-section's second axis (kept perpendicular to the path). */
  up?: Vec3;
}

/**
 * A closed tube swept along a polyline with rotation-minimising frames. Ends are capped, so the result
 * is watertight. Use it for nerves, processes, ribs and anything long and round.
 */
export function tubeAlong(path: readonly Vec3[], options: TubeOptions): BufferGeometry {
  if (path.length < 2) throw new Error('tubeAlong needs at least 2 points');
  const { radial, exponent = 2 } = options;
  const radiusAt = typeof options.radius === 'number' ? () => options.radius as number : options.radius;
  const lengths = [0];
  for (let i = 1; i < path.length; i++) lengths.push(lengths[i - 1]! + distance(path[i - 1]!, path[i]!));
  const total = lengths[lengths.length - 1] || 1;
  const tangents = path.map((_, i) => normalize(sub(path[Math.min(i + 1, path.length - 1)]!, path[Math.max(i - 1, 0)]!)));
  let v: Vec3 = options.up ? options.up : perpendicular(tangents[0]!);
  const rings: Vec3[][] = [];
  for (let i = 0; i < path.length; i++) {
    const t = tangents[i]!;
    // Project the running "up" onto the plane of this tangent (a discrete rotation-minimising frame).
    v = normalize(sub(v, [t[0] * dot(v, t), t[1] * dot(v, t), t[2] * dot(v, t)]));
    if (!Number.isFinite(v[0])) v = perpendicular(t);
    const u = normalize(cross(v, t));
    const r = radiusAt(lengths[i]! / total);
    const [ru, rv] = typeof r === 'number' ? [r, r] : r;
    rings.push(superellipseRing(path[i]!, u, v, ru, rv, radial, exponent));
  }
  return loftRings(rings);
}

/** Resamples a polyline so that consecutive points are at most `step` apart (keeps the originals). */
export function densify(path: readonly Vec3[], step: number): Vec3[] {
  const out: Vec3[] = [path[0]!];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!, b = path[i]!;
    const n = Math.max(1, Math.ceil(distance(a, b) / step));
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n, a[2] + ((b[2] - a[2]) * k) / n]);
  }
  return out;
}

/** Catmull-Rom through control points, `perSegment` samples between each pair. */
export function smoothPath(points: readonly Vec3[], perSegment: number): Vec3[] {
  if (points.length < 3) return densify(points, Infinity).length ? [...points] : [];
  const out: Vec3[] = [];
  const P = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = P(i - 1), p1 = P(i), p2 = P(i + 1), p3 = P(i + 2);
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment, t2 = t * t, t3 = t2 * t;
      const f = (k: 0 | 1 | 2) => 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3);
      out.push([f(0), f(1), f(2)]);
    }
  }
  out.push(points[points.length - 1]!);
  return out;
}
