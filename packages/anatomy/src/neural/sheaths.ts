/**
 * The nested sheaths of the canal: epidural space ⊃ dural sac ⊃ spinal cord / conus / cauda equina.
 * All are swept along the one canal centreline (canal.ts), each with its own cross-section rule, so
 * the nesting holds by construction at every level (and is tested).
 */
import type { BufferGeometry } from 'three';
import { morphometry } from '../morphometry';
import type { Vec3 } from '../types';
import { addScaled } from '../geometry/vec';
import type { Canal, CanalSample } from './canal';
import { mergeGeometries, nerveTube, type Section, sweepCanal } from './mesh';

const SC = morphometry.spinal_cord as Record<string, number>;

/** How far the epidural tube sits inside the bony canal outline (mm). */
export const EPIDURAL_INSET = 0.3;
/** Ventral epidural gap: posterior longitudinal ligament / body to dura (mm, estimate: "thin ventrally"). */
export const VENTRAL_EPIDURAL = 1.0;

export interface SheathLayout {
  /** u of the foramen magnum (top of dura and epidural space). */
  uTop: number;
  /** u where the dural sac ends (S2) and where its taper begins. */
  uSacEnd: number;
  uSacTaper: number;
  sacEndPoint: Vec3;
  /** u of the epidural space's caudal end (the sacral hiatus). */
  uEpiduralEnd: number;
  epiduralEndPoint: Vec3;
  /** u where the conus begins to taper, and its tip. */
  uConusStart: number;
  uConusTip: number;
  conusTip: Vec3;
}

export function epiduralSection(s: CanalSample): Section {
  // Ventral: the bodies and discs; dorsal: the laminae and ligamenta flava as built (s.wall).
  const bv = -s.D / 2 + EPIDURAL_INSET, bd = s.wall - EPIDURAL_INSET;
  return { ca: 0, cb: (bv + bd) / 2, ra: s.W / 2 - EPIDURAL_INSET, rb: (bd - bv) / 2, exponent: 2.2 };
}

/** The dural sac's cross-section before its caudal taper. */
export function duraSectionRaw(s: CanalSample): Section {
  const bv = -s.D / 2 + VENTRAL_EPIDURAL;
  const bd = s.duraDorsal;
  return { ca: 0, cb: (bv + bd) / 2, ra: (s.W / 2) * s.duraWidthFraction, rb: (bd - bv) / 2, exponent: 2 };
}

/** The taper factor of the sac toward its end (1 above the taper, → 0.3 at the end). */
export function sacTaper(layout: SheathLayout, u: number): number {
  if (u <= layout.uSacTaper) return 1;
  const k = Math.min(1, (u - layout.uSacTaper) / (layout.uSacEnd - layout.uSacTaper));
  return 1 - 0.7 * k ** 1.6;
}

export function duraSection(layout: SheathLayout, s: CanalSample): Section {
  const raw = duraSectionRaw(s);
  const f = sacTaper(layout, s.u);
  // Taper toward the ventral side of the sac's end (the sac's end lies on the ventral sacral canal).
  return { ...raw, ra: raw.ra * f, rb: raw.rb * f, cb: raw.cb - raw.rb * (1 - f) * 0.3 };
}

/** Cord transverse and AP diameter anchors per station (Sherman 1990 C2/C4/C7, Frostell 2016 C5/T8/L3 segments). */
const CORD_ANCHORS: readonly (readonly [number, readonly [number, number]])[] = (() => {
  const c2: [number, number] = [SC.C2_transverse_mm!, SC.C2_ap_mm!];
  const c4: [number, number] = [SC.C4_transverse_mm!, SC.C4_ap_mm!];
  const c5: [number, number] = [SC.C5_segment_transverse_mm!, SC.C5_segment_ap_mm!];
  const c7: [number, number] = [SC.C7_transverse_mm!, SC.C7_ap_mm!];
  const t8: [number, number] = [SC.T8_segment_transverse_mm!, SC.T8_segment_ap_mm!];
  const l3: [number, number] = [SC.L3_segment_lumbar_enlargement_transverse_mm!, SC.L3_segment_ap_mm!];
  // Station anchors (u): the cervical enlargement spans C4–C6 and the lumbar one T10–T12 (vertebral levels).
  return [
    [0, [c2[0] - 0.6, c2[1] + 0.2]], // medulla–cord junction at the foramen magnum (estimate)
    [2, c2],
    [4, c4],
    [5, [(c4[0] + c5[0]) / 2, (c4[1] + c5[1]) / 2]],
    [6, [c5[0] - 0.3, c5[1]]],
    [7, c7],
    [9, [(c7[0] + t8[0]) / 2, (c7[1] + t8[1]) / 2]],
    [11, t8],
    [15, t8], // T8 segment lies at ~T6 vertebra; mid-thoracic cord is uniform
    [17, [(t8[0] + l3[0]) / 2, (t8[1] + l3[1]) / 2]],
    [18, l3], // lumbar enlargement T10–T12, widest at T11
    [19, [l3[0] - 0.2, l3[1]]],
    [40, [l3[0] - 0.2, l3[1]]],
  ];
})();

/** Cord transverse and AP diameters at station u (anchors above, linear between). */
function cordDiameters(u: number): [number, number] {
  const anchors = CORD_ANCHORS;
  for (let i = 0; i < anchors.length - 1; i++) {
    const [ua, a] = anchors[i]!, [ub, b] = anchors[i + 1]!;
    if (u <= ub) {
      const f = Math.max(0, (u - ua) / (ub - ua));
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
    }
  }
  const last = anchors[anchors.length - 1]![1];
  return [last[0], last[1]];
}

const VENTRAL_SHIFT: readonly (readonly [number, number])[] = [[0, 0], [7, 0.05], [10, 0.6], [17, 0.6], [20, 0.35], [40, 0.35]];

/** Share of the CSF slack by which the cord lies ventral in the sac: centred in the neck, ventral in thoracic kyphosis. */
function cordVentralShift(u: number): number {
  const pts = VENTRAL_SHIFT;
  for (let i = 0; i < pts.length - 1; i++) {
    const [ua, a] = pts[i]!, [ub, b] = pts[i + 1]!;
    if (u <= ub) return a + ((b - a) * Math.max(0, u - ua)) / (ub - ua);
  }
  return 0.35;
}

export function cordSection(layout: SheathLayout, s: CanalSample): Section {
  const d = duraSection(layout, s);
  const [tw, ap] = cordDiameters(s.u);
  // Never thicker than the sac leaves room for (a little CSF all round).
  const rb = Math.min(ap / 2, d.rb - 0.6);
  const slack = d.rb - rb;
  let f = 1;
  if (s.u > layout.uConusStart) {
    const k = Math.min(1, (s.u - layout.uConusStart) / (layout.uConusTip - layout.uConusStart));
    f = Math.max(0.04, (1 - k) ** 0.7);
  }
  return { ca: 0, cb: d.cb - slack * cordVentralShift(s.u), ra: Math.min(tw / 2, d.ra - 0.8) * f, rb: rb * f, exponent: 2 };
}

export function sectionCentre(s: CanalSample, sec: Section): Vec3 {
  return addScaled(addScaled(s.p, s.L, sec.ca), s.P, sec.cb);
}

export interface Sheaths {
  epidural: BufferGeometry;
  dura: BufferGeometry;
  cord: BufferGeometry;
  conus: BufferGeometry;
  cauda: BufferGeometry;
}

/** A u sample list with `extra` u's (the interspaces) added, dropping samples too close to them. */
function withExtra(us: number[], extra: readonly number[]): number[] {
  const lo = us[0]!, hi = us[us.length - 1]!;
  const add = extra.filter((u) => u > lo + 0.1 && u < hi - 0.1);
  const kept = us.filter((u, i) => i === 0 || i === us.length - 1 || add.every((x) => Math.abs(x - u) > 0.12));
  return [...kept, ...add].sort((a, b) => a - b);
}

export function buildSheaths(canal: Canal, layout: SheathLayout, radial: number, step: number, tubeRadial: number, ringsPer10mm: number, strands: number, interspaces: readonly number[] = []): Sheaths {
  // Epidural space: foramen magnum to the sacral hiatus, capped with a rounded end in the hiatus.
  const epidural = sweepCanal(canal, withExtra(canal.range(layout.uTop, layout.uEpiduralEnd, step), interspaces), epiduralSection, radial, {
    endApex: () => layout.epiduralEndPoint,
  });
  // Dural sac: foramen magnum to S2, tapering to a blunt cone.
  // Starts a hair below the epidural space's cranial cap (both end at the foramen magnum).
  const dura = sweepCanal(canal, withExtra(canal.range(layout.uTop + 0.04, layout.uSacEnd, step), interspaces), (s) => duraSection(layout, s), radial, {
    endApex: () => layout.sacEndPoint,
  });
  const cordRadial = Math.max(8, Math.round(radial * 0.67));
  // The cord starts just below the dura's cranial cap (the medulla continues above the foramen magnum).
  const cord = sweepCanal(canal, withExtra(canal.range(layout.uTop + 0.1, layout.uConusStart, step), interspaces), (s) => cordSection(layout, s), cordRadial);
  const conusUs = canal.range(layout.uConusStart, layout.uConusTip - 0.04, Math.min(step, 3));
  const conus = sweepCanal(canal, conusUs, (s) => cordSection(layout, s), cordRadial, { endApex: () => layout.conusTip });

  // Cauda equina: strands leave the conus surface and fan out to a ring inside the sac, down to S2;
  // a central filum terminale runs from the conus tip to the sac's end.
  const parts: BufferGeometry[] = [];
  const uEndStrands = layout.uSacTaper + (layout.uSacEnd - layout.uSacTaper) * 0.45;
  const strandR = 1.1;
  const onConus = (r: number) => Math.max(r, strandR * 0.6);
  // Every strand passes the same stations: their sections once, not once per strand.
  const stations = canal.range(layout.uConusStart + 0.25, uEndStrands, 6).map((u) => {
    const s = canal.sample(u);
    const d = duraSection(layout, s);
    const c = cordSection(layout, s);
    // From the conus surface (k=0) to 55% of the sac's radii (k=1) over about one level.
    const blend = Math.min(1, Math.max(0, (u - layout.uConusStart - 0.25) / 1.2));
    const ra = onConus(c.ra * 0.8) * (1 - blend) + (d.ra * 0.55) * blend;
    const rb = onConus(c.rb * 0.8) * (1 - blend) + (d.rb * 0.5) * blend;
    const cb = c.cb * (1 - blend) + d.cb * blend;
    return { s, ra, rb, cb };
  });
  for (let k = 0; k < strands; k++) {
    const ang = ((k + 0.5) / strands) * Math.PI * 2;
    const pts: Vec3[] = stations.map(({ s, ra, rb, cb }) => addScaled(addScaled(s.p, s.L, ra * Math.cos(ang)), s.P, cb + rb * Math.sin(ang)));
    parts.push(nerveTube(pts, (t) => strandR * (1 - 0.45 * t), Math.max(4, Math.round(tubeRadial * 0.6)), ringsPer10mm));
  }
  const filum: Vec3[] = canal.range(layout.uConusTip - 0.05, layout.uSacEnd - 0.08, 8).map((u) => {
    const s = canal.sample(u);
    return sectionCentre(s, duraSection(layout, s));
  });
  filum[0] = layout.conusTip;
  parts.push(nerveTube(filum, 0.5, Math.max(4, tubeRadial - 2), ringsPer10mm));
  const cauda = mergeGeometries(parts);
  return { epidural, dura, cord, conus, cauda };
}
