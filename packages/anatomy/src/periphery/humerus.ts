import type { BufferGeometry } from 'three';
import { add, scale } from '../geometry/vec';
import type { Vec3 } from '../types';
import { basis, closedLoft, ellipseRing, ellipsoidPart, lathe, mergeGeometries } from './mesh';
import type { Res } from './pelvis';
import type { SidePlan } from './plan';

/**
 * The humerus: the head a hemisphere (its articular arc ~150°) facing the glenoid on the anatomical neck; the greater
 * tubercle lateral, its top below the top of the head; the lesser tubercle in front, the intertubercular groove
 * between them; the surgical neck and the shaft to the epicondyles. Head Ø 48 mm (IANNOTTI_1992, KNOWLES_2016).
 */
export function humerusGeometry(sp: SidePlan, res: Res): BufferGeometry {
  const { sx, humeralHead: HH, glenoidNormal: ng, humeralRadius: r } = sp;
  const parts: BufferGeometry[] = [];
  // Head: a spherical cap about the axis toward the glenoid, then the anatomical neck narrowing into the metaphysis.
  const axis: Vec3 = scale(ng, -1);
  const deg = Math.PI / 180;
  const cap = [0, 32, 62, 88, 108].map((a) => ({ t: r * Math.cos(a * deg), r: r * Math.sin(a * deg) }));
  parts.push(lathe(HH, axis, [0, 0, 1], [...cap, { t: -0.4 * r, r: 0.86 * r }, { t: -0.62 * r, r: 0.66 * r }, { t: -0.8 * r, r: 0 }], res.ring));
  // Tubercles: the greater a tall boss on the lateral side, the lesser a smaller one in front.
  const lat: Vec3 = [sx, 0, 0];
  const seg = Math.max(8, Math.round(res.sphere * 0.6));
  parts.push(ellipsoidPart(add(HH, add(scale(lat, 16), [0, 1, -7])), lat, [0, 1, 0], [0, 0, 1], [11, 17, 22], seg));
  parts.push(ellipsoidPart(add(HH, add(scale(lat, 6), [0, -15.5, -13])), lat, [0, 1, 0], [0, 0, 1], [8, 7, 11], Math.max(6, seg - 4)));
  // Surgical neck and shaft to the flare of the epicondyles.
  const d = sp.armDir;
  const [au, av] = basis(d, [1, 0, 0]);
  const hst: [number, number, number][] = [[8, 20, 20], [30, 15, 15], [60, 12, 11.5], [150, 11, 11], [225, 12, 11], [255, 18, 11.5], [275, 28, 12], [287, 31, 14], [296, 22, 14]];
  const rings = (res.ring >= 16 ? hst : hst.filter((_, i) => i !== 3 && i !== 7)).map(([t, w, dp]) => ellipseRing(add(HH, scale(d, t)), au, av, w, dp, res.ring, 2.2));
  parts.push(closedLoft(rings, add(HH, scale(d, 2)), add(HH, scale(d, 300))));
  return mergeGeometries(parts);
}
