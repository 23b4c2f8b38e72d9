/**
 * The dens (odontoid process) of C2: a peg rising from the top of the body, broad where it grows out of
 * the body, waisted at its neck (where the transverse ligament of the atlas holds it), swelling into a
 * head that carries the anterior facet for the C1 arch, and ending in a rounded apex. Height and width
 * from morphometry.json (C2 dens_height_mm 15, dens_width_mm 10; tip 38 mm above the inferior endplate).
 */
import type { RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { morphometry } from '../morphometry';
import type { Vec3 } from '../types';
import type { Tess } from './parts';
import type { VertebraLayout } from './vertebraGeometry';

const c2 = morphometry.C2 as Record<string, number>;

/** [height above the body top as a fraction of the dens height, half-width (x) and half-depth (y) as fractions of the dens half-width, y offset]. */
const PROFILE: [number, number, number, number][] = [
  [-0.27, 0.92, 0.86, 0.3], // buried in the body
  [-0.03, 1.12, 1.0, 0.4], // broad root flaring into the body top
  [0.2, 0.84, 0.86, 0.7], // the neck (waist)
  [0.42, 0.97, 0.93, 0.95],
  [0.6, 1.0, 0.98, 1.1], // the head, its front the facet for the anterior arch of C1
  [0.8, 0.88, 0.84, 1.35],
  [0.94, 0.56, 0.54, 1.5],
];
const LOW = [0, 1, 2, 4, 5, 6];

export interface DensShape { top: number; waist: number; head: number; apex: Vec3 }

/** z of the body top, the dens height and its half-width, in C2's local frame. */
function densFrame(L: VertebraLayout) {
  const total = c2.total_height_dens_tip_to_inferior_endplate_mm!;
  const apexZ = -L.H / 2 + total;
  const h = c2.dens_height_mm!;
  return { base: apexZ - h, h, r: c2.dens_width_mm! / 2, apexZ };
}

export function axisDens(L: VertebraLayout, tess: Tess): RawMesh {
  const { base, h, r, apexZ } = densFrame(L);
  const rows = tess.part <= 6 ? LOW.map((i) => PROFILE[i]!) : PROFILE;
  const sections: Section[] = rows.map(([f, a, b, y]) => ({
    c: [0, y, base + f * h], u: [1, 0, 0], v: [0, 1, 0], a: a * r, b: b * r, exponent: 2.1,
  }));
  const last = sections[sections.length - 1]!;
  // Rounded apex: the end cap domes up to the measured tip height.
  return sweepSections(sections, Math.max(8, tess.part), { startCap: 0.5, endCap: apexZ - last.c[2] });
}
