/**
 * Vertebrae C1–L5, each as its real parts (separate structures, DESIGN §2 ids), shaped from that level's
 * measurements and placed in LPS by the spine frame. Thoracic levels also get short rib stubs
 * (`rib-T6-left`: head, neck and tubercle plus ~2 cm of shaft, group `ribs`) that articulate on the
 * costal facets of the bodies and the transverse processes.
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import type { BuildContext } from '../build/context';
import { levelAbove, levelBelow, VERTEBRAE, type VertebraLevel } from '../levels';
import type { QualitySettings } from '../quality';
import type { Side, Structure, Vec3 } from '../types';
import { addBothSides, addRightTwin, landmarkBothSides } from '../build/mirror';
import { addScaled, lerp, normalize, sub } from '../geometry/vec';
import { smoothPath } from '../geometry/tube';
import {
  bar, blob, inferiorArticularProcess, lamina, pedicle, spinousProcess, superiorArticularProcess, toPose,
  transverseProcess, vertebralBody, type LocalJoint, type Tess,
} from './parts';
import { cervicalGutterFloor, cervicalTransverseLayout } from './cervicalTransverse';
import { buildAtlas, atlantoAxialJoint } from './atlasAxis';
import { axisBody } from './axisBody';
import { axisDens } from './axisDens';
import { axisLateralMass } from './axisLateralMass';
import { axisPedicle } from './axisPedicle';
import { axisTransverseProcess } from './axisTransverse';
import {
  facetJoint, poseDirToLocal, poseToLocal, poseToWorld, sideSign, spinousTip, vertebraLayout,
  type SegmentPose, type VertebraLayout,
} from './vertebraGeometry';
import type { SpineFrame } from '../frame/spineFrame';
import { lumbarTransverseHalfHeight } from './lumbarArch';
import { cervicalPillarHalf } from './cervicalArch';

export function boneTess(q: QualitySettings): Tess {
  const even = (n: number) => 2 * Math.round(n / 2);
  // Budgets (DESIGN §5): the bones take at most half of the model: ≤ 150k triangles at high, ≤ 30k at low.
  const low = q.radial < 16;
  return {
    body: low ? 12 : Math.min(28, even(q.radial * 1.34)),
    bodyRings: q.radial >= 24 ? 11 : q.radial >= 16 ? 9 : 5,
    part: low ? 6 : Math.min(12, even(Math.max(8, q.radial * 0.6))),
    along: q.radial >= 24 ? 6 : q.radial >= 16 ? 6 : 4,
  };
}

/** A facet joint expressed in the local frame of `pose`. */
export function jointInPose(frame: SpineFrame, interspace: string, side: Side, pose: SegmentPose): LocalJoint {
  const j = facetJoint(frame, interspace, side);
  return {
    centre: poseToLocal(pose, j.centre), normal: poseDirToLocal(pose, j.normal),
    u: poseDirToLocal(pose, j.u), v: poseDirToLocal(pose, j.v),
    halfWidth: j.halfWidth, halfHeight: j.halfHeight, gap: j.gap, bend: j.bend,
  };
}

export function buildVertebrae(ctx: BuildContext): void {
  const tess = boneTess(ctx.q);
  const frame = ctx.frame;
  buildAtlas(ctx, tess);
  for (const level of VERTEBRAE) {
    if (level === 'C1') continue;
    const L = vertebraLayout(frame, level);
    const pose = L.pose;
    const group = `vertebra-${level}`;
    const add = (id: string, name: string, g: RawMesh, side?: Side) =>
      ctx.add({ id, kind: 'bone', name, group, level, ...(side ? { side } : {}), geometry: toPose(g, pose) });

    add(`vertebral-body-${level}`, `${level} vertebral body`, level === 'C2' ? axisBody(L, tess) : vertebralBody(L, tess));
    // The left parts; the right ones are their mirror images (build/mirror.ts), added after them.
    const lefts: Structure[] = [];
    {
      const side: Side = 'left';
      lefts.push(add(`pedicle-${level}-${side}`, `${side} ${level} pedicle`, level === 'C2' ? axisPedicle(L, side, tess) : pedicle(L, side, tess), side));
      const laminaJoints = L.region === 'lumbar'
        ? { sap: jointInPose(frame, `${levelAbove(level)}-${level}`, side, pose), iap: jointInPose(frame, `${level}-${levelBelow(level)!}`, side, pose) }
        : undefined;
      lefts.push(add(`lamina-${level}-${side}`, `${side} ${level} lamina`, lamina(L, side, tess, laminaJoints), side));
      lefts.push(add(`transverse-process-${level}-${side}`, `${side} ${level} transverse process`,
        level === 'C2' ? axisTransverseProcess(L, side, atlantoAxialJoint(L, side), tess) : transverseProcess(L, side, tess), side));
      const sapJoint = level === 'C2' ? atlantoAxialJoint(L, side) : jointInPose(frame, `${levelAbove(level)}-${level}`, side, pose);
      const below = levelBelow(level)!;
      const iapJoint = jointInPose(frame, `${level}-${below}`, side, pose);
      // C3–C7: the two processes of a side make one articular pillar (lateral mass).
      const pillar = L.region === 'cervical' && level !== 'C2';
      lefts.push(add(`superior-articular-process-${level}-${side}`, `${side} ${level} superior articular process`,
        level === 'C2' ? axisLateralMass(L, side, sapJoint, tess)
          : pillar ? cervicalPillarHalf(L, side, 'superior', sapJoint, iapJoint, tess) : superiorArticularProcess(L, side, sapJoint, tess), side));
      lefts.push(add(`inferior-articular-process-${level}-${side}`, `${side} ${level} inferior articular process`,
        pillar ? cervicalPillarHalf(L, side, 'inferior', iapJoint, sapJoint, tess) : inferiorArticularProcess(L, side, iapJoint, tess), side));
    }
    for (const l of lefts) addRightTwin(ctx, l);
    add(`spinous-process-${level}`, `${level} spinous process`, spinousProcess(L, tess));
    if (level === 'C2') add('dens-C2', 'C2 dens (odontoid process)', axisDens(L, tess));
    if (L.region === 'thoracic') buildRibs(ctx, L, tess);
    addVertebraLandmarks(ctx, L);
  }
}

const ORD = ['', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th', '12th'];

/** x of the body outline at local y (superellipse), for placing the rib heads on the costal facets. */
function bodyHalfWidthAt(L: VertebraLayout, y: number): number {
  const e = 2.25;
  const r = Math.min(0.999, Math.abs(y) / (L.D / 2));
  return (L.W / 2) * (1 - r ** e) ** (1 / e);
}

function buildRibs(ctx: BuildContext, L: VertebraLayout, tess: Tess): void {
  const level = L.level as VertebraLevel;
  const i = Number(level.slice(1));
  const discAbove = level === 'T1' ? 0 : ctx.frame.vertebrae[levelAbove(level) as VertebraLevel].m.discBelowHeight;
  {
    // The left rib; the right one is its mirror image.
    const side: Side = 'left';
    const s = sideSign(side);
    const S = L.sides[side];
    // Head: on the disc between this body and the one above (T2–T9: demifacets), on the body itself at
    // T1 and T10–T12 (whole facets).
    const single = i === 1 || i >= 10;
    const yHead = L.yb - L.D * 0.22;
    const zHead = single ? L.H / 2 - (i === 1 ? 0.3 : 0.32) * L.H : L.zSup(yHead) + discAbove / 2;
    const xHead = bodyHalfWidthAt(L, yHead) * (single ? 1 : 0.95) + 3.2;
    const head: Vec3 = [s * xHead, yHead, zHead];
    // Tubercle: in front of the tip of the transverse process (costotransverse joint); T11–T12 have none.
    const tipDir = normalize(sub(S.tpTip, S.tpRoot));
    const tpR = 3.6 + i * 0.12;
    const tub: Vec3 = i >= 11
      ? [s * (Math.abs(S.tpTip[0]) - 2), S.tpTip[1] - 10, S.tpTip[2] - 6]
      : addScaled(addScaled(S.tpTip, tipDir, -3), [0, -1, -0.35], tpR + 3.4);
    const outward = normalize([s * 1, 0.15, -0.35]);
    const angle = addScaled(tub, outward, 14);
    const shaft = addScaled(addScaled(angle, [s, -0.2, -0.3], 10), [0, -1, 0], 5);
    const path = smoothPath([head, lerp(head, tub, 0.5), tub, angle, shaft], 2);
    const neck = 2.8 + i * 0.05;
    const g = mergeRaw([
      bar(path, [0, 0, 1], (t) => [neck * (1 - 0.15 * t), (neck + 1.2) * (1 + 0.5 * t)], tess.part, 2.2, [1, 1]),
      blob(head, [3.6, 3.6, 4.4], tess.part),
    ]);
    addBothSides(ctx, {
      id: `rib-${level}-${side}`, kind: 'bone', name: `${side} ${ORD[i]} rib (head, neck and angle)`,
      group: 'ribs', level, side, geometry: toPose(g, L.pose),
    });
  }
}

function addVertebraLandmarks(ctx: BuildContext, L: VertebraLayout): void {
  const level = L.level as VertebraLevel;
  const frame = ctx.frame;
  ctx.landmark(`vertebral-body-centre-${level}`, frame.vertebrae[level].centre);
  ctx.landmark(`spinous-process-tip-${level}`, spinousTip(frame, level));
  // Left landmarks, each with its mirrored right twin.
  const landmark = (name: string, p: Vec3) => landmarkBothSides(ctx, name, p);
  {
    const side: Side = 'left';
    const s = sideSign(side);
    const S = L.sides[side];
    landmark(`pedicle-centre-${level}-${side}`, poseToWorld(L.pose, S.isthmus));
    if (L.region === 'cervical' && level !== 'C2') {
      // Articular pillar waist: lateral surface of the pillar halfway between its two facet joints.
      const up = facetJoint(frame, `${levelAbove(level)}-${level}`, side);
      const dn = facetJoint(frame, `${level}-${levelBelow(level)}`, side);
      const a = poseToLocal(L.pose, up.centre), b = poseToLocal(L.pose, dn.centre);
      const m = lerp(a, b, 0.5);
      const lateral = Math.max(Math.abs(a[0]), Math.abs(b[0])) + up.halfWidth * 0.84; // the waist between the joints
      landmark(`articular-pillar-waist-${level}-${side}`, poseToWorld(L.pose, [s * lateral, m[1], m[2]]));
    }
    if (L.region === 'lumbar') {
      // The groove where the SAP meets the upper border of the transverse process (medial branch target).
      const j = facetJoint(frame, `${levelAbove(level)}-${level}`, side);
      const jc = poseToLocal(L.pose, j.centre);
      const n = poseDirToLocal(L.pose, j.normal);
      const sapLateral = addScaled(jc, n, -(j.gap / 2 + 7)); // lateral/back face of the SAP plate
      const tpTop = S.tpRoot[2] + lumbarTransverseHalfHeight(L);
      // Upper lumbar SAPs are more sagittal: their groove sits a little closer to the midline.
      const lateral = Number(level.slice(1)) <= 2 ? 3.2 : 3.5;
      const p: Vec3 = [s * (Math.max(Math.abs(sapLateral[0]), Math.abs(S.tpRoot[0])) + lateral), (S.tpRoot[1] + sapLateral[1]) / 2 + 1.5, tpTop + 1];
      landmark(`sap-tp-junction-${level}-${side}`, poseToWorld(L.pose, p));
    }
  }
  if (L.region === 'cervical' && level !== 'C1' && level !== 'C2') {
    landmark(`transverse-gutter-${level}-left`, poseToWorld(L.pose, cervicalGutterFloor(L, 'left')));
  }
  if (level === 'C6') {
    landmark('c6-anterior-tubercle-left', poseToWorld(L.pose, cervicalTransverseLayout(L, 'left').anteriorTubercleTip));
  }
  if (level === 'L2' || level === 'L3') {
    {
      const s = sideSign('left');
      // Anterolateral surface of the body at mid-height, 45° round from the front (the sympathetic chain target).
      const a = (Math.PI * 3) / 4;
      const e = 2.45, ex = 2 / e;
      const x = Math.abs(Math.cos(a)) ** ex * (L.W / 2) * 0.925, y = -(Math.abs(Math.sin(a)) ** ex) * (L.D / 2) * 0.925;
      landmark(`anterolateral-body-${level}-left`, poseToWorld(L.pose, [s * x, y, 0]));
    }
  }
}
