/**
 * The C2 laminae: thick rounded bars (~5.8 mm thick, Cassinelli et al. 2006, C2 laminar screw morphometry)
 * running from the pars to the root of the spinous process, taller at the midline than at the pars, not the
 * tall flat sloping slab of the subaxial plate. The canal face lies 1.4 mm in front of the layout's lamina
 * plane, where the subaxial plate's face lies (so the canal depth, the flavum below and the interlaminar
 * landmarks are unchanged) and the lower border stays where
 * the layout puts it; the top is lower, which opens the wide C1–C2 gap where the greater occipital nerve
 * comes out.
 */
import type { RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import type { Tess } from './parts';
import { laminaMidline } from './laminaSpan';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

/** Height of the lamina along z at the midline and at the pars (mm). */
export const AXIS_LAMINA_HEIGHT = { midline: 15.4, pars: 11 };

export function axisLamina(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const s = sideSign(side);
  const S = L.sides[side];
  const { mid, up, out } = L.lamina;
  const { tanA, cosS, zBotM } = laminaMidline(L.lamina);
  const half = (L.lamina.thickness * 1.75) / 2;
  // [x, z of the lower border, height along z]
  const xl = Math.abs(S.pars[0]) - 3;
  const rows: [number, number, number][] = [
    [s * xl, zBotM - 0.6, AXIS_LAMINA_HEIGHT.pars],
    [s * xl * 0.5, zBotM - 0.3, (AXIS_LAMINA_HEIGHT.pars + AXIS_LAMINA_HEIGHT.midline) / 2],
    [-s * 2, zBotM, AXIS_LAMINA_HEIGHT.midline],
  ];
  const sections: Section[] = rows.map(([x, zb, h]) => {
    const zc = zb + h / 2;
    // On the lamina plane at this height (the plane through the layout's pars and midline sections).
    const yPlane = x === rows[0]![0] ? S.pedEnd[1] - (zc - S.pars[2]) * tanA : mid[1] - (zc - mid[2]) * tanA;
    const c: Vec3 = addScaled([x, yPlane, zc], out, half - 1.4);
    return { c, u: up, v: out, a: h / 2 / cosS, b: half, exponent: 2.3 };
  });
  return sweepSections(sections, tess.part + 2, { startCap: 0.6, endCap: 0.8 });
}
