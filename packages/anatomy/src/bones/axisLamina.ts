/**
 * The C2 laminae: thick (~5.8 mm, Cassinelli et al. 2006, C2 laminar screw morphometry) but not the tall
 * sloping wall the layout's lamina plane would give. The plate is the subaxial cervical lamina on the same
 * plane (its canal face, lower border and the flavum below are unchanged), cut down from the top, so the
 * wide C1–C2 interlaminar gap (where the greater occipital nerve comes out) shows from behind.
 */
import type { RawMesh } from '../geometry/raw';
import { addScaled } from '../geometry/vec';
import type { Side } from '../types';
import { cervicalLamina } from './cervicalArch';
import type { Tess } from './parts';
import type { VertebraLayout } from './vertebraGeometry';

/** How much of the layout's lamina plate (mm along its slope) is left off at the top. */
export const AXIS_LAMINA_TOP_CUT = 7;

export function axisLamina(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const lam = L.lamina;
  const cut = AXIS_LAMINA_TOP_CUT / 2;
  const shortened: VertebraLayout = { ...L, lamina: { ...lam, halfHeight: lam.halfHeight - cut, mid: addScaled(lam.mid, lam.up, -cut) } };
  return cervicalLamina(shortened, side, tess, { thicken: lam.thickness * 0.75, topDrop: 5 });
}
