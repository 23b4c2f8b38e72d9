import body from '../data/body.json';
import { morphometry } from '../morphometry';
import type { SpineFrame } from '../frame/spineFrame';
import { VERTEBRAE, type VertebraLevel } from '../levels';
import { add, cross, dot, normalize, scale, sub } from '../geometry/vec';
import type { Side, Vec3 } from '../types';

const DEG = Math.PI / 180;
export const SIDE_SIGN: Record<Side, 1 | -1> = { left: 1, right: -1 };
export { body };

/** The sacrum's own frame: S runs down its long axis from the S1 endplate centre, D posterior, X left. */
export interface SacrumFrame {
  down: Vec3;
  posterior: Vec3;
  point(S: number, D: number, X: number): Vec3;
}

export interface SidePlan {
  side: Side;
  sx: 1 | -1;
  /** Pelvis */
  hip: Vec3;                 // femoral head centre
  headRadius: number;
  acetabulumAxis: Vec3;      // opening direction (lateral, anterior, inferior)
  asis: Vec3;
  psis: Vec3;
  /** Femur */
  neckBase: Vec3;            // where the neck axis meets the shaft axis
  neckDir: Vec3;             // unit, from the head toward the neck base
  shaftUp: Vec3;             // unit, anatomical shaft axis pointing up
  knee: Vec3;                // centre of the tibiofemoral joint space
  /** Shoulder */
  humeralHead: Vec3;
  humeralRadius: number;
  glenoid: Vec3;             // centre of the glenoid face
  glenoidNormal: Vec3;       // unit, faces the humeral head
  armDir: Vec3;              // unit, down the humeral shaft
  elbow: Vec3;
  scapula: {
    superiorAngle: Vec3; spineRoot: Vec3; inferiorAngle: Vec3; lateralAngle: Vec3; infraglenoid: Vec3;
    posterior: Vec3;         // unit normal of the blade, pointing posteriorly
    acromionAngle: Vec3;     // posterolateral corner
    acromionTip: Vec3;
  };
  clavicle: Vec3[];
}

export interface PeripheryPlan {
  sacrum: SacrumFrame;
  left: SidePlan;
  right: SidePlan;
  sides: SidePlan[];
  /** Midline posterior point of the dorsal epidural space at a height (interpolated over the levels). */
  dorsalEpidural: { z: number; y: number }[];
  /** Canal centre of a vertebra in LPS. */
  canal(level: VertebraLevel): Vec3;
  /** Approximate transverse process tip (bone engineer's geometry may differ by a few mm). */
  tpTip(level: VertebraLevel, sx: number): Vec3;
  spinousTip(level: VertebraLevel): Vec3;
}

const cache = new WeakMap<SpineFrame, PeripheryPlan>();

export function peripheryPlan(frame: SpineFrame): PeripheryPlan {
  const hit = cache.get(frame);
  if (hit) return hit;
  const sac = morphometry.sacrum as Record<string, number>;
  const ss = (sac.sacral_slope_deg ?? 39.5) * DEG;
  const pt = (sac.pelvic_tilt_deg ?? 13.5) * DEG;
  const down: Vec3 = [0, Math.sin(ss), -Math.cos(ss)];
  const posterior: Vec3 = [0, Math.cos(ss), Math.sin(ss)];
  const sacrum: SacrumFrame = {
    down, posterior,
    point: (S, D, X) => [X, down[1] * S + posterior[1] * D, down[2] * S + posterior[2] * D],
  };

  const v = frame.vertebrae;
  const canal = (l: VertebraLevel): Vec3 => v[l].canalCentre;
  const tpTip = (l: VertebraLevel, sx: number): Vec3 => frame.toWorld(l, [sx * v[l].m.transverseSpan / 2, v[l].m.endplateDepth / 2 + 8, 0]);
  const spinousTip = (l: VertebraLevel): Vec3 => {
    const m = v[l].m;
    const inc = m.spinousInclination * DEG;
    const base = v[l].m.endplateDepth / 2 + m.canalDepth;
    return frame.toWorld(l, [0, base + m.spinousLength * Math.cos(inc), -m.spinousLength * Math.sin(inc)]);
  };
  const dorsalEpidural = VERTEBRAE.filter((l) => l !== 'C1').map((l) => {
    const p = add(v[l].canalCentre, scale(v[l].axis.y, v[l].m.canalDepth / 2));
    return { z: p[2], y: p[1] };
  }).sort((a, b) => a.z - b.z);

  const P = body.pelvis, F = body.femur, K = body.knee, S = body.shoulder;
  const hipY = -P.hip_axis_to_s1_centre_mm * Math.sin(pt);
  const hipZ = -P.hip_axis_to_s1_centre_mm * Math.cos(pt);
  const headR = F.head_diameter_mm / 2;

  const side = (sideName: Side): SidePlan => {
    const sx = SIDE_SIGN[sideName];
    const hip: Vec3 = [sx * P.hip_centre_to_midline_mm, hipY, hipZ];
    const iad = P.inter_asis_distance_mm;
    // Bell 1989: the HJC lies 30% IAD distal, 14% medial and 22% posterior to the ASIS.
    const asis: Vec3 = [sx * (P.hip_centre_to_midline_mm + P.hjc_medial_to_asis_fraction_of_iad * iad * 0.9),
      hip[1] - P.hjc_posterior_to_asis_fraction_of_iad * iad, hip[2] + P.hjc_distal_to_asis_fraction_of_iad * iad];
    const psis = sacrum.point(35, 47, sx * P.psis_half_distance_mm);
    const inc = P.acetabular_inclination_deg * DEG, av = P.acetabular_anteversion_deg * DEG;
    const acetabulumAxis = normalize([sx * Math.sin(inc) * Math.cos(av), -Math.sin(av), -Math.cos(inc) * Math.cos(av)]);

    // Knee: the mechanical axis leans medially by a few degrees; legs straight down.
    const mech = F.length_mm - headR - K.joint_space_mm / 2;
    const knee: Vec3 = [sx * K.knee_centre_to_midline_mm, hip[1] + 4, hip[2] - mech];
    // Femoral neck: neck-shaft angle and anteversion; offset from the head centre to the shaft axis.
    const distal = add(knee, [0, 0, 60]);
    let neckBase = add(hip, [sx * 42, 0, -35]);
    let shaftUp: Vec3 = [0, 0, 1];
    const nsa = (180 - F.neck_shaft_angle_deg) * DEG;
    const ante = F.anteversion_deg * DEG;
    const neckLen = F.offset_mm / Math.sin(nsa);
    for (let it = 0; it < 4; it++) {
      shaftUp = normalize(sub(neckBase, distal));
      const m0: Vec3 = [-sx * Math.cos(ante), -Math.sin(ante), 0];
      const m = normalize(sub(m0, scale(shaftUp, dot(m0, shaftUp))));
      neckBase = sub(hip, add(scale(shaftUp, neckLen * Math.cos(nsa)), scale(m, neckLen * Math.sin(nsa))));
    }
    const neckDir = normalize(sub(neckBase, hip));

    // Shoulder: humeral head below the acromion at half the biacromial breadth; glenoid in the scapular plane.
    const t2 = v.T2, t3 = v.T3, t8 = v.T8;
    const hhR = S.humeral_head_diameter_mm / 2;
    const humeralHead: Vec3 = [sx * (S.biacromial_breadth_mm / 2 - 18), t2.centre[1] - 8, t3.centre[2] + 6];
    const sp = S.scapular_plane_to_coronal_deg * DEG;
    const glenoidNormal = normalize([sx * Math.cos(sp), -Math.sin(sp), 0.06]);
    const glenoid = sub(humeralHead, scale(glenoidNormal, hhR + 2.5));
    const back = (l: VertebraLevel) => v[l].canalCentre[1] + 26;
    const spineRoot: Vec3 = [sx * S.scapula_medial_border_to_midline_mm, back('T3') + 3, t3.centre[2] - 14];
    const superiorAngle: Vec3 = [sx * (S.scapula_medial_border_to_midline_mm + 3), back('T2') - 6, spineRoot[2] + 42];
    const infZ = superiorAngle[2] - S.scapula_height_mm;
    const inferiorAngle: Vec3 = [sx * (S.scapula_medial_border_to_midline_mm + 14), (back('T7') + back('T8')) / 2, Math.max(infZ, t8.centre[2] - 5)];
    const lateralAngle = add(glenoid, add(scale(glenoidNormal, -15), [0, 0, 4]));
    const infraglenoid = add(glenoid, add(scale(glenoidNormal, -10), [0, 6, -24]));
    const posteriorN = normalize(cross(sub(inferiorAngle, superiorAngle), sub(lateralAngle, spineRoot)));
    const postN = posteriorN[1] < 0 ? scale(posteriorN, -1) : posteriorN;
    const acromionZ = humeralHead[2] + hhR + 12;
    const acromionAngle: Vec3 = [sx * (S.biacromial_breadth_mm / 2 - 2), humeralHead[1] + 22, acromionZ];
    const acromionTip: Vec3 = [sx * (S.biacromial_breadth_mm / 2 - 24), humeralHead[1] - 30, acromionZ - 2];
    const ab = S.arm_abduction_deg * DEG;
    const armDir = normalize([sx * Math.sin(ab), 0.03, -Math.cos(ab)]);
    const elbow = add(humeralHead, scale(armDir, S.humerus_length_mm - hhR));
    const sc: Vec3 = [sx * 20, t2.centre[1] - 66, t2.centre[2] - 6];
    const clavicle: Vec3[] = [
      sc,
      [sx * 55, sc[1] - 8, sc[2] + 8],
      [sx * 100, sc[1] + 2, sc[2] + 20],
      [sx * 140, humeralHead[1] - 30, acromionTip[2] - 2],
      add(acromionTip, [sx * -4, 4, 0]),
    ];
    return {
      side: sideName, sx, hip, headRadius: headR, acetabulumAxis, asis, psis,
      neckBase, neckDir, shaftUp, knee,
      humeralHead, humeralRadius: hhR, glenoid, glenoidNormal, armDir, elbow,
      scapula: { superiorAngle, spineRoot, inferiorAngle, lateralAngle, infraglenoid, posterior: postN, acromionAngle, acromionTip },
      clavicle,
    };
  };
  const left = side('left'), right = side('right');
  const plan: PeripheryPlan = { sacrum, left, right, sides: [left, right], dorsalEpidural, canal, tpTip, spinousTip };
  cache.set(frame, plan);
  return plan;
}
