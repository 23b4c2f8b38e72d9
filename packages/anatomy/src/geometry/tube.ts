import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { superellipseRing } from './loft';
import { finishMesh, loftRaw } from './raw';
import { cross, distance, dot, normalize, perpendicular, sub } from './vec';

export interface TubeOptions {
  /** Radius (or [width, height] half-axes) at parameter t ∈ [0, 1] along the path. */
  radius: number | ((t: number) => number | [number, number]);
  radial: number;
  /** Superellipse exponent of the cross-section (2 = ellipse). */
  exponent?: number;
  /** Preferred direction for the cross-section's second axis (kept perpendicular to the path). */
  up?: Vec3;
  /**
   * Compute vertex normals (default true). False gives positions and index only, for a tube that only goes
   * into a merge or a caller that recomputes normals anyway (saves their accumulation and an array).
   */
  normals?: boolean;
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
  return finishMesh(loftRaw(rings), undefined, options.normals ?? true);
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
  const n = points.length;
  const out: Vec3[] = [];
  for (let i = 0; i < n - 1; i++) {
    const p0 = points[i > 0 ? i - 1 : 0]!, p1 = points[i]!, p2 = points[i + 1]!, p3 = points[i + 2 < n ? i + 2 : n - 1]!;
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment, t2 = t * t, t3 = t2 * t;
      out.push([
        catmullRom(p0[0], p1[0], p2[0], p3[0], t, t2, t3),
        catmullRom(p0[1], p1[1], p2[1], p3[1], t, t2, t3),
        catmullRom(p0[2], p1[2], p2[2], p3[2], t, t2, t3),
      ]);
    }
  }
  out.push(points[n - 1]!);
  return out;
}

/** One coordinate of the uniform Catmull-Rom segment p1→p2 at t (t2 = t², t3 = t³). */
function catmullRom(p0: number, p1: number, p2: number, p3: number, t: number, t2: number, t3: number): number {
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
}
