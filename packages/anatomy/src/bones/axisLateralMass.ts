/**
 * The C2 lateral mass with its superior articular facet: a massive block flaring out of the side of the
 * body and widening upward into the broad facet for the atlas, which slopes down and out (~20° to the
 * horizontal, facing up and laterally; facet 16.3 × 14.4 mm, axis lateral-mass study in morphometry.json).
 * One sweep: horizontal sections from the side of the body up to the tilted articular plate.
 */
import type { RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import type { LocalJoint, Tess } from './parts';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

export function axisLateralMass(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  const s = sideSign(side);
  const face = addScaled(j.centre, j.normal, -j.gap / 2);
  const horizU: Vec3 = [0, s, 0], horizV: Vec3 = [-s, 0, 0]; // u × v = +z, like the facet's u × v = normal
  const bodyX = L.W / 2;
  // [lateral offset of the centre from the body side, z below the facet centre, AP and ML half-extents as fractions of the facet's]
  const rows: [number, number, number, number][] = [
    [1.8, 17, 0.7, 0.62],
    [3.6, 10, 0.86, 0.86],
    [6.0, 4.2, 0.98, 1.0],
  ];
  const sections: Section[] = rows.map(([dx, dz, fa, fb]) => ({
    c: [s * (bodyX + dx), face[1], face[2] - dz], u: horizU, v: horizV,
    a: j.halfWidth * fa, b: j.halfHeight * fb, exponent: 2.15,
  }));
  // The articular plate: its top lies on the joint face.
  sections.push({ c: addScaled(face, j.normal, -1.2), u: j.u, v: j.v, a: j.halfWidth, b: j.halfHeight, exponent: 2.6 });
  sections.push({ c: addScaled(face, j.normal, -0.2), u: j.u, v: j.v, a: j.halfWidth * 0.94, b: j.halfHeight * 0.93, exponent: 2.6 });
  return sweepSections(sections, tess.part + 2, { startCap: 1.5, endCap: 0.15 });
}
