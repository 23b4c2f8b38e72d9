import type { BufferGeometry } from 'three';
import type { BuildContext } from '../build/context';
import { ellipsoid } from '../geometry/ellipsoid';
import { tubeAlong } from '../geometry/tube';
import { add, cross, dot, lerp, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { basis, closedLoft, ellipseRing, lathe, mergeGeometries, resample, sheet } from './mesh';
import { cap, type Res } from './pelvis';
import { body, type SidePlan } from './plan';

export interface ScapulaGeometry {
  /** Point on the posterior surface of the blade at (u: 0 medial → 1 lateral border, v: 0 top → 1 inferior angle). */
  posteriorSurface(u: number, v: number): Vec3;
  notch: Vec3;
  spinePath: Vec3[];
}

export function buildShoulderSide(ctx: BuildContext, sp: SidePlan, res: Res): ScapulaGeometry {
  const { sx, side, humeralHead: HH, glenoid: G, glenoidNormal: ng, scapula: s } = sp;
  const S = body.shoulder;
  const post = s.posterior;
  const parts: BufferGeometry[] = [];

  // Blade: rings from the medial border to the lateral border, top (superior border) to the inferior angle.
  const medial = resample([s.superiorAngle, s.spineRoot, lerp(s.spineRoot, s.inferiorAngle, 0.5), s.inferiorAngle], res.along + 2);
  const lateral = resample([s.lateralAngle, s.infraglenoid, lerp(s.infraglenoid, s.inferiorAngle, 0.55), add(s.inferiorAngle, [sx * 2, -1, 1])], res.along + 2);
  const mid = medial.map((m, i) => add(lerp(m, lateral[i]!, 0.5), scale(post, 4)));
  const bladeThick = (_i: number, u: number) => (u < 0.15 ? 6 : u > 0.8 ? 9 : 3.5);
  parts.push(sheet(medial, mid, lateral, bladeThick, Math.max(5, Math.round(res.ring / 3)), post));
  const posteriorSurface = (u: number, v: number): Vec3 => {
    const f = v * (medial.length - 1);
    const i = Math.min(medial.length - 2, Math.floor(f)), t = f - i;
    const m = lerp(medial[i]!, medial[i + 1]!, t), l = lerp(lateral[i]!, lateral[i + 1]!, t), c = lerp(mid[i]!, mid[i + 1]!, t);
    const q = 1 - u;
    const p: Vec3 = [q * q * m[0] + 2 * q * u * c[0] + u * u * l[0], q * q * m[1] + 2 * q * u * c[1] + u * u * l[1], q * q * m[2] + 2 * q * u * c[2] + u * u * l[2]];
    return add(p, scale(post, 1.8));
  };

  // Spine of the scapula, rising laterally into the acromion.
  const spinePath = resample([
    add(s.spineRoot, scale(post, 3)),
    add(lerp(s.spineRoot, s.acromionAngle, 0.35), add(scale(post, 9), [0, 0, 6])),
    add(lerp(s.spineRoot, s.acromionAngle, 0.7), add(scale(post, 12), [0, 0, 8])),
    add(s.acromionAngle, [-sx * 6, -4, -2]),
  ], res.along + 2);
  parts.push(tubeAlong(spinePath, { radial: res.tube + 2, radius: (t) => [3 + 2 * t, 7 + 5 * t], up: post }));
  // Acromion: a flat plate from the acromial angle forward over the humeral head.
  const acPath = resample([add(s.acromionAngle, [-sx * 6, 2, -1]), s.acromionAngle, add(lerp(s.acromionAngle, s.acromionTip, 0.5), [sx * 6, 0, 1]), s.acromionTip], res.along);
  parts.push(tubeAlong(acPath, { radial: res.tube + 2, radius: (t) => [4.5, 12 - 3 * t], up: [0, 0, 1] }));
  // Glenoid: shallow pear-shaped cup facing the humeral head, on a neck.
  const [gu] = basis(ng, [0, 0, 1]);
  const gst = [
    { t: -16, r: 0 }, { t: -14, r: 0.42 }, { t: -8, r: 0.8 }, { t: -2, r: 1.0 }, { t: 2.8, r: 1.02 },
    { t: 2.2, r: 0.75 }, { t: 0.8, r: 0.4 }, { t: 0, r: 0 },
  ];
  parts.push(lathe(G, ng, gu, gst, res.ring, S.glenoid_height_mm / 2, S.glenoid_width_mm / 2));
  // Coracoid: up and forward from the glenoid neck, then hooking laterally.
  const up: Vec3 = [0, 0, 1];
  const cBase = add(add(G, scale(ng, -12)), scale(up, 20));
  parts.push(tubeAlong(resample([cBase, add(cBase, [sx * -2, -14, 14]), add(cBase, [sx * 10, -34, 14]), add(cBase, [sx * 20, -44, 4])], res.along), {
    radial: res.tube + 2, radius: (t) => 7.5 - 3 * t,
  }));
  ctx.add({ id: `scapula-${side}`, kind: 'bone', name: `${cap(side)} scapula`, side, geometry: mergeGeometries(parts) });

  // Humerus: head in the glenoid, tuberosities, shaft to the elbow.
  const hparts: BufferGeometry[] = [];
  const r = sp.humeralRadius;
  hparts.push(ellipsoid(HH, [1, 0, 0], [0, 1, 0], [0, 0, 1], [r, r, r], res.sphere));
  const latDir: Vec3 = normalize([sx, 0, 0]);
  hparts.push(ellipsoid(add(HH, add(scale(latDir, 15), [0, -2, -3])), latDir, [0, 1, 0], [0, 0, 1], [15, 19, 22], res.sphere));
  hparts.push(ellipsoid(add(HH, add(scale(latDir, 4), [0, -20, -10])), latDir, [0, 1, 0], [0, 0, 1], [8, 8, 11], Math.max(8, res.sphere - 6)));
  const d = sp.armDir;
  const [au, av] = basis(d, [1, 0, 0]);
  const hst: [number, number, number][] = [[8, 20, 20], [30, 15, 15], [60, 12, 11.5], [150, 11, 11], [225, 12, 11], [255, 18, 11.5], [275, 28, 12], [287, 31, 14], [296, 22, 14]];
  const hr = hst.map(([t, w, dp]) => ellipseRing(add(HH, scale(d, t)), au, av, w, dp, res.ring, 2.2));
  hparts.push(closedLoft(hr, add(HH, scale(d, 2)), add(HH, scale(d, 300))));
  ctx.add({ id: `humerus-${side}`, kind: 'bone', name: `${cap(side)} humerus`, side, geometry: mergeGeometries(hparts) });

  // Glenohumeral joint space: a lens between the glenoid face and the head.
  const jc = add(G, scale(ng, 2.6));
  ctx.add({
    id: `shoulder-joint-${side}`, kind: 'joint', name: `${cap(side)} shoulder (glenohumeral) joint`, side,
    geometry: ellipsoid(jc, gu, cross(ng, gu), ng, [S.glenoid_height_mm / 2 + 2, S.glenoid_width_mm / 2 + 2, 3.6], res.sphere),
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
    geometry: ellipsoid(bc, [1, 0, 0], [0, 1, 0], [0, 0, 1], [20, 18, 2.2], res.sphere),
  });
  ctx.landmark(`subacromial-bursa-${side}`, bc);
  ctx.landmark(`acromion-posterolateral-corner-${side}`, add(s.acromionAngle, [sx * 5, 3, 0]));

  // Clavicle.
  ctx.add({
    id: `clavicle-${side}`, kind: 'bone', name: `${cap(side)} clavicle`, side,
    geometry: tubeAlong(resample(sp.clavicle, res.along + 2), { radial: res.tube + 2, radius: (t) => [7.5 - 2 * t, 6 - t], up: [0, 0, 1] }),
  });

  // Suprascapular notch on the superior border, medial to the coracoid base.
  const notchBorder = lerp(s.superiorAngle, s.lateralAngle, 0.68);
  const notch = add(notchBorder, [0, 0, 1.5]);
  return { posteriorSurface, notch, spinePath };
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
  const pts = resample([start, lerp(start, above, 0.5), above, sg.notch, fossa1, fossa2, spinoglenoid, infra], Math.max(12, Math.round(res.along * 1.5)));
  ctx.add({ id: `suprascapular-nerve-${side}`, kind: 'nerve', name: `${cap(side)} suprascapular nerve`, side, geometry: tubeAlong(pts, { radial: Math.max(5, Math.round(res.tube * 0.6)), radius: 1.6 }) });
  ctx.landmark(`suprascapular-notch-${side}`, sg.notch);
}
