import type { BufferGeometry } from 'three';
import { add } from '../geometry/vec';
import type { Vec3 } from '../types';
import { closedLoft } from './mesh';
import { femurAxisPoint, FEMUR_EXPONENT, smoothClosed, type Res } from './pelvis';
import type { SidePlan } from './plan';

/**
 * The distal femur (metaphysis, epicondyles, trochlea and the two condyles), merged into `femur-<side>` by the
 * femur builder; the knee builder places the femoral genicular nerves on it. Sizes after Anat Res Int
 * 2012:679658 (360 dry femora: bicondylar width
 * 78.5–88.6 mm, condylar depth 55–61 mm, intercondylar notch 19–22 mm wide and 24–28 mm deep) and Am J Knee Surg
 * 2001;14(2):92–6 (478 radiographs: notch width at half its height 14.7 mm in women, 17.1 mm in men).
 */

/** Height of the genicular station above the joint centre: the shaft–epicondyle junction. */
export const FEMUR_GENICULAR_H = 50;
const GEN_W = 38, GEN_D = 30, GEN_DY = 5.5;

/** Condyle wheels: centre offset (lateral +), half width, sagittal centre (y, z) and radii, relative to the knee. */
const CONDYLE = { x: 24, halfWidth: 16, y: 11, z: 27.5, ry: 32, rz: 24.5, exponent: 2.3 };

/** Cross-section outlines: 12 points (x lateral +, y posterior +), lateral → posterior → medial → anterior. */
type Outline = [number, number][];

function superellipseOutline(w: number, d: number, dy: number): Outline {
  const out: Outline = [];
  const e = 2 / FEMUR_EXPONENT;
  for (let i = 0; i < 12; i++) {
    const t = (i / 12) * Math.PI * 2, c = Math.cos(t), s = Math.sin(t);
    out.push([Math.sign(c) * Math.abs(c) ** e * w, dy + Math.sign(s) * Math.abs(s) ** e * d]);
  }
  return out;
}

/**
 * Block stations below the genicular height: height above the knee and outline. The posterior points come
 * forward below ~30 mm so the notch between the condyles stays open behind and below (its roof slopes up and
 * back, as Blumensaat's line does); in front the trochlear groove lies between a prouder lateral facet and the
 * medial one. The groove is kept in front of the femoral shaft's own flare.
 */
const LOWER: [number, Outline][] = [
  [42, [[41, 4], [36, 22], [22, 33], [0, 31], [-22, 33], [-36, 22], [-40, 4], [-34, -15], [-19, -27.5], [0, -24.5], [19, -29], [35, -15]]],
  [31, [[40, 2], [34, 10], [19, 10], [0, 8], [-19, 10], [-34, 10], [-39, 2], [-34, -15], [-18.5, -27], [0, -23.5], [19, -28.5], [35, -15]]],
  [21, [[33, -3], [28, 1], [16, 1], [0, -1], [-16, 1], [-28, 1], [-33, -3], [-30, -13], [-17, -23], [0, -20], [17, -25], [30, -13]]],
];

export interface DistalFemur {
  parts: BufferGeometry[];
  /** Medial or lateral surface point of the metaphysis at the genicular station, `off` mm out, `dy` mm behind its centre. */
  genicularSurface(lateral: boolean, dy: number, off: number): Vec3;
}

export function distalFemur(sp: SidePlan, res: Res): DistalFemur {
  const { sx, knee: K } = sp;
  // At least the outline's own 12 points, so the groove and the notch survive the low tier.
  const n = Math.max(12, res.ring);
  const world = (c: Vec3, o: Outline): Vec3[] => smoothClosed(o, n).map(([x, y]) => [c[0] + sx * x, c[1] + y, c[2]]);
  const at = (h: number): Vec3 => femurAxisPoint(sp, h);
  // Above the genicular station the block is a superellipse just outside the shaft it caps.
  const upper: [number, number, number, number][] = [[96, 20.5, 19, 4], [74, 28.5, 24, 4.5], [58, 35, 28, 5], [FEMUR_GENICULAR_H, GEN_W, GEN_D, GEN_DY]];
  const rings = upper.map(([h, w, d, dy]) => world(at(h), superellipseOutline(w, d, dy)));
  for (const [h, o] of LOWER) rings.push(world([K[0], K[1], K[2] + h], o));
  const parts = [closedLoft(rings, add(at(100), [0, 4, 0]), [K[0], K[1] - 11, K[2] + 13])];

  // Each condyle: a sagittal superellipse wheel lofted across its width (flat sides, rounded edges).
  const C = CONDYLE;
  const e = 2 / C.exponent;
  const wheel: [number, number][] = [];
  const nw = res.ring;
  for (let i = 0; i < nw; i++) {
    const t = (i / nw) * Math.PI * 2, c = Math.cos(t), s = Math.sin(t);
    wheel.push([Math.sign(c) * Math.abs(c) ** e * C.ry, Math.sign(s) * Math.abs(s) ** e * C.rz]);
  }
  const across = res.ring >= 16 ? [-0.93, -0.72, -0.38, 0, 0.38, 0.72, 0.93] : [-0.88, -0.45, 0, 0.45, 0.88];
  for (const side of [1, -1]) {
    const cx = K[0] + sx * side * C.x;
    const cr = add(K, [0, C.y, C.z]);
    const cRings = across.map((u) => {
      const f = (1 - Math.abs(u) ** 4) ** 0.25;
      return wheel.map(([y, z]): Vec3 => [cx + sx * u * C.halfWidth, cr[1] + f * y, cr[2] + f * z]);
    });
    parts.push(closedLoft(cRings, [cx - sx * C.halfWidth, cr[1], cr[2]], [cx + sx * C.halfWidth, cr[1], cr[2]]));
  }

  const genicularSurface = (lateral: boolean, dy: number, off: number): Vec3 => {
    const c = at(FEMUR_GENICULAR_H);
    const yy = Math.min(1, Math.abs(dy) / GEN_D);
    const x = GEN_W * (1 - yy ** FEMUR_EXPONENT) ** (1 / FEMUR_EXPONENT);
    return [c[0] + sx * (lateral ? 1 : -1) * (x + off), c[1] + GEN_DY + dy, c[2]];
  };
  return { parts, genicularSurface };
}
