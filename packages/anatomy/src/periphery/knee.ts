import type { BuildContext } from '../build/context';
import { tubeAlong } from '../geometry/tube';
import type { Vec3 } from '../types';
import type { DistalFemur } from './kneeFemur';
import { kneeJointGeometry } from './kneeJoint';
import { mergeGeometries } from './mesh';
import { patellaGeometry } from './patella';
import { cap, type Res } from './pelvis';
import type { SidePlan } from './plan';
import { proximalTibia } from './tibiaProximal';

/**
 * The knee: the proximal tibia and fibula, the patella in the trochlea, the joint cavity and the three genicular
 * nerves blocked at the knee. The distal femur `df` is part of the femur (built with the hip); its surface places
 * the femoral genicular nerves.
 */
export function buildKneeSide(ctx: BuildContext, sp: SidePlan, res: Res, df: DistalFemur): void {
  const { sx, side, knee: K } = sp;

  const tibia = proximalTibia(sp, res);
  ctx.add({ id: `tibia-${side}`, kind: 'bone', name: `${cap(side)} tibia (proximal)`, side, geometry: mergeGeometries(tibia.geometry) });
  // Fibula: the head posterolateral below the lateral tibial condyle, then the neck and upper shaft.
  const fh: Vec3 = [K[0] + sx * 37, K[1] + 15, K[2] - 22];
  ctx.add({
    id: `fibula-${side}`, kind: 'bone', name: `${cap(side)} fibula (proximal)`, side,
    geometry: tubeAlong([[fh[0] - sx * 2, fh[1], fh[2] + 8], fh, [fh[0] + sx * 1, fh[1] + 1, fh[2] - 22], [fh[0] - sx * 1, fh[1] + 2, fh[2] - 70], [fh[0] - sx * 3, fh[1] + 2, K[2] - 150]], {
      radial: res.tube + 2, radius: (t) => (t < 0.04 ? 7 + 60 * t : t < 0.18 ? 11 - 30 * (t - 0.04) : 7 - 2 * t),
    }),
  });
  // Patella: in the trochlea, its ridge a few mm in front of the groove, above the joint line with the knee straight.
  ctx.add({
    id: `patella-${side}`, kind: 'bone', name: `${cap(side)} patella`, side,
    geometry: patellaGeometry([K[0] + sx * 2, K[1] - 40, K[2] + 31], [sx, 0, 0], res),
  });

  const joint = kneeJointGeometry(sp, res);
  ctx.add({ id: `knee-joint-${side}`, kind: 'joint', name: `${cap(side)} knee joint`, side, geometry: joint.geometry });
  ctx.landmark(`knee-joint-centre-${side}`, K);
  ctx.landmark(`knee-suprapatellar-recess-${side}`, joint.recessTarget);

  // Genicular nerves, 2.2 mm off the bone: round the femoral metaphysis at the shaft–epicondyle junctions and round
  // the tibia at the shaft–medial condyle junction [ASRA_GENIC].
  const nerve = (id: string, name: string, pts: Vec3[], lm: string) => {
    ctx.add({ id, kind: 'nerve', name, side, geometry: tubeAlong(pts, { radial: Math.max(5, Math.round(res.tube * 0.6)), radius: 1.2 }) });
    ctx.landmark(lm, pts[2]!);
  };
  const around = (surface: (lateral: boolean, dy: number, off: number) => Vec3, lateral: boolean, step: number, rise: number): Vec3[] => {
    const pts: Vec3[] = [];
    for (let k = -2; k <= 2; k++) {
      const p = surface(lateral, k * step, 2.2);
      pts.push([p[0], p[1], p[2] + k * rise]);
    }
    return pts;
  };
  nerve(`genicular-nerve-superolateral-${side}`, `${cap(side)} superolateral genicular nerve`, around(df.genicularSurface, true, 7, 0.4), `genicular-superolateral-${side}`);
  nerve(`genicular-nerve-superomedial-${side}`, `${cap(side)} superomedial genicular nerve`, around(df.genicularSurface, false, 7, 0.4), `genicular-superomedial-${side}`);
  nerve(`genicular-nerve-inferomedial-${side}`, `${cap(side)} inferomedial genicular nerve`, around(tibia.genicularSurface, false, 6, -0.4), `genicular-inferomedial-${side}`);
}
