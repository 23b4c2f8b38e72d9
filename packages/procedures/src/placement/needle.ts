import { ProcedureError } from '../errors';
import type { Instrument, PlacementNeedle, Side, Vec3 } from '../types';
import { add, cross, dist, dot, norm, perpendicular, rotate, round, scale } from './geom';
import type { LocalFrame, ModelIndex } from './modelIndex';

const DEG = Math.PI / 180;

/** Bone may be touched only in the needle's last 3 mm; we keep a margin below that. */
export const BONE_FREE_TIP_MM = 2.5;
/** Cone search: rings every 3° up to this angle, 8 directions per ring. */
export const CONE_STEP_DEG = 3;
export const CONE_MAX_DEG = 45;
const MAX_REACH_MM = 320;

/**
 * The outward direction of a spinal approach (target → skin) in a vertebra's frame: start from
 * posterior, turn `lateralDeg` toward the side (negative = toward the midline and beyond), then tilt
 * `caudalDeg` toward the feet (the skin entry lies caudal to the target; negative = cranial).
 */
export function approach(frame: LocalFrame, side: Side | undefined, lateralDeg: number, caudalDeg = 0): Vec3 {
  const s = side === 'right' ? -1 : side === 'left' ? 1 : 0;
  const l = lateralDeg * DEG;
  const c = caudalDeg * DEG;
  const horiz = add(scale(frame.y, Math.cos(l)), frame.x, s * Math.sin(l));
  return norm(add(scale(horiz, Math.cos(c)), frame.z, -Math.sin(c)));
}

/** Direction from patient-frame components: lateral (toward `side`), posterior, superior. */
export function bodyDir(side: Side | undefined, lateral: number, posterior: number, superior: number): Vec3 {
  const s = side === 'right' ? -1 : 1;
  return norm([lateral * s, posterior, superior]);
}

/**
 * Where the ray target + t·dir leaves the body: the first skin crossing after which the ray stays
 * outside (an even number of crossings remain), so a ray that exits the knee and would re-enter the
 * other leg stops at the first knee.
 */
export function skinExit(ix: ModelIndex, target: Vec3, dir: Vec3, reach = MAX_REACH_MM): number | undefined {
  const hits = ix.skinGrid.raycast(target, dir, reach);
  if (!hits.length) return undefined;
  // collapse hits closer than 0.01 mm (a ray through a shared edge reports both triangles)
  const ts: number[] = [];
  for (const h of hits) if (!ts.length || h.t - ts[ts.length - 1]! > 0.01) ts.push(h.t);
  for (let i = 0; i < ts.length; i++) {
    if ((ts.length - 1 - i) % 2 === 0) return ts[i];
  }
  return ts[ts.length - 1];
}

/** The first bone hit farther than `from` mm from the target along dir, before `to`. */
export function firstBoneHit(ix: ModelIndex, target: Vec3, dir: Vec3, from: number, to: number): { t: number; bone: string } | undefined {
  const hit = ix.boneGrid.raycast(target, dir, to).find((h) => h.t > from);
  return hit ? { t: hit.t, bone: ix.bones[hit.owner]!.id } : undefined;
}

export function angleDeg(a: Vec3, b: Vec3): number {
  return (Math.acos(Math.max(-1, Math.min(1, dot(a, b)))) * 180) / Math.PI;
}

/** Candidate directions: the standard one, then rings of 3°, 6°, 9°… in 8 directions each. */
export function coneDirections(dir: Vec3, stepDeg = CONE_STEP_DEG, maxDeg = CONE_MAX_DEG): { dir: Vec3; deviation: number }[] {
  const out = [{ dir, deviation: 0 }];
  // Reference azimuth fixed to the patient frame so the search order is the same for every model;
  // on the right it turns the other way, so a right-sided search is the mirror image of a left one.
  let u = norm(cross(dir, [0, 0, 1]));
  if (dot(u, u) < 0.5) u = perpendicular(dir);
  const turn = dir[0] < 0 ? -1 : 1;
  for (let ring = stepDeg; ring <= maxDeg + 1e-9; ring += stepDeg) {
    for (let k = 0; k < 8; k++) {
      const axis = rotate(u, dir, (turn * k * 45 * Math.PI) / 180);
      out.push({ dir: norm(rotate(dir, axis, ring * DEG)), deviation: ring });
    }
  }
  return out;
}

export interface NeedleSpec {
  id: string;
  target: Vec3;
  /** Standard outward direction (target → skin). */
  dir: Vec3;
  targetStructure: string;
  /** The needles that may be used, in order of preference; the first long enough for the path is chosen. */
  instruments: readonly Instrument[];
  /**
   * Second-choice trajectories (another standard approach to the same target), each searched with
   * its own cone when the first cone finds no clear path. `deviationDeg` is still measured from `dir`.
   */
  fallbackDirs?: readonly Vec3[];
  /** Other acceptable target points (on the target structure, nearest first), tried when no path reaches `target`. */
  alternates?: () => readonly Vec3[];
  /**
   * Bone-contact techniques: where a trajectory along `dir` meets bone beside the target nerve (see
   * boneContact.ts). Tried near the standard trajectory before the wide cone search tilts away from it.
   */
  contactTarget?: (dir: Vec3, withinMm?: number) => Vec3 | undefined;
}

/**
 * Entry on the skin along the standard direction, or the first clear direction of the cone search.
 * Throws `ProcedureError('no-clear-path')` naming what blocks the standard path.
 */
export function placeNeedle(ix: ModelIndex, spec: NeedleSpec): PlacementNeedle {
  // As at the C-arm: keep the standard trajectory and slide the tip along the target structure before
  // tilting away from it. Nearby points of the structure are tried at up to NEAR_STANDARD_DEG first.
  // A bone-contact technique first tries the exact standard pass, onto the nerve or else onto the
  // bone beside it, and tilts only after that.
  const slide = (maxDeg: number) => {
    if (!spec.alternates) return undefined;
    const near = coneDirections(spec.dir).filter((c) => c.deviation <= maxDeg);
    for (const target of [spec.target, ...spec.alternates().slice(0, MAX_SLIDE_POINTS)]) {
      const placed = clearPath(ix, spec, target, near);
      if (placed) return placed;
    }
    return undefined;
  };
  const placed = spec.contactTarget ? slide(0) ?? bestContact(ix, spec) ?? slide(NEAR_STANDARD_DEG) : slide(NEAR_STANDARD_DEG);
  if (placed) return placed;
  let firstBlock = '';
  const targets = function* () {
    yield spec.target;
    if (spec.alternates) yield* spec.alternates();
  };
  for (const target of targets()) {
    // No ray reaches the skin sooner than the nearest skin point: bone closer than that blocks
    // a direction without casting against the skin at all.
    const minSkin = ix.skinGrid.closest(target, MAX_REACH_MM)?.distance ?? 0;
    // Ring by ring across the standard trajectory and its fallbacks: the least deviation from any
    // standard approach wins; `deviationDeg` is reported from the first one.
    const cones = [spec.dir, ...(spec.fallbackDirs ?? [])].map((d) => coneDirections(d));
    const cands: { dir: Vec3; deviation: number }[] = [];
    for (let i = 0; i < cones[0]!.length; i += i === 0 ? 1 : 8) {
      const n = i === 0 ? 1 : 8;
      cones.forEach((cone, k) => {
        for (const c of cone.slice(i, i + n)) cands.push({ dir: c.dir, deviation: k === 0 ? c.deviation : Math.round(angleDeg(spec.dir, c.dir)) });
      });
    }
    for (const cand of cands) {
      const bone = ix.boneGrid.firstHit(target, cand.dir, BONE_FREE_TIP_MM, MAX_REACH_MM);
      if (bone && bone.t < minSkin) {
        if (!firstBlock) firstBlock = `${ix.bones[bone.owner]!.id}, ${bone.t.toFixed(1)} mm from the target`;
        continue;
      }
      const s = skinExit(ix, target, cand.dir);
      if (s === undefined) {
        if (!firstBlock) firstBlock = 'the ray never reaches the skin';
        continue;
      }
      if (bone && bone.t < s) {
        if (!firstBlock) firstBlock = `${ix.bones[bone.owner]!.id}, ${bone.t.toFixed(1)} mm from the target`;
        continue;
      }
      const instrument = chooseInstrument(spec.instruments, s);
      return {
        id: spec.id,
        kind: instrument.kind,
        entry: round(add(target, cand.dir, s)),
        target: round(target),
        targetStructure: spec.targetStructure,
        gauge: instrument.gauge,
        lengthMm: instrument.lengthMm,
        deviationDeg: cand.deviation,
      };
    }
  }
  throw new ProcedureError(
    'no-clear-path',
    `No clear needle path to ${spec.targetStructure} for "${spec.id}" within ${CONE_MAX_DEG}° of the standard trajectory (standard path blocked by ${firstBlock}).`,
    spec.id,
  );
}

/** How far from the standard trajectory the slide along the target structure may tilt. */
const NEAR_STANDARD_DEG = 6;
/** How far from the standard trajectory a bone-contact target is looked for. */
const CONTACT_CONE_DEG = 12;
/** How many nearby points of the target structure the slide tries (nearest first). */
const MAX_SLIDE_POINTS = 24;

/**
 * Bone-contact techniques: stop where a (nearly) standard trajectory meets bone beside the nerve, as
 * the needle does at the C-arm, rather than tilt around the bone to reach the nerve itself. Both
 * the tilt from the standard and the distance from the intended target (the SAP–TP junction) count:
 * a degree of tilt weighs as much as a millimetre along the nerve.
 */
function bestContact(ix: ModelIndex, spec: NeedleSpec): PlacementNeedle | undefined {
  let best: { needle: PlacementNeedle; cost: number } | undefined;
  for (const cand of coneDirections(spec.dir)) {
    if (cand.deviation > CONTACT_CONE_DEG || (best && cand.deviation >= best.cost)) break; // rings come in order
    // only a contact nearer than the best cost less this tilt could win
    const target = spec.contactTarget!(cand.dir, best ? best.cost - cand.deviation : undefined);
    const needle = target && clearPath(ix, spec, target, [cand]);
    const cost = target ? cand.deviation + dist(target, spec.target) : Infinity;
    if (needle && (!best || cost < best.cost)) best = { needle, cost };
  }
  return best?.needle;
}

/** The needle along the first candidate direction that reaches the skin without meeting bone, if any. */
function clearPath(ix: ModelIndex, spec: NeedleSpec, target: Vec3, cands: readonly { dir: Vec3; deviation: number }[]): PlacementNeedle | undefined {
  const minSkin = ix.skinGrid.closest(target, MAX_REACH_MM)?.distance ?? 0;
  for (const cand of cands) {
    const bone = ix.boneGrid.firstHit(target, cand.dir, BONE_FREE_TIP_MM, MAX_REACH_MM);
    if (bone && bone.t < minSkin) continue;
    const s = skinExit(ix, target, cand.dir);
    if (s === undefined || (bone && bone.t < s)) continue;
    const instrument = chooseInstrument(spec.instruments, s);
    return {
      id: spec.id, kind: instrument.kind, entry: round(add(target, cand.dir, s)), target: round(target),
      targetStructure: spec.targetStructure, gauge: instrument.gauge, lengthMm: instrument.lengthMm, deviationDeg: cand.deviation,
    };
  }
  return undefined;
}

/** Room left at the hub: a needle is chosen only if it is this much longer than the path. */
export const HUB_MARGIN_MM = 5;

/** The first instrument long enough for the path (preference order), else the longest one. */
export function chooseInstrument(instruments: readonly Instrument[], pathMm: number): Instrument {
  const fit = instruments.find((i) => i.lengthMm >= pathMm + HUB_MARGIN_MM);
  return fit ?? instruments.reduce((a, b) => (b.lengthMm > a.lengthMm ? b : a));
}

/** Length of the needle path. */
export const pathLength = (n: { entry: Vec3; target: Vec3 }): number => dist(n.entry, n.target);
