import type { BufferGeometry } from 'three';
import { ellipsoidRaw } from '../geometry/ellipsoid';
import { outward } from '../geometry/outward';
import { finishMesh, mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { add, cross, dot, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import type { SidePlan } from './plan';

/**
 * The neck's cross-section along its axis (t: mm from the head centre toward the shaft): half-height in the
 * neck-shaft plane and half-depth front to back. The neck is taller than deep (an oval waist of about
 * 33 × 27 mm, estimate; its mean half-axis ~15 mm is body.json's neck radius, after Jamali: 16.1 M / 13.8 F)
 * and flares into the intertrochanteric region.
 */
const NECK: readonly [t: number, height: number, depth: number][] = [
  [6, 14, 12.5], [20, 16, 13.5], [30, 16.5, 13.5], [42, 20, 15.5], [52, 25, 18],
];

export function neckHalfDepth(t: number): number {
  if (t <= NECK[0]![0]) return NECK[0]![2];
  for (let i = 1; i < NECK.length; i++) {
    const [t1, , d1] = NECK[i]!, [t0, , d0] = NECK[i - 1]!;
    if (t <= t1) return d0 + ((d1 - d0) * (t - t0)) / (t1 - t0);
  }
  return NECK[NECK.length - 1]![2];
}

/** Neck-shaft plane axes: `up` is the shaft axis's part across the neck, `front` points anteriorly. */
export function neckAxes(sp: SidePlan): { up: Vec3; front: Vec3 } {
  const n = sp.neckDir;
  const up = normalize(sub(sp.shaftUp, scale(n, dot(sp.shaftUp, n))));
  let front = normalize(cross(n, up));
  if (front[1] > 0) front = scale(front, -1);
  return { up, front };
}

/**
 * Head, neck and trochanters of the femur as one geometry of closed shells (the shaft is lofted by the caller), without
 * normals: the femur's merge computes them.
 */
export function femurProximal(sp: SidePlan, res: { ring: number; sphere: number }): BufferGeometry {
  const { sx, hip, neckBase, neckDir, shaftUp } = sp;
  const parts: RawMesh[] = [];
  // The low tier keeps to its triangle budget: fewer, coarser sections and no crest.
  const coarse = res.ring <= 8;
  const seg = coarse ? 8 : Math.max(10, res.ring);
  // Head: a sphere on the neck.
  parts.push(ellipsoidRaw(hip, [1, 0, 0], [0, 1, 0], [0, 0, 1], [sp.headRadius, sp.headRadius, sp.headRadius], res.sphere));
  // Neck: oval sections, taller than deep, waisted behind the head.
  const { up, front } = neckAxes(sp);
  const neck: Section[] = (coarse ? NECK.filter((_, i) => i !== 2) : NECK).map(([t, h, d]) => ({ c: add(hip, scale(neckDir, t)), u: up, v: front, a: h, b: d, exponent: 2.1 }));
  parts.push(outward(sweepSections(neck, seg, { startCap: 2, endCap: 4 })));

  // Frame at the neck base: lateral and posterior across the shaft axis.
  const lat = normalize(sub([sx, 0, 0], scale(shaftUp, sx * shaftUp[0])));
  const post = normalize(cross(shaftUp, lat)[1] > 0 ? cross(shaftUp, lat) : scale(cross(shaftUp, lat), -1));
  const at = (h: number, l: number, p: number): Vec3 => add(add(add(neckBase, scale(shaftUp, h)), scale(lat, l)), scale(post, p));
  // Greater trochanter: a tall block lateral and behind the neck; its tip rises to about the level of the
  // head centre and leans in over the trochanteric fossa.
  const gt: [h: number, l: number, p: number, a: number, b: number][] = [
    [-30, 9, 3, 13, 9], [-12, 12, 4, 17, 12], [8, 12, 6, 17, 12.5], [22, 8, 8, 13, 10], [30, 3, 9, 7, 6],
  ];
  parts.push(outward(sweepSections((coarse ? gt.filter((_, i) => i !== 2) : gt).map(([h, l, p, a, b]) => ({ c: at(h, l, p), u: post, v: lat, a, b, exponent: 2.4 })), seg, { startCap: 3, endCap: 3 })));
  // Lesser trochanter: a blunt cone pointing back and in, below the neck.
  const ltBase = at(-40, -3, 4), ltTip = at(-46, -18, 15);
  const ld = normalize(sub(ltTip, ltBase));
  const lu = normalize(cross(ld, shaftUp)), lv = normalize(cross(ld, lu));
  const lt: Section[] = [
    { c: ltBase, u: lu, v: lv, a: 11, b: 12 },
    { c: add(ltBase, scale(sub(ltTip, ltBase), 0.6)), u: lu, v: lv, a: 8, b: 8.5 },
    { c: ltTip, u: lu, v: lv, a: 4.5, b: 5 },
  ];
  parts.push(outward(sweepSections(coarse ? [lt[0]!, lt[2]!] : lt, coarse ? 6 : Math.max(8, seg - 4), { startCap: 1, endCap: 2.5 })));
  if (coarse) return finishMesh(mergeRaw(parts), undefined, false);
  // Intertrochanteric crest: a broad low ridge joining them behind.
  const crestTop = at(-4, 9, 15), crestBot = at(-38, -9, 12);
  const cd = normalize(sub(crestBot, crestTop));
  const cu = normalize(cross(cd, lat));
  parts.push(outward(sweepSections([0, 0.5, 1].map((t) => ({
    c: add(crestTop, scale(sub(crestBot, crestTop), t)), u: cu, v: normalize(cross(cd, cu)), a: 5, b: 9,
  })), Math.max(8, seg - 4), { startCap: 2, endCap: 2 })));
  return finishMesh(mergeRaw(parts), undefined, false);
}
