/**
 * The C3–C7 articular pillar (lateral mass): one solid rhomboid column per side, made of the two articular
 * processes of the level. Seen from the side each level is a parallelogram whose upper and lower borders
 * are the facet joints (parallel planes sloping ~45° down and back) and whose depth front-to-back is the
 * lateral mass's, not the facet's: the articular surface covers only part of the top of the mass.
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { add, addScaled, lerp, normalize } from '../geometry/vec';
import { morphometry } from '../morphometry';
import type { Side, Vec3 } from '../types';
import { bar } from './primitives';
import type { LocalJoint, Tess } from './parts';
import type { VertebraLayout } from './vertebraGeometry';

const Z: Vec3 = [0, 0, 1];

/** Lateral mass size of a subaxial level (morphometry: pooled CT/cadaver figures, mm). */
export interface LateralMassSize { height: number; width: number; depth: number }

export function lateralMassSize(level: string): LateralMassSize {
  const r = morphometry[level] as Record<string, number | undefined> | undefined;
  return { height: r?.lateral_mass_height_mm ?? 12.1, width: r?.lateral_mass_width_mm ?? 12, depth: r?.lateral_mass_depth_mm ?? 10.8 };
}

/** Share of the extra depth (beyond the facet's own) that lies behind the facet; the rest is in front. */
const BEHIND = 0.75;

/**
 * One half of a pillar. The column is one sweep from the superior facet (the joint above, t = 0) to the
 * inferior facet (the joint below, t = 1), sheared along the facets' dip as it goes; the superior process
 * is its upper half and the inferior process its lower half, cut through the same section so the two
 * read as one solid. Each section is a rounded rectangle in the facet plane, long enough down the dip that
 * the column is as deep front-to-back as the lateral mass, the extra depth mostly behind the joint (the
 * foramen and the transverse process are in front). The sections narrow toward the middle: the waist the
 * medial branch wraps round. A short stem ties each half to the pedicle.
 */
export function cervicalPillarHalf(
  L: VertebraLayout, side: Side, kind: 'superior' | 'inferior', own: LocalJoint, other: LocalJoint, tess: Tess,
): RawMesh {
  const S = L.sides[side];
  const upper = kind === 'superior' ? own : other, lower = kind === 'superior' ? other : own;
  const { depth, width } = lateralMassSize(L.level);
  // The superior process lies below its joint (on the -normal side), the inferior one above it.
  const top = addScaled(upper.centre, upper.normal, -upper.gap / 2);
  const bottom = addScaled(lower.centre, lower.normal, lower.gap / 2);
  const section = (t: number): Section => {
    const j = t < 0.5 ? upper : lower;
    const halfWidth = Math.max(j.halfWidth, width / 2);
    // The joint faces are bevelled at their rims.
    const rimA = t === 0 || t === 1 ? 0.93 : 1, rimB = t === 0 || t === 1 ? 0.95 : 1;
    // A smooth concavity (a crease would read as one more joint line from the side).
    const waist = 1 - 0.25 * Math.sin(Math.PI * t) ** 2;
    const u = normalize(lerp(upper.u, lower.u, t)), v = normalize(lerp(upper.v, lower.v, t));
    const hh = upper.halfHeight + (lower.halfHeight - upper.halfHeight) * t;
    // Half-length down the dip that gives the lateral mass's depth along the vertebra's y axis (a little
    // over, for the rounded corners the chord through the middle of the column cuts).
    const b = Math.max(hh, (1.03 * depth) / 2 / Math.max(0.3, Math.abs(v[1])));
    const c = addScaled(lerp(top, bottom, t), v, (b - hh) * (1 - 2 * BEHIND) * (v[1] < 0 ? 1 : -1));
    return { c, u, v, a: halfWidth * rimA * waist, b: b * rimB, exponent: 3 };
  };
  // The halves meet in one shared section at t = 0.5. Each closes behind it with a hair-thin lip (a ring
  // 0.01 mm on and 1.5% smaller, hidden inside the other half), so its flat end cap does not tilt the
  // shading of the shared ring: no line shows across the column where the two processes meet.
  const EPS = 0.0006;
  const ts = kind === 'superior'
    ? (tess.part <= 6 ? [0, 0.5, 0.5 + EPS] : [0, 0.07, 0.22, 0.36, 0.46, 0.5, 0.5 + EPS])
    : (tess.part <= 6 ? [0.5 - EPS, 0.5, 1] : [0.5 - EPS, 0.5, 0.54, 0.64, 0.78, 0.93, 1]);
  const lip = (sec: Section, t: number): Section => (Math.abs(t - 0.5) > EPS / 2 && Math.abs(t - 0.5) < 2 * EPS ? { ...sec, a: sec.a * 0.985, b: sec.b * 0.985 } : sec);
  const column = sweepSections(ts.map((t) => lip(section(t), t)), tess.part, { startCap: 0, endCap: 0 });
  const base = add(S.pedEnd, [0, kind === 'superior' ? 2 : 2.5, -1]);
  const stem = bar([base, lerp(top, bottom, kind === 'superior' ? 0.3 : 0.7)], Z, () => [2.6, 3], tess.part, 2.6, [0.5, 0.5]);
  return mergeRaw([column, stem]);
}
