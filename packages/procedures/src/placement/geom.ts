import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';

// --- vectors (plain tuples: placements are data) ------------------------------------------------

export const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const len = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const dist = (a: Vec3, b: Vec3): number => len(sub(a, b));
export const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
export function norm(a: Vec3): Vec3 {
  const l = len(a);
  return l > 1e-12 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0];
}
export const round = (a: Vec3, digits = 3): Vec3 => {
  const f = 10 ** digits;
  return [Math.round(a[0] * f) / f, Math.round(a[1] * f) / f, Math.round(a[2] * f) / f];
};

/** Rotates `v` about unit `axis` by `rad` (Rodrigues). */
export function rotate(v: Vec3, axis: Vec3, rad: number): Vec3 {
  const c = Math.cos(rad);
  const s = Math.sin(rad);
  const k = cross(axis, v);
  const d = dot(axis, v) * (1 - c);
  return [v[0] * c + k[0] * s + axis[0] * d, v[1] * c + k[1] * s + axis[1] * d, v[2] * c + k[2] * s + axis[2] * d];
}

/** Any unit vector perpendicular to unit `v`. */
export function perpendicular(v: Vec3): Vec3 {
  const helper: Vec3 = Math.abs(v[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  return norm(cross(v, helper));
}

// --- triangle soup ------------------------------------------------------------------------------

/** Flat triangle vertex coordinates (9 numbers per triangle) of a geometry, indexed or not. */
export function trianglesOf(geometry: BufferGeometry): Float32Array {
  const pos = geometry.getAttribute('position');
  if (!pos) return new Float32Array(0);
  const index = geometry.getIndex();
  const count = index ? index.count : pos.count;
  const out = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const v = index ? index.getX(i) : i;
    out[i * 3] = pos.getX(v);
    out[i * 3 + 1] = pos.getY(v);
    out[i * 3 + 2] = pos.getZ(v);
  }
  return out;
}

const EPS = 1e-9;

/** Möller–Trumbore, both faces. Returns t ≥ 0 or -1. */
function rayTri(t: Float32Array, i: number, o: Vec3, d: Vec3): number {
  const ax = t[i]!, ay = t[i + 1]!, az = t[i + 2]!;
  const e1x = t[i + 3]! - ax, e1y = t[i + 4]! - ay, e1z = t[i + 5]! - az;
  const e2x = t[i + 6]! - ax, e2y = t[i + 7]! - ay, e2z = t[i + 8]! - az;
  const px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (det > -EPS && det < EPS) return -1;
  const inv = 1 / det;
  const sx = o[0] - ax, sy = o[1] - ay, sz = o[2] - az;
  const u = (sx * px + sy * py + sz * pz) * inv;
  if (u < 0 || u > 1) return -1;
  const qx = sy * e1z - sz * e1y, qy = sz * e1x - sx * e1z, qz = sx * e1y - sy * e1x;
  const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
  if (v < 0 || u + v > 1) return -1;
  const tt = (e2x * qx + e2y * qy + e2z * qz) * inv;
  return tt >= 0 ? tt : -1;
}

/** Squared distance from p to triangle i, and the closest point (written to `out`). */
function pointTri(t: Float32Array, i: number, p: Vec3, out: number[]): number {
  // Ericson, Real-Time Collision Detection 5.1.5
  const ax = t[i]!, ay = t[i + 1]!, az = t[i + 2]!;
  const bx = t[i + 3]!, by = t[i + 4]!, bz = t[i + 5]!;
  const cx = t[i + 6]!, cy = t[i + 7]!, cz = t[i + 8]!;
  const abx = bx - ax, aby = by - ay, abz = bz - az;
  const acx = cx - ax, acy = cy - ay, acz = cz - az;
  const apx = p[0] - ax, apy = p[1] - ay, apz = p[2] - az;
  const d1 = abx * apx + aby * apy + abz * apz;
  const d2 = acx * apx + acy * apy + acz * apz;
  let rx: number, ry: number, rz: number;
  if (d1 <= 0 && d2 <= 0) {
    rx = ax; ry = ay; rz = az;
  } else {
    const bpx = p[0] - bx, bpy = p[1] - by, bpz = p[2] - bz;
    const d3 = abx * bpx + aby * bpy + abz * bpz;
    const d4 = acx * bpx + acy * bpy + acz * bpz;
    const cpx = p[0] - cx, cpy = p[1] - cy, cpz = p[2] - cz;
    const d5 = abx * cpx + aby * cpy + abz * cpz;
    const d6 = acx * cpx + acy * cpy + acz * cpz;
    const vc = d1 * d4 - d3 * d2;
    const vb = d5 * d2 - d1 * d6;
    const va = d3 * d6 - d5 * d4;
    if (d3 >= 0 && d4 <= d3) {
      rx = bx; ry = by; rz = bz;
    } else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const v = d1 / (d1 - d3);
      rx = ax + abx * v; ry = ay + aby * v; rz = az + abz * v;
    } else if (d6 >= 0 && d5 <= d6) {
      rx = cx; ry = cy; rz = cz;
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const w = d2 / (d2 - d6);
      rx = ax + acx * w; ry = ay + acy * w; rz = az + acz * w;
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
      rx = bx + (cx - bx) * w; ry = by + (cy - by) * w; rz = bz + (cz - bz) * w;
    } else {
      const denom = 1 / (va + vb + vc);
      const v = vb * denom;
      const w = vc * denom;
      rx = ax + abx * v + acx * w; ry = ay + aby * v + acy * w; rz = az + abz * v + acz * w;
    }
  }
  out[0] = rx; out[1] = ry; out[2] = rz;
  const dx = p[0] - rx, dy = p[1] - ry, dz = p[2] - rz;
  return dx * dx + dy * dy + dz * dz;
}

export interface RayHit {
  t: number;
  /** Index of the triangle's owner (see `TriangleGrid` owners). */
  owner: number;
}

/**
 * A uniform grid over a triangle soup for fast ray and nearest-point queries. Built once per model
 * and cached: three's Raycaster tests every triangle of a mesh, which is too slow for the cone search
 * (dozens of rays per needle against ~36k skin and ~100k bone triangles).
 */
export class TriangleGrid {
  readonly tris: Float32Array;
  /** owner[i] = index of the structure triangle i belongs to. */
  readonly owner: Int32Array;
  private readonly min: Vec3;
  private readonly cell: number;
  private readonly dims: [number, number, number];
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  private readonly stamp: Uint32Array;
  private query = 0;

  constructor(parts: readonly Float32Array[], cell = 12) {
    let total = 0;
    for (const p of parts) total += p.length;
    this.tris = new Float32Array(total);
    this.owner = new Int32Array(total / 9);
    let off = 0;
    parts.forEach((p, k) => {
      this.tris.set(p, off);
      this.owner.fill(k, off / 9, (off + p.length) / 9);
      off += p.length;
    });
    const n = total / 9;
    const min: Vec3 = [Infinity, Infinity, Infinity];
    const max: Vec3 = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < total; i += 3) {
      for (let a = 0; a < 3; a++) {
        const v = this.tris[i + a]!;
        if (v < min[a]!) min[a] = v;
        if (v > max[a]!) max[a] = v;
      }
    }
    if (!n) {
      min[0] = min[1] = min[2] = 0;
      max[0] = max[1] = max[2] = 1;
    }
    this.min = [min[0] - 1e-3, min[1] - 1e-3, min[2] - 1e-3];
    this.cell = cell;
    this.dims = [0, 1, 2].map((a) => Math.max(1, Math.ceil((max[a]! - min[a]! + 2e-3) / cell))) as [number, number, number];
    const [nx, ny, nz] = this.dims;
    const counts = new Int32Array(nx * ny * nz + 1);
    const ranges = new Int32Array(n * 6);
    for (let t = 0; t < n; t++) {
      const b = t * 9;
      for (let a = 0; a < 3; a++) {
        const lo = Math.min(this.tris[b + a]!, this.tris[b + 3 + a]!, this.tris[b + 6 + a]!);
        const hi = Math.max(this.tris[b + a]!, this.tris[b + 3 + a]!, this.tris[b + 6 + a]!);
        ranges[t * 6 + a] = this.clampCell(a, Math.floor((lo - this.min[a]!) / cell));
        ranges[t * 6 + 3 + a] = this.clampCell(a, Math.floor((hi - this.min[a]!) / cell));
      }
      for (let x = ranges[t * 6]!; x <= ranges[t * 6 + 3]!; x++)
        for (let y = ranges[t * 6 + 1]!; y <= ranges[t * 6 + 4]!; y++)
          for (let z = ranges[t * 6 + 2]!; z <= ranges[t * 6 + 5]!; z++) counts[(z * ny + y) * nx + x]!++;
    }
    this.start = new Int32Array(nx * ny * nz + 1);
    for (let c = 0; c < nx * ny * nz; c++) this.start[c + 1] = this.start[c]! + counts[c]!;
    this.items = new Int32Array(this.start[nx * ny * nz]!);
    const fill = this.start.slice(0, nx * ny * nz);
    for (let t = 0; t < n; t++) {
      for (let x = ranges[t * 6]!; x <= ranges[t * 6 + 3]!; x++)
        for (let y = ranges[t * 6 + 1]!; y <= ranges[t * 6 + 4]!; y++)
          for (let z = ranges[t * 6 + 2]!; z <= ranges[t * 6 + 5]!; z++) this.items[fill[(z * ny + y) * nx + x]!++] = t;
    }
    this.stamp = new Uint32Array(n);
  }

  private clampCell(axis: number, c: number): number {
    return Math.min(this.dims[axis]! - 1, Math.max(0, c));
  }

  /** Every hit of the ray o + t·d (d unit) with 0 ≤ t ≤ tMax, sorted by t. */
  raycast(o: Vec3, d: Vec3, tMax: number): RayHit[] {
    const hits: RayHit[] = [];
    this.traverse(o, d, tMax, (t, owner) => {
      hits.push({ t, owner });
      return false;
    });
    hits.sort((x, y) => x.t - y.t);
    return hits;
  }

  /** The nearest hit with tMin < t ≤ tMax, stopping the traversal as soon as it is known. */
  firstHit(o: Vec3, d: Vec3, tMin: number, tMax: number): RayHit | undefined {
    let best: RayHit | undefined;
    this.traverse(o, d, tMax, (t, owner) => {
      if (t > tMin && (!best || t < best.t)) best = { t, owner };
      return false;
    }, (cellExit) => !!best && best.t <= cellExit);
    return best;
  }

  /**
   * 3D-DDA through the cells the segment crosses (Amanatides & Woo), testing each triangle once.
   * `done(cellExitT)` may stop the walk after a cell.
   */
  private traverse(o: Vec3, d: Vec3, tMax: number, onHit: (t: number, owner: number) => boolean, done?: (cellExit: number) => boolean): void {
    const q = ++this.query;
    if (q === 0xffffffff) {
      this.stamp.fill(0);
      this.query = 1;
    }
    let t0 = 0;
    let t1 = tMax;
    for (let a = 0; a < 3; a++) {
      const lo = this.min[a]!;
      const hi = lo + this.dims[a]! * this.cell;
      if (Math.abs(d[a]!) < 1e-12) {
        if (o[a]! < lo || o[a]! > hi) return;
      } else {
        let ta = (lo - o[a]!) / d[a]!;
        let tb = (hi - o[a]!) / d[a]!;
        if (ta > tb) [ta, tb] = [tb, ta];
        t0 = Math.max(t0, ta);
        t1 = Math.min(t1, tb);
      }
    }
    if (t0 > t1) return;
    const [nx, ny] = this.dims;
    const p = add(o, d, t0 + 1e-6);
    const cellIdx = [0, 1, 2].map((a) => this.clampCell(a, Math.floor((p[a]! - this.min[a]!) / this.cell)));
    const step = [0, 1, 2].map((a) => (d[a]! > 0 ? 1 : d[a]! < 0 ? -1 : 0));
    const tNext = [0, 1, 2].map((a) => {
      if (!step[a]) return Infinity;
      const boundary = this.min[a]! + (cellIdx[a]! + (step[a]! > 0 ? 1 : 0)) * this.cell;
      return (boundary - o[a]!) / d[a]!;
    });
    const tDelta = [0, 1, 2].map((a) => (step[a] ? this.cell / Math.abs(d[a]!) : Infinity));
    const tris = this.tris;
    for (;;) {
      const c = (cellIdx[2]! * ny + cellIdx[1]!) * nx + cellIdx[0]!;
      for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
        const t = this.items[k]!;
        if (this.stamp[t] === q) continue;
        this.stamp[t] = q;
        const hit = rayTri(tris, t * 9, o, d);
        if (hit >= 0 && hit <= tMax && onHit(hit, this.owner[t]!)) return;
      }
      const a = tNext[0]! < tNext[1]! ? (tNext[0]! < tNext[2]! ? 0 : 2) : tNext[1]! < tNext[2]! ? 1 : 2;
      if (done?.(tNext[a]!)) return;
      if (tNext[a]! > t1) break;
      cellIdx[a]! += step[a]!;
      if (cellIdx[a]! < 0 || cellIdx[a]! >= this.dims[a]!) break;
      tNext[a]! += tDelta[a]!;
    }
  }

  /** The closest point on any triangle (optionally only of one owner) within `maxDist`, or undefined. */
  closest(p: Vec3, maxDist = 60, owner = -1): { point: Vec3; distance: number; owner: number; tri: number } | undefined {
    // grow the search box: most queries are answered within a few cells
    for (let r = Math.min(maxDist, this.cell * 1.5); ; r = Math.min(maxDist, r * 2)) {
      const found = this.closestWithin(p, r, owner);
      if (found || r >= maxDist) return found;
    }
  }

  private closestWithin(p: Vec3, maxDist: number, owner: number): { point: Vec3; distance: number; owner: number; tri: number } | undefined {
    const [nx, ny] = this.dims;
    const lo = [0, 1, 2].map((a) => this.clampCell(a, Math.floor((p[a]! - maxDist - this.min[a]!) / this.cell)));
    const hi = [0, 1, 2].map((a) => this.clampCell(a, Math.floor((p[a]! + maxDist - this.min[a]!) / this.cell)));
    const q = ++this.query;
    let best = maxDist * maxDist;
    let bestTri = -1;
    const tmp = [0, 0, 0];
    const bestPoint: Vec3 = [0, 0, 0];
    for (let z = lo[2]!; z <= hi[2]!; z++)
      for (let y = lo[1]!; y <= hi[1]!; y++)
        for (let x = lo[0]!; x <= hi[0]!; x++) {
          const c = (z * ny + y) * nx + x;
          for (let k = this.start[c]!; k < this.start[c + 1]!; k++) {
            const t = this.items[k]!;
            if (this.stamp[t] === q) continue;
            this.stamp[t] = q;
            if (owner >= 0 && this.owner[t] !== owner) continue;
            const d2 = pointTri(this.tris, t * 9, p, tmp);
            if (d2 < best) {
              best = d2;
              bestTri = t;
              bestPoint[0] = tmp[0]!; bestPoint[1] = tmp[1]!; bestPoint[2] = tmp[2]!;
            }
          }
        }
    return bestTri < 0 ? undefined : { point: bestPoint, distance: Math.sqrt(best), owner: this.owner[bestTri]!, tri: bestTri };
  }

  /**
   * +1 when the triangles wind counter-clockwise seen from outside (normals point out), -1 when
   * inverted; from the sign of the enclosed volume. Meaningful for a closed mesh.
   */
  get orientation(): 1 | -1 {
    if (this.orientationCache === undefined) {
      let v = 0;
      const t = this.tris;
      for (let i = 0; i < t.length; i += 9) {
        v += t[i]! * (t[i + 4]! * t[i + 8]! - t[i + 5]! * t[i + 7]!)
          - t[i + 1]! * (t[i + 3]! * t[i + 8]! - t[i + 5]! * t[i + 6]!)
          + t[i + 2]! * (t[i + 3]! * t[i + 7]! - t[i + 4]! * t[i + 6]!);
      }
      this.orientationCache = v >= 0 ? 1 : -1;
    }
    return this.orientationCache;
  }
  private orientationCache: 1 | -1 | undefined;

  /** Unit normal of triangle `tri` (by winding). */
  normal(tri: number): Vec3 {
    const b = tri * 9;
    const t = this.tris;
    const e1: Vec3 = [t[b + 3]! - t[b]!, t[b + 4]! - t[b + 1]!, t[b + 5]! - t[b + 2]!];
    const e2: Vec3 = [t[b + 6]! - t[b]!, t[b + 7]! - t[b + 1]!, t[b + 8]! - t[b + 2]!];
    return norm(cross(e1, e2));
  }
}

/**
 * Is p inside the closed mesh of `owner`? Ray parity, voted over three skew directions so a ray
 * grazing an edge cannot flip the answer.
 */
export function insideByParity(grid: TriangleGrid, p: Vec3, owner = -1, reach = 1200): boolean {
  const dirs: Vec3[] = [norm([0.577, 0.613, 0.54]), norm([-0.71, 0.23, -0.66]), norm([0.12, -0.97, 0.21])];
  let votes = 0;
  for (const d of dirs) {
    const hits = grid.raycast(p, d, reach).filter((h) => owner < 0 || h.owner === owner);
    if (hits.length % 2 === 1) votes++;
  }
  return votes >= 2;
}
