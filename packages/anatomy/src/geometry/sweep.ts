import { BufferAttribute, BufferGeometry } from 'three';
import { loopRaw, rawBuffers, type RawMesh } from './raw';
import type { Vec3 } from '../types';
import { readVec3 } from './vec';

/**
 * One cross-section of a swept solid: a superellipse around `c` in the plane of unit vectors u, v with
 * half-axes a (along u) and b (along v). `bend` offsets each point along `v` by bend·(du/a)² (a curved
 * plate: the edges curl toward +v); `shiftV` moves the whole section along v.
 */
export interface Section {
  c: Vec3;
  u: Vec3;
  v: Vec3;
  a: number;
  b: number;
  exponent?: number;
  bend?: number;
}

/** By segment count, then exponent: number keys, so a lookup per section builds no string. */
const unitCache = new Map<number, Map<number, Float64Array>>();
/** Unit superellipse (du, dv) pairs for a segment count and exponent, cached. */
export function unitSuperellipse(segments: number, exponent: number): Float64Array {
  let bySegments = unitCache.get(segments);
  if (!bySegments) { bySegments = new Map(); unitCache.set(segments, bySegments); }
  let t = bySegments.get(exponent);
  if (!t) {
    t = new Float64Array(segments * 2);
    const e = 2 / exponent;
    for (let i = 0; i < segments; i++) {
      const a = (i / segments) * Math.PI * 2;
      const ct = Math.cos(a), st = Math.sin(a);
      t[i * 2] = Math.sign(ct) * Math.abs(ct) ** e;
      t[i * 2 + 1] = Math.sign(st) * Math.abs(st) ** e;
    }
    bySegments.set(exponent, t);
  }
  return t;
}

export function sectionRing(s: Section, segments: number): Vec3[] {
  const out: Vec3[] = new Array(segments);
  const unit = unitSuperellipse(segments, s.exponent ?? 2);
  const bend = s.bend ?? 0;
  const { c, u, v, a, b } = s;
  for (let i = 0; i < segments; i++) {
    const du = unit[i * 2]!, dv = unit[i * 2 + 1]!;
    const x = du * a;
    const y = dv * b + bend * du * du;
    out[i] = [c[0] + u[0] * x + v[0] * y, c[1] + u[1] * x + v[1] * y, c[2] + u[2] * x + v[2] * y];
  }
  return out;
}

/**
 * Scratch for sweepSections (each section's c, u, v, then the centroids): it is read and written within
 * one synchronous call only. A fresh one per sweep was two small off-heap buffers (malloc, and a sweep of
 * their bookkeeping at every scavenge) for each of about a thousand sweeps a model.
 */
let sweepScratch = new Float64Array(16 * 12);
function sectionScratch(R: number): Float64Array {
  if (sweepScratch.length < R * 12) sweepScratch = new Float64Array(R * 12 * 2);
  return sweepScratch;
}

/** Writes cent[at] + unit(cent[at] − cent[from])·k at positions[o] and returns the next offset. */
function capApex(positions: Float64Array, o: number, cent: Float64Array, at: number, from: number, k: number): number {
  const ax = cent[at]! - cent[from]!, ay = cent[at + 1]! - cent[from + 1]!, az = cent[at + 2]! - cent[from + 2]!;
  const l = Math.sqrt(ax * ax + ay * ay + az * az) || 1;
  positions[o++] = cent[at]! + (ax / l) * k; positions[o++] = cent[at + 1]! + (ay / l) * k; positions[o++] = cent[at + 2]! + (az / l) * k;
  return o;
}

export interface SweepOptions {
  /** Push the start / end cap apex outward along the sweep by this much (a rounded end); 0 = flat. */
  startCap?: number;
  endCap?: number;
}

/**
 * A closed solid through a list of sections (every section's u×v should point roughly along the sweep).
 * Caps are fans to an apex pushed out along the sweep, so the solid is watertight with rounded ends.
 */
export function sweepSections(sections: readonly Section[], segments: number, options: SweepOptions = {}): RawMesh {
  const R = sections.length, n = segments;
  // The sections' c, u, v (arrays of every element kind, from many callers) copied once through one shared
  // reader: the loops below then read a Float64Array, and do not deoptimise on each new kind of array.
  const F = sectionScratch(R);
  for (let r = 0; r < R; r++) {
    const s = sections[r]!;
    readVec3(F, r * 9, s.c); readVec3(F, r * 9 + 3, s.u); readVec3(F, r * 9 + 6, s.v);
  }
  // Orientation: rings must run counter-clockwise seen from the end the sweep runs toward.
  const e9 = (R - 1) * 9;
  const dx = F[e9]! - F[0]!, dy = F[e9 + 1]! - F[1]!, dz = F[e9 + 2]! - F[2]!;
  const nx = F[4]! * F[8]! - F[5]! * F[7]!;
  const ny = F[5]! * F[6]! - F[3]! * F[8]!;
  const nz = F[3]! * F[7]! - F[4]! * F[6]!;
  const flip = nx * dx + ny * dy + nz * dz < 0;
  const { positions, indices } = rawBuffers((R * n + 2) * 3, (R - 1) * n * 6 + n * 6);
  let o = 0;
  const cent = R * 9; // the centroids follow the sections in F
  for (let r = 0; r < R; r++) {
    const s = sections[r]!;
    const unit = unitSuperellipse(n, s.exponent ?? 2);
    const bend = s.bend ?? 0;
    const a = s.a, b = s.b, f = r * 9;
    const c0 = F[f]!, c1 = F[f + 1]!, c2 = F[f + 2]!, u0 = F[f + 3]!, u1 = F[f + 4]!, u2 = F[f + 5]!, v0 = F[f + 6]!, v1 = F[f + 7]!, v2 = F[f + 8]!;
    let cx = 0, cy = 0, cz = 0;
    for (let k = 0; k < n; k++) {
      const i = flip ? (n - k) % n : k;
      const du = unit[i * 2]!, dv = unit[i * 2 + 1]!;
      const x = du * a, y = dv * b + bend * du * du;
      const px = c0 + u0 * x + v0 * y, py = c1 + u1 * x + v1 * y, pz = c2 + u2 * x + v2 * y;
      positions[o++] = px; positions[o++] = py; positions[o++] = pz;
      cx += px; cy += py; cz += pz;
    }
    F[cent + r * 3] = cx / n; F[cent + r * 3 + 1] = cy / n; F[cent + r * 3 + 2] = cz / n;
  }
  const k0 = options.startCap ?? 0, k1 = options.endCap ?? 0;
  const e = cent + (R - 1) * 3, e1 = cent + (R - 2) * 3;
  // Each apex: the end section's centroid pushed out along the unit direction from its neighbour's.
  o = capApex(positions, o, F, cent, cent + 3, k0);
  o = capApex(positions, o, F, e, e1, k1);
  const a0 = R * n, a1 = R * n + 1;
  let q = 0;
  for (let r = 0; r < R - 1; r++) {
    const b0 = r * n, b1 = (r + 1) * n;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      indices[q++] = b0 + i; indices[q++] = b0 + j; indices[q++] = b1 + j;
      indices[q++] = b0 + i; indices[q++] = b1 + j; indices[q++] = b1 + i;
    }
  }
  const last0 = (R - 1) * n;
  for (let i = 0; i < n; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    indices[q++] = a0; indices[q++] = j; indices[q++] = i;
    indices[q++] = a1; indices[q++] = last0 + i; indices[q++] = last0 + j;
  }
  return { positions, indices };
}

/**
 * A closed ring-shaped tube (a torus-like loop) through the rings, the last joined back to the first.
 * No caps: watertight by construction. Every ring needs the same number of points.
 */
export function loftLoop(rings: readonly (readonly Vec3[])[]): RawMesh {
  return loopRaw(rings);
}

/**
 * Several closed shells as one indexed geometry (positions + normals, and any other attributes all of
 * them share). Each shell keeps its own vertices, so the result stays watertight shell by shell.
 */
export function mergeGeometries(parts: readonly BufferGeometry[]): BufferGeometry {
  if (parts.length === 1) return parts[0]!;
  let nv = 0, ni = 0;
  for (const g of parts) { nv += g.getAttribute('position').count; ni += g.getIndex()!.count; }
  // Views of one buffer, as finishMesh makes them: one allocation outside the JS heap instead of three.
  const big = nv > 65535, vb = nv * 12;
  const buffer = new ArrayBuffer(vb * 2 + ni * (big ? 4 : 2));
  const pos = new Float32Array(buffer, 0, nv * 3), nor = new Float32Array(buffer, vb, nv * 3);
  const idx = big ? new Uint32Array(buffer, vb * 2, ni) : new Uint16Array(buffer, vb * 2, ni);
  let vo = 0, io = 0;
  for (const g of parts) {
    const p = g.getAttribute('position').array as Float32Array;
    const n = g.getAttribute('normal').array as Float32Array;
    pos.set(p, vo * 3); nor.set(n, vo * 3);
    const ix = g.getIndex()!.array;
    for (let k = 0; k < ix.length; k++) idx[io + k] = ix[k]! + vo;
    vo += p.length / 3; io += ix.length;
    g.dispose();
  }
  const out = new BufferGeometry();
  out.setAttribute('position', new BufferAttribute(pos, 3));
  out.setAttribute('normal', new BufferAttribute(nor, 3));
  out.setIndex(new BufferAttribute(idx, 1));
  return out;
}

/** Builds sections along a polyline with smoothly varying half-axes; `up` fixes the sections' v axis. */
export function sectionsAlong(
  path: readonly Vec3[],
  up: Vec3 | ((i: number, t: number) => Vec3),
  size: (t: number, i: number) => [number, number],
  exponent = 2,
): Section[] {
  const out: Section[] = [];
  const n = path.length;
  let acc = 0;
  const lens = [0];
  for (let i = 1; i < n; i++) {
    const a = path[i]!, b = path[i - 1]!;
    acc += Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    lens.push(acc);
  }
  for (let i = 0; i < n; i++) {
    const t = acc > 0 ? lens[i]! / acc : i / (n - 1);
    // normalize(sub(next, previous)) and normalize(cross(v, tan)) written out: no array for the in-betweens.
    const pa = path[Math.min(i + 1, n - 1)]!, pb = path[Math.max(i - 1, 0)]!;
    const dx = pa[0] - pb[0], dy = pa[1] - pb[1], dz = pa[2] - pb[2];
    const dl = Math.sqrt(dx * dx + dy * dy + dz * dz) || 1;
    const tan: Vec3 = [dx / dl, dy / dl, dz / dl];
    const upv = typeof up === 'function' ? up(i, t) : up;
    let v = projectOut(upv, tan);
    if (!v) v = projectOut([0, 1, 0], tan) ?? projectOut([1, 0, 0], tan)!;
    const cx = v[1] * tan[2] - v[2] * tan[1], cy = v[2] * tan[0] - v[0] * tan[2], cz = v[0] * tan[1] - v[1] * tan[0];
    const cl = Math.sqrt(cx * cx + cy * cy + cz * cz) || 1;
    const u: Vec3 = [cx / cl, cy / cl, cz / cl];
    const [a, b] = size(t, i);
    out.push({ c: path[i]!, u, v, a, b, exponent });
  }
  return out;
}

/** The unit component of `a` perpendicular to unit `t`, or undefined when `a` is (nearly) parallel to `t`. */
function projectOut(a: Vec3, t: Vec3): Vec3 | undefined {
  const d = a[0] * t[0] + a[1] * t[1] + a[2] * t[2];
  const p: Vec3 = [a[0] - t[0] * d, a[1] - t[1] * d, a[2] - t[2] * d];
  const l = Math.hypot(p[0], p[1], p[2]);
  return l < 0.3 * Math.hypot(a[0], a[1], a[2]) ? undefined : [p[0] / l, p[1] / l, p[2] / l];
}
