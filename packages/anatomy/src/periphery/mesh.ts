import { BufferAttribute, BufferGeometry } from 'three';
import { computeVertexNormalsLikeThree, vertexNormalsLikeThree } from '../geometry/normalsLikeThree';
import { ellipsoidRaw } from '../geometry/ellipsoid';
import { finishMesh, loftRaw } from '../geometry/raw';
import { flipWinding, geometryVolume } from '../geometry/outward';
import { add, cross, dot, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';

/** Signed volume of an indexed triangle mesh (positive when the triangles wind outward). */
export const signedVolume = geometryVolume;

/**
 * Geometries whose normals are `vertexNormalsLikeThree` of their own positions and index (made by `outward` or
 * `mergeGeometries`, never transformed since): a merge copies their normals instead of computing them again.
 */
const normalsLikeThree = new WeakSet<BufferGeometry>();

/** Makes the winding outward (positive volume) and recomputes smooth normals. */
export function outward(g: BufferGeometry): BufferGeometry {
  if (signedVolume(g) < 0) {
    const idx = g.getIndex()!;
    const a = idx.array as Uint32Array | Uint16Array;
    flipWinding(a);
    idx.needsUpdate = true;
  }
  computeVertexNormalsLikeThree(g);
  normalsLikeThree.add(g);
  return g;
}

/** A closed loft through rings, wound outward whatever the rings' direction (normals computed once, by `outward`). */
export function closedLoft(rings: readonly (readonly Vec3[])[], startApex?: Vec3, endApex?: Vec3): BufferGeometry {
  return outward(finishMesh(loftRaw(rings, { startApex, endApex }), undefined, false));
}

/**
 * Concatenates closed meshes into one geometry (each part stays closed, so the whole is watertight). Its normals
 * are those three's computeVertexNormals gives the whole; the parts share no vertex, so they are each part's
 * own, copied where a part already has them (see `normalsLikeThree`).
 */
export function mergeGeometries(parts: readonly BufferGeometry[]): BufferGeometry {
  // Typed arrays throughout; the index type is the one three's setIndex(number[]) would pick (Uint32 only when an
  // index reaches 65535, which needs that many vertices).
  let np = 0, ni = 0;
  for (const g of parts) { np += g.getAttribute('position').array.length; ni += g.getIndex()!.array.length; }
  const pos = new Float32Array(np);
  const nor = new Float32Array(np);
  const index = np / 3 > 65535 ? new Uint32Array(ni) : new Uint16Array(ni);
  let base = 0, po = 0, io = 0, needs32 = false;
  for (const g of parts) {
    const p = g.getAttribute('position').array as ArrayLike<number>;
    if (p instanceof Float32Array) pos.set(p, po);
    else for (let i = 0; i < p.length; i++) pos[po + i] = p[i]!;
    const idx = g.getIndex()!.array as ArrayLike<number>;
    nor.set(normalsLikeThree.has(g) ? g.getAttribute('normal').array as Float32Array : vertexNormalsLikeThree(pos.subarray(po, po + p.length), p.length / 3, idx), po);
    po += p.length;
    const top = idx instanceof Uint16Array ? offsetIndex16(idx, index, io, base) : offsetIndex(idx, index, io, base);
    if (top >= 65535) needs32 = true;
    io += idx.length;
    base += p.length / 3;
    g.dispose();
  }
  const out = new BufferGeometry();
  out.setAttribute('position', new BufferAttribute(pos, 3));
  out.setIndex(new BufferAttribute(needs32 || index instanceof Uint16Array ? index : Uint16Array.from(index), 1));
  out.setAttribute('normal', new BufferAttribute(nor, 3));
  normalsLikeThree.add(out);
  return out;
}

/** Copies `idx` + `base` into `out` from `at`; returns the largest index written. One loop per source type. */
function offsetIndex16(idx: Uint16Array, out: Uint16Array | Uint32Array, at: number, base: number): number {
  let top = 0;
  for (let i = 0; i < idx.length; i++) { const v = idx[i]! + base; out[at + i] = v; if (v > top) top = v; }
  return top;
}

function offsetIndex(idx: ArrayLike<number>, out: Uint16Array | Uint32Array, at: number, base: number): number {
  let top = 0;
  for (let i = 0; i < idx.length; i++) { const v = idx[i]! + base; out[at + i] = v; if (v > top) top = v; }
  return top;
}

/** An ellipsoid (see geometry/ellipsoid) that is only a part of a merge, so without normals: the merge computes them. */
export function ellipsoidPart(c: Vec3, u: Vec3, v: Vec3, w: Vec3, r: Vec3, segments: number): BufferGeometry {
  return finishMesh(ellipsoidRaw(c, u, v, w, r, segments), undefined, false);
}

/** An orthonormal pair (u, v) perpendicular to the unit axis w, with u as close as possible to `hint`. */
export function basis(w: Vec3, hint: Vec3): [Vec3, Vec3] {
  let u = sub(hint, scale(w, dot(hint, w)));
  if (Math.hypot(u[0], u[1], u[2]) < 1e-6) u = Math.abs(w[2]) < 0.9 ? [0, 0, 1] : [1, 0, 0];
  u = normalize(sub(u, scale(w, dot(u, w))));
  const v = normalize(cross(w, u));
  return [u, v];
}

/** An elliptical ring in the plane (u, v) around c. */
export function ellipseRing(c: Vec3, u: Vec3, v: Vec3, ru: number, rv: number, n: number, exponent = 2): Vec3[] {
  const out: Vec3[] = [];
  const e = 2 / exponent;
  for (let i = 0; i < n; i++) {
    const t = (i / n) * Math.PI * 2;
    const ct = Math.cos(t), st = Math.sin(t);
    const a = Math.sign(ct) * Math.abs(ct) ** e * ru, b = Math.sign(st) * Math.abs(st) ** e * rv;
    out.push([c[0] + u[0] * a + v[0] * b, c[1] + u[1] * a + v[1] * b, c[2] + u[2] * a + v[2] * b]);
  }
  return out;
}

export interface LatheStation {
  /** Offset along the axis from the origin. */
  t: number;
  /** Scale of the ring's half-axes (ru, rv multiply this), or the radius when ru = rv = 1. */
  r: number;
}

/**
 * A closed solid of revolution (elliptical when ru != rv) around `axis` through `origin`. Stations run
 * along the profile; the first and last become the apexes (their r is ignored), so profiles may fold back
 * (a cup: outside, rim, inside).
 */
export function lathe(origin: Vec3, axis: Vec3, hint: Vec3, stations: readonly LatheStation[], n: number, ru = 1, rv = 1): BufferGeometry {
  const w = normalize(axis);
  const [u, v] = basis(w, hint);
  const at = (t: number): Vec3 => add(origin, scale(w, t));
  const rings = stations.slice(1, -1).map((s) => ellipseRing(at(s.t), u, v, s.r * ru, s.r * rv, n));
  return closedLoft(rings, at(stations[0]!.t), at(stations[stations.length - 1]!.t));
}

/**
 * A thin curved sheet (a closed lens-section loft): for each station i, a section runs from `a[i]` through
 * `m[i]` to `b[i]` with thickness `thick(i, s)` along the sheet normal (oriented toward `outside`). Ends are
 * capped with rounded apexes. Used for the iliac wing, scapula, trapezius and gluteus medius.
 */
export function sheet(
  a: readonly Vec3[], m: readonly Vec3[], b: readonly Vec3[],
  thick: (i: number, s: number) => number, across: number, outside: Vec3,
): BufferGeometry {
  const n = a.length;
  const rings: Vec3[][] = [];
  for (let i = 0; i < n; i++) {
    const prev = a[Math.max(0, i - 1)]!, next = a[Math.min(n - 1, i + 1)]!;
    const prevB = b[Math.max(0, i - 1)]!, nextB = b[Math.min(n - 1, i + 1)]!;
    const tu = normalize(add(sub(next, prev), sub(nextB, prevB)));
    const pts: Vec3[] = [];
    const nor: Vec3[] = [];
    for (let k = 0; k <= across; k++) {
      // Cosine spacing packs points at the rounded edges.
      const s = 0.5 - 0.5 * Math.cos((k / across) * Math.PI);
      const p = bez(a[i]!, m[i]!, b[i]!, s);
      const tv = normalize(sub(bez(a[i]!, m[i]!, b[i]!, Math.min(1, s + 0.01)), bez(a[i]!, m[i]!, b[i]!, Math.max(0, s - 0.01))));
      let nn = normalize(cross(tu, tv));
      if (dot(nn, outside) < 0) nn = scale(nn, -1);
      pts.push(p);
      nor.push(nn);
    }
    const ring: Vec3[] = [];
    for (let k = 0; k <= across; k++) {
      const s = 0.5 - 0.5 * Math.cos((k / across) * Math.PI);
      const edge = Math.sqrt(Math.max(0, Math.sin(Math.PI * s))) * 0.85 + 0.15;
      ring.push(add(pts[k]!, scale(nor[k]!, (thick(i, s) / 2) * edge)));
    }
    for (let k = across - 1; k >= 1; k--) {
      const s = 0.5 - 0.5 * Math.cos((k / across) * Math.PI);
      const edge = Math.sqrt(Math.max(0, Math.sin(Math.PI * s))) * 0.85 + 0.15;
      ring.push(add(pts[k]!, scale(nor[k]!, (-thick(i, s) / 2) * edge)));
    }
    rings.push(ring);
  }
  const first = rings[0]!, last = rings[n - 1]!;
  const c0 = centroidOf(first), c1 = centroidOf(last);
  const d0 = normalize(sub(c0, centroidOf(rings[1]!))), d1 = normalize(sub(c1, centroidOf(rings[n - 2]!)));
  return closedLoft(rings, add(c0, scale(d0, 3)), add(c1, scale(d1, 3)));
}

export function bez(a: Vec3, m: Vec3, b: Vec3, s: number): Vec3 {
  const u = 1 - s;
  return [u * u * a[0] + 2 * u * s * m[0] + s * s * b[0], u * u * a[1] + 2 * u * s * m[1] + s * s * b[1], u * u * a[2] + 2 * u * s * m[2] + s * s * b[2]];
}

export function centroidOf(pts: readonly Vec3[]): Vec3 {
  let x = 0, y = 0, z = 0;
  for (const p of pts) { x += p[0]; y += p[1]; z += p[2]; }
  return [x / pts.length, y / pts.length, z / pts.length];
}

/** Catmull-Rom resampling of a control polyline into `count` points (open curve). */
export function resample(points: readonly Vec3[], count: number): Vec3[] {
  const n = points.length;
  const P = (i: number) => points[Math.max(0, Math.min(n - 1, i))]!;
  const out: Vec3[] = [];
  for (let k = 0; k < count; k++) {
    const u = (k / (count - 1)) * (n - 1);
    const i = Math.min(n - 2, Math.floor(u));
    const t = u - i;
    const p0 = P(i - 1), p1 = P(i), p2 = P(i + 1), p3 = P(i + 2);
    const t2 = t * t, t3 = t2 * t;
    const f = (c: 0 | 1 | 2) => 0.5 * (2 * p1[c] + (-p0[c] + p2[c]) * t + (2 * p0[c] - 5 * p1[c] + 4 * p2[c] - p3[c]) * t2 + (-p0[c] + 3 * p1[c] - 3 * p2[c] + p3[c]) * t3);
    out.push([f(0), f(1), f(2)]);
  }
  return out;
}

/** Linear interpolation of a scalar table [[x, y], ...] sorted by x, clamped at the ends. */
export function interp(table: readonly (readonly [number, number])[], x: number): number {
  if (x <= table[0]![0]) return table[0]![1];
  for (let i = 1; i < table.length; i++) {
    // Indexing, not destructuring: destructuring runs the iterator protocol until the function is optimised.
    const b = table[i]!, x1 = b[0];
    if (x <= x1) {
      const a = table[i - 1]!, x0 = a[0], y0 = a[1];
      const t = (x - x0) / (x1 - x0 || 1);
      return y0 + (b[1] - y0) * t;
    }
  }
  return table[table.length - 1]![1];
}
