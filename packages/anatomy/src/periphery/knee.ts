import type { BufferGeometry } from 'three';
import type { BuildContext } from '../build/context';
import { ellipsoid } from '../geometry/ellipsoid';
import { tubeAlong } from '../geometry/tube';
import { add, cross, normalize, scale } from '../geometry/vec';
import type { Vec3 } from '../types';
import { closedLoft, ellipseRing, mergeGeometries } from './mesh';
import { cap, FEMUR_EXPONENT, femurSection, type Res } from './pelvis';
import { body, type SidePlan } from './plan';

const TIBIA: [number, number, number, number][] = [ // depth below the joint centre, half width, half depth, y shift
  [3, 38, 24, 1], [12, 38, 24.5, 1], [25, 34, 23, 0], [40, 26, 21, -3], [60, 18, 17, -1], [90, 14, 15, 0], [150, 13, 14, 1],
];

export function tibiaHalfWidth(depth: number): number {
  if (depth <= TIBIA[0]![0]) return TIBIA[0]![1];
  for (let i = 1; i < TIBIA.length; i++) if (depth <= TIBIA[i]![0]) {
    const [d0, w0] = TIBIA[i - 1]!, [d1, w1] = TIBIA[i]!;
    return w0 + ((w1 - w0) * (depth - d0)) / (d1 - d0);
  }
  return TIBIA[TIBIA.length - 1]![1];
}

export function buildKneeSide(ctx: BuildContext, sp: SidePlan, res: Res): void {
  const { sx, side, knee: K } = sp;
  const Kn = body.knee;
  const half = Kn.joint_space_mm / 2;
  // Tibia: plateau, tuberosity, proximal shaft.
  const rings = TIBIA.map(([d, w, dp, dy]) => ellipseRing([K[0], K[1] + 2 + dy, K[2] - d], [1, 0, 0], [0, 1, 0], w, dp, res.ring, d < 20 ? 2.6 : 2.2));
  ctx.add({
    id: `tibia-${side}`, kind: 'bone', name: `${cap(side)} tibia (proximal)`, side,
    geometry: closedLoft(rings, [K[0], K[1] + 3, K[2] - half + 0.5], [K[0], K[1] + 3, K[2] - 156]),
  });
  // Fibula: head below the lateral tibial condyle, upper shaft.
  const fh: Vec3 = [K[0] + sx * 34, K[1] + 14, K[2] - 24];
  ctx.add({
    id: `fibula-${side}`, kind: 'bone', name: `${cap(side)} fibula (proximal)`, side,
    geometry: tubeAlong([fh, [fh[0] + sx * 1, fh[1] + 1, fh[2] - 20], [fh[0] - sx * 1, fh[1] + 2, fh[2] - 70], [fh[0] - sx * 3, fh[1] + 2, K[2] - 150]], {
      radial: res.tube + 2, radius: (t) => (t < 0.15 ? 10 - 20 * t : 7 - 2 * t),
    }),
  });
  // Patella: in front of the femoral trochlea, above the joint line with the knee straight.
  const pc: Vec3 = [K[0] + sx * 3, K[1] - 40.5, K[2] + 30];
  ctx.add({
    id: `patella-${side}`, kind: 'bone', name: `${cap(side)} patella`, side,
    geometry: ellipsoid(pc, [1, 0, 0], [0, 1, 0], [0, 0, 1], [Kn.patella_width_mm / 2, Kn.patella_thickness_mm / 2, Kn.patella_height_mm / 2], res.sphere),
  });
  // Knee joint: the tibiofemoral space (a thin disc between condyles and plateau) and the suprapatellar recess
  // (a flat pouch behind the quadriceps tendon, above the patella). Two disjoint closed volumes.
  // The pouch lies on the front of the distal femur, tilted with the femur's anterior surface.
  const pouchH = Kn.suprapatellar_recess_height_mm;
  const pouchAxis = normalize([0, 0.14, 1]);
  const pouchC: Vec3 = [K[0] + sx * 4, K[1] - 27, K[2] + 44 + pouchH / 2];
  const parts: BufferGeometry[] = [
    ellipsoid(K, [1, 0, 0], [0, 1, 0], [0, 0, 1], [37, 24, half + 1.2], res.sphere),
    ellipsoid(pouchC, [1, 0, 0], normalize(cross(pouchAxis, [1, 0, 0])), pouchAxis, [28, 4.5, pouchH / 2], res.sphere),
  ];
  ctx.add({ id: `knee-joint-${side}`, kind: 'joint', name: `${cap(side)} knee joint`, side, geometry: mergeGeometries(parts) });
  ctx.landmark(`knee-joint-centre-${side}`, K);
  ctx.landmark(`knee-suprapatellar-recess-${side}`, add(add(pouchC, [sx * 12, 0, 0]), scale(pouchAxis, -pouchH * 0.22)));

  // Genicular nerves on the bone at the metaphysis–epicondyle (femur) / metaphysis–condyle (tibia) junctions.
  const nerve = (id: string, name: string, pts: Vec3[], lm: string, at: Vec3) => {
    ctx.add({ id, kind: 'nerve', name, side, geometry: tubeAlong(pts, { radial: Math.max(5, Math.round(res.tube * 0.6)), radius: 1.2 }) });
    ctx.landmark(lm, at);
  };
  const onFemur = (lateral: boolean, h: number): { pts: Vec3[]; at: Vec3 } => {
    const s = lateral ? sx : -sx;
    const sec = femurSection(sp, h);
    const pts: Vec3[] = [];
    for (let k = -2; k <= 2; k++) {
      // Around the superellipse section, 2.2 mm off the bone.
      const yy = (k * 7) / sec.d;
      const e = Math.pow(Math.max(0, 1 - Math.pow(Math.abs(yy), FEMUR_EXPONENT)), 1 / FEMUR_EXPONENT);
      pts.push([sec.c[0] + s * (sec.w * e + 2.2), sec.c[1] + k * 7, K[2] + h + k * 1.5]);
    }
    return { pts, at: pts[2]! };
  };
  const sl = onFemur(true, 52), sm = onFemur(false, 52);
  nerve(`genicular-nerve-superolateral-${side}`, `${cap(side)} superolateral genicular nerve`, sl.pts, `genicular-superolateral-${side}`, sl.at);
  nerve(`genicular-nerve-superomedial-${side}`, `${cap(side)} superomedial genicular nerve`, sm.pts, `genicular-superomedial-${side}`, sm.at);
  const dIm = 32;
  const wIm = tibiaHalfWidth(dIm);
  const im: Vec3[] = [];
  for (let k = -2; k <= 2; k++) {
    const yy = (k * 6) / 21.5;
    const e = Math.pow(Math.max(0, 1 - Math.pow(Math.abs(yy), 2.2)), 1 / 2.2);
    im.push([K[0] - sx * (wIm * e + 2.2), K[1] + 0.6 + k * 6, K[2] - dIm - k * 2]);
  }
  nerve(`genicular-nerve-inferomedial-${side}`, `${cap(side)} inferomedial genicular nerve`, im, `genicular-inferomedial-${side}`, im[2]!);
}
