import { CatmullRomCurve3, Vector3 } from 'three';
import type { ResolvedOptions } from '../options';
import type { PlacementDevice, PlacementExtension, PlacementLead, PlacementNeedle, Side, Vec3 } from '../types';
import { add, dist, lerp, norm, round, sub } from './geom';
import type { ModelIndex } from './modelIndex';
import { approach, bodyDir, placeNeedle, skinExit } from './needle';

/** The Tuohy needle enters the dorsal epidural space here (within the T12–L2 window) [FURMAN_SCS]. */
export const SCS_ENTRY_INTERSPACE = 'L1-L2';
/** Percutaneous leads carry 8 contacts. */
export const SCS_CONTACTS = 8;
/** Lead and extension points are at most this far apart. */
export const PATH_STEP_MM = 4;
/** Implanted generator and extension depth under the skin (≤ 1 cm) [MEDTRONIC]. */
const SUBCUTANEOUS_MM = 8;

const CHAIN = ['L1', 'T12', 'T11', 'T10', 'T9', 'T8', 'T7', 'T6', 'T5'];

/** Landmarks from the epidural entry up to the tip level, through each body and interspace. */
export function leadLandmarks(tip: string): string[] {
  const names = [`dorsal-epidural-${SCS_ENTRY_INTERSPACE}`];
  for (let i = 0; i < CHAIN.length; i++) {
    const l = CHAIN[i]!;
    names.push(`dorsal-epidural-${l}`);
    if (l === tip) break;
    names.push(`dorsal-epidural-${CHAIN[i + 1]}-${l}`);
  }
  return names;
}

/** A smooth curve through points, resampled at ≤ `step` mm, ending exactly on the last point. */
export function smoothPath(points: Vec3[], step = PATH_STEP_MM): Vec3[] {
  if (points.length < 2) return points.map((p) => round(p));
  const curve = new CatmullRomCurve3(points.map((p) => new Vector3(p[0], p[1], p[2])), false, 'centripetal');
  const n = Math.max(2, Math.ceil(curve.getLength() / step) + 1);
  return curve.getSpacedPoints(n - 1).map((v) => round([v.x, v.y, v.z]));
}

export interface ScsResult {
  needles: PlacementNeedle[];
  leads: PlacementLead[];
  extensions: PlacementExtension[];
  devices: PlacementDevice[];
}

export function placeScs(ix: ModelIndex, o: ResolvedOptions): ScsResult {
  const side = (o.sides[0] ?? 'left') as Side;
  const tip = o.level ?? 'T8';
  const needle = placeNeedle(ix, {
    id: 'needle',
    target: ix.landmark(`dorsal-epidural-${SCS_ENTRY_INTERSPACE}`),
    // paramedian, as shallow as possible: entry lateral and well caudal to the interspace [FURMAN_SCS]
    dir: approach(ix.frame(SCS_ENTRY_INTERSPACE), side, 12, 45),
    targetStructure: 'epidural-space',
    instruments: o.procedure.instruments,
  });
  const lead: PlacementLead = {
    id: 'lead',
    path: dorsalEpiduralPath(ix, leadLandmarks(tip).map((n) => ix.landmark(n))),
    contacts: SCS_CONTACTS,
    tipStructure: 'epidural-space',
  };

  const devices: PlacementDevice[] = [];
  const extensions: PlacementExtension[] = [];
  const lateral = bodyDir(side, 1, 0, 0);
  // The remote lies beside the patient at hip height, a hand's width outside the body.
  const hip = ix.landmark(`scs-ipg-buttock-${side}`);
  const sideExit = skinExit(ix, hip, lateral) ?? 150;
  const remote: Vec3 = add(hip, lateral, sideExit + 120);

  if (o.procedure.id === 'scs-trial') {
    // The external trial generator is taped on the flank, on the skin.
    const flank = ix.landmark(`scs-ipg-flank-${side}`);
    const skin = ix.skinGrid.closest(flank, 80);
    const out = skin ? norm(sub(skin.point, flank)) : lateral;
    const base = skin ? skin.point : flank;
    devices.push({ id: 'trial-generator', kind: 'trial-generator', position: round(add(base, out, 15)) });
    devices.push({ id: 'remote', kind: 'remote', position: round(remote) });
  } else {
    const pocket = ix.landmark(`scs-ipg-${o.site ?? 'buttock'}-${side}`);
    devices.push({ id: 'implanted-generator', kind: 'implanted-generator', position: round(pocket) });
    devices.push({ id: 'remote', kind: 'remote', position: round(remote) });
    // The lead is anchored to the fascia just under the skin entry; the extension tunnels to the pocket.
    const anchor = add(needle.entry, norm(sub(needle.target, needle.entry)), 10);
    extensions.push({ id: 'extension', path: subcutaneousPath(ix, anchor, pocket) });
  }
  return { needles: [needle], leads: [lead], extensions, devices };
}

/**
 * The lead runs in the dorsal epidural space behind the cord: the smoothed curve through the
 * midline landmarks, with each point moved to the middle of the gap between the back of the dural
 * sac and the outer wall of the epidural space, measured along the local posterior direction.
 */
export function dorsalEpiduralPath(ix: ModelIndex, controls: Vec3[]): Vec3[] {
  const rough = smoothPath(controls, 3);
  const centred = rough.map((q, i) => {
    const a = rough[Math.max(0, i - 1)]!;
    const b = rough[Math.min(rough.length - 1, i + 1)]!;
    const tangent = norm(sub(b, a));
    const post = norm(sub([0, 1, 0], [tangent[0] * tangent[1], tangent[1] * tangent[1], tangent[2] * tangent[1]]));
    return centreInGap(ix, q, post);
  });
  // keep the two ends where the landmarks put them (the needle tip and the tip level)
  centred[0] = rough[0]!;
  return resample(centred, PATH_STEP_MM);
}

function centreInGap(ix: ModelIndex, q: Vec3, post: Vec3): Vec3 {
  const dura = ix.grid('dural-sac');
  const epi = ix.grid('epidural-space');
  const back: Vec3 = [-post[0], -post[1], -post[2]];
  let d: Vec3 | undefined;
  if (ix.inside('dural-sac', q)) {
    const h = dura.firstHit(q, post, 0, 30);
    if (h) d = add(q, post, h.t);
  } else {
    const h = dura.firstHit(q, back, 0, 15);
    if (h) d = add(q, back, h.t);
  }
  if (!d) return q;
  const e = epi.firstHit(add(d, post, 0.05), post, 0, 20);
  if (!e || e.t < 0.3) return q;
  return round(add(d, post, 0.05 + e.t / 2));
}

/** Re-samples a polyline by arc length so consecutive points are at most `step` apart. */
function resample(points: Vec3[], step: number): Vec3[] {
  const out: Vec3[] = [points[0]!];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const n = Math.ceil(dist(a, b) / step);
    for (let k = 1; k <= n; k++) out.push(round(lerp(a, b, k / n)));
  }
  return out;
}

/** A route from a to b that stays ~8 mm under the skin. */
export function subcutaneousPath(ix: ModelIndex, a: Vec3, b: Vec3): Vec3[] {
  const n = Math.max(4, Math.ceil(dist(a, b) / 15));
  const pts: Vec3[] = [a];
  for (let i = 1; i < n; i++) {
    const q = lerp(a, b, i / n);
    const c = ix.skinGrid.closest(q, 120);
    if (!c) {
      pts.push(q);
      continue;
    }
    // inward = against the outward normal of the nearest skin triangle
    const nrm = ix.skinGrid.normal(c.tri);
    const o = ix.skinGrid.orientation;
    pts.push(add(c.point, [-nrm[0] * o, -nrm[1] * o, -nrm[2] * o], SUBCUTANEOUS_MM));
  }
  pts.push(b);
  return smoothPath(pts);
}
