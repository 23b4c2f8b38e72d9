/**
 * Reading measurements back from generated geometry (no three.js scene needed): ray hits, extents in a
 * local frame, point-inside tests (ray parity per closed shell) and penetration depth.
 *
 * A "frame" here is any { centre, axis: { x, y, z } } (a VertebraPose or SegmentPose): local coordinates are
 * (p − centre)·axis.
 */
import type { BufferGeometry } from 'three';

export type V3 = [number, number, number];
export interface LocalFrame { centre: V3 | readonly number[]; axis: { x: V3 | readonly number[]; y: V3 | readonly number[]; z: V3 | readonly number[] } }

const sub = (a: readonly number[], b: readonly number[]): V3 => [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
const cross = (a: readonly number[], b: readonly number[]): V3 => [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];

export function toLocal(f: LocalFrame, p: readonly number[]): V3 {
  const d = sub(p, f.centre);
  return [dot(d, f.axis.x), dot(d, f.axis.y), dot(d, f.axis.z)];
}
export function toWorld(f: LocalFrame, p: readonly number[]): V3 {
  const { centre: c, axis: a } = f;
  return [0, 1, 2].map((i) => c[i]! + a.x[i]! * p[0]! + a.y[i]! * p[1]! + a.z[i]! * p[2]!) as V3;
}
export function dirToWorld(f: LocalFrame, d: readonly number[]): V3 {
  const a = f.axis;
  return [0, 1, 2].map((i) => a.x[i]! * d[0]! + a.y[i]! * d[1]! + a.z[i]! * d[2]!) as V3;
}

/** All vertex positions of a geometry. */
export function vertices(g: BufferGeometry): V3[] {
  const p = g.getAttribute('position');
  const out: V3[] = [];
  for (let i = 0; i < p.count; i++) out.push([p.getX(i), p.getY(i), p.getZ(i)]);
  return out;
}

/** Min / max of the geometry's vertices along a local axis (0 x, 1 y, 2 z) of frame f. */
export function localExtent(geometries: BufferGeometry | BufferGeometry[], f: LocalFrame, axis: 0 | 1 | 2): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const g of Array.isArray(geometries) ? geometries : [geometries]) {
    for (const v of vertices(g)) {
      const l = toLocal(f, v)[axis];
      if (l < lo) lo = l;
      if (l > hi) hi = l;
    }
  }
  return [lo, hi];
}

/** Triangles of a geometry as flat arrays (world). */
export function triangles(g: BufferGeometry): Float64Array {
  const p = g.getAttribute('position');
  const idx = g.getIndex();
  const n = idx ? idx.count : p.count;
  const out = new Float64Array(n * 3);
  for (let k = 0; k < n; k++) {
    const i = idx ? idx.getX(k) : k;
    out[k * 3] = p.getX(i); out[k * 3 + 1] = p.getY(i); out[k * 3 + 2] = p.getZ(i);
  }
  return out;
}

/** Distances t ≥ 0 along the ray origin + t·dir (dir normalised here) where it crosses the geometry, sorted. */
export function rayHits(g: BufferGeometry | Float64Array, origin: readonly number[], dirIn: readonly number[]): number[] {
  const tri = g instanceof Float64Array ? g : triangles(g);
  const l = Math.sqrt(dot(dirIn, dirIn));
  const d: V3 = [dirIn[0]! / l, dirIn[1]! / l, dirIn[2]! / l];
  const hits: number[] = [];
  for (let k = 0; k < tri.length; k += 9) {
    const a: V3 = [tri[k]!, tri[k + 1]!, tri[k + 2]!];
    const e1 = [tri[k + 3]! - a[0], tri[k + 4]! - a[1], tri[k + 5]! - a[2]];
    const e2 = [tri[k + 6]! - a[0], tri[k + 7]! - a[1], tri[k + 8]! - a[2]];
    const pv = cross(d, e2);
    const det = dot(e1, pv);
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const tv = sub(origin, a);
    const u = dot(tv, pv) * inv;
    if (u < 0 || u > 1) continue;
    const qv = cross(tv, e1);
    const v = dot(d, qv) * inv;
    if (v < 0 || u + v > 1) continue;
    const t = dot(e2, qv) * inv;
    if (t >= 0) hits.push(t);
  }
  return hits.sort((x, y) => x - y);
}

/** Hits of a ray given in a local frame; returns local distances (same as world since frames are rigid). */
export function localRayHits(g: BufferGeometry | BufferGeometry[], f: LocalFrame, originLocal: readonly number[], dirLocal: readonly number[]): number[] {
  const o = toWorld(f, originLocal), d = dirToWorld(f, dirLocal);
  const all: number[] = [];
  for (const geo of Array.isArray(g) ? g : [g]) all.push(...rayHits(geo, o, d));
  return all.sort((x, y) => x - y);
}

export interface Shell { tri: Float64Array; min: V3; max: V3 }

/** Splits a geometry into its connected closed shells (by shared vertex indices). */
export function shells(g: BufferGeometry): Shell[] {
  const p = g.getAttribute('position');
  const idx = g.getIndex();
  if (!idx) return [{ tri: triangles(g), ...bounds(triangles(g)) }];
  const parent = new Int32Array(p.count).map((_, i) => i);
  const find = (x: number): number => { while (parent[x] !== x) { parent[x] = parent[parent[x]!]!; x = parent[x]!; } return x; };
  for (let k = 0; k < idx.count; k += 3) {
    const a = find(idx.getX(k)), b = find(idx.getX(k + 1)), c = find(idx.getX(k + 2));
    parent[b] = a; parent[find(c)] = a;
  }
  const groups = new Map<number, number[]>();
  for (let k = 0; k < idx.count; k += 3) {
    const r = find(idx.getX(k));
    let list = groups.get(r);
    if (!list) { list = []; groups.set(r, list); }
    list.push(idx.getX(k), idx.getX(k + 1), idx.getX(k + 2));
  }
  const out: Shell[] = [];
  for (const list of groups.values()) {
    const tri = new Float64Array(list.length * 3);
    list.forEach((i, j) => { tri[j * 3] = p.getX(i); tri[j * 3 + 1] = p.getY(i); tri[j * 3 + 2] = p.getZ(i); });
    out.push({ tri, ...bounds(tri) });
  }
  return out;
}

/** Signed volume enclosed by a triangle soup (9 numbers a triangle): positive when its faces wind outward. */
export function soupVolume(tri: Float64Array): number {
  let v = 0;
  for (let k = 0; k < tri.length; k += 9) {
    const ax = tri[k]!, ay = tri[k + 1]!, az = tri[k + 2]!, bx = tri[k + 3]!, by = tri[k + 4]!, bz = tri[k + 5]!;
    const cx = tri[k + 6]!, cy = tri[k + 7]!, cz = tri[k + 8]!;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Signed volume of each closed shell of a mesh, in mm³. */
export const shellVolumes = (g: BufferGeometry): number[] => shells(g).map((s) => soupVolume(s.tri));

/** Signed volume of a whole mesh (the sum over its shells), in mm³. */
export const signedVolume = (g: BufferGeometry): number => shellVolumes(g).reduce((a, v) => a + v, 0);

function bounds(tri: Float64Array): { min: V3; max: V3 } {
  const min: V3 = [Infinity, Infinity, Infinity], max: V3 = [-Infinity, -Infinity, -Infinity];
  for (let k = 0; k < tri.length; k += 3) for (let a = 0; a < 3; a++) {
    const v = tri[k + a]!;
    if (v < min[a]!) min[a] = v;
    if (v > max[a]!) max[a] = v;
  }
  return { min, max };
}

const PARITY_DIR: V3 = [0.5773, 0.5774, 0.5775];
/** Whether p is inside a closed shell (ray parity along a fixed skew direction). */
export function insideShell(s: Shell, p: readonly number[]): boolean {
  for (let a = 0; a < 3; a++) if (p[a]! < s.min[a]! || p[a]! > s.max[a]!) return false;
  return rayHits(s.tri, p, PARITY_DIR).length % 2 === 1;
}

/** Whether p is inside any closed shell of the geometries. */
export function insideAny(list: Shell[], p: readonly number[]): boolean {
  return list.some((s) => insideShell(s, p));
}

/** Distance from p to the nearest triangle of a shell. */
export function distanceToShell(s: Shell, p: readonly number[]): number {
  let best = Infinity;
  const t = s.tri;
  for (let k = 0; k < t.length; k += 9) {
    const d = pointTriangleDistance(p, [t[k]!, t[k + 1]!, t[k + 2]!], [t[k + 3]!, t[k + 4]!, t[k + 5]!], [t[k + 6]!, t[k + 7]!, t[k + 8]!]);
    if (d < best) best = d;
  }
  return best;
}

/**
 * How deep the points of `a` reach into the closed shells of `b`: the largest distance from a point of a
 * (every `stride`-th vertex) that lies inside a shell of b to that shell's surface. 0 when none is inside.
 */
export function penetrationDepth(a: BufferGeometry[], b: Shell[], stride = 1): { depth: number; point?: V3 } {
  let depth = 0;
  let point: V3 | undefined;
  for (const g of a) {
    const vs = vertices(g);
    for (let i = 0; i < vs.length; i += stride) {
      const p = vs[i]!;
      for (const s of b) {
        if (!insideShell(s, p)) continue;
        const d = distanceToShell(s, p);
        if (d > depth) { depth = d; point = p; }
      }
    }
  }
  return { depth, point };
}

export function pointTriangleDistance(p: readonly number[], a: V3, b: V3, c: V3): number {
  // Ericson, Real-Time Collision Detection 5.1.5
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  const dist = (q: readonly number[]) => Math.sqrt(dot(sub(p, q), sub(p, q)));
  if (d1 <= 0 && d2 <= 0) return dist(a);
  const bp = sub(p, b); const d3 = dot(ab, bp), d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return dist(b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) { const v = d1 / (d1 - d3); return dist([a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v]); }
  const cp = sub(p, c); const d5 = dot(ab, cp), d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return dist(c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) { const w = d2 / (d2 - d6); return dist([a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w]); }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const w = (d4 - d3) / (d4 - d3 + (d5 - d6));
    return dist([b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w]);
  }
  const denom = 1 / (va + vb + vc);
  const v = vb * denom, w = vc * denom;
  return dist([a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w]);
}

/** Thickness of geometry along a ray through a local point: first and last hit from outside, distance between. */
export function chordThrough(g: BufferGeometry | BufferGeometry[], f: LocalFrame, centreLocal: readonly number[], dirLocal: readonly number[], reach = 200, outer = false): number {
  const l = Math.sqrt(dot(dirLocal, dirLocal));
  const d = [dirLocal[0]! / l, dirLocal[1]! / l, dirLocal[2]! / l];
  const start = [centreLocal[0]! - d[0]! * reach, centreLocal[1]! - d[1]! * reach, centreLocal[2]! - d[2]! * reach];
  const hits = localRayHits(g, f, start, d);
  if (hits.length < 2) return 0;
  // The chord through the centre: the last hit before the centre and the first after it.
  const before = hits.filter((t) => t <= reach), after = hits.filter((t) => t > reach);
  if (!before.length || !after.length) return 0;
  // outer: the whole envelope along the line (first to last crossing), ignoring inner shell boundaries.
  if (outer) return after[after.length - 1]! - before[0]!;
  return after[0]! - before[before.length - 1]!;
}
