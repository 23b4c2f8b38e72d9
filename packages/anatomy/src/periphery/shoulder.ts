import type { BuildContext } from '../build/context';
import { ellipsoid } from '../geometry/ellipsoid';
import { tubeAlong } from '../geometry/tube';
import { add, cross, dot, lerp, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { basis, resample } from './mesh';
import { humerusGeometry } from './humerus';
import { scapulaGeometry, type ScapulaGeometry } from './scapula';
import { cap, type Res } from './pelvis';
import { body, type SidePlan } from './plan';

export type { ScapulaGeometry } from './scapula';

export function buildShoulderSide(ctx: BuildContext, sp: SidePlan, res: Res): ScapulaGeometry {
  const { sx, side, humeralHead: HH, glenoid: G, glenoidNormal: ng, scapula: s } = sp;
  const S = body.shoulder;
  const scap = scapulaGeometry(sp, res);
  ctx.add({ id: `scapula-${side}`, kind: 'bone', name: `${cap(side)} scapula`, side, geometry: scap.geometry });
  ctx.add({ id: `humerus-${side}`, kind: 'bone', name: `${cap(side)} humerus`, side, geometry: humerusGeometry(sp, res) });
  const r = sp.humeralRadius;
  const lens = Math.max(8, Math.round(res.sphere * 0.6));
  const [gu] = basis(ng, [0, 0, 1]);

  // Glenohumeral joint space: a lens between the glenoid face and the head.
  const jc = add(G, scale(ng, 2.6));
  ctx.add({
    id: `shoulder-joint-${side}`, kind: 'joint', name: `${cap(side)} shoulder (glenohumeral) joint`, side,
    geometry: ellipsoid(jc, gu, cross(ng, gu), ng, [S.glenoid_height_mm / 2 + 2, S.glenoid_width_mm / 2 + 2, 3.6], lens),
  });
  const postInPlane = normalize(sub([0, 1, 0], scale(ng, dot([0, 1, 0], ng))));
  // Midway between the posterior glenoid rim and the head, 2 mm inside the rim.
  ctx.landmark(`glenohumeral-joint-posterior-${side}`, add(add(G, scale(ng, 4.4)), scale(postInPlane, S.glenoid_width_mm / 2 - 2)));

  // Subacromial(-subdeltoid) bursa: a flat sac between the acromion and the head / supraspinatus tendon.
  const acUnder = lerp(s.acromionAngle, s.acromionTip, 0.45);
  const headTop = add(HH, [0, 0, r]);
  const bc: Vec3 = [(acUnder[0] + headTop[0]) / 2 + sx * 6, (acUnder[1] + headTop[1]) / 2, (acUnder[2] - 4.5 + headTop[2]) / 2 + 1];
  ctx.add({
    id: `subacromial-bursa-${side}`, kind: 'joint', name: `${cap(side)} subacromial-subdeltoid bursa`, side,
    geometry: ellipsoid(bc, [1, 0, 0], [0, 1, 0], [0, 0, 1], [20, 18, 2.2], lens),
  });
  ctx.landmark(`subacromial-bursa-${side}`, bc);
  ctx.landmark(`acromion-posterolateral-corner-${side}`, add(s.acromionAngle, [sx * 5, 3, 0]));

  // Clavicle: an S-curved bar, round and bowed forward medially, flattened and curving back to the acromion laterally.
  ctx.add({
    id: `clavicle-${side}`, kind: 'bone', name: `${cap(side)} clavicle`, side,
    geometry: tubeAlong(resample(sp.clavicle, res.ring >= 16 ? res.along + 2 : 6), { radial: res.tube + 2, radius: (t) => [7 + 4 * t * t, 7.5 - 3 * t * t], up: [0, 0, 1] }),
  });
  return scap.surface;
}

/** The suprascapular nerve: from the superior trunk above the clavicle, through the notch, across the supraspinous fossa. */
export function buildSuprascapularNerve(ctx: BuildContext, sp: SidePlan, sg: ScapulaGeometry, res: Res, c5: Vec3): void {
  const { sx, side } = sp;
  const start: Vec3 = [sx * (Math.abs(c5[0]) + 30), c5[1] - 6, c5[2] - 18];
  const above = add(sg.notch, [sx * -14, -12, 18]);
  const fossa1 = sg.posteriorSurface(0.72, 0.07);
  const fossa2 = sg.posteriorSurface(0.86, 0.13);
  const spinoglenoid = sg.posteriorSurface(0.95, 0.24);
  const infra = sg.posteriorSurface(0.78, 0.36);
  const pts = resample([start, lerp(start, above, 0.5), above, sg.notch, fossa1, fossa2, spinoglenoid, infra], res.ring >= 16 ? Math.max(12, Math.round(res.along * 1.5)) : 9);
  ctx.add({ id: `suprascapular-nerve-${side}`, kind: 'nerve', name: `${cap(side)} suprascapular nerve`, side, geometry: tubeAlong(pts, { radial: Math.max(5, Math.round(res.tube * 0.6)), radius: 1.6 }) });
  ctx.landmark(`suprascapular-notch-${side}`, sg.notch);
}
