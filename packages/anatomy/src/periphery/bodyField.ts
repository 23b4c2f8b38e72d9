import { morphometry } from '../morphometry';
import type { NetsFieldInPlace } from '../geometry/surfaceNets';
import type { SpineFrame } from '../frame/spineFrame';
import type { Vec3 } from '../types';
import { interp } from './mesh';
import { body, peripheryPlan, type PeripheryPlan } from './plan';

/**
 * The body's outer envelope as an implicit function: negative inside, roughly a signed distance in mm.
 * It is a smooth union of measured parts: a torso-and-neck column whose horizontal sections follow the
 * spine (posterior skin = dorsal epidural space + published skin-to-epidural depth), a head, shoulders,
 * deltoids, upper arms, buttocks, thighs, knees and upper shins.
 */
export interface BodyField {
  /** Mirror-symmetric in x = 0: f(−x, y, z) = f(x, y, z) exactly (the body is evaluated on its left half). */
  (x: number, y: number, z: number): number;
  bounds: { min: [number, number, number]; max: [number, number, number] };
  /** Adds a padding sphere (smooth-unioned): the skin will lie at least r from p, and from p's mirror image. */
  pad(p: Vec3, r: number): void;
  /** The same field for surfaceNets, evaluated in place (no boxed numbers per node). */
  inPlace: NetsFieldInPlace;
}

/**
 * A part of the body: its box, its blend radius and its shape as plain numbers (`kind` picks the formula in
 * `primDistance`). One monomorphic function for every part keeps the field free of polymorphic calls and
 * boxed return values: it is evaluated some 40,000 times per skin.
 */
interface Prim {
  bb: [number, number, number, number, number, number]; kind: 0 | 1; d: Float64Array;
  /**
   * Its own blend radius (undefined: the body's). Every part is made with the field, so all share one hidden
   * class: one given it later (the thigh) had another, and the field's loop over the parts read them polymorphically.
   */
  k: number | undefined;
  /** A sphere (centre, radius) such that the part's distance is at least |p − centre| − radius everywhere. */
  far: Float64Array;
}

const CAPSULE = 0, ELLIPSOID = 1;

const smin = (a: number, b: number, k: number) => {
  const gap = Math.abs(a - b);
  // Outside the blend band the weight is exactly 0: the plain minimum, without the division (same bits).
  if (gap >= k) return Math.min(a, b);
  const h = Math.max(k - gap, 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
};

/** Tapered capsule with elliptical section: radii (ru along `up`, rv along the third axis) from a to b. */
function ellCapsule(a: Vec3, b: Vec3, up: Vec3, ra: [number, number], rb: [number, number], k: number): Prim {
  const ax = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const L = Math.hypot(ax[0]!, ax[1]!, ax[2]!);
  const w = [ax[0]! / L, ax[1]! / L, ax[2]! / L] as const;
  let u = [up[0] - w[0] * (up[0] * w[0] + up[1] * w[1] + up[2] * w[2]), up[1] - w[1] * (up[0] * w[0] + up[1] * w[1] + up[2] * w[2]), up[2] - w[2] * (up[0] * w[0] + up[1] * w[1] + up[2] * w[2])];
  const ul = Math.hypot(u[0]!, u[1]!, u[2]!);
  u = [u[0]! / ul, u[1]! / ul, u[2]! / ul];
  const v = [w[1] * u[2]! - w[2] * u[1]!, w[2] * u[0]! - w[0] * u[2]!, w[0] * u[1]! - w[1] * u[0]!];
  const rmax = Math.max(ra[0], ra[1], rb[0], rb[1]) + k;
  const bb: Prim['bb'] = [
    Math.min(a[0], b[0]) - rmax, Math.min(a[1], b[1]) - rmax, Math.min(a[2], b[2]) - rmax,
    Math.max(a[0], b[0]) + rmax, Math.max(a[1], b[1]) + rmax, Math.max(a[2], b[2]) + rmax,
  ];
  const d = Float64Array.of(a[0], a[1], a[2], w[0], w[1], w[2], u[0]!, u[1]!, u[2]!, v[0]!, v[1]!, v[2]!, L, ra[0], ra[1], rb[0], rb[1]);
  const far = Float64Array.of((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2, L / 2 + Math.max(ra[0], ra[1], rb[0], rb[1]));
  return { bb, kind: CAPSULE, d, far, k: undefined };
}

function ellipsoidPrim(c: Vec3, r: Vec3, k: number): Prim {
  return {
    bb: [c[0] - r[0] - k, c[1] - r[1] - k, c[2] - r[2] - k, c[0] + r[0] + k, c[1] + r[1] + k, c[2] + r[2] + k],
    kind: ELLIPSOID,
    d: Float64Array.of(c[0], c[1], c[2], r[0], r[1], r[2], Math.min(r[0], r[1], r[2])),
    far: Float64Array.of(c[0], c[1], c[2], Math.max(r[0], r[1], r[2])),
    k: undefined,
  };
}

/**
 * True when a part's distance at (x, y, z) is surely at least `limit`: then smin(d, v, k) with limit = d + k
 * is exactly d (the blend weight is 0 and d is the smaller), and the part need not be evaluated. The part's
 * distance is at least |p − c| − r for its bounding sphere (c, r); 1e-3 mm covers rounding.
 */
function beyondBlend(far: Float64Array, q: Float64Array, limit: number): boolean {
  const dx = q[0]! - far[0]!, dy = q[1]! - far[1]!, dz = q[2]! - far[2]!;
  const lb = Math.sqrt(dx * dx + dy * dy + dz * dz) - far[3]!;
  return lb >= limit + 1e-3;
}

/**
 * Roughly the signed distance (mm) from a part's surface at the point (q[0], q[1], q[2]), into q[3]. (Numbers in
 * and out through an array: a number passed to or returned from a call that is not inlined is boxed.)
 */
function primDistance(kind: number, d: Float64Array, q: Float64Array): void {
  const x = q[0]!, y = q[1]!, z = q[2]!;
  if (kind === CAPSULE) {
    const px = x - d[0]!, py = y - d[1]!, pz = z - d[2]!;
    const L = d[12]!;
    const t = px * d[3]! + py * d[4]! + pz * d[5]!;
    const h = Math.max(0, Math.min(1, t / L));
    const qt = t - h * L;
    const qu = px * d[6]! + py * d[7]! + pz * d[8]!;
    const qv = px * d[9]! + py * d[10]! + pz * d[11]!;
    const ru = d[13]! + (d[15]! - d[13]!) * h, rv = d[14]! + (d[16]! - d[14]!) * h;
    const rt = Math.min(ru, rv);
    const iu = qu / ru, iv = qv / rv, it = qt / rt;
    const kk = Math.sqrt(iu * iu + iv * iv + it * it);
    const ql = Math.sqrt(qu * qu + qv * qv + qt * qt);
    q[3] = kk < 1e-9 ? -rt : ql * (1 - 1 / kk);
    return;
  }
  const px = x - d[0]!, py = y - d[1]!, pz = z - d[2]!;
  const ix = px / d[3]!, iy = py / d[4]!, iz = pz / d[5]!;
  const k0 = Math.sqrt(ix * ix + iy * iy + iz * iz);
  const ql = Math.sqrt(px * px + py * py + pz * pz);
  q[3] = k0 < 1e-9 ? -d[6]! : ql * (1 - 1 / k0);
}

/** Skin over a spinous process tip at least this deep (mm); lumbar skin–tip depth is 1–3 cm. */
const SP_COVER = body.body.skin_over_spinous_tip_min_mm;

interface TorsoTable { z0: number; z1: number; step: number; cy: Float32Array; a: Float32Array; b: Float32Array; bulge: Float32Array }

/** Posterior skin line (midline, y as a function of z) from the spine and the published depths. */
export function posteriorSkinLine(frame: SpineFrame, plan: PeripheryPlan): [number, number][] {
  const e = morphometry.epidural_ligament_skin as Record<string, number | number[]>;
  const depth = (z: number) => interp([
    [plan.canal('L5')[2], (e.skin_to_epidural_lumbar_cm as number) * 10],
    [plan.canal('L1')[2], (e.skin_to_epidural_lumbar_cm as number) * 10],
    [plan.canal('T10')[2], (e.skin_to_epidural_thoracic_mid_cm as number) * 10],
    [plan.canal('T2')[2], (e.skin_to_epidural_thoracic_mid_cm as number) * 10],
    [(plan.canal('C7')[2] + plan.canal('T1')[2]) / 2, (e.skin_to_epidural_C7_T1_cm as number) * 10],
    [(plan.canal('C6')[2] + plan.canal('C7')[2]) / 2, (e.skin_to_epidural_C6_C7_cm as number) * 10],
    [(plan.canal('C5')[2] + plan.canal('C6')[2]) / 2, (e.skin_to_epidural_C5_C6_cm as number) * 10],
    [plan.canal('C2')[2], 46],
  ], z);
  const pts: [number, number][] = plan.dorsalEpidural.map(({ z, y }) => [z, y + depth(z)]);
  // Over the sacrum: skin over its dorsal surface.
  const S = plan.sacrum;
  for (const s of [10, 30, 50, 70, 90]) {
    const p = S.point(s, 40 - 0.1 * s, 0);
    const q: Vec3 = [0, p[1] + S.posterior[1] * body.body.skin_over_sacrum_mm, p[2] + S.posterior[2] * body.body.skin_over_sacrum_mm];
    pts.push([q[2], q[1]]);
  }
  pts.sort((a, b) => a[0] - b[0]);
  // Keep the line monotone in z (the sacral samples may interleave with L5).
  const out: [number, number][] = [];
  for (const p of pts) if (!out.length || p[0] > out[out.length - 1]![0] + 4) out.push(p);
  return out;
}

function torsoTable(frame: SpineFrame, plan: PeripheryPlan, tips: readonly Vec3[]): TorsoTable {
  const B = body.body;
  const post = posteriorSkinLine(frame, plan);
  const zC7 = frame.vertebrae.C7.centre[2], zT1 = frame.vertebrae.T1.centre[2];
  const zT4 = frame.vertebrae.T4.centre[2], zT8 = frame.vertebrae.T8.centre[2], zT12 = frame.vertebrae.T12.centre[2];
  const zL3 = frame.vertebrae.L3.centre[2];
  const zC2 = frame.vertebrae.C2.centre[2];
  const width: [number, number][] = [
    [-135, 60], [-110, B.hip_half_width_mm - 45], [-80, B.hip_half_width_mm - 18], [-30, B.hip_half_width_mm - 14], [30, B.hip_half_width_mm - 22], [zL3, B.waist_half_width_mm],
    [zT12, B.waist_half_width_mm + 8], [zT8, B.chest_half_width_mm], [zT4, B.chest_half_width_mm - 4], [zT1 - 12, B.chest_half_width_mm - 22],
    [zT1 + 14, B.neck_half_width_mm + 30], [zC7 + 22, B.neck_half_width_mm + 4], [zC2, B.neck_half_width_mm], [zC2 + 50, B.neck_half_width_mm - 6], [zC2 + 95, 30],
  ];
  const depthT: [number, number][] = [
    [-135, 120], [-105, 180], [-80, 200], [30, 205], [zL3, B.waist_depth_mm], [zT12, B.waist_depth_mm + 5], [zT8, B.chest_depth_mm], [zT4, B.chest_depth_mm - 25],
    [zT1 - 10, B.upper_chest_depth_mm], [zC7 + 14, B.neck_depth_mm + 10], [zC2, B.neck_depth_mm], [zC2 + 50, B.neck_depth_mm - 14], [zC2 + 95, 60],
  ];
  const bulgeT: [number, number][] = [[-60, 6], [0, 12], [zL3, 15], [zT12, 12], [zT8, 6], [zT1, 4], [zC2, 6]];
  const z0 = -135, z1 = zC2 + 95, step = 2;
  const n = Math.ceil((z1 - z0) / step) + 1;
  const cy = new Float32Array(n), a = new Float32Array(n), b = new Float32Array(n), bulge = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const z = z0 + i * step;
    let yp = interp(post, z);
    // Spinous process tips stay 1.5–3 cm under the midline skin (the bony geometry may reach further back).
    for (const t of tips) yp = Math.max(yp, t[1] + SP_COVER - 0.3 * Math.abs(z - t[2]));
    const d = interp(depthT, z);
    b[i] = d / 2;
    cy[i] = yp - d / 2;
    a[i] = interp(width, z);
    bulge[i] = interp(bulgeT, z);
  }
  // Box-filter the profiles (±16 mm) so the keyframes leave no creases on the skin.
  const smooth = (arr: Float32Array) => {
    const src = arr.slice();
    const w = 8;
    for (let i = 0; i < n; i++) {
      let sum = 0, cnt = 0;
      for (let k = Math.max(0, i - w); k <= Math.min(n - 1, i + w); k++) { sum += src[k]!; cnt++; }
      arr[i] = sum / cnt;
    }
  };
  smooth(cy); smooth(a); smooth(b); smooth(bulge);
  return { z0, z1, step, cy, a, b, bulge };
}

export function bodyField(frame: SpineFrame, extra: { occiput?: Vec3; spinousTips?: readonly Vec3[] } = {}): BodyField {
  const plan = peripheryPlan(frame);
  const table = torsoTable(frame, plan, extra.spinousTips ?? []);
  const B = body.body;
  const K = 34; // blend radius between parts
  const prims: Prim[] = [];

  // Torso and neck column.
  const T = table;
  const n = T.cy.length;
  let amax = 0, ymin = Infinity, ymax = -Infinity;
  for (let i = 0; i < n; i++) { amax = Math.max(amax, T.a[i]!); ymin = Math.min(ymin, T.cy[i]! - T.b[i]!); ymax = Math.max(ymax, T.cy[i]! + T.b[i]! + T.bulge[i]!); }
  const torsoBox: Prim['bb'] = [-amax - K, ymin - K, T.z0 - K, amax + K, ymax + K, T.z1 + K];
  /** The column at (pt[0], pt[1], pt[2]), into pt[3] (see primDistance). */
  const torso = (pt: Float64Array): void => {
    const x = pt[0]!, y = pt[1]!, z = pt[2]!;
    const u = (Math.min(T.z1, Math.max(T.z0, z)) - T.z0) / T.step;
    const i = Math.min(n - 2, Math.floor(u)), t = u - i;
    const cy = T.cy[i]! + (T.cy[i + 1]! - T.cy[i]!) * t;
    const a = T.a[i]! + (T.a[i + 1]! - T.a[i]!) * t;
    const b = T.b[i]! + (T.b[i + 1]! - T.b[i]!) * t;
    const bu = T.bulge[i]! + (T.bulge[i + 1]! - T.bulge[i]!) * t;
    let py = y - cy;
    if (py > 0) {
      const g = (Math.abs(x) - 36) / 22;
      const g2 = g * g;
      py -= bu * (g2 > 6 ? 0 : 1 / (1 + g2 + 0.5 * g2 * g2)) - bu * 0.35;
      if (py < 0) py *= 0.5;
    }
    const px = x;
    // Superellipse of exponent 2.5: |t|^2.5 = t² √|t|, and the norm s^(1/2.5) as exp(0.4 ln s), which V8
    // computes in about half the time of Math.pow (within 1e-15 of it).
    const ta = Math.abs(px / a), tb = Math.abs(py / b);
    const s = ta * ta * Math.sqrt(ta) + tb * tb * Math.sqrt(tb);
    const kk = Math.exp(0.4 * Math.log(s));
    const q = Math.sqrt(px * px + py * py);
    let d = kk < 1e-9 ? -Math.min(a, b) : q * (1 - 1 / kk);
    if (z < T.z0) d = Math.max(d, T.z0 - z);
    if (z > T.z1) d = Math.max(d, z - T.z1);
    pt[3] = d;
  };

  // Head (posterior scalp placed from the occipital protuberance when the neural builder gave one).
  const c1 = plan.canal('C1');
  const eop: Vec3 = extra.occiput ?? [0, c1[1] + 52, c1[2] + 48];
  const hr: Vec3 = [B.head_breadth_mm / 2, B.head_length_mm / 2, 112];
  const hc: Vec3 = [0, eop[1] + B.scalp_over_occiput_mm - hr[1], eop[2] + 32];
  prims.push(ellipsoidPrim(hc, hr, K));
  prims.push(ellipsoidPrim([0, hc[1] - 38, hc[2] - 78], [52, 52, 48], K)); // jaw and chin

  for (const sp of plan.sides) {
    const sx = sp.sx;
    const hh = sp.humeralHead;
    // Shoulder girdle: neck base to acromion, flattened (trapezius slope), wide front to back.
    prims.push(ellCapsule([sx * 38, hh[1] + 12, hh[2] + 42], [sx * (Math.abs(hh[0]) + 4), hh[1] + 14, hh[2] + 16], [0, 0, 1], [44, 62], [36, 50], K));
    // Deltoid over the humeral head.
    prims.push(ellipsoidPrim([hh[0] + sx * 10, hh[1] - 2, hh[2] - 10], [40, 50, 58], K));
    // Upper arm to the elbow.
    prims.push(ellCapsule([hh[0] + sp.armDir[0] * 40, hh[1], hh[2] - 40], [sp.elbow[0] + sp.armDir[0] * 12, sp.elbow[1] + sp.armDir[1] * 12, sp.elbow[2] + sp.armDir[2] * 12], [1, 0, 0], [B.upper_arm_radius_mm, B.upper_arm_radius_mm + 4], [37, 37], 18));
    // Scapula cover (infraspinatus, supraspinatus, trapezius): a flat ellipsoid over the blade.
    const s = sp.scapula;
    const sc: Vec3 = [(s.superiorAngle[0] + s.inferiorAngle[0] + s.lateralAngle[0]) / 3 + sx * 6, (s.spineRoot[1] + s.inferiorAngle[1]) / 2 + 4, (s.superiorAngle[2] + s.inferiorAngle[2]) / 2 + 4];
    prims.push(ellCapsule([sc[0] - sx * 30, sc[1] - 4, sc[2] + 60], [sc[0] + sx * 8, sc[1] + 8, sc[2] - 70], [sp.scapula.posterior[0], sp.scapula.posterior[1], 0], [25, 62], [23, 52], K));
    // Clavicle ridge.
    for (let i = 0; i < sp.clavicle.length - 1; i++) prims.push(ellCapsule(sp.clavicle[i]!, sp.clavicle[i + 1]!, [0, 0, 1], [16, 16], [16, 16], 14));
    // Buttock.
    prims.push(ellipsoidPrim([sx * 66, 42, -92], [80, 64, 92], 26));
    // Thigh, knee, upper shin.
    const k = sp.knee;
    const thigh = ellCapsule([sx * 86, sp.hip[1] - 6, sp.hip[2] - 20], [k[0], k[1] - 2, k[2] + 60], [0, 1, 0], [B.thigh_top_radius_mm, B.thigh_top_radius_mm], [58, 60], 56);
    thigh.k = 56;
    prims.push(thigh);
    prims.push(ellipsoidPrim([k[0], k[1] - 9, k[2] + 16], [53, 53, 80], K));
    prims.push(ellCapsule([k[0], k[1] + 4, k[2] - 20], [k[0], k[1] + 10, k[2] - 150], [0, 1, 0], [50, 52], [46, 50], K));
  }

  let padding: Prim[] = [];
  // Bin the parts by height so that a point only visits the few parts at its level. The torso is part 0 of
  // every slab it spans (marked by a null entry: it keeps its own function).
  let zLo = torsoBox[2], zHi = torsoBox[5];
  for (const p of prims) { zLo = Math.min(zLo, p.bb[2]); zHi = Math.max(zHi, p.bb[5]); }
  const SLAB = 24;
  const nSlab = Math.ceil((zHi - zLo) / SLAB) + 1;
  // Each slab lists the parts that reach x ≤ 0 (the field is only evaluated there), in their order.
  const slabs: (Prim | null)[][] = Array.from({ length: nSlab }, () => []);
  const file = (p: Prim | null, bb: Prim['bb']) => {
    if (bb[0] > 0) return;
    for (let i = Math.floor((bb[2] - zLo) / SLAB); i <= Math.floor((bb[5] - zLo) / SLAB); i++) slabs[i]!.push(p);
  };
  file(null, torsoBox);
  for (const p of prims) file(p, p.bb);
  const tb = torsoBox;
  // The parts are smooth-unioned one after the other, and that blend is not associative: the left parts come
  // before the right ones, so a point on the right (near its own parts, blended last) got up to 3 mm another
  // value than its mirror image on the left. The field is the left half's, reflected: exactly symmetric, so the
  // skin can be meshed on one half (surfaceNets mirrorX) and the right side's landmarks mirrored.
  // The point, folded onto x ≤ 0, in q[0 … 2]; the parts leave their distances in q[3].
  const q = new Float64Array(4);
  /** The field at (io[0], io[1], io[2]), into io[3]. */
  const evalInPlace = (io: Float64Array): void => {
    const xs = io[0]!, y = io[1]!, z = io[2]!;
    const x = xs > 0 ? -xs : xs;
    q[0] = x; q[1] = y; q[2] = z;
    let d = 1e3;
    const si = Math.floor((z - zLo) / SLAB);
    if (si >= 0 && si < nSlab) {
      const list = slabs[si]!;
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!;
        if (p === null) {
          if (x < tb[0] || y < tb[1] || z < tb[2] || x > tb[3] || y > tb[4] || z > tb[5]) continue;
          torso(q);
          const v = q[3]!;
          d = d === 1e3 ? v : smin(d, v, K);
          continue;
        }
        const bb = p.bb;
        if (x < bb[0] || y < bb[1] || z < bb[2] || x > bb[3] || y > bb[4] || z > bb[5]) continue;
        const k = p.k ?? K;
        if (d !== 1e3 && beyondBlend(p.far, q, d + k)) continue;
        primDistance(p.kind, p.d, q);
        const v = q[3]!;
        d = d === 1e3 ? v : smin(d, v, k);
      }
    }
    for (let i = 0; i < padding.length; i++) {
      const p = padding[i]!;
      const bb = p.bb;
      if (x < bb[0] || y < bb[1] || z < bb[2] || x > bb[3] || y > bb[4] || z > bb[5]) continue;
      if (beyondBlend(p.far, q, d + 10)) continue;
      primDistance(p.kind, p.d, q);
      d = smin(d, q[3]!, 10);
    }
    io[3] = d;
  };
  const pt = new Float64Array(4);
  const evalAll = (xs: number, y: number, z: number): number => {
    pt[0] = xs; pt[1] = y; pt[2] = z;
    evalInPlace(pt);
    return pt[3]!;
  };
  // For surfaceNets: the point and the value through an array (NetsFieldInPlace; the row is not used).
  const io = new Float64Array(4);
  const inPlace: NetsFieldInPlace = { io, at: () => evalInPlace(io) };
  const f = evalAll as BodyField;
  const mn: [number, number, number] = [Infinity, Infinity, Infinity], mx: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const p of prims) {
    for (let q = 0; q < 3; q++) { mn[q] = Math.min(mn[q]!, p.bb[q]!); mx[q] = Math.max(mx[q]!, p.bb[q + 3]!); }
  }
  mn[2] = Math.min(mn[2], T.z0); mx[2] = Math.max(mx[2], T.z1);
  f.bounds = { min: mn, max: mx };
  f.inPlace = inPlace;
  f.pad = (p, r) => { padding = [...padding, ellipsoidPrim([-Math.abs(p[0]), p[1], p[2]], [r, r, r], 10)]; };
  return f;
}
