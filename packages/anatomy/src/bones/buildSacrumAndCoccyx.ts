/**
 * Sacrum and coccyx, each one structure made of closed shells:
 *  - the fused bodies (S1 endplate at the origin, tilted by the sacral slope, curving forward),
 *  - the dorsal roof (fused laminae) with the median sacral crest, ending at the hiatus apex (S4),
 *  - the lateral masses (alae above, auricular surfaces laterally at S1–S3, tapering caudally),
 *  - transverse bars joining them at the fused intersegmental levels.
 * Between the bars the sacral foramina are REAL holes: each runs from the anterior (pelvic) opening to the
 * posterior (dorsal) one, and opens medially into the sacral canal, which is a real lumen between the
 * bodies and the roof, open below at the hiatus between the cornua.
 */
import type { BuildContext } from '../build/context';
import { morphometry } from '../morphometry';
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled, lerp, normalize } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import { blob, superiorArticularProcess, toPose } from './parts';
import { boneTess, jointInPose } from './buildVertebrae';
import { sacralAxis, sacralCanalCentre, segmentPose, sideSign, vertebraLayout, type SacralStation } from './vertebraGeometry';
import { finishMesh } from '../geometry/raw';
import { pushOutside } from '../geometry/query';

const X: Vec3 = [1, 0, 0];
const SIDES: Side[] = ['left', 'right'];
const coc = morphometry.coccyx as Record<string, number>;

export function buildSacrumAndCoccyx(ctx: BuildContext): void {
  const frame = ctx.frame;
  const tess = boneTess(ctx.q);
  const ax = sacralAxis(frame);
  const seg = ax.segments;
  const samples = ctx.q.radial >= 24 ? 26 : ctx.q.radial >= 16 ? 18 : 12;
  const parts: RawMesh[] = [];
  const range = (s0: number, s1: number, n: number) => Array.from({ length: n }, (_, i) => s0 + ((s1 - s0) * i) / (n - 1));
  const bound = seg.map((g) => g.bottom).slice(0, 4); // S1/S2 … S4/S5
  const nearBoundary = (s: number) => Math.max(0, ...bound.map((b) => 1 - Math.abs(s - b) / 5));

  // Geometry of a station, in world terms.
  const roofCentre = (st: SacralStation) => addScaled(st.p, st.P, st.bodyDepth / 2 + st.canalDepth + st.roof / 2);
  const dorsal = (st: SacralStation) => st.bodyDepth / 2 + st.canalDepth + st.roof; // P-offset of the dorsal surface
  const roofHalf = (st: SacralStation) => st.canalWidth / 2 + 6;
  const foramenW = (st: SacralStation) => 8.5 - 3.5 * (st.s / ax.length);
  const innerX = (st: SacralStation) => Math.max(st.bodyWidth / 2, roofHalf(st)) + foramenW(st);
  const lmDepth = (st: SacralStation) => {
    const t = st.s / ax.length;
    return sacDepth(t);
  };

  // 1. Fused bodies, with transverse ridges at the fused discs and a concave S1 endplate.
  {
    const ss = range(0, ax.length, samples);
    const sections: Section[] = ss.map((s, i) => {
      const st = ax.at(s);
      const k = i === 0 ? 0.96 : 0.955 + 0.045 * nearBoundary(s);
      const apexTaper = s > ax.length - 6 ? 0.75 + 0.25 * (ax.length - s) / 6 : 1;
      return { c: st.p, u: X, v: st.P, a: (st.bodyWidth / 2) * k * apexTaper, b: (st.bodyDepth / 2) * k * apexTaper, exponent: 2.4 };
    });
    parts.push(sweepSections(sections, tess.body, { startCap: -0.8, endCap: 1.5 }));
  }
  // 2. Dorsal roof from just below the S1 endplate (the S1 lamina's upper edge) to the hiatus apex.
  const S1 = vertebraLayout(frame, 'S1');
  const roofTop = S1.H / 2 - (S1.lamina.mid[2] + S1.lamina.halfHeight * Math.cos(S1.lamina.slope * Math.PI / 180));
  {
    const ss = range(Math.max(2, roofTop), ax.hiatusApex, Math.max(6, Math.round(samples * 0.8)));
    const sections: Section[] = ss.map((s) => {
      const st = ax.at(s);
      return { c: roofCentre(st), u: X, v: st.P, a: roofHalf(st), b: st.roof / 2, exponent: 2.6, bend: -3 };
    });
    parts.push(sweepSections(sections, tess.part + 6, { startCap: 0.8, endCap: 1.5 }));
    // Median sacral crest: a ridge with spinous tubercles at S1–S3 (S4 small).
    const crest = range(Math.max(2, roofTop) + 2, ax.hiatusApex - 2, 6).map((s) => {
      const st = ax.at(s);
      return { c: addScaled(st.p, st.P, dorsal(st) - 0.5), u: X, v: st.P, a: 2.2, b: 2.6, exponent: 2 } as Section;
    });
    parts.push(sweepSections(crest, tess.part, { startCap: 1, endCap: 1 }));
    seg.slice(0, 4).forEach((g, k) => {
      const st = ax.at(g.top + (g.bottom - g.top) * 0.45);
      if (st.s > ax.hiatusApex - 3) return;
      const r = [4.2, 3.8, 3.2, 2.4][k]!;
      parts.push(blob(addScaled(st.p, st.P, dorsal(st) + 1.5), [r * 0.8, r, r * 1.3], tess.part, [X, st.P, [-st.down[0], -st.down[1], -st.down[2]]]));
    });
  }
  // 3. Lateral masses (alae above; auricular surfaces laterally at S1–S3), tapering caudally.
  const lmEnd = seg[3]!.bottom + 4;
  for (const side of SIDES) {
    const s = sideSign(side);
    const ss = range(2.5, lmEnd, samples);
    const sections: Section[] = ss.map((q) => {
      const st = ax.at(q);
      const xin = innerX(st), xout = Math.max(xin + 6, st.halfWidth);
      const d = Math.max(lmDepth(st), dorsal(st) + st.bodyDepth / 2 * 0.55);
      const x0 = xin - 1.5;
      // The dorsal surface of the lateral parts lies a little in front of the crest and slopes forward
      // laterally (the convex back of the sacrum).
      const c = addScaled(addScaled(st.p, X, s * (x0 + xout) / 2), st.P, dorsal(st) - d / 2 - 2);
      const u = normalize([1, -0.28 * s * st.P[1], -0.28 * s * st.P[2]]);
      return { c, u, v: st.P, a: (xout - x0) / 2, b: d / 2, exponent: 3.6 };
    });
    parts.push(sweepSections(sections, tess.part + 4, { startCap: 1, endCap: 2 }));
  }
  // 4. The solid between the foramina: the ala root at the top of S1, then the fused transverse elements
  //    down to the lower end of the lateral masses. What is left open are the foramina S1–S4, each ~round
  //    (first posterior foramen 10.4 × 7.7 mm, Saluja 2018; the lower ones smaller, estimates).
  const fh = [11, 10, 8.5, 7];
  const fc = seg.slice(0, 4).map((g) => g.top + 0.55 * (g.bottom - g.top));
  const bars: [number, number][] = [];
  let from = 1;
  fc.forEach((c, k) => { bars.push([from, c - fh[k]! / 2]); from = c + fh[k]! / 2; });
  bars.push([from, lmEnd - 2]);
  for (const side of SIDES) {
    const s = sideSign(side);
    for (const [b0, b1] of bars) {
      // A block across x (body/canal wall → lateral mass), lofted down its span so it follows the curve.
      const n = Math.max(2, Math.round((b1 - b0) / 6) + 1);
      const rings = range(b0, b1, n).map((q) => {
        const st = ax.at(q);
        const xin = innerX(st);
        const x0 = Math.min(st.bodyWidth / 2, st.canalWidth / 2 + 1) - 1;
        const front = -st.bodyDepth / 2 * 0.8, back = dorsal(st) - 0.8;
        const c = addScaled(addScaled(st.p, st.P, (front + back) / 2), X, s * (x0 + xin + 5) / 2);
        return { c, u: X, v: st.P, a: (xin + 5 - x0) / 2, b: (back - front) / 2, exponent: 4 } as Section;
      });
      parts.push(sweepSections(rings, tess.part, { startCap: 0.8, endCap: 0.8 }));
    }
  }
  // 5. Sacral cornua beside the hiatus.
  const cornuS = ax.length - 7;
  const cornuTip: Record<Side, Vec3> = { left: [0, 0, 0], right: [0, 0, 0] };
  for (const side of SIDES) {
    const s = sideSign(side);
    const st = ax.at(cornuS);
    const c = addScaled(addScaled(st.p, X, s * (morphometry.sacrum as Record<string, number>).hiatus_intercornual_distance_mm! / 2 + s * 2.6), st.P, st.bodyDepth / 2 + st.canalDepth + 1.2);
    parts.push(blob(c, [2.6, 3, 5.5], tess.part, [X, st.P, [-st.down[0], -st.down[1], -st.down[2]]]));
    cornuTip[side] = addScaled(c, st.down, 5.5);
  }
  // The canal's lateral walls below the lateral masses (S5): low ridges carrying the cornua.
  for (const side of SIDES) {
    const s = sideSign(side);
    const ss = range(lmEnd - 6, cornuS, 4);
    const sections: Section[] = ss.map((q) => {
      const st = ax.at(q);
      return { c: addScaled(addScaled(st.p, X, s * (st.canalWidth / 2 + 2.4)), st.P, st.bodyDepth / 2 + st.canalDepth / 2), u: X, v: st.P, a: 2.4, b: st.canalDepth / 2 + 2, exponent: 2.4 };
    });
    parts.push(sweepSections(sections, tess.part, { startCap: 1, endCap: 1 }));
  }
  // The sacrum geometry so far is in world coordinates; add the S1 superior articular processes.
  const s1Pose = segmentPose(frame, 'S1');
  const geoWorld = mergeRaw(parts);
  const saps: RawMesh[] = SIDES.map((side) => superiorArticularProcess(S1, side, jointInPose(frame, 'L5-S1', side, s1Pose), tess));
  const sapWorld = toRawWorld(mergeRaw(saps), s1Pose);
  ctx.add({ id: 'sacrum', kind: 'bone', name: 'sacrum', group: 'sacrum', level: 'S1', geometry: finishMesh(mergeRaw([geoWorld, sapWorld])) });

  // Landmarks.
  const hiatusS = (ax.hiatusApex + ax.length) / 2 + 2;
  const hs = ax.at(hiatusS);
  ctx.landmark('sacral-hiatus', addScaled(hs.p, hs.P, hs.bodyDepth / 2 + hs.canalDepth));
  const s3 = seg[2]!;
  ctx.landmark('sacral-canal-S3', sacralCanalCentre(frame, (s3.top + s3.bottom) / 2));
  for (const side of SIDES) {
    const s = sideSign(side);
    ctx.landmark(`sacral-cornu-${side}`, cornuTip[side]);
    // S1 posterior foramen: between the ala root and the S1/S2 bar, between the roof and the lateral mass.
    const fs = ax.at(fc[0]!);
    const fx = (roofHalf(fs) + innerX(fs)) / 2;
    ctx.landmark(`s1-posterior-foramen-${side}`, addScaled(addScaled(fs.p, X, s * fx), fs.P, dorsal(fs) - 1));
    // L5 dorsal ramus groove: where the S1 SAP's lateral face meets the top of the ala.
    const j = jointInPose(frame, 'L5-S1', side, s1Pose);
    const sapBone = addScaled(j.centre, j.normal, -(j.gap / 2 + 3.5));
    const top = ax.at(4);
    const local = [s * (Math.abs(sapBone[0]) + j.halfWidth * 0.7 + 2), sapBone[1] - 2, 0] as Vec3;
    const w = toWorldPose(s1Pose, local);
    // Settle it on the bone: from inside the ala, up (cranially) to its superior surface.
    const plane = addScaled(top.p, top.down, 3);
    const d = (w[0] - plane[0]) * top.down[0] + (w[1] - plane[1]) * top.down[1] + (w[2] - plane[2]) * top.down[2];
    const inside = addScaled(w, top.down, -d);
    ctx.landmark(`sap-ala-junction-S1-${side}`, pushOutside([...parts, sapWorld], inside, [-top.down[0], -top.down[1], -top.down[2]]));
  }

  buildCoccyx(ctx, ax.length, tess.part);
}

/** AP depth of the lateral mass along the sacrum (t = 0 at S1, 1 at the apex): S1 ala depth 44.1 mm. */
function sacDepth(t: number): number {
  const ala = (morphometry.sacrum as Record<string, number>).s1_ala_depth_mm!;
  const pts: [number, number][] = [[0, ala], [0.25, ala * 0.8], [0.5, ala * 0.55], [0.75, ala * 0.38], [1, ala * 0.25]];
  for (let k = 0; k < pts.length - 1; k++) {
    const [t0, v0] = pts[k]!, [t1, v1] = pts[k + 1]!;
    if (t <= t1) return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
  return pts[pts.length - 1]![1];
}

function toWorldPose(pose: { centre: Vec3; axis: { x: Vec3; y: Vec3; z: Vec3 } }, p: Vec3): Vec3 {
  const { centre: c, axis: a } = pose;
  return [0, 1, 2].map((i) => c[i]! + a.x[i]! * p[0] + a.y[i]! * p[1] + a.z[i]! * p[2]) as Vec3;
}

function toRawWorld(raw: RawMesh, pose: { centre: Vec3; axis: { x: Vec3; y: Vec3; z: Vec3 } }): RawMesh {
  const out: number[] = new Array(raw.positions.length);
  for (let i = 0; i < raw.positions.length; i += 3) {
    const w = toWorldPose(pose, [raw.positions[i]!, raw.positions[i + 1]!, raw.positions[i + 2]!]);
    out[i] = w[0]; out[i + 1] = w[1]; out[i + 2] = w[2];
  }
  return { positions: out, indices: raw.indices };
}

/**
 * Coccyx: four fused-looking segments (Woon 2013: four in 76%) along a curved length of 42 mm, continuing
 * the sacral curve forward (first-to-last segment angle ~142°, i.e. ~38° of further bend), tapering from
 * Co1 (with its cornua and transverse rudiments) to a small tip.
 */
function buildCoccyx(ctx: BuildContext, sacralLength: number, seg: number): void {
  const frame = ctx.frame;
  const ax = sacralAxis(frame);
  const apex = ax.at(sacralLength);
  const n = coc.segments_count ?? 4;
  const total = coc.curved_length_mm! - 2; // the sacrococcygeal joint gap and the rounded tip take ~2 mm
  const lens = [0.32, 0.27, 0.23, 0.18].slice(0, n).map((f) => f * total);
  const width = [22, 14, 10, 6.5];
  const depth = [10, 8, 6.5, 4.5];
  const bendTotal = 180 - coc.first_to_last_segment_angle_deg!;
  const parts: RawMesh[] = [];
  let p = addScaled(apex.p, apex.down, 1.2); // sacrococcygeal joint gap
  // The coccyx leaves the sacral apex already turned forward (sacrococcygeal curvature angle 114°,
  // Indiran 2017; we give the joint half of the 66° turn, the segments the rest of the curve).
  let tilt = Math.atan2(apex.down[1], -apex.down[2]) * 180 / Math.PI - (180 - coc.sacrococcygeal_curvature_angle_deg!) / 2;
  const rad = Math.PI / 180;
  for (let k = 0; k < lens.length; k++) {
    const L = lens[k]! - 0.8;
    const tMid = tilt - (bendTotal / lens.length) * 0.5;
    const down: Vec3 = [0, Math.sin(tMid * rad), -Math.cos(tMid * rad)];
    const P: Vec3 = [0, Math.cos(tMid * rad), Math.sin(tMid * rad)];
    const c0 = p, c1 = addScaled(p, down, L);
    const w = width[k]! / 2, d = depth[k]! / 2;
    const sections: Section[] = [0, 0.15, 0.5, 0.85, 1].map((t) => {
      const k2 = t === 0 || t === 1 ? 0.85 : t === 0.5 ? 0.88 : 1;
      return { c: lerp(c0, c1, t), u: X, v: P, a: w * k2 * (1 - 0.25 * t), b: d * k2, exponent: 2.3 };
    });
    parts.push(sweepSections(sections, seg, { startCap: 0.6, endCap: 0.8 }));
    if (k === 0) {
      for (const s of [1, -1]) {
        // Coccygeal cornua (up toward the sacral cornua) and transverse rudiments.
        parts.push(blob(addScaled(addScaled(lerp(c0, c1, 0.2), X, s * 4.5), P, d + 1), [1.8, 1.8, 3.2], seg, [X, P, [-down[0], -down[1], -down[2]]]));
        parts.push(blob(addScaled(lerp(c0, c1, 0.4), X, s * (w + 2)), [3.5, 2.2, 2.5], seg));
      }
    }
    p = addScaled(c1, down, 0.8);
    tilt -= bendTotal / lens.length;
  }
  ctx.add({ id: 'coccyx', kind: 'bone', name: 'coccyx', group: 'coccyx', level: 'Co', geometry: finishMesh(mergeRaw(parts)) });
}
