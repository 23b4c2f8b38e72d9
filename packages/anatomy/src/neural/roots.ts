/**
 * Spinal nerve roots C2–S1 and their dorsal root ganglia, by the exit rules of
 * morphometry `nerve_roots_and_drg`:
 *  - cervical: Cn leaves ABOVE the pedicle of Cn (foramen C(n-1)–Cn), low in the foramen at the disc,
 *    runs anterolaterally (~45°) behind the vertebral artery into the gutter of the Cn transverse process;
 *  - thoracic and lumbar: Tn / Ln leaves BELOW the pedicle of its level through the upper foramen and
 *    runs infero-laterally; take-off from the sac at 55° (measured 50.5–58.8°);
 *  - DRG: L1–L4 intraforaminal, medial zone, directly beneath the pedicle; L5 lateral foraminal zone;
 *    S1 intraspinal. Root thickness L1 3.9 → S1 5.45 mm.
 * Cervical and thoracic root thicknesses and DRG sizes outside L5 are estimates scaled from these.
 */
import type { BufferGeometry } from 'three';
import type { SpineFrame } from '../frame/spineFrame';
import { VERTEBRAE, type VertebraLevel } from '../levels';
import { morphometry } from '../morphometry';
import type { Side, Vec3 } from '../types';
import { add, addScaled, dot, normalize, sub } from '../geometry/vec';
import type { Canal } from './canal';
import { nerveTube, resample, spindle } from './mesh';
import { boneSet, keepOffBone } from './boneContact';
import { smoothPath } from '../geometry/tube';
import { pedicleRef, sideSign, type PedicleRef } from './boneRef';
import { cordSection, duraSection, type SheathLayout } from './sheaths';
import { sacralAxis, sacralCanalCentre } from '../bones/vertebraGeometry';

const NR = morphometry.nerve_roots_and_drg as Record<string, unknown>;
const DEG = Math.PI / 180;

/** Take-off angle from the sac axis: the middle of the measured 50.5–58.8°. */
export const TAKEOFF_DEG = ((NR.lumbar_root_takeoff_angle_deg as number[])[0]! + (NR.lumbar_root_takeoff_angle_deg as number[])[1]!) / 2;

export function rootThickness(level: string): number {
  const l1 = NR.lumbar_root_thickness_L1_mm as number;
  const s1 = NR.lumbar_root_thickness_S1_mm as number;
  const lumbar = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'];
  const i = lumbar.indexOf(level);
  if (i >= 0) return l1 + ((s1 - l1) * i) / 5;
  if (level.startsWith('C')) return 3.0 + (Number(level.slice(1)) - 2) * 0.3; // estimate: C2 3.0 → C7 4.5
  return level === 'T1' ? 3.4 : 2.6; // estimate: thoracic roots are the thinnest
}

/** DRG width: L5 measured (6.5 mm), others scaled by root thickness. Length ≈ 1.7 × width (estimate). */
export function drgWidth(level: string): number {
  return (NR.L5_drg_max_width_mm as number) * (rootThickness(level) / rootThickness('L5'));
}

export interface RootResult {
  level: string;
  side: Side;
  root: BufferGeometry;
  drg: BufferGeometry;
  /** World points. */
  drgCentre: Vec3;
  exit: Vec3;
  sacExit: Vec3;
  /** Control path and its smoothed centreline (the tube's axis), world. */
  path: Vec3[];
  smooth: Vec3[];
  /** Pedicle used (local frame of `frameLevel`), for the safe triangle. */
  pedicle?: PedicleRef;
  frameLevel?: VertebraLevel;
  /** Local (frameLevel) copies for the safe triangle. */
  local?: { drg: Vec3; exit: Vec3; radius: number };
}

export interface RootContext {
  frame: SpineFrame;
  canal: Canal;
  layout: SheathLayout;
  tubeRadial: number;
  ringsPer10mm: number;
  drgSegments: number;
  /** Geometry of an earlier structure (bones), to keep the roots off them. */
  bone: (id: string) => BufferGeometry | undefined;
  /** A landmark of an earlier builder (bones), if it set one. */
  landmark?: (name: string) => Vec3 | undefined;
}

/** A world point in a vertebra's local frame (the inverse of `frame.toWorld`). */
function toLocal(c: RootContext, level: VertebraLevel, p: Vec3): Vec3 {
  const v = c.frame.vertebrae[level];
  const d = sub(p, v.centre);
  return [dot(d, v.axis.x), dot(d, v.axis.y), dot(d, v.axis.z)];
}

/** Keep the path from control point `from` on off these bones, moving along `dir` (world). */
interface Drape { meshes: (BufferGeometry | undefined)[]; dir: Vec3; from: number; dense?: boolean }

function sacHalfWidths(c: RootContext, world: Vec3): { dura: number; cord: number; duraCb: number; cordCb: number; u: number } {
  const u = c.canal.uAt(world);
  const s = c.canal.sample(u);
  const d = duraSection(c.layout, s);
  const k = cordSection(c.layout, s);
  return { dura: d.ra, cord: u < c.layout.uConusTip ? k.ra : 0, duraCb: d.cb, cordCb: k.cb, u };
}

function finish(c: RootContext, level: string, side: Side, control: Vec3[], drgIdx: number, exitIdx: number, sacIdx: number, extra: Partial<RootResult>, drape?: Drape): RootResult {
  const r = rootThickness(level) / 2;
  const w = drgWidth(level);
  const path = control.map((p) => [p[0], p[1], p[2]] as Vec3);
  let tubePath: Vec3[] = path;
  if (drape) {
    const bones = boneSet(drape.meshes);
    // The control points (the ganglion by its own half-width) are kept off the bones.
    for (let i = drape.from; i < path.length; i++) path[i] = keepOffBone(path[i]!, drape.dir, bones, (i === drgIdx ? w / 2 : r) + 0.4);
    if (drape.dense) {
      // And the centreline between them, where a rib neck or the ala lies close (thoracic, L5).
      const dense = resample(smoothPath(path, 6), 4);
      const start = path[Math.max(0, drape.from - 1)]!;
      let k0 = 0, best = Infinity;
      dense.forEach((p, i) => { const d = Math.hypot(p[0] - start[0], p[1] - start[1], p[2] - start[2]); if (d < best) { best = d; k0 = i; } });
      tubePath = dense.map((p, i) => (i > k0 ? keepOffBone(p, drape.dir, bones, r + 0.5) : p));
    }
  }
  const root = nerveTube(tubePath, (t) => r * (t < 0.12 ? 0.75 + 0.25 * (t / 0.12) : 1), c.tubeRadial, c.ringsPer10mm);
  const smooth = smoothPath(path, 6);
  const dir = normalize(sub(path[Math.min(path.length - 1, drgIdx + 1)]!, path[Math.max(0, drgIdx - 1)]!));
  const drg = spindle(path[drgIdx]!, dir, [w * 0.85, w / 2, w * 0.42], c.drgSegments);
  const out: RootResult = { level, side, root, drg, drgCentre: path[drgIdx]!, exit: path[exitIdx]!, sacExit: path[sacIdx]!, path, smooth, ...extra };
  if (out.frameLevel && out.local) {
    out.local = { ...out.local, drg: toLocal(c, out.frameLevel, out.drgCentre), exit: toLocal(c, out.frameLevel, out.exit) };
  }
  return out;
}

/** Cervical root Cn, in the frame of Cn. */
function cervicalRoot(c: RootContext, level: VertebraLevel, side: Side): RootResult {
  const v = c.frame.vertebrae[level];
  const m = v.m;
  const sx = sideSign(side);
  const ped = pedicleRef(c.frame, level, side);
  const r = rootThickness(level) / 2;
  const zr = ped.top + r + 1.0; // low in the foramen, just above the pedicle of Cn
  const cy = m.endplateDepth / 2 + m.canalDepth / 2;
  const W = m.canalWidth, pw = m.pedicleWidth;
  const span = m.transverseSpan / 2;
  const toW = (p: Vec3) => c.frame.toWorld(level, p);
  const probe = sacHalfWidths(c, toW([0, cy, zr]));
  const pts: Vec3[] = [
    [sx * probe.cord * 0.7, cy + probe.cordCb, zr + 4.5],
    [sx * (probe.dura + 0.4), cy + probe.duraCb - 1.2, zr + 1.2],
    [sx * (ped.medialX + pw * 0.6), ped.centre[1] - 0.5, zr], // DRG in the foramen, against the SAP
    [sx * (ped.lateralX + 3), m.endplateDepth / 2 - 1.5, zr - 1.2], // foramen exit (lateral edge)
    [sx * (span - 5), 0.5, zr - 3.5], // gutter of the transverse process, behind the vertebral artery
    [sx * (span + 7), -3.5, zr - 9],
  ];
  // Where the bones name the gutter's floor (C3–C7), the nerve lies on it, between the two tubercles.
  const gutter = c.landmark?.(`transverse-gutter-${level}-${side}`);
  if (gutter) {
    const g = toLocal(c, level, gutter);
    // It leaves the foramen behind the vertebral artery (in the foramen transversarium, level with the gutter),
    // so the exit lies behind the gutter and the nerve runs forward, outward and down without a kink.
    pts[3] = [pts[3]![0], Math.max(pts[3]![1], g[1] + 2), pts[3]![2]];
    pts[4] = [g[0], g[1], g[2] + r + 0.4];
    pts[5] = [g[0] + sx * 12, g[1] - 4, g[2] - 6];
  }
  // Keep the lateral steps monotonic even where the dura is wide.
  if (Math.abs(pts[1]![0]) > ped.medialX - 0.5) pts[1]![0] = sx * (ped.medialX - 0.5);
  const above = VERTEBRAE[VERTEBRAE.indexOf(level) - 1]!;
  const meshes = [`superior-articular-process-${level}-${side}`, `inferior-articular-process-${above}-${side}`, `pedicle-${level}-${side}`,
    `pedicle-${above}-${side}`, `transverse-process-${level}-${side}`, `lamina-${level}-${side}`, `lateral-mass-C1-${side}`].map(c.bone);
  return finish(c, level, side, pts.map(toW), 2, 3, 1, { pedicle: ped, frameLevel: level, local: { drg: pts[2]!, exit: pts[3]!, radius: r } },
    { meshes, dir: c.frame.dirToWorld(level, [0, -1, 0]), from: 2 });
}

/** Thoracic or lumbar root Ln / Tn, in the frame of its own level. */
function thoracolumbarRoot(c: RootContext, level: VertebraLevel, side: Side): RootResult {
  const v = c.frame.vertebrae[level];
  const m = v.m;
  const sx = sideSign(side);
  const ped = pedicleRef(c.frame, level, side);
  const r = rootThickness(level) / 2;
  const w = drgWidth(level);
  const W = m.canalWidth, pw = ped.lateralX - ped.medialX;
  const lumbar = m.region === 'lumbar';
  const toW = (p: Vec3) => c.frame.toWorld(level, p);
  const tanT = Math.tan(TAKEOFF_DEG * DEG);
  // DRG: directly beneath the pedicle. L1–L4 medial zone of the foramen; L5 lateral zone.
  const xf = level === 'L5' ? 0.8 : lumbar ? 0.35 : 0.45;
  const drgX = ped.medialX + pw * xf;
  // The root turns under the pedicle's inferomedial corner, then runs out beneath it, with 2.5 mm of
  // foraminal fat between the pedicle's underside and the root (the safe triangle's height).
  // Directly beneath the pedicle; the lateral-zone L5 ganglion sits a little lower, where the root has descended.
  const cornerX = ped.medialX + 0.4;
  const cornerZ = ped.bottom - r - 2.5;
  const drgZ = Math.min(ped.bottom - w / 2 - (level === 'L5' ? 2.5 : 1.2), cornerZ - 0.3);
  const drgY = ped.bodyBack + w / 2 + 0.8;
  const cy = m.endplateDepth / 2 + m.canalDepth / 2;
  const probe = sacHalfWidths(c, toW([0, cy, drgZ]));
  const duraX = probe.dura + 0.2;
  const exitZ = cornerZ + (cornerX - duraX) / tanT; // leaves the sac at the take-off angle
  const sacY = cy + probe.duraCb - (lumbar ? 1.5 : 0.5);
  const exitLat = ped.lateralX + 2;
  const exitDrop = (exitLat - drgX) / Math.tan(65 * DEG);
  const intraStart: Vec3 = lumbar
    ? [sx * probe.dura * 0.45, cy + probe.duraCb, exitZ + 10]
    : [sx * Math.max(probe.cord * 0.7, 1), cy + probe.cordCb, exitZ + 12];
  const pts: Vec3[] = [
    intraStart,
    [sx * duraX, sacY, exitZ],
    [sx * cornerX, (sacY + drgY) / 2, cornerZ],
    [sx * drgX, drgY, drgZ],
    [sx * exitLat, ped.bodyBack + 0.5, drgZ - exitDrop],
    lumbar
      ? [sx * (exitLat + 12), ped.bodyBack - 6, drgZ - exitDrop - 10] // ventral ramus into psoas
      : [sx * (exitLat + 12), ped.bodyBack - 1, drgZ - exitDrop - 4], // intercostal nerve under the rib
  ];
  const below = level === 'L5' ? 'S1' : VERTEBRAE[VERTEBRAE.indexOf(level) + 1]!;
  const meshes = [`superior-articular-process-${below}-${side}`, `pedicle-${below}-${side}`, `transverse-process-${below}-${side}`,
    `rib-${below}-${side}`, `rib-${level}-${side}`, `transverse-process-${level}-${side}`, below === 'S1' ? 'sacrum' : `vertebral-body-${below}`].map(c.bone);
  // Thoracic nerves stay above the next rib's neck; lumbar ones in front of the next SAP, L5 over the ala.
  const dir = c.frame.dirToWorld(level, lumbar && level !== 'L5' ? [0, -1, 0] : [0, 0, 1]);
  return finish(c, level, side, pts.map(toW), 3, 4, 1, { pedicle: ped, frameLevel: level, local: { drg: pts[3]!, exit: pts[4]!, radius: r } },
    { meshes, dir, from: 3, dense: !lumbar || level === 'L5' });
}

/**
 * S1: leaves the sac at S1, DRG inside the sacral canal (intraspinal), then out through the first sacral
 * foramen — the real tunnel of the bones' sacrum, at 55% down the S1 segment, lateral to the body — to
 * the first anterior (pelvic) foramen, and on toward the sciatic notch.
 */
function s1Root(c: RootContext, side: Side): RootResult {
  const sx = sideSign(side);
  const ax = sacralAxis(c.frame);
  const seg = ax.segments[0]!;
  const fc = seg.top + 0.55 * (seg.bottom - seg.top);
  const at = (s: number, x: number, back: number): Vec3 => {
    const st = ax.at(s);
    return addScaled(addScaled(st.p, [1, 0, 0], sx * x), st.P, back);
  };
  const st = ax.at(fc);
  // The tunnel between the canal wall and the lateral mass (as the bones lay it out: bones/buildSacrumAndCoccyx).
  const innerX = Math.max(st.bodyWidth / 2, st.canalWidth / 2 + 6) + (8.5 - 3.5 * (fc / ax.length));
  const tunnelX = (st.bodyWidth / 2 + innerX) / 2;
  const u0 = c.canal.uAt(sacralCanalCentre(c.frame, seg.top + 4));
  const sIn = c.canal.sample(u0 - 0.6);
  const dIn = duraSection(c.layout, sIn);
  const sEx = c.canal.sample(u0 - 0.25);
  const dEx = duraSection(c.layout, sEx);
  const w = drgWidth('S1');
  const sDrgArc = fc - 2.5; // at the medial opening of the foramen, still inside the canal
  const sd = ax.at(sDrgArc);
  const pts: Vec3[] = [
    addScaled(addScaled(sIn.p, sIn.L, sx * dIn.ra * 0.45), sIn.P, dIn.cb),
    addScaled(addScaled(sEx.p, sEx.L, sx * (dEx.ra + 0.3)), sEx.P, dEx.cb - 1),
    // DRG intraspinal: in the lateral recess of the sacral canal, medial to the S1 pedicle line.
    at(sDrgArc, sd.canalWidth / 2 - w / 2 - 1.2, sd.bodyDepth / 2 + w / 2 + 0.8),
    at(fc, tunnelX, 1.5), // in the foramen's tunnel, beside the body
    at(fc + 1, tunnelX + 0.5, -st.bodyDepth / 2 * 0.8 - 1.5), // the anterior (pelvic) S1 foramen
    at(fc + 14, innerX + 6, -st.bodyDepth / 2 - 9), // toward the greater sciatic notch
  ];
  return finish(c, 'S1', side, pts, 2, 4, 1, {}, { meshes: [c.bone('sacrum')], dir: normalize(add(st.down, [0, 0, 0])), from: 3 });
}

export function buildRoots(c: RootContext, levels: readonly string[], sides: readonly Side[]): RootResult[] {
  const out: RootResult[] = [];
  for (const level of levels) {
    for (const side of sides) {
      if (level === 'S1') out.push(s1Root(c, side));
      else if (level.startsWith('C')) out.push(cervicalRoot(c, level as VertebraLevel, side));
      else if ((VERTEBRAE as readonly string[]).includes(level)) out.push(thoracolumbarRoot(c, level as VertebraLevel, side));
    }
  }
  return out;
}
