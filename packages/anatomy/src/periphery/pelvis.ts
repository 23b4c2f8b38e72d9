import type { BufferGeometry } from 'three';
import type { BuildContext } from '../build/context';
import { add, lerp, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { closedLoft, ellipseRing, lathe, mergeGeometries, resample, sheet } from './mesh';
import { acetabularCup } from './hipAcetabulum';
import { femurProximal, neckAxes, neckHalfDepth } from './femurProximal';
import { buildIschiumPubis } from './hipIschiumPubis';
import { body, peripheryPlan, type PeripheryPlan, type SidePlan } from './plan';

export interface Res { ring: number; along: number; sphere: number; tube: number }

export function resolution(ctx: BuildContext): Res {
  const s = ctx.q.shell; // 16 / 28 / 40
  return {
    ring: Math.max(8, Math.round(s * 0.5)),
    along: Math.max(6, Math.round(s * 0.4)),
    sphere: Math.max(10, Math.round(s * 0.55)),
    tube: Math.max(6, Math.round(s * 0.3)),
  };
}

/**
 * The SI joint line in the sacrum frame. The auricular surface spans S1-S3 (height from morphometry);
 * its posterior line runs more medially than the anterior one (axial obliquity), which is why the
 * posterior (inferior) joint is reached on a contralateral oblique view.
 */
export interface SiJoint {
  sTop: number; sBottom: number;
  dMin(S: number): number; dMax(S: number): number;
  /** X (unsigned) of the joint's mid-surface at (S, D). */
  x(S: number, D: number): number;
}

/** Half-width (mm) below which a cell of the sacrum's outline is taken as empty. */
const CELL_MIN = 25;

export function siJointGeometry(ctx: BuildContext, plan: PeripheryPlan): SiJoint {
  const sac = ctx.get('sacrum');
  const height = 56.2;
  const sTop = 4, sBottom = sTop + height;
  const tanB = Math.tan((body.pelvis.si_joint_axial_obliquity_deg * Math.PI) / 180);
  // Lateral surface of the sacrum on an (S, D) grid, read from the sacrum's mesh when it is there, so the
  // joint hugs the auricular surface wherever the bones engineer puts it.
  const nbS = 8, nbD = 6, D0 = -18, D1 = 26;
  const grid: number[] = new Array(nbS * nbD).fill(0);
  if (sac) {
    // A cell only counts when its widest point lies beyond CELL_MIN (else the outline is used), so narrower
    // vertices cannot change the grid.
    const p = sac.geometry.getAttribute('position').array;
    const [, downY, downZ] = plan.sacrum.down, [, postY, postZ] = plan.sacrum.posterior;
    for (let i = 0; i < p.length; i += 3) {
      const x = Math.abs(p[i]!);
      if (x <= CELL_MIN) continue;
      const y = p[i + 1]!, z = p[i + 2]!;
      const S = y * downY + z * downZ;
      const D = y * postY + z * postZ;
      const bs = Math.floor(((S - sTop) / height) * nbS), bd = Math.floor(((D - D0) / (D1 - D0)) * nbD);
      if (bs >= 0 && bs < nbS && bd >= 0 && bd < nbD) grid[bs + bd * nbS] = Math.max(grid[bs + bd * nbS]!, x);
    }
  }
  const fallback = (S: number, D: number) => 51 - 0.12 * (S - sTop) - D * tanB;
  const lateral = (S: number, D: number) => {
    // Bilinear over the cell centres; empty cells (no sacrum there) fall back to the measured outline.
    const fs = Math.max(0, Math.min(nbS - 1, ((S - sTop) / height) * nbS - 0.5));
    const fd = Math.max(0, Math.min(nbD - 1, ((D - D0) / (D1 - D0)) * nbD - 0.5));
    const is = Math.min(nbS - 2, Math.floor(fs)), id = Math.min(nbD - 2, Math.floor(fd));
    const ts = fs - is, td = fd - id;
    const cell = (a: number, b: number) => {
      const v = grid[a + b * nbS]!;
      return v > CELL_MIN ? Math.min(58, Math.max(34, v)) : fallback(S, D);
    };
    return (cell(is, id) * (1 - ts) + cell(is + 1, id) * ts) * (1 - td) + (cell(is, id + 1) * (1 - ts) + cell(is + 1, id + 1) * ts) * td;
  };
  const dMin = (S: number) => { const t = (S - sTop) / height; return -12 + 3 * t; };
  const dMax = (S: number) => { const t = (S - sTop) / height; return 20 - 13 * t; };
  return {
    sTop, sBottom, dMin, dMax,
    x: (S, D) => lateral(S, D) + 1.8,
  };
}

export function buildPelvisSide(ctx: BuildContext, sp: SidePlan, plan: PeripheryPlan, si: SiJoint, res: Res): void {
  const { sx, side } = sp;
  const S = plan.sacrum;

  // --- Sacroiliac joint: a thin closed slab along the auricular surface.
  const siRings: Vec3[][] = [];
  const nS = res.along;
  const nAcross = Math.max(4, Math.round(res.ring / 3));
  const half = 1.5;
  for (let k = 0; k <= nS; k++) {
    const s = si.sTop + ((si.sBottom - si.sTop) * k) / nS;
    const d0 = si.dMin(s), d1 = si.dMax(s);
    const ring: Vec3[] = [];
    for (let j = 0; j <= nAcross; j++) {
      const d = d0 + ((d1 - d0) * j) / nAcross;
      ring.push(S.point(s, d, sx * (si.x(s, d) + half)));
    }
    for (let j = nAcross; j >= 0; j--) {
      const d = d0 + ((d1 - d0) * j) / nAcross;
      ring.push(S.point(s, d, sx * (si.x(s, d) - half)));
    }
    siRings.push(ring);
  }
  const siTop = S.point(si.sTop - 2, (si.dMin(si.sTop) + si.dMax(si.sTop)) / 2, sx * si.x(si.sTop, 4));
  const siBot = S.point(si.sBottom + 2, (si.dMin(si.sBottom) + si.dMax(si.sBottom)) / 2, sx * si.x(si.sBottom, -1));
  ctx.add({ id: `sacroiliac-joint-${side}`, kind: 'joint', name: `${cap(side)} sacroiliac joint`, side, geometry: closedLoft(siRings, siTop, siBot) });
  // Inferior (synovial) third of the posterior joint line.
  const sInf = si.sTop + (si.sBottom - si.sTop) * 0.8;
  const dInf = si.dMax(sInf) - 2.5;
  ctx.landmark(`si-joint-inferior-${side}`, S.point(sInf, dInf, sx * si.x(sInf, dInf)));

  // --- Hip bone (ilium with the acetabulum, ischium and pubis).
  const parts: BufferGeometry[] = [];
  // Posterior ilium: the auricular block lateral to the joint, reaching back to the PSIS.
  const blockRings: Vec3[][] = [];
  const nb = Math.max(5, Math.round(res.along * 0.7));
  for (let k = 0; k <= nb; k++) {
    const s = 2 + ((si.sBottom + 2 - 2) * k) / nb;
    const sc = Math.max(si.sTop, Math.min(si.sBottom, s));
    const d0 = si.dMin(sc) - 4, d1 = si.dMax(sc) + 2;
    // Behind the upper joint the ilium overhangs the sacrum (PSIS, interosseous ligament); the inferior
    // third of the posterior joint line is open, so the block only lies lateral to the joint there.
    const over = Math.max(0, Math.min(1, (40 - s) / 12));
    const dp = Math.max(d1 + 10, 50 - 0.45 * Math.max(0, s - 30));
    const xj = (d: number) => si.x(sc, d) + half + 0.6;
    const medialBack = body.pelvis.psis_half_distance_mm - 4;
    const poly: [number, number][] = [
      [xj(d0), d0], [xj((d0 + d1) / 2), (d0 + d1) / 2], [xj(d1), d1],
      [xj(d1) - 3 * over + 5 * (1 - over), (d1 + dp) / 2], [medialBack * over + (xj(d1) + 9) * (1 - over), dp],
      [(body.pelvis.psis_half_distance_mm + 10) * over + (xj(d1) + 20) * (1 - over), dp + 1], [xj(d1) + 17, (d1 + dp) / 2 + 2], [xj(d0) + 16, (d0 + d1) / 2], [xj(d0) + 10, d0 - 5],
    ];
    blockRings.push(smoothClosed(poly, res.ring).map(([x, d]) => S.point(s, d, sx * x)));
  }
  parts.push(closedLoft(blockRings));

  // Iliac wing: crest from the ASIS round to the PSIS; base along the acetabular roof and the sciatic notch.
  const n = Math.max(7, res.along + 2);
  const { crest: cr, base: bs, mid } = iliacWing(sp, n);
  const lat: Vec3 = [sx, 0, 0];
  parts.push(sheet(cr, mid, bs, (i, s) => {
    const post = i / (n - 1);
    // The crest thickens at the iliac tubercle, about a quarter of the way back from the ASIS.
    const crestT = 11 + 4 * post + 7 * Math.exp(-(((post - 0.22) / 0.1) ** 2)), baseT = 20 + 6 * post;
    return s < 0.5 ? crestT + (5 - crestT) * (s / 0.5) ** 0.6 : 5 + (baseT - 5) * ((s - 0.5) / 0.5) ** 1.6;
  }, Math.max(5, Math.round(res.ring / 2.5)), lat));

  // Acetabulum: a cup round the femoral head (2.5 mm of joint space), notched below.
  parts.push(acetabularCup({
    centre: sp.hip, axis: sp.acetabulumAxis, inner: sp.headRadius + 2.5, outer: sp.headRadius + 8.5,
    rimDeg: 94, notchDeg: 64, notchHalf: 0.45,
  }, res.ring));

  parts.push(buildIschiumPubis(sp, res));
  ctx.add({ id: `ilium-${side}`, kind: 'bone', name: `${cap(side)} hip bone (ilium, ischium, pubis)`, side, geometry: mergeGeometries(parts) });
}

/** The femur, its distal end (`distal`: the knee's metaphysis, epicondyles and condyles) included, and the hip joint. */
export function buildFemurSide(ctx: BuildContext, sp: SidePlan, res: Res, distal: readonly BufferGeometry[]): void {
  const { side, hip, neckBase, neckDir, shaftUp, knee } = sp;
  const parts: BufferGeometry[] = [];
  parts.push(femurProximal(sp, res));
  // Shaft to the distal metaphysis: rings perpendicular to the anatomical axis, flaring to the epicondyles.
  // The shaft ends at the neck base; above it the neck and the greater trochanter take over.
  const top = add(neckBase, scale(shaftUp, 12));
  // It ends inside the distal femur of knee.ts (which covers the metaphysis, epicondyles and condyles).
  const stations = FEMUR_STATIONS(top[2] - knee[2], neckBase[2] - 20 - knee[2]).filter(([h]) => h >= SHAFT_END_ABOVE_KNEE);
  const rings = stations.map(([h, w, d, dy], i) => {
    const c = add(i === 0 ? top : femurAxisPoint(sp, h), [0, dy, 0]);
    return ellipseRing(c, [1, 0, 0], [0, 1, 0], w, d, res.ring, FEMUR_EXPONENT);
  });
  const end = stations[stations.length - 1]!;
  parts.push(closedLoft(rings, add(top, scale(shaftUp, 4)), add(femurAxisPoint(sp, end[0] - 10), [0, end[3], 0])));
  ctx.add({ id: `femur-${side}`, kind: 'bone', name: `${cap(side)} femur`, side, geometry: mergeGeometries([...parts, ...distal]) });

  // Hip joint: capsule-like closed volume around the head and neck.
  const len = Math.hypot(...sub(neckBase, hip)) - 8;
  const stHip = [
    { t: -sp.headRadius - 4, r: 0 }, { t: -sp.headRadius - 2, r: 9 }, { t: -18, r: 19 }, { t: -8, r: 25.5 }, { t: 2, r: 27 },
    { t: 14, r: 25 }, { t: 24, r: 22.5 }, { t: len - 6, r: 22 }, { t: len, r: 15 }, { t: len + 2, r: 0 },
  ];
  ctx.add({ id: `hip-joint-${side}`, kind: 'joint', name: `${cap(side)} hip joint`, side, geometry: lathe(hip, neckDir, [0, 0, 1], stHip, res.ring) });
  ctx.landmark(`hip-joint-centre-${side}`, hip);
  // Anterior head-neck junction: on the neck's anterior surface, where the head ends.
  const tj = 20;
  ctx.landmark(`hip-head-neck-junction-${side}`, add(add(hip, scale(neckDir, tj)), scale(neckAxes(sp).front, neckHalfDepth(tj) + 1.5)));
}

export const FEMUR_EXPONENT = 2.3;

/** Height above the knee centre (mm) where the shaft loft ends, inside the distal femur built with the knee. */
const SHAFT_END_ABOVE_KNEE = 62;

/** Femoral shaft stations: height above the knee centre, half width, half depth, centre y shift. */
export function FEMUR_STATIONS(topH: number, neckH: number): [number, number, number, number][] {
  return [
    [topH, 17, 16, 0], [neckH, 15.5, 15, 0], [300, 13.5, 13.5, 0], [200, 13.5, 14, 1],
    [130, 15, 15.5, 2], [90, 22, 20, 4], [62, 32, 26, 5], [44, 39, 30, 6], [32, 37, 29, 7],
  ];
}

/** Point on the femur's anatomical axis at a height above the knee centre. */
export function femurAxisPoint(sp: SidePlan, zAboveKnee: number): Vec3 {
  const d = add(sp.knee, [0, 0, 60]);
  const t = (sp.knee[2] + zAboveKnee - d[2]) / (sp.neckBase[2] - d[2]);
  return lerp(d, sp.neckBase, t);
}

/** The femur's distal cross-section at a height above the knee (between stations, linearly). */
export function femurSection(sp: SidePlan, h: number): { c: Vec3; w: number; d: number } {
  const st = FEMUR_STATIONS(999, 998).slice(2).reverse();
  let w = st[0]![1], dd = st[0]![2], dy = st[0]![3];
  for (let i = 1; i < st.length; i++) if (h <= st[i]![0] && h >= st[i - 1]![0]) {
    const t = (h - st[i - 1]![0]) / (st[i]![0] - st[i - 1]![0]);
    w = st[i - 1]![1] + (st[i]![1] - st[i - 1]![1]) * t; dd = st[i - 1]![2] + (st[i]![2] - st[i - 1]![2]) * t; dy = st[i - 1]![3] + (st[i]![3] - st[i - 1]![3]) * t;
  }
  return { c: add(femurAxisPoint(sp, h), [0, dy, 0]), w, d: dd };
}

/** Crest, base and mid-line of the iliac wing in `n` stations from the ASIS (0) to the PSIS (n-1). */
export function iliacWing(sp: SidePlan, n: number): { crest: Vec3[]; base: Vec3[]; mid: Vec3[] } {
  const sx = sp.sx;
  const X = (p: Vec3): Vec3 => [sx * p[0], p[1], p[2]];
  const crest: Vec3[] = [sp.asis, X([132, -56, -8]), X([131, -26, 22]), X([112, 6, 37]), X([84, 32, 32]), X([58, 50, 16]), add(sp.psis, [0, -2, 2])];
  const base: Vec3[] = [X([100, -66, -60]), X([98, -50, -80]), X([94, -30, -86]), X([84, -8, -80]), X([70, 12, -62]), X([58, 28, -40]), X([50, 40, -20])];
  const cr = resample(crest, n), bs = resample(base, n);
  const mid = cr.map((c, i) => add(lerp(c, bs[i]!, 0.5), [sx * 6, 0, 0]));
  return { crest: cr, base: bs, mid };
}

/** A smooth closed curve through a polygon (closed Catmull-Rom), `n` points. */
export function smoothClosed(poly: readonly [number, number][], n: number): [number, number][] {
  const m = poly.length;
  const out: [number, number][] = [];
  for (let k = 0; k < n; k++) {
    const u = (k / n) * m;
    const i = Math.floor(u), t = u - i;
    const p0 = poly[(i - 1 + m) % m]!, p1 = poly[i % m]!, p2 = poly[(i + 1) % m]!, p3 = poly[(i + 2) % m]!;
    const t2 = t * t, t3 = t2 * t;
    const f = (c: 0 | 1) => 0.5 * (2 * p1[c] + (-p0[c] + p2[c]) * t + (2 * p0[c] - 5 * p1[c] + 4 * p2[c] - p3[c]) * t2 + (-p0[c] + 3 * p1[c] - 3 * p2[c] + p3[c]) * t3);
    out.push([f(0), f(1)]);
  }
  return out;
}

export const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
export { peripheryPlan };
