/**
 * Nerves outside the canal: medial branches (C3–C7, L1–L4), the L5 dorsal ramus, the sympathetic
 * chains with their ganglia, the stellate ganglia and the greater occipital nerves.
 *
 * Their bony targets come from the bones builder's landmarks (`sap-tp-junction-<L>-<side>`,
 * `articular-pillar-waist-<L>-<side>`, `sap-ala-junction-S1-<side>`, `anterolateral-body-<L>-<side>`,
 * `occipital-protuberance`); when one is missing (a part not built yet) the same rule is applied to the
 * bones' layout here. Every medial branch passes through its target point, 1 mm off the bone.
 *
 * Each nerve is built for the left side; the right one is added as its mirror image (build/mirror.ts). The
 * side-parametrised builders below still build either side (the symmetry test builds the right ones directly).
 */
import type { BuildContext, StructureInput } from '../build/context';
import { addRightTwin, mirrorPoint, rightTwinId } from '../build/mirror';
import { VERTEBRAE, type VertebraLevel } from '../levels';
import type { Side, Vec3 } from '../types';
import { add, addScaled, lerp, normalize, scale, sub } from '../geometry/vec';
import { smoothPath } from '../geometry/tube';
import { vertebraLayout, poseToWorld, facetJoint, segmentPose } from '../bones/vertebraGeometry';
import type { Canal } from './canal';
import type { RootResult } from './roots';
import { nerveTube, resample, roundTube, spindle } from './mesh';
import { sideSign } from './boneRef';
import { boneSet, keepOffBone, pushOut, settleOnBone, type BoneSet } from './boneContact';

export interface PeripheralInput {
  canal: Canal;
  /** The roots of every side a nerve is built for (the model builds the left side only). */
  roots: RootResult[];
}

const SIDE_NAMES: Record<Side, string> = { left: 'left', right: 'right' };

/** A sided nerve built for one side, with the landmark it carries (if any). */
export interface SidedNerve { structure: StructureInput; landmark?: { name: string; point: Vec3 } }

/** Adds the left nerves with their landmarks, then their right mirror twins in the same order. */
function addLeftThenMirrored(ctx: BuildContext, left: readonly SidedNerve[]): void {
  const added = left.map((n) => {
    const s = ctx.add(n.structure);
    if (n.landmark) ctx.landmark(n.landmark.name, n.landmark.point);
    return s;
  });
  left.forEach((n, i) => {
    addRightTwin(ctx, added[i]!);
    if (n.landmark) ctx.landmark(rightTwinId(n.landmark.name), mirrorPoint(n.landmark.point));
  });
}

export function buildPeripheralNerves(ctx: BuildContext, input: PeripheralInput): void {
  addLeftThenMirrored(ctx, [...MEDIAL_BRANCH_LEVELS.map((l) => medialBranch(ctx, input, l, 'left')), l5DorsalRamusNerve(ctx, input, 'left')]);
  const stellate = stellateGanglion(ctx, 'left');
  addLeftThenMirrored(ctx, [stellate.nerve]);
  addLeftThenMirrored(ctx, [sympatheticChain(ctx, input, 'left', stellate.centre)]);
  addLeftThenMirrored(ctx, [occipitalNerve(ctx, input, 'left')]);
}

// -------------------------------------------------------------------------------------------------
// Medial branches
// -------------------------------------------------------------------------------------------------

const MB_RADIUS = 0.6; // ≈1.2 mm thick

function rootOf(input: PeripheralInput, level: string, side: Side): RootResult {
  const r = input.roots.find((x) => x.level === level && x.side === side);
  if (!r) throw new Error(`no ${side} ${level} root was built for the peripheral nerves`);
  return r;
}

/** Lumbar L1–L4: over the top of the TP of the level below, through the SAP–TP groove, then medially and down under the mamillo-accessory ligament. */
interface Branch { path: Vec3[]; target: Vec3; meshes: BoneSet; before: Vec3; after: Vec3 }

function lumbarBranch(ctx: BuildContext, input: PeripheralInput, level: VertebraLevel, side: Side): Branch {
  const below = VERTEBRAE[VERTEBRAE.indexOf(level) + 1]! as VertebraLevel;
  const L = vertebraLayout(ctx.frame, below);
  const s = sideSign(side);
  const toW = (p: Vec3) => poseToWorld(L.pose, p);
  const bone = ctx.getLandmark(`sap-tp-junction-${below}-${side}`) ?? toW([s * (Math.abs(L.sides[side].tpRoot[0]) - 2), L.sides[side].tpRoot[1] + 1, L.sides[side].tpRoot[2] + 5]);
  const dz = L.pose.axis.z, dy = L.pose.axis.y, dx: Vec3 = [s, 0, 0];
  // 1 mm off the bone, dorsally and a little up (the groove opens backward).
  const target = bone;
  const root = rootOf(input, level, side);
  const origin = addScaled(root.exit, dy, 2.5); // the dorsal ramus leaves the spinal nerve at the lateral foramen
  const bones = boneSet([`superior-articular-process-${below}-${side}`, `transverse-process-${below}-${side}`, `lamina-${below}-${side}`,
    `inferior-articular-process-${level}-${side}`, `pedicle-${below}-${side}`].map((id) => ctx.get(id)?.geometry));
  const out = normalize(add(dy, addScaled([0, 0, 0], dx, 0.4)));
  const off = (p: Vec3) => keepOffBone(p, out, bones, 1);
  // 1 mm off the nearest bone surface of the groove.
  const t = settleOnBone(target, bones, 1);
  const lateral = normalize(add(dx, scale(dy, 0.3)));
  const path: Vec3[] = [
    origin, // dorsal ramus, leaving the spinal nerve at the lateral foramen, runs back over the TP's upper border
    t,
    off(addScaled(addScaled(addScaled(t, dx, -4), dy, 3.5), dz, -7)), // under the mamillo-accessory ligament
    off(addScaled(addScaled(addScaled(t, dx, -7), dy, 7), dz, -13)), // onto the lamina, to multifidus
  ];
  return { path, target: t, meshes: bones, before: lateral, after: out };
}

/** L5 dorsal ramus: over the sacral ala, through the groove at the ala–S1 SAP junction, then down and medially. */
function l5DorsalRamus(ctx: BuildContext, input: PeripheralInput, side: Side): Branch {
  const s = sideSign(side);
  const pose = segmentPose(ctx.frame, 'S1');
  const dz = pose.axis.z, dy = pose.axis.y, dx: Vec3 = [s, 0, 0];
  let bone = ctx.getLandmark(`sap-ala-junction-S1-${side}`);
  if (!bone) {
    // Estimate: lateral to the S1 SAP (the L5-S1 facet), at the top of the ala just below the facet.
    const j = facetJoint(ctx.frame, 'L5-S1', side);
    bone = addScaled(addScaled(j.centre, dx, 9), dz, -6);
  }
  const target = bone;
  const root = rootOf(input, 'L5', side);
  const origin = addScaled(root.exit, dy, 2.5);
  const bones = boneSet([ctx.get('sacrum')?.geometry, ctx.get(`superior-articular-process-S1-${side}`)?.geometry, ctx.get(`inferior-articular-process-L5-${side}`)?.geometry]);
  const off = (p: Vec3) => keepOffBone(p, dy, bones, 1, 80);
  const t = settleOnBone(target, bones, 1);
  const path: Vec3[] = [
    origin,
    t,
    off(addScaled(addScaled(addScaled(t, dx, -3), dy, 3), dz, -7)),
    off(addScaled(addScaled(addScaled(t, dx, -5), dy, 6), dz, -13)),
  ];
  return { path, target: t, meshes: bones, before: dy, after: dy };
}

/** Cervical C3–C7: from the dorsal ramus behind the foramen, wrapping the waist of the articular pillar, then medially to the lamina. */
function cervicalBranch(ctx: BuildContext, input: PeripheralInput, level: VertebraLevel, side: Side): Branch {
  const L = vertebraLayout(ctx.frame, level);
  const s = sideSign(side);
  const dz = L.pose.axis.z, dy = L.pose.axis.y, dx: Vec3 = [s, 0, 0];
  let bone = ctx.getLandmark(`articular-pillar-waist-${level}-${side}`);
  if (!bone) {
    const up = facetJoint(ctx.frame, `${VERTEBRAE[VERTEBRAE.indexOf(level) - 1]}-${level}`, side);
    const dn = facetJoint(ctx.frame, `${level}-${VERTEBRAE[VERTEBRAE.indexOf(level) + 1]}`, side);
    bone = addScaled(lerp(up.centre, dn.centre, 0.5), dx, up.halfWidth * 0.95);
  }
  const target = addScaled(bone, dx, 1.2); // 1.2 mm lateral to the pillar's waist
  const root = rootOf(input, level, side);
  const origin = addScaled(root.exit, dy, 2);
  const below = VERTEBRAE[VERTEBRAE.indexOf(level) + 1]!;
  const above = VERTEBRAE[VERTEBRAE.indexOf(level) - 1]!;
  const bones = boneSet([`superior-articular-process-${level}-${side}`, `inferior-articular-process-${level}-${side}`, `lamina-${level}-${side}`,
    `inferior-articular-process-${above}-${side}`, `superior-articular-process-${below}-${side}`, `transverse-process-${level}-${side}`].map((id) => ctx.get(id)?.geometry));
  const t = settleOnBone(target, bones, 1.2);
  const back = (p: Vec3) => keepOffBone(p, normalize(add(dy, addScaled([0, 0, 0], dx, 0.3))), bones, 1);
  const path: Vec3[] = [
    origin,
    keepOffBone(addScaled(addScaled(addScaled(t, dx, 1.5), dy, -4), dz, 2.5), dx, bones, 1),
    t,
    back(addScaled(addScaled(addScaled(t, dx, -1.5), dy, 5.5), dz, -1.5)), // round the back of the pillar
    back(addScaled(addScaled(addScaled(t, dx, -7), dy, 9), dz, -3)), // medially, deep to semispinalis, to multifidus
  ];
  return { path, target: t, meshes: bones, before: dx, after: normalize(add(dy, scale(dx, 0.3))) };
}

/** The smoothed centreline, densified, with every sample kept off the bones (before the target point along
 * `before`, after it along `after`). The control points were already settled. */
function drapeBranch(path: Vec3[], targetIdx: number, meshes: BoneSet, before: Vec3, after: Vec3, gap: number, settleAll = false): Vec3[] {
  const dense = resample(smoothPath(path, 5), 3.5);
  const t = path[targetIdx]!;
  let k = 0, best = Infinity;
  dense.forEach((p, i) => { const d = Math.hypot(p[0] - t[0], p[1] - t[1], p[2] - t[2]); if (d < best) { best = d; k = i; } });
  // Each sample: out of the bone along the branch's side, then onto the nearest surface `gap` off it (hugging).
  const kept = dense.map((p, i) => {
    if (i === 0) return p;
    const q = keepOffBone(p, i <= k ? before : after, meshes, gap);
    return Math.abs(i - k) <= (settleAll ? 99 : 1) ? settleOnBone(q, meshes, gap, 2.5) : q;
  });
  // A light 3-tap smoothing takes out the kinks the push-outs leave (the target sample stays put), then
  // the samples are kept off the bone once more.
  return kept.map((p, i) => {
    if (i === 0 || i === kept.length - 1 || i === k) return p;
    const a = kept[i - 1]!, b = kept[i + 1]!;
    const q: Vec3 = [(a[0] + 2 * p[0] + b[0]) / 4, (a[1] + 2 * p[1] + b[1]) / 4, (a[2] + 2 * p[2] + b[2]) / 4];
    const side = i <= k ? before : after;
    // The centreline itself must be clear of every wall of the groove (a robust three-ray inside test).
    return pushOut(keepOffBone(q, side, meshes, gap), [side, before, after, [0, 0, 1], [0, 0, -1], [1, 0, 0], [-1, 0, 0], [0, 1, 0]], meshes, gap);
  });
}

export const MEDIAL_BRANCH_LEVELS = ['C3', 'C4', 'C5', 'C6', 'C7', 'L1', 'L2', 'L3', 'L4'] as const;

/** Points around a medial branch's tube. */
const branchRadial = (ctx: BuildContext) => Math.max(5, ctx.q.tubeRadial - 2);

/** The medial branch of one level and side, with its target landmark. */
export function medialBranch(ctx: BuildContext, input: PeripheralInput, level: (typeof MEDIAL_BRANCH_LEVELS)[number], side: Side): SidedNerve {
  const { path, target, meshes, before, after } = level.startsWith('C') ? cervicalBranch(ctx, input, level, side) : lumbarBranch(ctx, input, level, side);
  return {
    structure: {
      id: `medial-branch-${level}-${side}`, kind: 'nerve', name: `${level} medial branch of the dorsal ramus (${SIDE_NAMES[side]})`,
      level, side, geometry: roundTube(drapeBranch(path, level.startsWith('C') ? 2 : 1, meshes, before, after, MB_RADIUS + 0.4), () => MB_RADIUS, branchRadial(ctx)),
    },
    landmark: { name: `medial-branch-target-${level}-${side}`, point: target },
  };
}

/** The L5 dorsal ramus of one side, with its target landmark. */
export function l5DorsalRamusNerve(ctx: BuildContext, input: PeripheralInput, side: Side): SidedNerve {
  const l5 = l5DorsalRamus(ctx, input, side);
  return {
    structure: {
      id: `dorsal-ramus-L5-${side}`, kind: 'nerve', name: `L5 dorsal ramus (${SIDE_NAMES[side]})`,
      level: 'L5', side, geometry: roundTube(drapeBranch(l5.path, 1, l5.meshes, l5.before, l5.after, MB_RADIUS * 1.2 + 0.4, true), () => MB_RADIUS * 1.2, branchRadial(ctx)),
    },
    landmark: { name: `medial-branch-target-L5-${side}`, point: l5.target },
  };
}

// -------------------------------------------------------------------------------------------------
// Stellate ganglion and the sympathetic chains
// -------------------------------------------------------------------------------------------------

/**
 * Stellate (cervicothoracic) ganglion: at C7–T1, anterolateral to the C7 body at the C7–T1 disc,
 * in front of the C7 transverse process / neck of the 1st rib; about 25 × 10 × 5 mm (estimate
 * from the brief's 2.5 × 1 cm), long axis along the chain.
 */
export function stellateGanglion(ctx: BuildContext, side: Side): { centre: Vec3; nerve: SidedNerve } {
  const L = vertebraLayout(ctx.frame, 'C7');
  const v = ctx.frame.vertebrae.C7;
  const s = sideSign(side);
  const tp = L.sides[side].tpRoot;
  const local: Vec3 = [s * (L.W / 2 + 7), Math.min(0, tp[1] - 9) - 3, -L.H / 2 - v.m.discBelowHeight / 2 + 3];
  const centre = poseToWorld(L.pose, local);
  const axis = normalize(add(v.axis.z, [s * 0.25, 0, 0]));
  return {
    centre,
    nerve: {
      structure: {
        id: `stellate-ganglion-${side}`, kind: 'nerve', name: `Stellate ganglion (${SIDE_NAMES[side]})`, level: 'C7', side,
        geometry: spindle(centre, axis, [12.5, 5, 2.6], Math.max(10, ctx.q.tubeRadial + 2), [1, 0, 0]),
      },
      landmark: { name: `stellate-ganglion-${side}`, point: centre },
    },
  };
}

/** Chain points per level (world), with the share of a ganglion bulge at each. */
function chainPoints(ctx: BuildContext, input: PeripheralInput, side: Side, stellate: Vec3): { p: Vec3; g: number }[] {
  const s = sideSign(side);
  const pts: { p: Vec3; g: number }[] = [];
  for (const level of VERTEBRAE) {
    if (level === 'C1') continue;
    const L = vertebraLayout(ctx.frame, level);
    const toW = (p: Vec3) => poseToWorld(L.pose, p);
    if (level === 'C7') { pts.push({ p: stellate, g: 0 }); continue; }
    if (L.region === 'cervical') {
      // On longus colli, in front of the transverse processes (superior cervical ganglion C2–C3, middle at C6).
      pts.push({ p: toW([s * (L.W / 2 + 2.5), -L.D / 2 + 1, 0]), g: level === 'C2' || level === 'C3' ? 1.6 : level === 'C6' ? 0.9 : 0 });
    } else if (L.region === 'thoracic') {
      // On the heads of the ribs (upper and mid thorax), moving onto the sides of the bodies below T10.
      const k = Math.max(0, Math.min(1, (Number(level.slice(1)) - 9) / 3));
      const x = L.W / 2 + 4.5 - k * 2.5, y = L.D * (0.22 - k * 0.35);
      pts.push({ p: toW([s * x, y, 0]), g: level === 'T1' ? 0 : 0.7 });
    } else {
      // Lumbar: anterolateral body surface, medial to psoas (through the bones' target where it exists).
      const lm = ctx.getLandmark(`anterolateral-body-${level}-${side}`);
      const a = (Math.PI * 3) / 4, ex = 2 / 2.45;
      const local: Vec3 = [s * Math.abs(Math.cos(a)) ** ex * (L.W / 2) * 0.925, -(Math.abs(Math.sin(a)) ** ex) * (L.D / 2) * 0.925, 0];
      const onBody = lm ?? toW(local);
      const out = normalize(sub(onBody, toW([0, 0, 0])));
      pts.push({ p: addScaled(onBody, normalize([out[0], out[1], 0]), 2.4), g: 0.6 });
    }
  }
  // Sacrum: on the pelvic surface medial to the anterior foramina, converging toward the coccyx (ganglion impar).
  for (const [i, seg] of input.canal.sacrum.entries()) {
    const inward = Math.max(1.5, seg.bodyWidth / 2 - 6 - i * 2);
    const p = addScaled(addScaled(seg.centre, [s, 0, 0], inward), seg.P, -seg.bodyDepth / 2 - 2.8);
    pts.push({ p, g: i < 4 ? 0.6 : 0 });
  }
  const last = input.canal.sacrum[4]!;
  pts.push({ p: addScaled(addScaled(addScaled(last.bottom, [s, 0, 0], 1.5), last.P, -last.bodyDepth / 2 - 5), last.down, 6), g: 0 });
  return pts;
}

export function sympatheticChain(ctx: BuildContext, input: PeripheralInput, side: Side, stellateCentre: Vec3): SidedNerve {
  const q = ctx.q;
  const pts = chainPoints(ctx, input, side, stellateCentre);
  const path = pts.map((x) => x.p);
  // Arc-length position of each ganglion, for the bulges.
  const cum = [0];
  for (let i = 1; i < path.length; i++) { const a = path[i]!, b = path[i - 1]!; cum.push(cum[i - 1]! + Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])); }
  const total = cum[cum.length - 1]!;
  const bumps = pts.map((x, i) => ({ t: cum[i]! / total, g: x.g, w: (x.g > 1 ? 14 : 5) / total }));
  const r0 = 1.1;
  const radius = (t: number) => {
    let r = r0;
    for (const b of bumps) if (b.g > 0) r += r0 * b.g * Math.exp(-(((t - b.t) / b.w) ** 2));
    if (t > 0.985) r *= Math.max(0.3, (1 - t) / 0.015);
    return r;
  };
  const geometry = nerveTube(path, radius, Math.max(5, q.tubeRadial - 2), ctx.quality === 'low' ? 1 : q.tubeRingsPer10mm + 0.5);
  return { structure: { id: `sympathetic-chain-${side}`, kind: 'nerve', name: `Sympathetic chain (${SIDE_NAMES[side]})`, side, geometry } };
}

// -------------------------------------------------------------------------------------------------
// Greater occipital nerve
// -------------------------------------------------------------------------------------------------

/**
 * GON (medial branch of the C2 dorsal ramus): leaves the C2 dorsal ramus between the C1 arch and the C2
 * lamina, emerges below obliquus capitis inferior, turns up through semispinalis capitis and becomes
 * subcutaneous at the superior nuchal line, one third of the way from the external occipital
 * protuberance to the mastoid (the block point and landmark). The mastoid (not modelled as bone) is
 * estimated from the atlas: ~10 mm lateral to the C1 transverse process tip, its base ~25 mm above it.
 */
export function occipitalNerve(ctx: BuildContext, input: PeripheralInput, side: Side): SidedNerve {
  const q = ctx.q;
  const C1 = vertebraLayout(ctx.frame, 'C1');
  const C2 = vertebraLayout(ctx.frame, 'C2');
  const c1 = ctx.frame.vertebrae.C1;
  const span = c1.m.transverseSpan / 2;
  const eop = ctx.getLandmark('occipital-protuberance')
    ?? poseToWorld(C1.pose, [0, c1.m.canalDepth + 20, 12 + 42]);
  const s = sideSign(side);
  const mastoidBase = poseToWorld(C1.pose, [s * (span + 10), 4, 25]);
  const target = lerp(eop, mastoidBase, 1 / 3);
  const drg = rootOf(input, 'C2', side).drgCentre;
  const c2 = (p: Vec3) => poseToWorld(C2.pose, p);
  const dorsalC2 = C2.yb + C2.m.canalDepth;
  const turn = c2([s * 16, dorsalC2 + 19, C2.H / 2 + 3]);
  const path: Vec3[] = [
    drg,
    c2([s * (C2.m.canalWidth / 2 + 7), dorsalC2 + 3, C2.H / 2 + 1]), // dorsal ramus between the C1 arch and the C2 lamina
    c2([s * (C2.m.canalWidth / 2 + 8), dorsalC2 + 11, C2.H / 2 - 3]), // emerging below obliquus capitis inferior
    turn, // round its lower border, turning up into semispinalis capitis
    lerp(turn, target, 0.5), // ascending through semispinalis and trapezius
    target, // subcutaneous at the superior nuchal line
    add(target, [s * 3, -3, 14]), // onto the scalp
  ];
  return {
    structure: {
      id: `greater-occipital-nerve-${side}`, kind: 'nerve', name: `Greater occipital nerve (${SIDE_NAMES[side]})`, level: 'C2', side,
      geometry: nerveTube(path, 1.3, Math.max(6, q.tubeRadial - 2), q.tubeRingsPer10mm + 0.5),
    },
    landmark: { name: `greater-occipital-nerve-${side}`, point: target },
  };
}
