/**
 * The vertebral canal as one continuous, smooth centreline with a cross-section frame and the
 * measured sizes at every point, from the foramen magnum down the sacral canal to the hiatus.
 * Every neural sheath (epidural space, dura, cord) is swept along this one path, so they nest.
 *
 * Stations sit at mid-body height of each level: u = 0 foramen magnum, 1 = C1 … 7 = C7,
 * 8 = T1 … 19 = T12, 20 = L1 … 24 = L5, 25 = S1 … 29 = S5. Between stations the position is a
 * Catmull-Rom spline and the sizes are linear.
 */
import type { SpineFrame } from '../frame/spineFrame';
import { VERTEBRAE, type VertebraLevel } from '../levels';
import { morphometry } from '../morphometry';
import type { Vec3 } from '../types';
import { add, addScaled, distance, normalize, scale } from '../geometry/vec';
import { sacralSegments, type SacralSegment } from './sacralEstimate';

const ELS = morphometry.epidural_ligament_skin as Record<string, number>;

export interface CanalStation {
  u: number;
  /** Centre of the bony canal. */
  p: Vec3;
  /** Unit posterior direction of the cross-section (in the sagittal plane). */
  P: Vec3;
  /** Bony canal transverse width and AP depth (mm). */
  W: number;
  D: number;
  /** Measured dorsal epidural depth: flavum / lamina to dura (mm). */
  dorsalEpidural: number;
  /** Dural sac width as a fraction of the canal width. */
  duraWidthFraction: number;
  label: string;
}

/**
 * The dorsal boundary of the canal as the bones actually lay it (lamina / ligamentum flavum / sacral roof),
 * and the dura's dorsal surface, as P-offsets from the canal centre, sampled every `du` from u = 0.
 */
export interface DorsalProfile {
  du: number;
  wall: number[];
  dura: number[];
  /** The wall measured exactly at u (a ray), for landmarks. */
  exact(u: number): number;
}

export interface CanalSample extends CanalStation {
  /** P-offset of the dorsal wall (flavum/lamina) and of the dura's dorsal surface here. */
  wall: number;
  duraDorsal: number;
  /** Unit tangent, pointing caudally (down the canal). */
  t: Vec3;
  /** Unit left direction, perpendicular to t and P. */
  L: Vec3;
}

/** Station index of a level's mid-body. */
export function stationOf(level: string): number {
  if (level === 'FM') return 0;
  const i = (VERTEBRAE as readonly string[]).indexOf(level);
  if (i >= 0) return i + 1;
  const m = /^S([1-5])$/.exec(level);
  if (m) return 24 + Number(m[1]);
  throw new Error(`No canal station for "${level}"`);
}

/** Dorsal epidural depth per station (mm), from `epidural_ligament_skin` (cervical 1.5, C7–T1 2, mid-thoracic 3.5, L2–L3 5.5, L5–S1 2). */
function dorsalDepth(label: string): number {
  const cerv = ELS.posterior_epidural_depth_cervical_mm!;
  const c7t1 = ELS.posterior_epidural_depth_C7_T1_mm!;
  const midT = ELS.posterior_epidural_depth_thoracic_mid_mm!;
  const l23 = ELS.posterior_epidural_depth_lumbar_L2_L3_mm!;
  const l5s1 = ELS.posterior_epidural_depth_L5_S1_mm!;
  const table: Record<string, number> = {
    FM: cerv, C1: cerv, C2: cerv, C3: cerv, C4: cerv, C5: cerv, C6: cerv, C7: c7t1, T1: c7t1,
    // Interpolated between the measured anchors (our choice).
    T2: c7t1 + (midT - c7t1) * 0.35, T3: c7t1 + (midT - c7t1) * 0.7,
    T4: midT, T5: midT, T6: midT, T7: midT, T8: midT, T9: midT, T10: midT,
    T11: midT + (l23 - midT) * 0.25, T12: midT + (l23 - midT) * 0.5, L1: midT + (l23 - midT) * 0.75,
    L2: l23, L3: l23, L4: (l23 + l5s1) / 2, L5: l5s1, S1: l5s1, S2: l5s1, S3: l5s1, S4: l5s1, S5: l5s1,
  };
  return table[label]!;
}

/** Dural sac width / canal width (our estimate: cervical and thoracic sacs fill the canal more than lumbar ones). */
function duraFraction(label: string): number {
  if (label === 'FM' || label.startsWith('C')) return 0.8;
  if (label.startsWith('T')) return label === 'T12' ? 0.74 : label === 'T11' ? 0.76 : 0.78;
  const lumbar: Record<string, number> = { L1: 0.72, L2: 0.7, L3: 0.68, L4: 0.64, L5: 0.56, S1: 0.48, S2: 0.4, S3: 0.4, S4: 0.4, S5: 0.4 };
  return lumbar[label]!;
}

/** `normalize([x, y, z])` without the intermediate array. */
function unit(x: number, y: number, z: number): Vec3 {
  const l = Math.sqrt(x * x + y * y + z * z) || 1;
  return [x / l, y / l, z / l];
}

export interface Canal {
  stations: readonly CanalStation[];
  sacrum: readonly SacralSegment[];
  /** Station u at the last station (hiatus end). */
  uMax: number;
  sample(u: number): CanalSample;
  /** The u of the canal point closest to `p` (by projection on the sampled path). */
  uAt(p: Vec3): number;
  /** u sample list from u0 to u1 with about `step` mm between samples. */
  range(u0: number, u1: number, step: number): number[];
  /** Point of a vertebra's local frame at canal-centre depth: the canal axis at local height z. */
  axisPoint(level: VertebraLevel, z: number): Vec3;
  /** Installs the measured dorsal profile (see dorsalWall.ts); before that the wall is D/2. */
  setProfile(profile: DorsalProfile): void;
  profile(): DorsalProfile | undefined;
}

export function buildCanal(frame: SpineFrame): Canal {
  const stations: CanalStation[] = [];
  const V = frame.vertebrae;
  const push = (label: string, p: Vec3, P: Vec3, W: number, D: number) =>
    stations.push({ u: stations.length, p, P: normalize(P), W, D, dorsalEpidural: dorsalDepth(label), duraWidthFraction: duraFraction(label), label });

  // C1: the usable canal lies behind the dens (radius ~5 mm) and its transverse ligament (~2.5 mm).
  const c1 = V.C1;
  const c1m = morphometry.C1 as Record<string, number>;
  const c1Depth = c1m.canal_depth_mm! - 10 - 3 + 4.5; // dens + ligament off the ring's AP; 4.5 = arch thickness share
  const c1Back = 5 + c1m.canal_depth_mm! / 2 - 6 + c1m.canal_depth_mm! / 2; // posterior canal wall behind the dens centre
  const c1Centre = addScaled(c1.centre, c1.axis.y, c1Back - c1Depth / 2);
  const c1W = c1m.canal_width_mm! - 2.5;
  // Foramen magnum: ~14 mm above the atlas ring along its axis (estimate), a little wider and deeper.
  push('FM', addScaled(addScaled(c1Centre, c1.axis.z, 14), c1.axis.y, -1), c1.axis.y, c1W + 4, c1Depth + 2);
  push('C1', c1Centre, c1.axis.y, c1W, c1Depth);
  for (const level of VERTEBRAE.slice(1)) {
    const v = V[level];
    push(level, v.canalCentre, v.axis.y, v.m.canalWidth, v.m.canalDepth);
  }
  const sacrum = sacralSegments(frame);
  sacrum.forEach((s) => push(s.label, s.canalCentre, s.P, s.canalWidth, s.canalDepth));

  // Dense polyline for projection and arc length.
  const n = stations.length;
  // Catmull-Rom through the stations, written into CR (a typed array: no allocation, hot in range / uAt).
  // Control points in one array with a mirrored ghost point at each end (q0·2 − q1 and qn1·2 − qn2).
  const CR = new Float64Array(3);
  const CP = new Float64Array((n + 2) * 3);
  for (let k = 0; k < 3; k++) {
    CP[k] = stations[0]!.p[k]! * 2 - stations[1]!.p[k]!;
    for (let i = 0; i < n; i++) CP[(i + 1) * 3 + k] = stations[i]!.p[k]!;
    CP[(n + 1) * 3 + k] = stations[n - 1]!.p[k]! * 2 - stations[n - 2]!.p[k]!;
  }
  const crInto = (u: number): void => {
    const i = Math.max(0, Math.min(n - 2, Math.floor(u)));
    const t = u - i, t2 = t * t, t3 = t2 * t;
    const o = i * 3; // CP index of station i − 1 (or the ghost)
    for (let k = 0; k < 3; k++) {
      const a0 = CP[o + k]!, p1 = CP[o + 3 + k]!, p2 = CP[o + 6 + k]!, a3 = CP[o + 9 + k]!;
      CR[k] = 0.5 * (2 * p1 + (-a0 + p2) * t + (2 * a0 - 5 * p1 + 4 * p2 - a3) * t2 + (-a0 + 3 * p1 - 3 * p2 + a3) * t3);
    }
  };
  const cr = (u: number): Vec3 => { crInto(u); return [CR[0]!, CR[1]!, CR[2]!]; };
  const uMax = stations.length - 1;
  const nd = uMax * 20 + 1;
  const dense = new Float64Array(nd * 3), denseU = new Float64Array(nd);
  for (let k = 0; k < nd; k++) { crInto(k / 20); denseU[k] = k / 20; dense[k * 3] = CR[0]!; dense[k * 3 + 1] = CR[1]!; dense[k * 3 + 2] = CR[2]!; }

  let profile: DorsalProfile | undefined;
  const sample = (uIn: number): CanalSample => {
    const u = Math.max(0, Math.min(uMax, uIn));
    const i = Math.min(uMax - 1, Math.floor(u));
    const f = u - i;
    const a = stations[i]!, b = stations[i + 1]!;
    const p = cr(u);
    const h = 0.01;
    // The frame in scalars (same arithmetic as the vec helpers: normalize, sub, lerp, addScaled, cross).
    crInto(Math.min(uMax, u + h));
    const ax = CR[0]!, ay = CR[1]!, az = CR[2]!;
    crInto(Math.max(0, u - h));
    const t = unit(ax - CR[0]!, ay - CR[1]!, az - CR[2]!);
    const t0 = t[0], t1 = t[1], t2 = t[2];
    const rx = a.P[0] + (b.P[0] - a.P[0]) * f, ry = a.P[1] + (b.P[1] - a.P[1]) * f, rz = a.P[2] + (b.P[2] - a.P[2]) * f;
    const d = -(rx * t0 + ry * t1 + rz * t2);
    const P = unit(rx + t0 * d, ry + t1 * d, rz + t2 * d);
    const L = unit(P[1] * t2 - P[2] * t1, P[2] * t0 - P[0] * t2, P[0] * t1 - P[1] * t0); // left: P × t with t caudal; checked against +x below
    const Lx: Vec3 = L[0] < 0 ? [L[0] * -1, L[1] * -1, L[2] * -1] : L;
    const mix = (x: number, y: number) => x + (y - x) * f;
    const D = mix(a.D, b.D);
    const dorsalEpidural = mix(a.dorsalEpidural, b.dorsalEpidural);
    let wall = D / 2, duraDorsal = D / 2 - dorsalEpidural;
    if (profile) {
      const k = u / profile.du;
      const j = Math.min(profile.wall.length - 2, Math.floor(k));
      const g = Math.max(0, Math.min(1, k - j));
      wall = profile.wall[j]! + (profile.wall[j + 1]! - profile.wall[j]!) * g;
      duraDorsal = profile.dura[j]! + (profile.dura[j + 1]! - profile.dura[j]!) * g;
    }
    return {
      u, p, P, t, L: Lx,
      W: mix(a.W, b.W), D, wall, duraDorsal,
      dorsalEpidural,
      duraWidthFraction: mix(a.duraWidthFraction, b.duraWidthFraction),
      label: f < 0.5 ? a.label : b.label,
    };
  };

  const segBest = (q: Vec3, k0: number, k1: number) => {
    let best = 0, bestD = Infinity;
    const qx = q[0], qy = q[1], qz = q[2];
    for (let k = Math.max(0, k0); k < Math.min(nd - 1, k1); k++) {
      const ax = dense[k * 3]!, ay = dense[k * 3 + 1]!, az = dense[k * 3 + 2]!;
      const abx = dense[k * 3 + 3]! - ax, aby = dense[k * 3 + 4]! - ay, abz = dense[k * 3 + 5]! - az;
      const l2 = abx * abx + aby * aby + abz * abz || 1;
      const s = Math.max(0, Math.min(1, ((qx - ax) * abx + (qy - ay) * aby + (qz - az) * abz) / l2));
      const dx = qx - (ax + abx * s), dy = qy - (ay + aby * s), dz = qz - (az + abz * s);
      const d = Math.sqrt(dx * dx + dy * dy + dz * dz);
      if (d < bestD) { bestD = d; best = denseU[k]! + s * (denseU[k + 1]! - denseU[k]!); }
    }
    return { best, bestD };
  };
  const uAt = (q: Vec3): number => {
    // Coarse pass on the stations, then the fine polyline around the best one.
    let kBest = 0, dBest = Infinity;
    for (let k = 0; k < nd; k += 10) {
      const x = q[0] - dense[k * 3]!, y = q[1] - dense[k * 3 + 1]!, z = q[2] - dense[k * 3 + 2]!;
      const d = Math.sqrt(x * x + y * y + z * z);
      if (d < dBest) { dBest = d; kBest = k; }
    }
    return segBest(q, kBest - 30, kBest + 30).best;
  };

  const range = (u0: number, u1: number, step: number): number[] => {
    const out: number[] = [u0];
    let acc = 0;
    crInto(u0);
    let px = CR[0]!, py = CR[1]!, pz = CR[2]!;
    const fine = 0.01 * Math.max(1, Math.min(5, step / 2));
    for (let u = u0 + fine; u < u1 - 1e-9; u += fine) {
      crInto(u);
      const cx = CR[0]!, cy = CR[1]!, cz = CR[2]!;
      const x = px - cx, y = py - cy, z = pz - cz;
      acc += Math.sqrt(x * x + y * y + z * z);
      px = cx; py = cy; pz = cz;
      if (acc >= step) { out.push(u); acc = 0; }
    }
    // Avoid a sliver at the end.
    if (out.length > 1 && distance(cr(out[out.length - 1]!), cr(u1)) < step * 0.4) out.pop();
    out.push(u1);
    return out;
  };

  const axisPoint = (level: VertebraLevel, z: number): Vec3 => {
    const v = V[level];
    const c = v.canalCentre;
    return add(c, scale(v.axis.z, z));
  };

  return { stations, sacrum, uMax, sample, uAt, range, axisPoint, setProfile: (p) => { profile = p; }, profile: () => profile };
}
