import { levelBelow, resolveIds, type ResolvedOptions } from '../options';
import type { Side, Vec3 } from '../types';
import { dot, norm, scale, sub } from './geom';
import type { LocalFrame, ModelIndex } from './modelIndex';
import { boneContactTarget } from './boneContact';
import { approach, bodyDir, BONE_FREE_TIP_MM, skinExit, type NeedleSpec } from './needle';

/**
 * The standard technique of each procedure: which landmark gives the target, which structure it
 * must lie in, and the outward direction of the approach (target → skin), after
 * ../shared/clinical/procedures.md. The cone search in `placeNeedle` adapts the direction to the model.
 */
export type Technique = (ix: ModelIndex, o: ResolvedOptions) => NeedleSpec[];

const isCervical = (level: string) => level.startsWith('C');

/** The target structure id for one side / site. */
export function targetFor(o: ResolvedOptions, side?: Side, site?: string): string {
  const one: ResolvedOptions = { ...o, sides: side ? [side] : o.sides, sites: site ? [site] : o.sites };
  const ids = resolveIds(['{target}'], one);
  return ids[0]!;
}

/**
 * The target point: the landmark if it lies in (or within 1 mm of) the target structure, else the
 * closest point of that structure — e.g. the nerve root beside the safe triangle.
 */
export function onStructure(ix: ModelIndex, p: Vec3, structure: string): Vec3 {
  return ix.memo(`onStructure|${structure}|${p.join(',')}`, () => onStructureUncached(ix, p, structure));
}

function onStructureUncached(ix: ModelIndex, p: Vec3, structure: string): Vec3 {
  const grid = ix.grid(structure);
  const c = grid.closest(p, 120);
  let t = p;
  if (c && c.distance > 1 && !ix.inside(structure, p)) {
    // a hair inside the surface, so "within 2 mm" holds robustly
    const inward = norm(sub(c.point, p));
    t = [c.point[0] + inward[0] * 0.3, c.point[1] + inward[1] * 0.3, c.point[2] + inward[2] * 0.3];
  }
  return clearOfBone(ix, t, structure);
}

/** Vertices of the structure within `radius` of p, nearest first. */
function verticesNear(ix: ModelIndex, p: Vec3, structure: string, radius: number): Vec3[] {
  const pos = ix.structure(structure).geometry.getAttribute('position');
  const cands: [number, Vec3][] = [];
  for (let i = 0; i < pos.count; i++) {
    const v: Vec3 = [pos.getX(i), pos.getY(i), pos.getZ(i)];
    const d = Math.hypot(v[0] - p[0], v[1] - p[1], v[2] - p[2]);
    if (d <= radius) cands.push([d, v]);
  }
  return cands.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}

/**
 * A needle tip cannot sit inside bone. When the landmark does (bone parts are generated with some
 * overlap), take the nearest vertex of the target structure that is outside every bone.
 */
export function clearOfBone(ix: ModelIndex, p: Vec3, structure: string, radius = 15): Vec3 {
  if (!ix.insideBone(p)) return p;
  for (const v of verticesNear(ix, p, structure, radius).slice(0, 200)) if (!ix.insideBone(v)) return v;
  return p;
}

/** Up to `n` vertices of the structure near p (≥ 1.5 mm apart), nearest first, outside bone. */
export function nearbyPoints(ix: ModelIndex, p: Vec3, structure: string, radius = 8, n = 10): Vec3[] {
  const out: Vec3[] = [];
  for (const v of verticesNear(ix, p, structure, radius)) {
    if (out.length >= n) break;
    if (out.some((o) => Math.hypot(o[0] - v[0], o[1] - v[1], o[2] - v[2]) < 1.5)) continue;
    if (!ix.insideBone(v)) out.push(v);
  }
  return out;
}

/** Target on the structure near a landmark, with alternates for the cone search. */
function aim(ix: ModelIndex, landmark: Vec3, structure: string): { target: Vec3; alternates: () => Vec3[] } {
  const target = onStructure(ix, landmark, structure);
  return { target, alternates: () => ix.memo(`nearby|${structure}|${target.join(',')}`, () => nearbyPoints(ix, target, structure)) };
}

const needleId = (o: ResolvedOptions, side?: Side, site?: string) =>
  ['needle', site && o.sites.length > 1 ? site : undefined, side && o.sides.length > 1 ? side : undefined].filter(Boolean).join('-');

function perSide(o: ResolvedOptions, make: (side: Side | undefined) => Omit<NeedleSpec, 'id'>): NeedleSpec[] {
  const sides: (Side | undefined)[] = o.sides.length ? o.sides : [undefined];
  return sides.map((side) => ({ id: needleId(o, side), ...make(side) }));
}

/**
 * Perpendicular to the skin over the target (the shortest way in), optionally tilted `deg` toward
 * `toward` — e.g. "from inferior at 30–45°" for the occipital nerve.
 */
function towardSkin(ix: ModelIndex, target: Vec3, toward?: Vec3, deg = 0): Vec3 {
  const skin = ix.skinGrid.closest(target, 200);
  const d = skin ? norm(sub(skin.point, target)) : ([0, 1, 0] as Vec3);
  if (!toward || !deg) return d;
  const t = norm(sub(toward, scale(d, dot(toward, d))));
  const r = (deg * Math.PI) / 180;
  return norm([d[0] * Math.cos(r) + t[0] * Math.sin(r), d[1] * Math.cos(r) + t[1] * Math.sin(r), d[2] * Math.cos(r) + t[2] * Math.sin(r)]);
}

// --- medial branch block and RFA ---------------------------------------------------------------

function medialBranchTarget(ix: ModelIndex, level: string, side: Side): Vec3 {
  if (isCervical(level)) return ix.landmark(`articular-pillar-waist-${level}-${side}`);
  if (level === 'L5') return ix.landmark(`sap-ala-junction-S1-${side}`);
  // The Ln medial branch crosses the SAP–TP junction of the vertebra below [WIKIMSK_LMBB].
  return ix.landmark(`sap-tp-junction-${levelBelow(level)}-${side}`);
}

/**
 * The frame the oblique is taken in: the segment the nerve crosses, squared as at the C-arm
 * ("tilt to square the superior endplate of the target segment" [FURMAN_LMBB]). Lumbar: the axis
 * from the level's body to the one below (L4–L5 for the L5 dorsal ramus, which has no body below).
 */
function mbFrameLevel(level: string): string {
  if (isCervical(level)) return level;
  return level === 'L5' ? 'L4-L5' : `${level}-${levelBelow(level)}`;
}

/** The standard pass and its fallbacks at one level and side, in that level's frame. */
interface Passes {
  dir: Vec3;
  fallbackDirs: Vec3[];
}

/**
 * A bone-contact needle onto the medial branch (or L5 dorsal ramus): the nerve near its landmark,
 * and where the standard pass first meets bone beside it.
 */
function onMedialBranch(passes: (frame: LocalFrame, side: Side, cervical: boolean) => Passes): Technique {
  return (ix, o) =>
    perSide(o, (side) => {
      const level = o.level!;
      const structure = targetFor(o, side);
      const { dir, fallbackDirs } = passes(ix.frame(mbFrameLevel(level)), side!, isCervical(level));
      const a = aim(ix, medialBranchTarget(ix, level, side!), structure);
      return {
        ...a,
        dir,
        fallbackDirs,
        contactTarget: (d, withinMm) => boneContactTarget(ix, a.target, d, structure, withinMm),
        targetStructure: structure,
        instruments: o.procedure.instruments,
      };
    });
}

const medialBranchBlock = onMedialBranch((frame, side, cervical) =>
  cervical
    // lateral approach, horizontal; the posterior oblique pass of RF when the side is hidden
    // (C6 tubercle, C7 under the shoulder) [SPRINGER_CMBB, FURMAN_CRF]
    ? { dir: approach(frame, side, 85, 0), fallbackDirs: [approach(frame, side, 35, 15)] }
    // coaxial ipsilateral oblique ~25–35° [FURMAN_LMBB]; a steeper lateral pass, and a cranial one into the sacral-ala groove
    : { dir: approach(frame, side, 30, 0), fallbackDirs: [approach(frame, side, 70, 0), approach(frame, side, 15, -40)] });

const radiofrequencyAblation = onMedialBranch((frame, side, cervical) =>
  cervical
    // posterior oblique pass [FURMAN_CRF], else the lateral MBB pass
    ? { dir: approach(frame, side, 35, 15), fallbackDirs: [approach(frame, side, 85, 0)] }
    // parallel placement, 29–47° lateral and 33.5–49° caudal [TRAN2023]; then the oblique MBB pass,
    // the lateral and the cranial ones
    : { dir: approach(frame, side, 35, 40), fallbackDirs: [approach(frame, side, 30, 0), approach(frame, side, 70, 0), approach(frame, side, 15, -40)] });

// --- nerve roots and the foramen -----------------------------------------------------------------

const selectiveNerveRootBlock: Technique = (ix, o) =>
  perSide(o, (side) => {
    const level = o.level!;
    const structure = targetFor(o, side);
    if (level === 'S1') {
      // Through the dorsal S1 foramen to the root in its canal: the line from the root to the
      // foramen opening is the trajectory (cephalad tilt, slight ipsilateral oblique) [FURMAN_S1].
      // No far-away alternates: a root reached any other way is not an S1 foraminal block.
      const foramen = ix.landmark(`s1-posterior-foramen-${side}`);
      const target = ix.memo(`s1-channel|${side}`, () => s1ChannelTarget(ix, foramen, ix.landmark(`root-exit-S1-${side}`), structure))
        ?? onStructure(ix, foramen, structure);
      const dir = dist3(foramen, target) > 1 ? norm(sub(foramen, target)) : approach(ix.frame('L5'), side, 10, -20);
      return {
        target,
        dir,
        fallbackDirs: [approach(ix.frame('L5'), side, 10, -20)],
        targetStructure: structure,
        instruments: o.procedure.instruments,
      };
    }
    const space = `${level}-${levelBelow(level)}`;
    return {
      ...aim(ix, ix.landmark(`safe-triangle-${space}-${side}`), structure),
      // ipsilateral oblique ~30–40° from vertical, slight caudal tilt [RADIOPAEDIA_TF, PIJN_TF]
      dir: approach(ix.frame(space), side, 40, 12),
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

const dist3 = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * Down the S1 foraminal canal: from the dorsal foramen toward the ventral one (where the root
 * exits), the first point within 1.5 mm of the root, as long as the canal is open (no bone).
 */
function s1ChannelTarget(ix: ModelIndex, dorsal: Vec3, ventral: Vec3, root: string): Vec3 | undefined {
  const axis = norm(sub(ventral, dorsal));
  const length = dist3(dorsal, ventral);
  for (let t = 0; t <= length; t += 1) {
    const p: Vec3 = [dorsal[0] + axis[0] * t, dorsal[1] + axis[1] * t, dorsal[2] + axis[2] * t];
    if (t > 2 && ix.insideBone(p)) return undefined;
    if (ix.inside(root, p) || ix.surfaceDistance(root, p, 10) <= 1.5) return p;
  }
  return undefined;
}

const epiduralTransforaminal: Technique = (ix, o) =>
  perSide(o, (side) => ({
    target: ix.landmark(`safe-triangle-${o.level}-${side}`),
    // oblique ~20–30° plus slight caudal-to-cranial angulation toward 6 o'clock of the pedicle [PIJN_TF]
    dir: approach(ix.frame(o.level!), side, 28, 12),
    targetStructure: targetFor(o, side),
    instruments: o.procedure.instruments,
  }));

// --- epidurals -------------------------------------------------------------------------------------

/**
 * "Tilt to open the interlaminar space" [FURMAN_ILESI]: the cranio-caudal angle in the middle of the
 * widest range of angles whose path from the target to the skin misses bone, at the given obliquity.
 */
export function openWindowTilt(ix: ModelIndex, target: Vec3, frame: LocalFrame, side: Side | undefined, lateralDeg: number): number | undefined {
  const clear: number[] = [];
  for (let c = -40; c <= 40; c += 5) {
    const d = approach(frame, side, lateralDeg, c);
    const s = skinExit(ix, target, d);
    const b = s === undefined ? undefined : ix.boneGrid.firstHit(target, d, BONE_FREE_TIP_MM, s);
    if (s !== undefined && !b) clear.push(c);
  }
  let best: number[] = [];
  let run: number[] = [];
  for (const c of clear) {
    run = run.length && c - run[run.length - 1]! === 5 ? [...run, c] : [c];
    if (run.length > best.length) best = run;
  }
  return best.length ? (best[0]! + best[best.length - 1]!) / 2 : undefined;
}

const epiduralInterlaminar: Technique = (ix, o) =>
  perSide(o, (side) => {
    const target = ix.landmark(`dorsal-epidural-${o.level}`);
    const frame = ix.frame(o.level!);
    // paramedian on the painful side, coaxial through the window [FURMAN_ILESI]
    const tilt = openWindowTilt(ix, target, frame, side, 10) ?? 15;
    return {
      target,
      dir: approach(frame, side, 10, tilt),
      targetStructure: targetFor(o, side),
      instruments: o.procedure.instruments,
    };
  });

/** Tilts a direction `deg` toward posterior (a steeper skin entry over the hiatus). */
function steeper(d: Vec3, deg: number): Vec3 {
  const up: Vec3 = [0, 1, 0];
  const t = norm(sub(up, scale(d, dot(up, d))));
  const r = (deg * Math.PI) / 180;
  return norm([d[0] * Math.cos(r) + t[0] * Math.sin(r), d[1] * Math.cos(r) + t[1] * Math.sin(r), d[2] * Math.cos(r) + t[2] * Math.sin(r)]);
}

const epiduralCaudal: Technique = (ix, o) => {
  const hiatus = ix.landmark('sacral-hiatus');
  const s3 = ix.landmark('sacral-canal-S3');
  // Just through the hiatus, well below S3 and the end of the dural sac [FURMAN_CAUDAL, BINOKAY2006]:
  // the straight needle stands for "pierce the ligament at ≤ 45°, then flatten".
  const k = 0.35;
  const target: Vec3 = [hiatus[0] + (s3[0] - hiatus[0]) * k, hiatus[1] + (s3[1] - hiatus[1]) * k, hiatus[2] + (s3[2] - hiatus[2]) * k];
  const canal = norm(sub(hiatus, s3));
  return [{
    id: 'needle',
    target,
    dir: steeper(canal, 30),
    fallbackDirs: [steeper(canal, 15), canal],
    targetStructure: targetFor(o),
    instruments: o.procedure.instruments,
  }];
};

// --- facet joints ------------------------------------------------------------------------------

/** Normal of a thin joint volume: the axis of least spread of its vertices. */
export function jointNormal(ix: ModelIndex, structure: string): Vec3 | undefined {
  const g = ix.structure(structure).geometry;
  const pos = g.getAttribute('position');
  if (!pos || pos.count < 4) return undefined;
  let cx = 0, cy = 0, cz = 0;
  for (let i = 0; i < pos.count; i++) {
    cx += pos.getX(i);
    cy += pos.getY(i);
    cz += pos.getZ(i);
  }
  const c = [cx / pos.count, cy / pos.count, cz / pos.count];
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < pos.count; i++) {
    const d = [pos.getX(i) - c[0]!, pos.getY(i) - c[1]!, pos.getZ(i) - c[2]!];
    for (let r = 0; r < 3; r++) for (let k = 0; k < 3; k++) m[r * 3 + k]! += d[r]! * d[k]!;
  }
  return smallestEigenvector(m);
}

/** Jacobi eigen-decomposition of a symmetric 3×3 matrix; the eigenvector of the smallest eigenvalue. */
function smallestEigenvector(a: number[]): Vec3 {
  const v = [1, 0, 0, 0, 1, 0, 0, 0, 1];
  for (let sweep = 0; sweep < 24; sweep++) {
    for (const [p, q] of [[0, 1], [0, 2], [1, 2]] as const) {
      const apq = a[p * 3 + q]!;
      if (Math.abs(apq) < 1e-12) continue;
      const theta = (a[q * 3 + q]! - a[p * 3 + p]!) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const c = 1 / Math.sqrt(t * t + 1);
      const s = t * c;
      for (let k = 0; k < 3; k++) {
        const akp = a[k * 3 + p]!, akq = a[k * 3 + q]!;
        a[k * 3 + p] = c * akp - s * akq;
        a[k * 3 + q] = s * akp + c * akq;
      }
      for (let k = 0; k < 3; k++) {
        const apk = a[p * 3 + k]!, aqk = a[q * 3 + k]!;
        a[p * 3 + k] = c * apk - s * aqk;
        a[q * 3 + k] = s * apk + c * aqk;
      }
      for (let k = 0; k < 3; k++) {
        const vkp = v[k * 3 + p]!, vkq = v[k * 3 + q]!;
        v[k * 3 + p] = c * vkp - s * vkq;
        v[k * 3 + q] = s * vkp + c * vkq;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < 3; i++) if (a[i * 3 + i]! < a[best * 3 + best]!) best = i;
  return norm([v[best]!, v[3 + best]!, v[6 + best]!]);
}

const facetJointInjection: Technique = (ix, o) =>
  perSide(o, (side) => {
    const level = o.level!;
    const structure = targetFor(o, side);
    const frame = ix.frame(level);
    // lumbar: ipsilateral oblique into the inferior recess [FURMAN_LIA]; cervical: lateral approach to the
    // mid-portion of the lateral joint margin [ALPF_CERV_IA, FURMAN_CIA]. Either way, the needle runs in the joint plane.
    // the lateral profile works C2-C3 … C5-C6; C6-C7 hides behind the shoulder, so it goes posterior [ALPF_CERV_IA]
    const lateral = isCervical(level) && level !== 'C6-C7';
    const posterior = approach(frame, side, 5, 45);
    const preferred = lateral ? approach(frame, side, 85, 0) : isCervical(level) ? posterior : approach(frame, side, 25, 15);
    const dir = inJointPlane(ix, structure, preferred, lateral ? approach(frame, side, 90, 0) : frame.y);
    return {
      ...aim(ix, ix.landmark(`facet-joint-centre-${level}-${side}`), structure),
      dir,
      // the posterior approach, entry ~2 segments caudal at 45° [DIEUTRIDAU_CFJ], or the plain oblique
      fallbackDirs: isCervical(level) ? [posterior, preferred] : [preferred],
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

// --- sympathetic blocks ------------------------------------------------------------------------

const stellateGanglionBlock: Technique = (ix, o) =>
  perSide(o, (side) => {
    const structure = targetFor(o, side);
    const landmark = o.level === 'C7' ? `stellate-ganglion-${side}` : `c6-anterior-tubercle-${side}`;
    return {
      ...aim(ix, ix.landmark(landmark), structure),
      // anterior paratracheal: straight down through the front of the neck, medial to the carotid [MEDSCAPE_SGB]
      dir: bodyDir(side, -0.12, -1, 0),
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

const lumbarSympatheticBlock: Technique = (ix, o) =>
  perSide(o, (side) => {
    const structure = targetFor(o, side);
    return {
      ...aim(ix, ix.landmark(`anterolateral-body-${o.level}-${side}`), structure),
      // posterolateral → anteromedial past the TP, just lateral to the body [78STEPS_LSB]
      dir: approach(ix.frame(o.level!), side, 35, 0),
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

// --- peripheral nerve blocks ---------------------------------------------------------------------

const occipitalNerveBlock: Technique = (ix, o) =>
  perSide(o, (side) => {
    const structure = targetFor(o, side);
    const a = aim(ix, ix.landmark(`greater-occipital-nerve-${side}`), structure);
    return {
      ...a,
      // from inferior, 30–45° to the skin [FPNOTEBOOK_GON]: the entry lies below the nerve
      dir: towardSkin(ix, a.target, [0, 0, -1], 35),
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

/** A needle onto the target structure at a landmark, along the direction the technique gives for that target. */
function atLandmark(ix: ModelIndex, o: ResolvedOptions, landmark: string, dir: (target: Vec3) => Vec3, side?: Side, site?: string): Omit<NeedleSpec, 'id'> {
  const structure = targetFor(o, side, site);
  const a = aim(ix, ix.landmark(landmark), structure);
  return { ...a, dir: dir(a.target), targetStructure: structure, instruments: o.procedure.instruments };
}

const genicularNerveBlock: Technique = (ix, o) =>
  o.sides.flatMap((side) =>
    o.sites.map((site) => ({
      id: needleId(o, side, site),
      // skin entry over each target, perpendicular to the periosteum [SOUNDPAIN, ASRA_GENIC]
      ...atLandmark(ix, o, `genicular-${site}-${side}`, (t) => towardSkin(ix, t), side, site),
    })),
  );

const suprascapularNerveBlock: Technique = (ix, o) =>
  // perpendicular to the scapula from above the spine [CLINICALGATE_SSN, RADIOLOGYKEY_SSN]
  perSide(o, (side) => atLandmark(ix, o, `suprascapular-notch-${side}`, () => bodyDir(side, 0, 0.8, 0.6), side));

// --- muscles and joints --------------------------------------------------------------------------

const triggerPointInjection: Technique = (ix, o) =>
  o.sides.map((side) => ({
    id: needleId(o, side),
    // straight in over the point, the shortest way from the skin [CHELLY_TPI]
    ...atLandmark(ix, o, `trigger-point-${o.sites[0]}-${side}`, (t) => towardSkin(ix, t), side, o.sites[0]),
  }));

const kneeJointInjection: Technique = (ix, o) =>
  // superolateral: under the patella from above and outside [MEDSCAPE_KNEE]
  perSide(o, (side) => atLandmark(ix, o, `knee-suprapatellar-recess-${side}`, () => bodyDir(side, 0.85, -0.25, 0.45), side));

const hipJointInjection: Technique = (ix, o) =>
  // anterolateral thigh below the inguinal crease, inferolateral → superomedial [FURMAN_HIP, SPRINGER_HIP]
  perSide(o, (side) => atLandmark(ix, o, `hip-head-neck-junction-${side}`, () => bodyDir(side, 0.35, -0.85, -0.4), side));

const shoulderJointInjection: Technique = (ix, o) =>
  perSide(o, (side) =>
    o.site === 'subacromial'
      // bursa: lateral, under the acromion [FRANK_SA]
      ? atLandmark(ix, o, `subacromial-bursa-${side}`, () => bodyDir(side, 1, 0, -0.5), side)
      // joint: posterior, aiming toward the coracoid [FPNOTEBOOK_GH]
      : atLandmark(ix, o, `glenohumeral-joint-posterior-${side}`, () => bodyDir(side, 0.25, 1, -0.15), side),
  );

const sacroiliacJointInjection: Technique = (ix, o) =>
  perSide(o, (side) => {
    const structure = targetFor(o, side);
    // posterior, inferior entry, contralateral oblique, coaxial with the joint line [FURMAN_SIJ]
    const preferred = bodyDir(side, -0.25, 1, -0.2);
    const dir = inJointPlane(ix, structure, preferred, [0, 1, 0]);
    const a = aim(ix, ix.landmark(`si-joint-inferior-${side}`), structure);
    return {
      ...a,
      target: jointMargin(ix, a.target, dir, structure),
      dir,
      fallbackDirs: [preferred],
      targetStructure: structure,
      instruments: o.procedure.instruments,
    };
  });

/**
 * The needle enters a joint at its margin: from the joint's centre, walk along the needle's line
 * (which lies in the joint plane) to 1 mm inside the point where it leaves the joint.
 */
function jointMargin(ix: ModelIndex, centre: Vec3, dir: Vec3, structure: string): Vec3 {
  if (!ix.inside(structure, centre)) return centre;
  const exit = ix.grid(structure).firstHit(centre, dir, 0, 100);
  if (!exit || exit.t <= 1) return centre;
  return [centre[0] + dir[0] * (exit.t - 1), centre[1] + dir[1] * (exit.t - 1), centre[2] + dir[2] * (exit.t - 1)];
}

/** The direction in the plane of a thin joint nearest to `preferred` (needles go down the joint line). */
function inJointPlane(ix: ModelIndex, structure: string, preferred: Vec3, mustFace: Vec3): Vec3 {
  const n = jointNormal(ix, structure);
  if (!n) return preferred;
  const inPlane = norm(sub(preferred, scale(n, dot(preferred, n))));
  return dot(inPlane, inPlane) > 0.5 && dot(inPlane, mustFace) > 0.2 ? inPlane : preferred;
}

export const TECHNIQUES: Readonly<Record<string, Technique>> = {
  'medial-branch-block': medialBranchBlock,
  'radiofrequency-ablation': radiofrequencyAblation,
  'selective-nerve-root-block': selectiveNerveRootBlock,
  'stellate-ganglion-block': stellateGanglionBlock,
  'lumbar-sympathetic-block': lumbarSympatheticBlock,
  'occipital-nerve-block': occipitalNerveBlock,
  'genicular-nerve-block': genicularNerveBlock,
  'suprascapular-nerve-block': suprascapularNerveBlock,
  'epidural-interlaminar': epiduralInterlaminar,
  'epidural-transforaminal': epiduralTransforaminal,
  'epidural-caudal': epiduralCaudal,
  'facet-joint-injection': facetJointInjection,
  'trigger-point-injection': triggerPointInjection,
  'knee-joint-injection': kneeJointInjection,
  'hip-joint-injection': hipJointInjection,
  'shoulder-joint-injection': shoulderJointInjection,
  'sacroiliac-joint-injection': sacroiliacJointInjection,
};
