/** Mesh helpers of the neural builder: canal-following sweeps, nerve tubes, merging, outward winding. */
import { BufferAttribute, BufferGeometry, Float32BufferAttribute } from 'three';
import type { Vec3 } from '../types';
import { loftRings, superellipseRing } from '../geometry/loft';
import { smoothPath, tubeAlong } from '../geometry/tube';
import { ellipsoid } from '../geometry/ellipsoid';
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
export function signedVolume(g: BufferGeometry): number {
  const p = g.getAttribute('position').array as Float32Array;
  const idx = g.getIndex();
  if (!idx) return 0;
  const ix = idx.array;
  let v = 0;
  for (let i = 0; i < ix.length; i += 3) {
    const a = ix[i]! * 3, b = ix[i + 1]! * 3, c = ix[i + 2]! * 3;
    const ax = p[a]!, ay = p[a + 1]!, az = p[a + 2]!;
    const bx = p[b]!, by = p[b + 1]!, bz = p[b + 2]!;
    const cx = p[c]!, cy = p[c + 1]!, cz = p[c + 2]!;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

/** Makes every face wind outward (flips the whole mesh, and its normals, if its signed volume is negative). */
export function orientOutward(g: BufferGeometry): BufferGeometry {
  if (signedVolume(g) >= 0) return g;
  const idx = g.getIndex()!;
  const arr = idx.array as Uint32Array | Uint16Array;
  for (let i = 0; i < arr.length; i += 3) { const t = arr[i + 1]!; arr[i + 1] = arr[i + 2]!; arr[i + 2] = t; }
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
  let first: { s: CanalSample; sec: Section } | undefined;
  let last: { s: CanalSample; sec: Section } | undefined;
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
    if (!first) first = { s, sec };
    last = { s, sec };
  }
  const g = loftRings(rings, {
    startApex: caps.startApex && first ? caps.startApex(first.s, first.sec) : undefined,
    endApex: caps.endApex && last ? caps.endApex(last.s, last.sec) : undefined,
  });
  return orientOutward(g);
}

/** A closed nerve tube through control points (smoothed, resampled to the tier's ring spacing). */
export function nerveTube(control: readonly Vec3[], radius: number | ((t: number) => number), radial: number, ringsPer10mm: number): BufferGeometry {
  const smooth = control.length >= 3 ? smoothPath(control, 6) : [...control];
  const step = 10 / Math.max(0.5, ringsPer10mm);
  const path = resample(smooth, step);
  return orientOutward(tubeAlong(path, { radius, radial }));
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
  if (Math.hypot(u[0], u[1], u[2]) < 1e-6) u = cross([1, 0, 0], w);
  u = normalize(u);
  const v = normalize(cross(w, u));
  return orientOutward(ellipsoid(c, u, v, w, [r[1], r[2], r[0]], segments));
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
    for (let i = 0; i < ia.length; i++) index[io + i] = ia[i]! + vo;
    vo += p.count;
    io += ia.length;
    g.dispose();
  }
  const out = new BufferGeometry();
  out.setAttribute('position', new Float32BufferAttribute(pos, 3));
  out.setAttribute('normal', new Float32BufferAttribute(nor, 3));
  out.setIndex(new BufferAttribute(index, 1));
  return out;
}

export const dist = distance;
export const diff = sub;
