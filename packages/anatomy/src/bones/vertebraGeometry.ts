/**
 * The bony layout of every vertebra, as pure functions of the spine frame and the measurements.
 *
 * This module is the single source of truth for where the parts of a vertebra are: the bone builders
 * (`buildVertebrae`, `buildSacrumAndCoccyx`, `buildJoints`) shape their meshes from it, and other builders
 * (neural, procedures) import the helpers at the bottom (`pedicleCentre`, `foramenCentre`, `facetJoint`,
 * `flavumSheet`, `laminaDorsalPoint`, …) so nobody duplicates the geometry math.
 *
 * Local frame of a segment (as in the spine frame): origin = body centre, x = patient left, y = posterior,
 * z = superior along the vertebra's own axis. `s` = +1 for the left side, −1 for the right.
 */
import type { SpineFrame } from '../frame/spineFrame';
import { sagittalNormal } from '../frame/spineFrame';
import { levelBelow, VERTEBRAE, type VertebraLevel } from '../levels';
import { morphometry, vertebraMeasurements, type VertebraMeasurements } from '../morphometry';
import type { Side, Vec3 } from '../types';
import { add, addScaled, cross, dot, lerp, normalize, scale, sub } from '../geometry/vec';

const DEG = Math.PI / 180;
export type SegmentLevel = VertebraLevel | 'S1';
export const sideSign = (side: Side): 1 | -1 => (side === 'left' ? 1 : -1);

/** A rigid pose: local (x,y,z) ↦ centre + x·axis.x + y·axis.y + z·axis.z. */
export interface SegmentPose {
  level: SegmentLevel;
  centre: Vec3;
  axis: { x: Vec3; y: Vec3; z: Vec3 };
  height: number;
}

export function poseToWorld(pose: SegmentPose, p: Vec3): Vec3 {
  const { centre: c, axis: a } = pose;
  return [
    c[0] + a.x[0] * p[0] + a.y[0] * p[1] + a.z[0] * p[2],
    c[1] + a.x[1] * p[0] + a.y[1] * p[1] + a.z[1] * p[2],
    c[2] + a.x[2] * p[0] + a.y[2] * p[1] + a.z[2] * p[2],
  ];
}
export function poseDirToWorld(pose: SegmentPose, d: Vec3): Vec3 {
  const a = pose.axis;
  return [
    a.x[0] * d[0] + a.y[0] * d[1] + a.z[0] * d[2],
    a.x[1] * d[0] + a.y[1] * d[1] + a.z[1] * d[2],
    a.x[2] * d[0] + a.y[2] * d[1] + a.z[2] * d[2],
  ];
}
export function poseToLocal(pose: SegmentPose, p: Vec3): Vec3 {
  const d = sub(p, pose.centre);
  return [dot(d, pose.axis.x), dot(d, pose.axis.y), dot(d, pose.axis.z)];
}
export function poseDirToLocal(pose: SegmentPose, d: Vec3): Vec3 {
  return [dot(d, pose.axis.x), dot(d, pose.axis.y), dot(d, pose.axis.z)];
}

// ---------------------------------------------------------------------------------------------
// The sacrum's first segment as a pseudo-vertebra (for the L5-S1 joints, window and foramen).
// ---------------------------------------------------------------------------------------------
const sac = morphometry.sacrum as Record<string, number>;
/** S1 values the table does not carry; estimates from the usual S1 proportions (documented in morphometry.json). */
export const S1_ESTIMATES = {
  bodyHeight: 28, // S1 segment height at the body, of a 106.7 mm sacrum with 5 segments tapering caudally
  canalWidth: 31, // the S1 canal is a wide triangle
  canalDepth: 14,
  pedicleWidth: 18,
  pedicleHeight: 20,
  facetAxialAngle: 48, // L5-S1 facets ~45–50° from the mid-sagittal plane (between L5's 54° and coronalising S1)
  facetInclination: 80,
};

/** Pose of any segment, including `S1` (the sacrum's first segment, its superior endplate at the origin). */
export function segmentPose(frame: SpineFrame, level: SegmentLevel): SegmentPose {
  if (level !== 'S1') {
    const p = frame.vertebrae[level];
    return { level, centre: p.centre, axis: p.axis, height: p.height };
  }
  const tilt = frame.s1.tilt;
  const z = sagittalNormal(tilt);
  const y: Vec3 = [0, Math.cos(tilt * DEG), Math.sin(tilt * DEG)];
  const h = S1_ESTIMATES.bodyHeight;
  return { level: 'S1', centre: addScaled(frame.s1.centre, z, -h / 2), axis: { x: [1, 0, 0], y, z }, height: h };
}

/** Measurements of any segment; S1 from `sacrum` plus `S1_ESTIMATES`. */
const measurementCache = new Map<SegmentLevel, VertebraMeasurements>();
export function segmentMeasurements(level: SegmentLevel): VertebraMeasurements {
  let m = measurementCache.get(level);
  if (!m) { m = computeSegmentMeasurements(level); measurementCache.set(level, m); }
  return m;
}

function computeSegmentMeasurements(level: SegmentLevel): VertebraMeasurements {
  if (level !== 'S1') return vertebraMeasurements(level);
  const h = S1_ESTIMATES.bodyHeight;
  return {
    level: 'L5', region: 'lumbar',
    anteriorHeight: h, posteriorHeight: h,
    endplateWidth: sac.s1_body_width_mm!, endplateDepth: sac.s1_body_depth_mm!,
    pedicleWidth: S1_ESTIMATES.pedicleWidth, pedicleHeight: S1_ESTIMATES.pedicleHeight,
    pedicleTransverseAngle: 30, pedicleSagittalAngle: 0,
    canalWidth: S1_ESTIMATES.canalWidth, canalDepth: S1_ESTIMATES.canalDepth,
    spinousLength: 14, spinousInclination: 20, transverseSpan: sac.max_width_mm!,
    facetAxialAngle: S1_ESTIMATES.facetAxialAngle, facetInclination: S1_ESTIMATES.facetInclination,
    discBelowHeight: 0, wedge: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Layout of one vertebra in its local frame
// ---------------------------------------------------------------------------------------------
export interface SideLayout {
  /** Centre of the pedicle isthmus; its medial wall is at |x| = canalWidth/2. */
  isthmus: Vec3;
  /** Unit pedicle axis, pointing backward (posterolateral). */
  pedAxis: Vec3;
  /** Anterior end of the pedicle (inside the body) and posterior end (the articular pillar). */
  pedStart: Vec3;
  pedEnd: Vec3;
  /** Lateral (pars) end of the lamina, at the lamina's mid-height. */
  pars: Vec3;
  /** Root and tip of the transverse process. */
  tpRoot: Vec3;
  tpTip: Vec3;
}

export interface VertebraLayout {
  level: SegmentLevel;
  region: 'cervical' | 'thoracic' | 'lumbar' | 'sacral';
  pose: SegmentPose;
  m: VertebraMeasurements;
  W: number; D: number; H: number;
  /** Mid-sagittal y of the posterior body wall. */
  yb: number;
  /** z of the pedicle centre. */
  zp: number;
  /** Superior / inferior endplate height at local y (the endplates are planes of the frame). */
  zSup(y: number): number;
  zInf(y: number): number;
  sides: Record<Side, SideLayout>;
  lamina: {
    zTop: number; zBot: number;
    /** Lamina plate tilt from the coronal plane (top edge anterior), degrees. */
    slope: number;
    thickness: number;
    /** Midline section centre and its up-axis / thickness axis (local). */
    mid: Vec3; up: Vec3; out: Vec3;
    /** Half-height of the lamina section measured along `up`. */
    halfHeight: number;
  };
  spinous: { base: Vec3; tip: Vec3; height: number; width: number };
  /** Superior articular facet size (half-width along the facet's horizontal axis, half-height). */
  facetHalf: [number, number];
}

const cache = new WeakMap<SpineFrame, Map<string, VertebraLayout>>();

function regionOfSeg(level: SegmentLevel): VertebraLayout['region'] {
  if (level === 'S1') return 'sacral';
  return segmentMeasurements(level).region;
}

/** Facet (superior articular surface) size per region, after Panjabi 1993 (width 9.6–16.3, height 10.2–18.4 mm C3→L5). */
function facetSize(level: SegmentLevel): [number, number] {
  const region = regionOfSeg(level);
  if (region === 'cervical') return [11, 10.5];
  if (region === 'thoracic') {
    const i = Number(level.slice(1));
    return [10 + i * 0.15, 11 + i * 0.25];
  }
  if (level === 'S1') return [16, 15];
  const i = Number(level.slice(1));
  return [13 + i * 0.6, 14.5 + i * 0.7];
}

export function vertebraLayout(frame: SpineFrame, level: SegmentLevel): VertebraLayout {
  let map = cache.get(frame);
  if (!map) { map = new Map(); cache.set(frame, map); }
  const hit = map.get(level);
  if (hit) return hit;
  const lay = computeLayout(frame, level);
  map.set(level, lay);
  return lay;
}

function computeLayout(frame: SpineFrame, level: SegmentLevel): VertebraLayout {
  const m = segmentMeasurements(level);
  const pose = segmentPose(frame, level);
  const region = regionOfSeg(level);
  const W = m.endplateWidth, D = m.endplateDepth, H = pose.height;
  const yb = D / 2;
  const cw = m.canalWidth, cd = m.canalDepth, pw = m.pedicleWidth, ph = m.pedicleHeight;
  // Endplate planes (local): tilted by half the body wedge about x, through (0,0,±H/2).
  let halfWedge = 0;
  if (level !== 'S1') {
    const vp = frame.vertebrae[level];
    const n = poseDirToLocal(pose, vp.superior.normal);
    halfWedge = Math.atan2(-n[1], n[2]);
  }
  const tw = Math.tan(halfWedge);
  const zSup = (y: number) => H / 2 + y * tw;
  const zInf = (y: number) => -H / 2 - y * tw;

  // Pedicle: upper part of the body in the thoracolumbar spine, a little lower in the neck.
  const zpRaw = region === 'cervical' ? H / 2 - ph / 2 - 0.2 * H : H / 2 - ph / 2 - 0.12 * H;
  const zp = Math.min(zpRaw, H / 2 - ph / 2 - 1);
  const ta = Math.max(m.pedicleTransverseAngle, 2) * DEG;
  const sa = m.pedicleSagittalAngle * DEG;
  const dIsoMin = region === 'cervical' ? 0.35 * cd : 0.3 * cd;
  const dIso = Math.min(0.6 * cd, Math.max(dIsoMin, (cw / 2 + pw - W / 2) / Math.tan(ta) - 2));
  const postLen = region === 'cervical' ? 3 : region === 'thoracic' ? 0.35 * cd : 0.45 * cd;
  const laminaThickness = region === 'cervical' ? 3.2 : region === 'thoracic' ? 5 : 6.5;

  // Lamina vertical extent (local z of the section's top and bottom edges at the midline).
  let zTop: number, zBot: number, slope: number;
  const disc = m.discBelowHeight;
  if (region === 'cervical') { zTop = zp + ph / 2; zBot = -H / 2 - 0.25 * disc; slope = 35; }
  else if (region === 'thoracic') { zTop = zp + ph / 2 - 1; zBot = -H / 2 - 0.55 * disc; slope = 30; }
  else { zTop = zp + 0.45 * ph; zBot = -H / 2 + 0.06 * H; slope = 18; }
  if (level === 'C2') { zTop = zp + ph / 2 + 2; zBot = -H / 2 - 0.3 * disc; }
  const up: Vec3 = [0, -Math.sin(slope * DEG), Math.cos(slope * DEG)];
  const out: Vec3 = [0, Math.cos(slope * DEG), Math.sin(slope * DEG)];
  const halfHeight = (zTop - zBot) / 2 / Math.cos(slope * DEG);
  const zMid = (zTop + zBot) / 2;
  // Midline lamina section: its anterior surface crosses z = zMid at y = yb + canal depth.
  const mid: Vec3 = [0, yb + cd + (laminaThickness / 2) / Math.cos(slope * DEG), zMid];

  const side = (s: 1 | -1): SideLayout => {
    // The medial wall of the oblique pedicle crosses |x| = cw/2 at the isthmus.
    const isthmus: Vec3 = [s * (cw / 2 + pw / 2 / Math.cos(ta)), yb + dIso, zp];
    const pedAxis = normalize([s * Math.sin(ta) * Math.cos(sa), Math.cos(ta) * Math.cos(sa), -Math.sin(sa)]);
    const pedStart = addScaled(isthmus, pedAxis, -(dIso + Math.min(3, D * 0.1)) / pedAxis[1]);
    const pedEnd = addScaled(isthmus, pedAxis, postLen);
    // The pars: behind the pillar, a little medial, at the lamina's mid-height.
    const parsY = region === 'cervical' ? pedEnd[1] + 3 : pedEnd[1] + (region === 'lumbar' ? 2.5 : 1.5);
    const parsX = region === 'cervical' ? pedEnd[0] : pedEnd[0] - s * pw * 0.25;
    const pars: Vec3 = [parsX, parsY, zMid + (region === 'lumbar' ? 0.05 * (zTop - zBot) : 0)];
    // Transverse process: from the pedicle–pillar junction out to half the tip-to-tip span.
    const span = m.transverseSpan / 2;
    let tpRoot: Vec3, tpTip: Vec3;
    if (region === 'cervical') {
      tpRoot = [s * (Math.abs(isthmus[0]) + pw / 2), isthmus[1] - 2, zp];
      tpTip = [s * span, isthmus[1] - 1, zp - 1.5];
    } else if (region === 'thoracic') {
      // Stout, angled back ~30° behind the coronal plane, a little upward.
      tpRoot = [s * (Math.abs(pedEnd[0]) + pw * 0.2), pedEnd[1] - 1, zp + ph * 0.15];
      const reach = span - Math.abs(tpRoot[0]);
      tpTip = [s * span, tpRoot[1] + reach * Math.tan(28 * DEG), tpRoot[2] + reach * 0.12];
    } else {
      // Lumbar: long and thin, coronal, slightly back, from the pedicle–SAP junction.
      tpRoot = [s * (Math.abs(pedEnd[0]) - pw * 0.1), pedEnd[1] - 2.5, zp - ph * 0.05];
      const reach = span - Math.abs(tpRoot[0]);
      tpTip = [s * span, tpRoot[1] + reach * 0.12, tpRoot[2] + reach * 0.05];
    }
    return { isthmus, pedAxis, pedStart, pedEnd, pars, tpRoot, tpTip };
  };

  // Spinous process: from the spinolaminar junction along the inclination below the endplate plane.
  const incl = m.spinousInclination * DEG;
  const base: Vec3 = [0, mid[1] + laminaThickness * 0.2, zMid];
  const tip: Vec3 = [0, base[1] + Math.cos(incl) * m.spinousLength, base[2] - Math.sin(incl) * m.spinousLength];
  // Lumbar spinous heights are set so that, in our lordosis, the interspinous distances match MRI
  // (morphometry `lumbar_interspinous_distance`, CHULA_ISD); L5 the smallest.
  const spHeight = region === 'lumbar' ? lumbarSpinousHeight(level) : region === 'thoracic' ? 8.5 : level === 'C2' ? 12 : 7.5;
  const spWidth = region === 'lumbar' ? 6.5 : region === 'thoracic' ? 6 : 5;

  return {
    level, region, pose, m, W, D, H, yb, zp, zSup, zInf,
    sides: { left: side(1), right: side(-1) },
    lamina: { zTop, zBot, slope, thickness: laminaThickness, mid, up, out, halfHeight },
    spinous: { base, tip, height: spHeight, width: spWidth },
    facetHalf: [facetSize(level)[0] / 2, facetSize(level)[1] / 2],
  };
}

/** Lumbar spinous process height (morphometry `spinous_process_height_mm`, derived from CHULA_ISD). */
function lumbarSpinousHeight(level: SegmentLevel): number {
  const r = (morphometry as Record<string, Record<string, unknown>>)[level === 'S1' ? 'L5' : level];
  const h = r?.spinous_process_height_mm;
  return typeof h === 'number' ? h : 18;
}

// ---------------------------------------------------------------------------------------------
// Facet joints
// ---------------------------------------------------------------------------------------------
export interface FacetJoint {
  interspace: string;
  side: Side;
  /** Centre of the joint space (world). */
  centre: Vec3;
  /** Unit normal of the superior articular surface of the lower vertebra, pointing into the joint (world). */
  normal: Vec3;
  /** In-plane axes of the joint: u horizontal, v "up" along the facet (world). */
  u: Vec3; v: Vec3;
  halfWidth: number; halfHeight: number;
  /** Joint space width (mm) between the articular surfaces. */
  gap: number;
  /** Depth of the lumbar concavity of the surface at its edges (toward +normal), mm. */
  bend: number;
  /** The same in the lower vertebra's local frame. */
  local: { centre: Vec3; normal: Vec3; u: Vec3; v: Vec3 };
}

export function splitInterspace(interspace: string): [SegmentLevel, SegmentLevel] {
  const [a, b] = interspace.split('-') as [string, string];
  if (!a || !b || levelBelow(a) !== b) throw new Error(`Unknown interspace "${interspace}"`);
  return [a as SegmentLevel, b as SegmentLevel];
}

/** Superior articular facet normal of `level` in its local frame (pointing out of the SAP, into the joint). */
export function superiorFacetNormal(level: SegmentLevel, s: 1 | -1): Vec3 {
  const m = segmentMeasurements(level);
  const region = regionOfSeg(level);
  // Axial angle from the mid-sagittal plane: < 90 faces medially (lumbar), > 90 laterally (cervical).
  // Thoracic superior facets face backward, upward and a little laterally (Gray's): mirror the table angle.
  let alpha = m.facetAxialAngle;
  if (region === 'thoracic' && alpha < 90 && level !== 'T12') alpha = 180 - alpha;
  const beta = m.facetInclination * DEG;
  const a = alpha * DEG;
  const axial: Vec3 = [-s * Math.cos(a), Math.sin(a), 0];
  return normalize([axial[0] * Math.sin(beta), axial[1] * Math.sin(beta), Math.cos(beta)]);
}

const jointCache = new WeakMap<SpineFrame, Map<string, FacetJoint>>();
export function facetJoint(frame: SpineFrame, interspace: string, side: Side): FacetJoint {
  let map = jointCache.get(frame);
  if (!map) { map = new Map(); jointCache.set(frame, map); }
  const key = `${interspace}:${side}`;
  let j = map.get(key);
  if (!j) { j = computeFacetJoint(frame, interspace, side); map.set(key, j); }
  return j;
}

function computeFacetJoint(frame: SpineFrame, interspace: string, side: Side): FacetJoint {
  const [, b] = splitInterspace(interspace);
  const L = vertebraLayout(frame, b);
  const s = sideSign(side);
  const region = L.region;
  const m = L.m;
  const n = superiorFacetNormal(b, s);
  const cw = m.canalWidth, cd = m.canalDepth, pw = m.pedicleWidth;
  const discAbove = b === 'S1' ? segmentMeasurements('L5').discBelowHeight
    : segmentMeasurements(VERTEBRAE[VERTEBRAE.indexOf(b as VertebraLevel) - 1]!).discBelowHeight;
  let c: Vec3;
  if (region === 'cervical') c = [s * (cw / 2 + 5.5), L.yb + 0.72 * cd, L.zSup(L.yb) + 0.3 * discAbove];
  else if (region === 'thoracic') c = [s * (cw / 2 + pw * 0.45), L.yb + 0.8 * cd, L.zSup(L.yb) + 0.35 * discAbove];
  else c = [s * (cw / 2 + pw * 0.45), L.yb + 0.95 * cd, L.zSup(L.yb) + 0.4 * discAbove];
  if (b === 'S1') c = [s * 19, L.yb + 0.95 * cd, L.zSup(L.yb) + 0.35 * discAbove];
  const uRaw = cross([0, 0, 1], n);
  const u = normalize(Math.hypot(uRaw[0], uRaw[1]) < 1e-3 ? [1, 0, 0] : uRaw);
  const v = normalize(cross(n, u));
  const gap = region === 'lumbar' || region === 'sacral' ? 1.8 : 1.5;
  // Lumbar superior facets are curved shells that cup the inferior process above (deeper than at L5-S1,
  // whose sacral side belongs to the sacrum's own shape).
  const bend = region === 'lumbar' ? 3.4 : region === 'sacral' ? 2.2 : 0;
  const pose = L.pose;
  return {
    interspace, side,
    centre: poseToWorld(pose, c), normal: poseDirToWorld(pose, n), u: poseDirToWorld(pose, u), v: poseDirToWorld(pose, v),
    halfWidth: L.facetHalf[0], halfHeight: L.facetHalf[1], gap, bend,
    local: { centre: c, normal: n, u, v },
  };
}

// ---------------------------------------------------------------------------------------------
// Ligamentum flavum and the interlaminar window
// ---------------------------------------------------------------------------------------------
const els = morphometry.epidural_ligament_skin as Record<string, number>;
/** Ligamentum flavum thickness at an interspace (Khasawneh 2023 lumbar; thoracic/cervical estimates in the table). */
export function flavumThickness(interspace: string): number {
  const key = `ligamentum_flavum_thickness_${interspace.replace('-', '_')}_mm`;
  if (els[key] !== undefined) return els[key]!;
  const [a] = splitInterspace(interspace);
  if (a.startsWith('C')) return els.ligamentum_flavum_thickness_cervical_mm!;
  if (a === 'L1') return els.ligamentum_flavum_thickness_L2_L3_mm! - 0.2;
  if (a.startsWith('T')) {
    const i = Number(a.slice(1));
    // Thin above, thickest at T10-T11 (3.27 mm), ~2 mm at the cervicothoracic junction (estimate).
    return 2 + (els.ligamentum_flavum_thickness_T10_T11_mm! - 2) * Math.min(1, i / 10);
  }
  return 3;
}

export interface FlavumSheet {
  interspace: string;
  /** Upper attachment (anterior face of the lower lamina of A) and lower attachment (upper edge of lamina B), midline, on the sheet's mid-surface (world). */
  upper: Vec3; lower: Vec3;
  thickness: number;
  /** Unit normal of the sheet pointing dorsally (world). */
  dorsal: Vec3;
  /** Window centre on the dorsal and ventral faces (world): the `interlaminar-window-<A-B>` landmark is `centreDorsal`. */
  centreDorsal: Vec3; centreVentral: Vec3;
  /** Half-width (left-right) of the sheet at the midline's level, mm. */
  halfWidth: number;
  /** Lower edge of lamina A and upper edge of lamina B at the midline (world, dorsal surface). */
  laminaAEdge: Vec3; laminaBEdge: Vec3;
}

/** Midline points of a lamina's section edges (local): top/bottom edge on the anterior and posterior faces. */
export function laminaEdges(L: VertebraLayout): { topAnt: Vec3; topPost: Vec3; botAnt: Vec3; botPost: Vec3 } {
  const { mid, up, out, halfHeight, thickness } = L.lamina;
  const t = thickness / 2;
  return {
    topAnt: add(addScaled(mid, up, halfHeight), scale(out, -t)),
    topPost: add(addScaled(mid, up, halfHeight), scale(out, t)),
    botAnt: add(addScaled(mid, up, -halfHeight), scale(out, -t)),
    botPost: add(addScaled(mid, up, -halfHeight), scale(out, t)),
  };
}

export function flavumSheet(frame: SpineFrame, interspace: string): FlavumSheet {
  const [a, b] = splitInterspace(interspace);
  const LA = vertebraLayout(frame, a), LB = vertebraLayout(frame, b);
  const t = flavumThickness(interspace);
  const eA = laminaEdges(LA), eB = laminaEdges(LB);
  // Upper attachment: the anterior face of lamina A, a third of its height above its lower edge.
  const upperA = addScaled(lerp(eA.botAnt, eA.topAnt, 0.3), LA.lamina.out, -t / 2 - 0.2);
  const upper = poseToWorld(LA.pose, upperA);
  // Lower attachment: the upper edge of lamina B, on its front half.
  const lowerB = addScaled(lerp(eB.topAnt, eB.topPost, 0.35), LB.lamina.up, 0.5);
  const lower = poseToWorld(LB.pose, lowerB);
  const along = normalize(sub(upper, lower));
  const lat: Vec3 = [1, 0, 0];
  let dorsal = normalize(cross(lat, along));
  if (dorsal[1] < 0) dorsal = scale(dorsal, -1);
  // The window: between A's lower edge and B's upper edge (dorsal faces); its centre projected onto the sheet.
  const laminaAEdge = poseToWorld(LA.pose, eA.botPost);
  const laminaBEdge = poseToWorld(LB.pose, eB.topPost);
  const wc = lerp(laminaAEdge, laminaBEdge, 0.5);
  // Closest point of the sheet's mid-line (upper→lower segment) to the window centre.
  const seg = sub(lower, upper);
  const k = Math.max(0.15, Math.min(0.85, dot(sub(wc, upper), seg) / dot(seg, seg)));
  const midLine = addScaled(upper, seg, k);
  const halfWidth = Math.min(LA.m.canalWidth, LB.m.canalWidth) / 2 + (LA.region === 'cervical' ? 1 : 2);
  return {
    interspace, upper, lower, thickness: t, dorsal, halfWidth, laminaAEdge, laminaBEdge,
    centreDorsal: addScaled(midLine, dorsal, t / 2), centreVentral: addScaled(midLine, dorsal, -t / 2),
  };
}

/** `interlaminar-window-<A-B>`: the dorsal face of the ligamentum flavum at the window centre (world). */
export function laminaDorsalPoint(frame: SpineFrame, interspace: string): Vec3 {
  return flavumSheet(frame, interspace).centreDorsal;
}

// ---------------------------------------------------------------------------------------------
// Points procedures and the neural builder need
// ---------------------------------------------------------------------------------------------
export function pedicleCentre(frame: SpineFrame, level: SegmentLevel, side: Side): Vec3 {
  const L = vertebraLayout(frame, level);
  return poseToWorld(L.pose, L.sides[side].isthmus);
}

/** Pedicle isthmus centre, its axis (backward), and its half-width/half-height (world). */
export function pedicleInfo(frame: SpineFrame, level: SegmentLevel, side: Side) {
  const L = vertebraLayout(frame, level);
  const S = L.sides[side];
  return {
    centre: poseToWorld(L.pose, S.isthmus), axis: poseDirToWorld(L.pose, S.pedAxis),
    halfWidth: L.m.pedicleWidth / 2, halfHeight: L.m.pedicleHeight / 2,
    /** Lowest point of the pedicle at the isthmus (world): the roof of the foramen below. */
    inferior: poseToWorld(L.pose, [S.isthmus[0], S.isthmus[1], S.isthmus[2] - L.m.pedicleHeight / 2]),
    superior: poseToWorld(L.pose, [S.isthmus[0], S.isthmus[1], S.isthmus[2] + L.m.pedicleHeight / 2]),
  };
}

/** Centre of the bony canal of a segment at mid-body height (world). */
export function canalCentre(frame: SpineFrame, level: SegmentLevel): Vec3 {
  const L = vertebraLayout(frame, level);
  return poseToWorld(L.pose, [0, L.yb + L.m.canalDepth / 2, 0]);
}

/** Posterior body wall at the midline, at local height z (world). */
export function posteriorBodyWall(frame: SpineFrame, level: SegmentLevel, z = 0): Vec3 {
  const L = vertebraLayout(frame, level);
  return poseToWorld(L.pose, [0, L.yb, z]);
}

/**
 * Centre of the intervertebral foramen A-B (world): between the pedicle of A (roof) and the pedicle of B
 * (floor), halfway from the back of the disc/bodies to the front of the superior articular process of B.
 */
export function foramenCentre(frame: SpineFrame, interspace: string, side: Side): Vec3 {
  const [a, b] = splitInterspace(interspace);
  const pa = pedicleInfo(frame, a, side), pb = pedicleInfo(frame, b, side);
  const LA = vertebraLayout(frame, a), LB = vertebraLayout(frame, b);
  const s = sideSign(side);
  const roof = pa.inferior, floor = pb.superior;
  const midZ = lerp(roof, floor, 0.5);
  // Anterior wall: the back of the bodies/disc; posterior wall: the front of the SAP of B.
  const j = facetJoint(frame, interspace, side);
  const sapFront = addScaled(j.centre, j.normal, -(j.gap / 2 + sapThickness(LB.region)));
  const xLoc = (Math.abs(LA.sides[side].isthmus[0]) + Math.abs(LB.sides[side].isthmus[0])) / 2;
  const wallA = poseToWorld(LA.pose, [s * xLoc, LA.yb, -LA.H / 2]);
  const wallB = poseToWorld(LB.pose, [s * xLoc, LB.yb, LB.H / 2]);
  const wall = lerp(wallA, wallB, 0.5);
  // Project: take the mid-height point, put its AP position halfway between wall and SAP front.
  const pose = LB.pose;
  const lw = poseToLocal(pose, wall), ls = poseToLocal(pose, sapFront), lm = poseToLocal(pose, midZ);
  // Cervical foramina run anterolaterally from the uncovertebral joint: their centre is just behind it.
  const y = LB.region === 'cervical' ? lw[1] + 2.5 : lw[1] + (Math.min(ls[1], lw[1] + 14) - lw[1]) * 0.5;
  return poseToWorld(pose, [s * xLoc, y, lm[2]]);
}

/** Thickness of an articular process plate behind its articular surface, per region. */
export function sapThickness(region: VertebraLayout['region']): number {
  return region === 'cervical' ? 6 : region === 'thoracic' ? 4.5 : 7;
}

/** The tip of the spinous process (C3–C6: midpoint between the bifid tips), world. */
export function spinousTip(frame: SpineFrame, level: VertebraLevel): Vec3 {
  return poseToWorld(vertebraLayout(frame, level).pose, spinousTipLocal(vertebraLayout(frame, level)));
}

/** The spinous tip as the mesh is shaped (local): lumbar hatchets end lower; bifid tips' midpoint. */
export function spinousTipLocal(L: VertebraLayout): Vec3 {
  const { base, tip, height } = L.spinous;
  if (L.region === 'lumbar') return [tip[0], tip[1], tip[2] - height * 0.16];
  if (['C2', 'C3', 'C4', 'C5', 'C6'].includes(L.level)) {
    const d = normalize(sub(tip, base));
    return addScaled(tip, d, -0.8);
  }
  return tip;
}

/** Body centre (world). */
export function bodyCentre(frame: SpineFrame, level: VertebraLevel): Vec3 {
  return frame.vertebrae[level].centre;
}

// ---------------------------------------------------------------------------------------------
// Sacrum: a curved axis through the fused bodies, and sizes along it
// ---------------------------------------------------------------------------------------------
export interface SacralStation {
  /** Arc length from the centre of the S1 endplate (mm). */
  s: number;
  /** Point on the body axis (centre of the fused body column), caudal direction, posterior unit. */
  p: Vec3; down: Vec3; P: Vec3;
  bodyWidth: number; bodyDepth: number; canalWidth: number; canalDepth: number;
  /** Half of the sacrum's full width at this level (alae, lateral masses). */
  halfWidth: number;
  /** Thickness of the dorsal roof (fused laminae). */
  roof: number;
}

export interface SacralAxis {
  /** Arc length of the sacrum (S1 endplate to apex). */
  length: number;
  /** Segment S1…S5: top and bottom arc lengths. */
  segments: { label: string; top: number; bottom: number }[];
  /** Arc length of the hiatus apex (the lower end of the dorsal roof). */
  hiatusApex: number;
  at(s: number): SacralStation;
}

const sacralCache = new WeakMap<SpineFrame, SacralAxis>();

/**
 * The sacrum's axis: laid from the S1 endplate (the LPS origin) along the caudal direction, which turns
 * forward (sacral kyphosis) smoothly from S1 to S5. Measured: sacral slope, height 106.7, width 103.6,
 * S1 body 45 × 33, ala depth 44.1, hiatus 18.5 long, 11.8 wide, 4.7 deep, apex at S4. Segment heights,
 * the forward bend and the other sizes are estimates (the same as the neural model's `sacralSegments`).
 */
export function sacralAxis(frame: SpineFrame): SacralAxis {
  const hit = sacralCache.get(frame);
  if (hit) return hit;
  const slope = frame.s1.tilt;
  const arc = sac.height_mm! * 1.04;
  const rest = [0.23, 0.2, 0.16, 0.14];
  const restSum = rest.reduce((a, b) => a + b, 0);
  const heights = [S1_ESTIMATES.bodyHeight, ...rest.map((r) => ((arc - S1_ESTIMATES.bodyHeight) * r) / restSum)];
  const segments: SacralAxis['segments'] = [];
  let acc = 0;
  heights.forEach((h, k) => { segments.push({ label: `S${k + 1}`, top: acc, bottom: acc + h }); acc += h; });
  const mids = segments.map((g) => (g.top + g.bottom) / 2);
  const bend = [0, 10, 22, 36, 50];
  const bodyW = [sac.s1_body_width_mm!, 34, 26, 20, 15];
  const bodyD = [sac.s1_body_depth_mm!, 24, 18, 14, 10];
  const canalW = [S1_ESTIMATES.canalWidth, 24, 18, 14, sac.hiatus_intercornual_distance_mm!];
  const canalD = [S1_ESTIMATES.canalDepth, 10.5, 8, 6, sac.hiatus_ap_depth_mm!];
  const halfW = [sac.max_width_mm! / 2, 46, 36, 24, 14];
  const roof = [6.5, 5, 4.5, 4, 3.5];
  const interp = (vals: number[], s: number) => {
    if (s <= mids[0]!) return vals[0]!;
    for (let k = 0; k < mids.length - 1; k++) {
      if (s <= mids[k + 1]!) return vals[k]! + ((vals[k + 1]! - vals[k]!) * (s - mids[k]!)) / (mids[k + 1]! - mids[k]!);
    }
    const k = mids.length - 1;
    // Past the middle of S5, keep tapering to the apex.
    const t = (s - mids[k]!) / (arc - mids[k]!);
    return vals[k]! + (vals[k]! - vals[k - 1]!) * 0.5 * t;
  };
  // Integrate the axis in 1 mm steps.
  const step = 1;
  const table: Vec3[] = [[0, 0, 0]];
  const tiltAt = (s: number) => (slope - interp(bend, s)) * DEG;
  for (let s = 0; s < arc + 40; s += step) {
    const t = tiltAt(s + step / 2);
    const prev = table[table.length - 1]!;
    table.push([0, prev[1] + Math.sin(t) * step, prev[2] - Math.cos(t) * step]);
  }
  const at = (s: number): SacralStation => {
    const i = Math.max(0, Math.min(table.length - 2, Math.floor(s / step)));
    const f = s / step - i;
    const p = lerp(table[i]!, table[i + 1]!, Math.max(0, f));
    const t = tiltAt(s);
    const down: Vec3 = [0, Math.sin(t), -Math.cos(t)];
    const P: Vec3 = [0, Math.cos(t), Math.sin(t)];
    const q = Math.max(0, s);
    return {
      s, p: addScaled(p, P, 0), down, P,
      bodyWidth: interp(bodyW, q), bodyDepth: interp(bodyD, q), canalWidth: interp(canalW, q), canalDepth: interp(canalD, q),
      halfWidth: interp(halfW, q), roof: interp(roof, q),
    };
  };
  const hiatusApex = arc - sac.hiatus_length_mm! - 3;
  const axis: SacralAxis = { length: arc, segments, hiatusApex, at };
  sacralCache.set(frame, axis);
  return axis;
}

/** Centre of the sacral canal at arc length s (world). */
export function sacralCanalCentre(frame: SpineFrame, s: number): Vec3 {
  const st = sacralAxis(frame).at(s);
  return addScaled(st.p, st.P, st.bodyDepth / 2 + st.canalDepth / 2);
}
