import type { BufferGeometry } from 'three';
import { tubeAlong } from '../geometry/tube';
import { add, cross, lerp, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { basis, bez, closedLoft, mergeGeometries, resample, sheet } from './mesh';
import type { Res } from './pelvis';
import { body, type SidePlan } from './plan';
import { displacedPlate } from './scapulaBlade';

const smooth = (a: number, b: number, x: number) => { const t = Math.max(0, Math.min(1, (x - a) / (b - a))); return t * t * (3 - 2 * t); };

/**
 * The scapula: a thin blade (supraspinous fossa above the spine, infraspinous below) with thick borders; the spine
 * a plate standing off the back of the blade, rising laterally and twisting into the flat acromion over the humeral
 * head; a shallow pear-shaped glenoid on its neck; the coracoid hooking forward; the suprascapular notch in the
 * superior border just medial to the coracoid base. Glenoid 39 × 29 mm (IANNOTTI_1992), 2–3 mm deep; acromion
 * ~26 mm broad and ~8 mm thick (68 dry scapulae: length 46 mm, breadth 27 mm, Mansur et al., Kathmandu Univ Med J
 * 2012;10(38):33–6; 215 dry scapulae: breadth 23–24 mm, thickness 7.1–7.6 mm, Osemeke et al., Nigerian population,
 * imedpub); its length here is set by the plan's acromial angle and tip.
 */

export interface ScapulaGeometry {
  /** Point on the posterior surface of the blade at (u: 0 medial border → 1 glenoid neck, v: 0 superior border → 1 lateral border). */
  posteriorSurface(u: number, v: number): Vec3;
  /** In the suprascapular notch, 2 mm above its floor. */
  notch: Vec3;
  /** The crest of the spine, medial to lateral, ending at the acromion. */
  spinePath: Vec3[];
}

const NOTCH_U = 0.66; // along the superior border, superior angle (0) to lateral angle (1)
const NOTCH_DEPTH = 7;
const SPINE_ROOT_V = 1 / 3; // the spine meets the medial border a third of the way down

export function scapulaGeometry(sp: SidePlan, res: Res): { geometry: BufferGeometry; surface: ScapulaGeometry } {
  const { sx, glenoid: G, glenoidNormal: ng, scapula: s } = sp;
  const S = body.shoulder;
  const post = s.posterior;
  const up: Vec3 = [0, 0, 1];
  const hi = res.ring >= 16;
  const parts: BufferGeometry[] = [];

  // Blade: columns from the medial (vertebral) border to the glenoid neck; each runs from the superior border
  // (s = 0) down to the lateral border or, medially, the inferior angle (s = 1), bulging backward over the ribs.
  const cols = hi ? 13 : 7;
  const top = resample([s.superiorAngle, lerp(s.superiorAngle, s.lateralAngle, 0.5), s.lateralAngle], cols);
  const bottom = resample([add(s.inferiorAngle, [sx * 2, -1, 1]), lerp(s.inferiorAngle, s.infraglenoid, 0.5), s.infraglenoid], cols);
  // The medial column passes through the root of the spine a third of the way down (a Bézier through it at s = 1/3).
  const rootCtl = scale(sub(scale(s.spineRoot, 9), add(scale(top[0]!, 4), bottom[0]!)), 1 / 4);
  const mid = top.map((t, j) => {
    const w = Math.max(0, 1 - (j / (cols - 1)) * 4);
    return lerp(add(lerp(t, bottom[j]!, 0.5), scale(post, 4)), rootCtl, w);
  });
  const downAt = (j: number) => normalize(sub(bottom[j]!, top[j]!));
  const notchDip = (j: number, t: number): Vec3 | undefined => {
    const k = Math.exp(-(((j / (cols - 1) - NOTCH_U) / 0.075) ** 2)) * Math.max(0, 1 - t / 0.3);
    return k > 0.01 ? scale(downAt(j), NOTCH_DEPTH * k) : undefined;
  };
  const bladeThick = (j: number, t: number) => 3.5 + 5.5 * smooth(0.72, 0.95, t) * (j / (cols - 1)) + 2.5 * Math.max(0, 1 - (j / (cols - 1)) / 0.12);
  parts.push(displacedPlate(top, mid, bottom, bladeThick, hi ? 10 : 6, post, notchDip));
  const posteriorSurface = (u: number, v: number): Vec3 => {
    const f = u * (cols - 1);
    const j = Math.min(cols - 2, Math.floor(f)), t = f - j;
    const p = bez(lerp(top[j]!, top[j + 1]!, t), lerp(mid[j]!, mid[j + 1]!, t), lerp(bottom[j]!, bottom[j + 1]!, t), v);
    return add(p, scale(post, 1.8));
  };

  // Spine: a wedge from its broad base on the blade to its thick crest, rising laterally, so that its upper and lower
  // slopes face up and down the back; past the spinoglenoid notch its free lateral border climbs to the acromion.
  const n = hi ? 9 : 5;
  const b0 = posteriorSurface(0.02, SPINE_ROOT_V), b1 = posteriorSurface(0.45, 0.3), b2 = posteriorSurface(0.84, 0.3);
  const base = resample([b0, b1, b2, add(s.acromionAngle, [-sx * 12, 1, -9])], n);
  const spinePath = resample([add(b0, scale(post, 5)), add(b1, add(scale(post, 15), [0, 0, 2])), add(b2, add(scale(post, 21), [0, 0, 5])), add(s.acromionAngle, [-sx * 3, 3, 0])], n);
  parts.push(sheet(base, base.map((b, i) => lerp(b, spinePath[i]!, 0.5)), spinePath, (_i, t) => 18 - 10 * t + 12 * t ** 4, hi ? 4 : 3, up));

  // Acromion: a flat plate from the posterolateral corner forward over the humeral head.
  const acPath = resample([add(s.acromionAngle, [sx * 2, 8, -0.5]), s.acromionAngle, add(lerp(s.acromionAngle, s.acromionTip, 0.5), [sx * 5, 0, 1]), s.acromionTip], hi ? 10 : 5);
  parts.push(tubeAlong(acPath, { radial: res.tube + 2, radius: (t) => [t < 0.3 ? 5 + 26 * t : 12.8 - 3 * (t - 0.3), 4.2 - 0.6 * t], up }));

  // Glenoid: a shallow pear-shaped cup (narrower above) facing the humeral head, on its neck.
  const [gu] = basis(ng, up);
  const gv = cross(ng, gu);
  const H = S.glenoid_height_mm / 2, W = S.glenoid_width_mm / 2;
  const cup: [number, number][] = [[-14, 0.42], [-8, 0.8], [-2, 1], [2.8, 1.03], [2.2, 0.75], [0.8, 0.4]];
  const m = res.ring;
  const pear = (hi ? cup : [cup[0]!, cup[2]!, cup[3]!, cup[5]!]).map(([t, r]) => {
    const ring: Vec3[] = [];
    for (let k = 0; k < m; k++) {
      const a = (k / m) * Math.PI * 2, sa = Math.sin(a);
      ring.push(add(add(G, scale(ng, t)), add(scale(gu, r * H * sa), scale(gv, r * W * Math.cos(a) * (1 - 0.16 * sa)))));
    }
    return ring;
  });
  parts.push(closedLoft(pear, add(G, scale(ng, -16)), G));

  // Coracoid: up and forward from the glenoid neck, then hooking laterally.
  const cBase = add(add(G, scale(ng, -12)), scale(up, 20));
  parts.push(tubeAlong(resample([cBase, add(cBase, [sx * -2, -14, 14]), add(cBase, [sx * 10, -34, 14]), add(cBase, [sx * 20, -44, 4])], hi ? 10 : 5), {
    radial: res.tube + 2, radius: (t) => [8 - 3.5 * t, 7 - 2.5 * t],
  }));

  // The notch landmark: on the dipped superior border, 2 mm above its floor.
  const jn = NOTCH_U * (cols - 1), j0 = Math.floor(jn);
  const border = lerp(top[j0]!, top[j0 + 1]!, jn - j0);
  const notch = add(border, scale(downAt(j0), NOTCH_DEPTH - 2));
  return { geometry: mergeGeometries(parts), surface: { posteriorSurface, notch, spinePath } };
}
