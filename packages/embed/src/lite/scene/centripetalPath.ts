import { Matrix4, Vector3 } from 'three';

/** What the tube builder and the lead contacts read from a path. */
export interface SmoothPath {
  /** Point at `u` of the arc length (0…1). */
  getPointAt(u: number, out?: Vector3): Vector3;
  /** Unit tangent at `u` of the arc length. */
  getTangentAt(u: number, out?: Vector3): Vector3;
  getLength(): number;
  /** Parallel-transported frames at `segments + 1` evenly spaced stations (Bishop frames, no twist). */
  computeFrenetFrames(segments: number): { tangents: Vector3[]; normals: Vector3[]; binormals: Vector3[] };
}

/** Arc-length samples, as three's Curve takes them (200 divisions). */
const DIVISIONS = 200;

/** One coordinate of a centripetal Catmull-Rom segment between x1 and x2 (non-uniform knot spacing dt0…dt2). */
function segment(x0: number, x1: number, x2: number, x3: number, dt0: number, dt1: number, dt2: number, w: number): number {
  const t1 = ((x1 - x0) / dt0 - (x2 - x0) / (dt0 + dt1) + (x2 - x1) / dt1) * dt1;
  const t2 = ((x2 - x1) / dt1 - (x3 - x1) / (dt1 + dt2) + (x3 - x2) / dt2) * dt1;
  const c2 = -3 * x1 + 3 * x2 - 2 * t1 - t2;
  const c3 = 2 * x1 - 2 * x2 + t1 + t2;
  const w2 = w * w;
  const w3 = w2 * w;
  return x1 + t1 * w + c2 * w2 + c3 * w3;
}

/**
 * An open centripetal Catmull-Rom curve through `points`, computing what `new CatmullRomCurve3(points)` computes
 * (same points, arc-length mapping, tangents and frames, to the last bit in the cases the parity test checks)
 * without three's Curve classes, which the embed would otherwise ship for two tubes (1.7 KiB gzip).
 */
export function centripetalPath(points: readonly Vector3[]): SmoothPath {
  const l = points.length;
  const before = new Vector3();
  const after = new Vector3();
  const getPoint = (t: number, out = new Vector3()): Vector3 => {
    const p = (l - 1) * t;
    let i = Math.floor(p);
    let w = p - i;
    if (w === 0 && i === l - 1) {
      i = l - 2;
      w = 1;
    }
    // The ends are extended by mirroring the neighbouring point.
    const p0 = i > 0 ? points[i - 1]! : before.subVectors(points[0]!, points[1]!).add(points[0]!);
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = i + 2 < l ? points[i + 2]! : after.subVectors(points[l - 1]!, points[l - 2]!).add(points[l - 1]!);
    let dt0 = Math.pow(p0.distanceToSquared(p1), 0.25);
    let dt1 = Math.pow(p1.distanceToSquared(p2), 0.25);
    let dt2 = Math.pow(p2.distanceToSquared(p3), 0.25);
    // Repeated points.
    if (dt1 < 1e-4) dt1 = 1.0;
    if (dt0 < 1e-4) dt0 = dt1;
    if (dt2 < 1e-4) dt2 = dt1;
    return out.set(
      segment(p0.x, p1.x, p2.x, p3.x, dt0, dt1, dt2, w),
      segment(p0.y, p1.y, p2.y, p3.y, dt0, dt1, dt2, w),
      segment(p0.z, p1.z, p2.z, p3.z, dt0, dt1, dt2, w),
    );
  };

  const lengths: number[] = [0];
  let last = getPoint(0);
  for (let k = 1; k <= DIVISIONS; k++) {
    const current = getPoint(k / DIVISIONS);
    lengths.push(lengths[k - 1]! + current.distanceTo(last));
    last = current;
  }

  /** Curve parameter t at a fraction u of the arc length (binary search, then linear between samples). */
  const uToT = (u: number): number => {
    const target = u * lengths[DIVISIONS]!;
    let low = 0;
    let high = DIVISIONS;
    while (low <= high) {
      const i = Math.floor(low + (high - low) / 2);
      const d = lengths[i]! - target;
      if (d < 0) low = i + 1;
      else if (d > 0) high = i - 1;
      else {
        high = i;
        break;
      }
    }
    if (lengths[high] === target) return high / DIVISIONS;
    return (high + (target - lengths[high]!) / (lengths[high + 1]! - lengths[high]!)) / DIVISIONS;
  };

  const getTangentAt = (u: number, out = new Vector3()): Vector3 => {
    const t = uToT(u);
    const a = getPoint(Math.max(0, t - 0.0001));
    const b = getPoint(Math.min(1, t + 0.0001));
    return out.copy(b).sub(a).normalize();
  };

  return {
    getPointAt: (u, out) => getPoint(uToT(u), out),
    getTangentAt,
    getLength: () => lengths[DIVISIONS]!,
    computeFrenetFrames(segments) {
      const tangents: Vector3[] = [];
      for (let i = 0; i <= segments; i++) tangents.push(getTangentAt(i / segments));
      // The first normal is perpendicular to the first tangent, toward its smallest component.
      const t0 = tangents[0]!;
      const ax = Math.abs(t0.x), ay = Math.abs(t0.y), az = Math.abs(t0.z);
      const axis = az <= Math.min(ax, ay) ? new Vector3(0, 0, 1) : ay <= ax ? new Vector3(0, 1, 0) : new Vector3(1, 0, 0);
      const vec = new Vector3().crossVectors(t0, axis).normalize();
      const normals = [new Vector3().crossVectors(t0, vec)];
      const binormals = [new Vector3().crossVectors(t0, normals[0]!)];
      const turn = new Matrix4();
      for (let i = 1; i <= segments; i++) {
        const n = normals[i - 1]!.clone();
        vec.crossVectors(tangents[i - 1]!, tangents[i]!);
        if (vec.length() > Number.EPSILON) {
          vec.normalize();
          const theta = Math.acos(Math.min(1, Math.max(-1, tangents[i - 1]!.dot(tangents[i]!))));
          n.applyMatrix4(turn.makeRotationAxis(vec, theta));
        }
        normals.push(n);
        binormals.push(new Vector3().crossVectors(tangents[i]!, n));
      }
      return { tangents, normals, binormals };
    },
  };
}
