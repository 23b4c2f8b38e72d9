/** Mesh helpers of the neural builder: canal-following sweeps, nerve tubes, merging, outward winding. */
import { BufferAttribute, BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { loftRings, superellipseRing } from '../geometry/loft';
import { smoothPath } from '../geometry/tube';
import { ellipsoid } from '../geometry/ellipsoid';
import { geometryVolume } from '../geometry/outward';
import { cross, distance, normalize, sub } from '../geometry/vec';
import type { Canal, CanalSample } from './canal';

/** A cross-section in the canal's own frame: centre offset (left, posterior), half-axes and exponent. */
export interface Section {
  /** Offset of the section centre from the canal centre along L (left) and P (posterior). */
  ca: number;
  cb: number;
  /** Half-width (along L) and half-depth (along P). */
  ra: number;
  rb: number;
  exponent?: number;
}

/** Signed volume of a closed indexed mesh (positive when faces wind outward). */
export const signedVolume = geometryVolume;

/** Makes every face wind outward (flips the whole mesh, and its normals, if its signed volume is negative). */
export function orientOutward(g: BufferGeometry): BufferGeometry {
  if (signedVolume(g) >= 0) return g;
  const idx = g.getIndex()!;
  const arr = idx.array as Uint32Array | Uint16Array;
  for (let t = 0; t < arr.length; t += 3) { const b = arr[t + 1]!; arr[t + 1] = arr[t + 2]!; arr[t + 2] = b; }
  idx.needsUpdate = true;
  const n = g.getAttribute('normal');
  if (n) { const na = n.array as Float32Array; for (let i = 0; i < na.length; i++) na[i] = -na[i]!; n.needsUpdate = true; }
  return g;
}

/** Sweeps a cross-section along the canal through the given u samples; ends capped (optionally with an apex). */
export function sweepCanal(
  canal: Canal, us: readonly number[], section: (s: CanalSample) => Section, radial: number,
  caps: { startApex?: (s: CanalSample, sec: Section) => Vec3; endApex?: (s: CanalSample, sec: Section) => Vec3 } = {},
): BufferGeometry {
  const rings: Vec3[][] = [];
  let firstS: CanalSample | undefined, firstSec: Section | undefined, lastS: CanalSample | undefined, lastSec: Section | undefined;
  for (const u of us) {
    const s = canal.sample(u);
    const sec = section(s);
    const c: Vec3 = [
      s.p[0] + s.L[0] * sec.ca + s.P[0] * sec.cb,
      s.p[1] + s.L[1] * sec.ca + s.P[1] * sec.cb,
      s.p[2] + s.L[2] * sec.ca + s.P[2] * sec.cb,
    ];
    // Phase π/2: a vertex sits exactly on the dorsal midline (where epidural depths are measured).
    rings.push(superellipseRing(c, s.L, s.P, sec.ra, sec.rb, radial, sec.exponent ?? 2, 0));
    if (!firstS) { firstS = s; firstSec = sec; }
    lastS = s; lastSec = sec;
  }
  const g = loftRings(rings, {
    startApex: caps.startApex && firstS ? caps.startApex(firstS, firstSec!) : undefined,
    endApex: caps.endApex && lastS ? caps.endApex(lastS, lastSec!) : undefined,
  });
  return orientOutward(g);
}

/** A closed nerve tube through control points (smoothed, resampled to the tier's ring spacing). */
export function nerveTube(control: readonly Vec3[], radius: number | ((t: number) => number), radial: number, ringsPer10mm: number): BufferGeometry {
  const smooth = control.length >= 3 ? smoothPath(control, 6) : [...control];
  const step = 10 / Math.max(0.5, ringsPer10mm);
  const path = resample(smooth, step);
  return roundTube(path, typeof radius === 'number' ? () => radius : radius, radial);
}

/**
 * A closed round tube along a polyline, written straight into typed arrays: rotation-minimising frames,
 * analytic (radial) normals, each end closed by a fan to a point on the axis. Watertight and outward.
 */
export function roundTube(path: readonly Vec3[], radiusAt: (t: number) => number, radial: number): BufferGeometry {
  const m = path.length;
  // Arc lengths, cosines and sines in one scratch; positions, normals and index as views of one buffer (each
  // typed array with a buffer of its own is an allocation outside the JS heap, and a model makes ~100 tubes).
  const scratch = new Float64Array(m + radial * 2);
  const cum = scratch.subarray(0, m), cos = scratch.subarray(m, m + radial), sin = scratch.subarray(m + radial);
  for (let i = 1; i < m; i++) cum[i] = cum[i - 1]! + distance(path[i - 1]!, path[i]!);
  const total = cum[m - 1] || 1;
  const nv = m * radial + 2, ni = (m - 1) * radial * 6 + radial * 6;
  const buffer = new ArrayBuffer(nv * 24 + ni * 4);
  const pos = new Float32Array(buffer, 0, nv * 3), nor = new Float32Array(buffer, nv * 12, nv * 3);
  const index = new Uint32Array(buffer, nv * 24, ni);
  for (let k = 0; k < radial; k++) { cos[k] = Math.cos((k / radial) * Math.PI * 2); sin[k] = Math.sin((k / radial) * Math.PI * 2); }
  const tangent = (i: number): Vec3 => normalize(sub(path[Math.min(i + 1, m - 1)]!, path[Math.max(i - 1, 0)]!));
  // The frame in scalars (the same arithmetic as sub/normalize): no arrays per ring.
  const v0 = perpendicularTo(tangent(0));
  let vx = v0[0], vy = v0[1], vz = v0[2];
  for (let i = 0; i < m; i++) {
    const a = path[Math.min(i + 1, m - 1)]!, b = path[Math.max(i - 1, 0)]!;
    const dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
    const lt = Math.sqrt(dx * dx + dy * dy + dz * dz) || 1;
    const tx = dx / lt, ty = dy / lt, tz = dz / lt;
    const d = vx * tx + vy * ty + vz * tz;
    const wx = vx - tx * d, wy = vy - ty * d, wz = vz - tz * d;
    const lw = Math.sqrt(wx * wx + wy * wy + wz * wz) || 1;
    vx = wx / lw; vy = wy / lw; vz = wz / lw;
    if (!Number.isFinite(vx)) { const p = perpendicularTo([tx, ty, tz]); vx = p[0]; vy = p[1]; vz = p[2]; }
    // u = v × t, so (u, v, t) is right-handed and the ring runs counter-clockwise about t.
    const ux = vy * tz - vz * ty, uy = vz * tx - vx * tz, uz = vx * ty - vy * tx;
    const r = radiusAt(cum[i]! / total);
    const c = path[i]!;
    for (let k = 0; k < radial; k++) {
      const nx = ux * cos[k]! + vx * sin[k]!, ny = uy * cos[k]! + vy * sin[k]!, nz = uz * cos[k]! + vz * sin[k]!;
      const o = (i * radial + k) * 3;
      pos[o] = c[0] + nx * r; pos[o + 1] = c[1] + ny * r; pos[o + 2] = c[2] + nz * r;
      nor[o] = nx; nor[o + 1] = ny; nor[o + 2] = nz;
    }
  }
  let w = 0;
  for (let i = 0; i < m - 1; i++) {
    const a0 = i * radial, b0 = (i + 1) * radial;
    for (let k = 0; k < radial; k++) {
      const j = (k + 1) % radial;
      index[w++] = a0 + k; index[w++] = a0 + j; index[w++] = b0 + j;
      index[w++] = a0 + k; index[w++] = b0 + j; index[w++] = b0 + k;
    }
  }
  // End caps: fans to the axis end points.
  const s0 = m * radial, s1 = s0 + 1;
  const t0 = tangent(0), t1 = tangent(m - 1);
  pos.set(path[0]!, s0 * 3); nor.set([-t0[0], -t0[1], -t0[2]], s0 * 3);
  pos.set(path[m - 1]!, s1 * 3); nor.set(t1, s1 * 3);
  const last = (m - 1) * radial;
  for (let k = 0; k < radial; k++) {
    const j = (k + 1) % radial;
    index[w++] = s0; index[w++] = j; index[w++] = k;
    index[w++] = s1; index[w++] = last + k; index[w++] = last + j;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  g.setAttribute('normal', new BufferAttribute(nor, 3));
  g.setIndex(new BufferAttribute(index, 1));
  // Outward by construction: each ring runs counter-clockwise about t, so every side face's normal points away
  // from the axis (no signed-volume check needed).
  return g;
}

function perpendicularTo(a: Vec3): Vec3 {
  return normalize(Math.abs(a[0]) < 0.9 ? cross(a, [1, 0, 0]) : cross(a, [0, 1, 0]));
}

/** Evenly resamples a polyline at about `step` mm (keeps both ends). */
export function resample(path: readonly Vec3[], step: number): Vec3[] {
  const cum = [0];
  for (let i = 1; i < path.length; i++) cum.push(cum[i - 1]! + distance(path[i - 1]!, path[i]!));
  const total = cum[cum.length - 1]!;
  const n = Math.max(1, Math.round(total / step));
  const out: Vec3[] = [path[0]!];
  let j = 1;
  for (let k = 1; k < n; k++) {
    const target = (total * k) / n;
    while (j < path.length - 1 && cum[j]! < target) j++;
    const a = path[j - 1]!, b = path[j]!;
    const seg = cum[j]! - cum[j - 1]! || 1;
    const f = (target - cum[j - 1]!) / seg;
    out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
  }
  out.push(path[path.length - 1]!);
  return out;
}

/** A closed ellipsoid with its long axis along `axis`, half-sizes [along axis, across, across2]. */
export function spindle(c: Vec3, axis: Vec3, r: Vec3, segments: number, hint: Vec3 = [0, 1, 0]): BufferGeometry {
  const w = normalize(axis);
  let u = cross(hint, w);
  if (Math.hypot(u[0], u[1], u[2]) < 1e-6) u = cross(Math.abs(w[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0], w);
  u = normalize(u);
  const v = normalize(cross(w, u));
  // ellipsoid() keeps its frame right-handed, so its faces already wind outward.
  return ellipsoid(c, u, v, w, [r[1], r[2], r[0]], segments);
}

/** Concatenates closed indexed geometries into one (each stays closed, so the union is watertight). */
export function mergeGeometries(parts: readonly BufferGeometry[]): BufferGeometry {
  let nv = 0, ni = 0;
  for (const g of parts) { nv += g.getAttribute('position').count; ni += g.getIndex()!.count; }
  const pos = new Float32Array(nv * 3);
  const nor = new Float32Array(nv * 3);
  const index = new Uint32Array(ni);
  let vo = 0, io = 0;
  for (const g of parts) {
    const p = g.getAttribute('position');
    const n = g.getAttribute('normal');
    pos.set(p.array as Float32Array, vo * 3);
    if (n) nor.set(n.array as Float32Array, vo * 3);
    const ia = g.getIndex()!.array;
    if (ia instanceof Uint16Array) offsetIndex16(ia, index, io, vo);
    else offsetIndex32(ia as Uint32Array, index, io, vo);
    vo += p.count;
    io += ia.length;
    g.dispose();
  }
  const out = new BufferGeometry();
  out.setAttribute('position', new BufferAttribute(pos, 3));
  out.setAttribute('normal', new BufferAttribute(nor, 3));
  out.setIndex(new BufferAttribute(index, 1));
  return out;
}

export const dist = distance;
export const diff = sub;

/** `from` + `offset` into `to` at `at`; one loop per index type, so each reads one kind of array. */
function offsetIndex16(from: Uint16Array, to: Uint32Array, at: number, offset: number): void {
  for (let i = 0; i < from.length; i++) to[at + i] = from[i]! + offset;
}

function offsetIndex32(from: Uint32Array, to: Uint32Array, at: number, offset: number): void {
  for (let i = 0; i < from.length; i++) to[at + i] = from[i]! + offset;
}
