/**
 * Neural structures: epidural space, dural sac, spinal cord, conus, cauda equina, nerve roots and
 * ganglia C2–S1, medial branches, sympathetic chains, stellate ganglia and greater occipital nerves,
 * with their landmarks. All in LPS mm, placed through the spine frame; no number here is a typed
 * coordinate — positions follow from the frame and the measurements in morphometry.json.
 *
 * "Inside the epidural space" (for tests and placements) means: inside the `epidural-space` mesh
 * (odd ray parity; its parts — the canal tube and the foraminal sleeves — never overlap) and outside
 * the `dural-sac` mesh.
 */
import type { BuildContext } from '../build/context';
import { FACET_INTERSPACES, ROOT_LEVELS, VERTEBRAE, type VertebraLevel } from '../levels';
import { morphometry } from '../morphometry';
import type { Vec3 } from '../types';
import { addRightTwin, mirrorGeometry, mirrorPoint, rightTwinId } from '../build/mirror';
import { addScaled, lerp } from '../geometry/vec';
import { buildCanal, stationOf, type Canal } from './canal';
import { mergeGeometries } from './mesh';
import {
  buildSheaths, cordSection, duraSection, epiduralSection, sectionCentre, type SheathLayout,
} from './sheaths';
import { buildRoots, type RootContext, type RootResult } from './roots';
import { foramenBox, foramenSleeve } from './foramina';
import { pedicleRef } from './boneRef';
import { dorsalProfile } from './dorsalWall';
import { withBoneQueries } from './boneContact';
import { buildPeripheralNerves } from './peripheral';

const SC = morphometry.spinal_cord as Record<string, number>;

export function sheathLayout(canal: Canal, frame: BuildContext['frame']): SheathLayout {
  const L1 = frame.vertebrae.L1;
  // conus_level_index_lumbar 1.67 = L1 + 0.67 of the way down its body (lower third).
  const conusFrac = SC.conus_level_index_lumbar! - 1;
  const uConusTip = canal.uAt(canal.axisPoint('L1', L1.height / 2 - conusFrac * L1.height));
  const s2 = canal.sacrum[1]!;
  // dural_sac_end_level_index_sacral 2.0 = "upper third of S2": the middle of that third.
  const sacFrac = SC.dural_sac_end_level_index_sacral! - 2 + 1 / 6;
  const sacEndAxis = addScaled(addScaled(s2.top, s2.down, s2.height * sacFrac), s2.P, s2.bodyDepth / 2 + s2.canalDepth / 2 + 1.5);
  const uSacEnd = canal.uAt(sacEndAxis);
  // The epidural space ends at the hiatus (covered by the sacrococcygeal ligament), about mid-S5.
  const uEpiduralEnd = stationOf('S5') - 0.05;
  const layout: SheathLayout = {
    uTop: 0,
    uSacEnd,
    uSacTaper: stationOf('L5') + 0.5,
    sacEndPoint: [0, 0, 0],
    uEpiduralEnd,
    epiduralEndPoint: addScaled(canal.sample(uEpiduralEnd).p, canal.sample(uEpiduralEnd).t, 2),
    uConusStart: uConusTip - 0.8,
    uConusTip,
    conusTip: [0, 0, 0],
  };
  const se = canal.sample(uSacEnd);
  layout.sacEndPoint = addScaled(sectionCentre(se, duraSection(layout, se)), se.t, 1.5);
  const ct = canal.sample(uConusTip);
  layout.conusTip = sectionCentre(ct, cordSection(layout, ct));
  return layout;
}

/** The u of an interspace A-B (disc level) on the canal. */
export function interspaceU(canal: Canal, frame: BuildContext['frame'], a: VertebraLevel, b: string): number {
  const A = frame.vertebrae[a];
  const below = b === 'S1' ? frame.s1.centre : frame.vertebrae[b as VertebraLevel].superior.centre;
  const mid = lerp(A.inferior.centre, below, 0.5);
  return canal.uAt(addScaled(mid, A.axis.y, A.m.endplateDepth / 2 + A.m.canalDepth / 2));
}

/** Midline point halfway between the dura's dorsal surface and the epidural space's dorsal wall at u. */
/**
 * Midline point halfway between the dura's dorsal surface and the epidural space's dorsal wall at u. The
 * sheaths have a ring at every station and interspace (and a vertex on the dorsal midline), so at those u
 * the sections are the meshes exactly.
 */
export function dorsalEpiduralPoint(canal: Canal, layout: SheathLayout, u: number): Vec3 {
  const s = canal.sample(u);
  const d = duraSection(layout, s);
  const e = epiduralSection(s);
  // Never past the ligamentum flavum / lamina as built.
  const wall = Math.min(e.cb + e.rb, (canal.profile()?.exact(u) ?? Infinity) - 0.3);
  return addScaled(s.p, s.P, (d.cb + d.rb + wall) / 2);
}

export function buildNeural(ctx: BuildContext): void {
  withBoneQueries(() => buildNeuralStructures(ctx));
}

/** The canal, following the bones as built (dorsal wall), and the sheaths' layout along it. */
export function neuralCanal(ctx: BuildContext): { canal: Canal; layout: SheathLayout } {
  const { frame } = ctx;
  const canal = buildCanal(frame);
  // Follow the laminae and ligamenta flava the bones builder made (dorsal boundary of the canal).
  canal.setProfile(dorsalProfile(ctx, canal, (is) => {
    const [a, b] = is.split('-') as [VertebraLevel, string];
    return interspaceU(canal, frame, a, b);
  }, 0.25));
  return { canal, layout: sheathLayout(canal, frame) };
}

/** What the root builder needs: the canal, the tier's tube sizes, and the bones and landmarks built before. */
export function rootContext(ctx: BuildContext, canal: Canal, layout: SheathLayout): RootContext {
  const { q } = ctx;
  return {
    frame: ctx.frame, canal, layout, tubeRadial: q.tubeRadial, ringsPer10mm: q.tubeRingsPer10mm,
    drgSegments: ctx.quality === 'low' ? 6 : Math.max(8, q.tubeRadial),
    bone: (id) => ctx.get(id)?.geometry, landmark: (name) => ctx.getLandmark(name),
  };
}

function buildNeuralStructures(ctx: BuildContext): void {
  const { frame, q } = ctx;
  const { canal, layout } = neuralCanal(ctx);
  const high = ctx.quality === 'high';
  const radial = ctx.quality === 'low' ? 12 : high ? 24 : 16; // multiples of 4: a vertex on the dorsal midline
  const step = ctx.quality === 'low' ? 16 : high ? 4 : 7;
  const strands = ctx.quality === 'low' ? 4 : high ? 10 : 8;
  // Rings at every interspace too, so the sheaths follow the ligamenta flava there.
  const isUs = [
    ...FACET_INTERSPACES.map((is) => { const [a, b] = is.split('-') as [VertebraLevel, string]; return interspaceU(canal, frame, a, b); }),
    ...VERTEBRAE.slice(1).map((l) => stationOf(l)),
  ];
  const sheaths = buildSheaths(canal, layout, radial, step, q.tubeRadial, q.tubeRingsPer10mm, strands, isUs);

  // Left roots only: each right one is its mirror image (build/mirror.ts).
  const roots = buildRoots(rootContext(ctx, canal, layout), ROOT_LEVELS, ['left']);

  // Foraminal sleeves of the epidural space, T1-T2 … L5-S1 (the right one of each pair the left's mirror).
  const sleeves = [];
  for (const level of VERTEBRAE) {
    if (!(level.startsWith('T') || level.startsWith('L'))) continue;
    const i = VERTEBRAE.indexOf(level);
    const belowW = level === 'L5' ? canal.sacrum[0]!.canalWidth : frame.vertebrae[VERTEBRAE[i + 1]!].m.canalWidth;
    const left = foramenSleeve(frame, foramenBox(frame, level, pedicleRef(frame, level, 'left'), belowW));
    sleeves.push(left, mirrorGeometry(left));
  }
  const epidural = mergeGeometries([sheaths.epidural, ...sleeves]);

  ctx.add({ id: 'epidural-space', kind: 'space', name: 'Epidural space', geometry: epidural });
  ctx.add({ id: 'dural-sac', kind: 'dura', name: 'Dural sac (thecal sac)', geometry: sheaths.dura });
  ctx.add({ id: 'spinal-cord', kind: 'cord', name: 'Spinal cord', geometry: sheaths.cord });
  ctx.add({ id: 'conus-medullaris', kind: 'cord', name: 'Conus medullaris', level: 'L1', geometry: sheaths.conus });
  ctx.add({ id: 'cauda-equina', kind: 'nerve', name: 'Cauda equina', geometry: sheaths.cauda });

  for (const r of roots) addRootBothSides(ctx, r);

  // Landmarks of the canal.
  ctx.landmark('conus-tip', layout.conusTip);
  ctx.landmark('dural-sac-end', layout.sacEndPoint);
  for (const level of VERTEBRAE.slice(1)) {
    ctx.landmark(`dorsal-epidural-${level}`, dorsalEpiduralPoint(canal, layout, stationOf(level)));
  }
  for (const is of FACET_INTERSPACES) {
    const [a, b] = is.split('-') as [VertebraLevel, string];
    ctx.landmark(`dorsal-epidural-${is}`, dorsalEpiduralPoint(canal, layout, interspaceU(canal, frame, a, b)));
  }
  safeTriangles(ctx, roots);

  buildPeripheralNerves(ctx, { canal, roots });
}

/** A left root and ganglion, then their right mirror twins (the order of the structures and landmarks as built per side). */
function addRootBothSides(ctx: BuildContext, r: RootResult): void {
  const root = ctx.add({ id: `nerve-root-${r.level}-left`, kind: 'nerve', name: `${r.level} nerve root (left)`, level: r.level, side: 'left', geometry: r.root });
  const drg = ctx.add({ id: `dorsal-root-ganglion-${r.level}-left`, kind: 'nerve', name: `${r.level} dorsal root ganglion (left)`, level: r.level, side: 'left', geometry: r.drg });
  ctx.landmark(`root-exit-${r.level}-left`, r.exit);
  ctx.landmark(`drg-${r.level}-left`, r.drgCentre);
  addRightTwin(ctx, root);
  addRightTwin(ctx, drg);
  ctx.landmark(`root-exit-${r.level}-right`, mirrorPoint(r.exit));
  ctx.landmark(`drg-${r.level}-right`, mirrorPoint(r.drgCentre));
}

/**
 * Safe triangle under the pedicle of A (T12-L1 … L5-S1): under the pedicle's outer half (70% of the way
 * from its medial to its lateral line, or just lateral to a lateral-zone ganglion), up to 2 mm below its underside
 * (halfway down to the root where the gap is smaller) and at least 1 mm above the exiting root's surface there, in the dorsal half of the upper foramen:
 * above and dorsolateral to the root of A, lateral to and outside the dural sac. Built on the left root; the right
 * triangle is its mirror.
 */
function safeTriangles(ctx: BuildContext, leftRoots: RootResult[]): void {
  const { frame } = ctx;
  for (const level of ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const) {
    const below = level === 'L5' ? 'S1' : VERTEBRAE[VERTEBRAE.indexOf(level) + 1]!;
    const v = frame.vertebrae[level];
    const toLocal = (p: Vec3): Vec3 => {
      const d: Vec3 = [p[0] - v.centre[0], p[1] - v.centre[1], p[2] - v.centre[2]];
      return [d[0] * v.axis.x[0] + d[1] * v.axis.x[1] + d[2] * v.axis.x[2], d[0] * v.axis.y[0] + d[1] * v.axis.y[1] + d[2] * v.axis.y[2], d[0] * v.axis.z[0] + d[1] * v.axis.z[1] + d[2] * v.axis.z[2]];
    };
    const r = leftRoots.find((x) => x.level === level)!;
    const ped = r.pedicle!;
    const pw = ped.lateralX - ped.medialX;
    const drg = r.local!.drg;
    const x = Math.min(ped.lateralX - 1, Math.max(ped.medialX + pw * 0.7, Math.abs(drg[0]) + 1.5));
    const axis = r.smooth.map(toLocal).filter((p) => Math.abs(Math.abs(p[0]) - x) < 2.5);
    const rootTop = Math.max(...axis.map((p) => p[2])) + r.local!.radius;
    const z = Math.max(rootTop + 1.0, Math.min(ped.bottom - 2, (ped.bottom + rootTop) / 2));
    const y = drg[1] + 1.5;
    const left = `safe-triangle-${level}-${below}-left`;
    const p = frame.toWorld(level, [ped.sx * x, y, z]);
    ctx.landmark(left, p);
    ctx.landmark(rightTwinId(left), mirrorPoint(p));
  }
}
