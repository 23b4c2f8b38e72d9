/**
 * Joints of the spine:
 *  - `disc-A-B` (kind 'disc', C2-C3 … L5-S1): the annulus, filling the space between the endplates of A
 *    and B (wedge-shaped as the frame lays them), bulging a little past the rims; and a separate
 *    `nucleus-pulposus-A-B` (kind 'disc') inside it, central and a little posterior, so the two read
 *    apart (we chose two structures over a vertex colour: renderers and tests can address each by id).
 *  - `facet-joint-A-B-left/right` (kind 'joint'): the joint space and capsule, a thin closed volume that
 *    follows the facet surfaces (curved in the lumbar spine) between the IAP of A and the SAP of B.
 *  - `ligamentum-flavum-A-B` (kind 'ligament'): a closed sheet from the front of lamina A to the upper
 *    edge of lamina B across the interlaminar space, thickness per level (`epidural_ligament_skin`).
 * Landmarks: interlaminar-window-<A-B>, foramen-<A-B>-<side>, facet-joint-centre-<A-B>-<side>.
 */
import type { BuildContext } from '../build/context';
import { DISC_INTERSPACES } from '../levels';
import { finishMesh, loftCaps, loftFlat, loftIndexCount, rawBuffers, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled, lerp, normalize, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { addBothSides, landmarkBothSides } from '../build/mirror';
import { boneTess, jointInPose } from './buildVertebrae';
import { bodyOutline, toPose } from './parts';
import {
  facetJoint, flavumSheet, foramenCentre, poseToWorld, segmentPose, splitInterspace, vertebraLayout,
} from './vertebraGeometry';


export function buildJoints(ctx: BuildContext): void {
  const frame = ctx.frame;
  const tess = boneTess(ctx.q);
  for (const inter of DISC_INTERSPACES) {
    const [a, b] = splitInterspace(inter);
    const LA = vertebraLayout(frame, a), LB = vertebraLayout(frame, b);
    // --- Disc: rings from A's inferior endplate down to B's superior endplate, bulging at mid-height.
    const oa = bodyOutline(LA, tess.body), ob = bodyOutline(LB, tess.body);
    const top = oa.map(([x, y]) => poseToWorld(LA.pose, [x * 0.975, y * 0.975, LA.zInf(y * 0.975)]));
    const bot = ob.map(([x, y]) => poseToWorld(LB.pose, [x * 0.975, y * 0.975, LB.zSup(y * 0.975)]));
    // From B (below) up to A, counter-clockwise seen from above (x left, y back: the outline's order).
    const profile = tess.part <= 6 ? DISC_RINGS_COARSE : DISC_RINGS;
    const ct = centroidOf(top), cb = centroidOf(bot);
    ctx.add({ id: `disc-${inter}`, kind: 'disc', name: `${inter} intervertebral disc`, level: inter, geometry: finishMesh(discRaw(top, bot, ct, cb, profile)) });
    // Nucleus pulposus: central, a little posterior, ~45% of the disc's width and depth.
    const nucT = tess.part <= 6 ? NUCLEUS_COARSE : NUCLEUS;
    const nucSeg = tess.part + (tess.part <= 6 ? 0 : 4);
    const nucleus = nucleusRings(cb, ct, LA, LB, nucT, nucSeg);
    ctx.add({
      id: `nucleus-pulposus-${inter}`, kind: 'disc', name: `${inter} nucleus pulposus`, level: inter,
      geometry: finishMesh(loftFlat(nucleus, nucT.length, nucSeg, { startApex: lerp(cb, ct, 0.08), endApex: lerp(cb, ct, 0.92) })),
    });

    // --- Facet joints: joint space + capsule.
    const poseB = segmentPose(frame, b);
    {
      const side = 'left';
      const j = jointInPose(frame, inter, side, poseB);
      const n = tess.part <= 6 ? 3 : 6;
      const sections: Section[] = [];
      for (let k = 0; k <= n; k++) {
        const tau = -1 + (2 * k) / n;
        const prof = Math.max(0.15, (1 - Math.abs(tau) ** 3) ** (1 / 3));
        sections.push({
          c: addScaled(j.centre, j.v, tau * j.halfHeight * 1.08), u: j.u, v: j.normal,
          a: j.halfWidth * 1.08 * prof, b: j.gap / 2 + 0.3, exponent: 3, bend: j.bend * prof * (k === 0 || k === n ? 0.6 : k === 1 || k === n - 1 ? 0.85 : 1),
        });
      }
      // The right joint is the left one's mirror image (build/mirror.ts).
      addBothSides(ctx, {
        id: `facet-joint-${inter}-${side}`, kind: 'joint', name: `${side} ${inter} facet joint`, level: inter, side,
        geometry: toPose(sweepSections(sections, tess.part, { startCap: 0.3, endCap: 0.3 }), poseB),
      });
      landmarkBothSides(ctx, `facet-joint-centre-${inter}-${side}`, facetJoint(frame, inter, side).centre);
      landmarkBothSides(ctx, `foramen-${inter}-${side}`, foramenCentre(frame, inter, side));
    }

    // --- Ligamentum flavum.
    const fl = flavumSheet(frame, inter);
    const along = normalize(sub(fl.upper, fl.lower));
    const len = Math.sqrt(dot3(sub(fl.upper, fl.lower), sub(fl.upper, fl.lower)));
    const mid = lerp(fl.upper, fl.lower, 0.5);
    const xs = tess.part <= 6 ? [-1, -0.5, 0, 0.5, 1] : [-1, -0.75, -0.45, -0.15, 0.15, 0.45, 0.75, 1];
    const sections: Section[] = xs.map((f) => {
      const x = f * fl.halfWidth;
      // Laterally the ligament follows the laminae forward toward the facet capsules.
      const c = addScaled(addScaled(mid, [1, 0, 0], x), fl.dorsal, -3.5 * f * f);
      const taper = 1 - 0.25 * f * f;
      return { c, u: along, v: fl.dorsal, a: (len / 2 + 1.5) * taper, b: fl.thickness / 2, exponent: 2.6, bend: 0 };
    });
    ctx.add({
      id: `ligamentum-flavum-${inter}`, kind: 'ligament', name: `${inter} ligamentum flavum`, level: inter,
      geometry: finishMesh(sweepSections(sections, tess.part, { startCap: 0.5, endCap: 0.5 })),
    });
    ctx.landmark(`interlaminar-window-${inter}`, fl.centreDorsal);
  }
}

const dot3 = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

function centroidOf(ring: readonly Vec3[]): Vec3 {
  let x = 0, y = 0, z = 0;
  for (const p of ring) { x += p[0]; y += p[1]; z += p[2]; }
  return [x / ring.length, y / ring.length, z / ring.length];
}

/** Disc rings from B up to A: [t, bulge] with t = 0 at A's endplate (the bottom ring first). */
const DISC_RINGS: readonly (readonly [number, number])[] = [[1, 1], [0.8, 1.025], [0.5, 1.04], [0.2, 1.025], [0, 1]];
const DISC_RINGS_COARSE: readonly (readonly [number, number])[] = [[1, 1], [0.5, 1.04], [0, 1]];
/** Nucleus rings, from B (t = 0) up to A. */
const NUCLEUS = [0.15, 0.3, 0.5, 0.7, 0.85];
const NUCLEUS_COARSE = [0.2, 0.5, 0.8];

/**
 * The annulus: each ring lerps A's endplate outline (top) toward B's (bot) by t and scales it by `bulge`
 * about the lerped centroids, written straight into the loft's positions (no array per point).
 */
function discRaw(top: readonly Vec3[], bot: readonly Vec3[], ct: Vec3, cb: Vec3, profile: readonly (readonly [number, number])[]): RawMesh {
  const n = top.length, R = profile.length;
  const { positions, indices } = rawBuffers((R * n + loftCaps()) * 3, loftIndexCount(R, n, loftCaps()));
  let o = 0;
  for (const [t, bulge] of profile) {
    const cx = ct[0] + (cb[0] - ct[0]) * t, cy = ct[1] + (cb[1] - ct[1]) * t, cz = ct[2] + (cb[2] - ct[2]) * t;
    for (let i = 0; i < n; i++) {
      const p = top[i]!, b = bot[i]!;
      const qx = p[0] + (b[0] - p[0]) * t, qy = p[1] + (b[1] - p[1]) * t, qz = p[2] + (b[2] - p[2]) * t;
      positions[o++] = cx + (qx - cx) * bulge; positions[o++] = cy + (qy - cy) * bulge; positions[o++] = cz + (qz - cz) * bulge;
    }
  }
  return loftFlat(positions, R, n, {}, indices);
}

/**
 * The nucleus rings: ellipses in the disc's mid plane around lerp(cb, ct, t), shifted a little posteriorly,
 * of radius sin(πt)^0.6 · 45% of the disc's width and depth, flat (with room for the two apices).
 */
function nucleusRings(cb: Vec3, ct: Vec3, LA: ReturnType<typeof vertebraLayout>, LB: ReturnType<typeof vertebraLayout>, ts: readonly number[], seg: number): Float64Array {
  const W = (LA.W + LB.W) / 2, D = (LA.D + LB.D) / 2;
  const yAx = normalize(lerp(LA.pose.axis.y, LB.pose.axis.y, 0.5));
  const out = new Float64Array((ts.length * seg + loftCaps()) * 3);
  let o = 0;
  for (const t of ts) {
    const r = Math.sin(Math.PI * t) ** 0.6 * 0.45;
    const c = lerp(cb, ct, t);
    const cc = addScaled(c, yAx, D * 0.08);
    for (let i = 0; i < seg; i++) {
      const a = (i / seg) * Math.PI * 2;
      const su = Math.cos(a) * (W / 2) * r, sv = Math.sin(a) * (D / 2) * r;
      // (cc + x̂·su) + yAx·sv, in the order addScaled twice would round it.
      out[o++] = cc[0] + 1 * su + yAx[0] * sv;
      out[o++] = cc[1] + 0 * su + yAx[1] * sv;
      out[o++] = cc[2] + 0 * su + yAx[2] * sv;
    }
  }
  return out;
}
