import type { BuildContext } from '../build/context';
import { mirrorPoint, rightTwinId } from '../build/mirror';
import { surfaceNets } from '../geometry/surfaceNets';
import type { Vec3 } from '../types';
import type { BodyField } from './bodyField';
import { skinField } from './skinField';
import { peripheryPlan } from './plan';

/**
 * Grid spacing of the skin per quality tier (mm; the triangle count follows the body's area / step²), and
 * whether the vertices are projected onto the field's zero set (surfaceNets `project`, one field evaluation
 * per vertex), which lets the high tier's coarser grid keep the body's outline: 16 mm projected puts the
 * vertices 0.04 mm from the zero set on average, where 12 mm unprojected put them 0.29 mm off. Projected
 * meshes take one Taubin pass (the projection takes out what the second took out of the grid's terracing).
 */
export const SKIN_MESH = {
  low: { step: 26, project: false, smooth: 2 }, medium: { step: 13, project: false, smooth: 2 }, high: { step: 16, project: true, smooth: 1 },
} as const;

/** Landmarks that are needle targets must sit at least this deep under the skin. */
export const TARGET_DEPTH_MM = 12;

/** Distance along `dir` from `p` (inside) to the zero level of the field. */
export function rayToSurface(f: BodyField, p: Vec3, dir: Vec3, maxDist = 400): number {
  let t = 0;
  let prev = f(p[0], p[1], p[2]);
  const step = 2;
  while (t < maxDist) {
    const t1 = t + step;
    const v = f(p[0] + dir[0] * t1, p[1] + dir[1] * t1, p[2] + dir[2] * t1);
    if (prev < 0 && v >= 0) return t + (step * -prev) / (v - prev);
    prev = v; t = t1;
  }
  return maxDist;
}

export function buildSkin(ctx: BuildContext): void {
  const plan = peripheryPlan(ctx.frame);
  const f = skinField(ctx);
  // Every landmark built so far must lie deep enough under the skin: pad where the body shape falls short.
  // (With the measured shape this normally adds nothing.)
  for (const name of LANDMARKS_TO_COVER()) {
    const p = ctx.getLandmark(name);
    if (!p) continue;
    if (f(p[0], p[1], p[2]) > -TARGET_DEPTH_MM - 2) f.pad(p, TARGET_DEPTH_MM + 6);
  }
  // The body is one closed surface, larger than the seeding grid's spacing (8 cells, 84–208 mm) in every
  // direction: one sign change on that grid finds it all, and a finer seeding grid only costs evaluations.
  // The body field is mirror-symmetric (bodyField): one half is meshed, the other is its reflection.
  const geometry = surfaceNets(f.inPlace, { min: f.bounds.min, max: f.bounds.max, coarse: 8, pad: 4, mirrorX: true, ...SKIN_MESH[ctx.quality] });
  ctx.add({ id: 'skin', kind: 'skin', name: 'Skin', geometry });

  // Generator pockets: 1 cm under the skin, upper buttock and posterior flank (above the belt line). Placed
  // on the left; the right ones are their mirror images, as the field is.
  const left = plan.left;
  const pockets: [string, Vec3, Vec3][] = [
    ['scs-ipg-buttock-left', [85, 20, left.asis[2] - 15], [0.25, 0.97, 0]],
    ['scs-ipg-flank-left', [105, 10, plan.canal('L2')[2] + 5], [0.55, 0.83, 0]],
  ];
  const placed = pockets.map(([name, inside, dir]): [string, Vec3] => {
    const l = Math.hypot(...dir);
    const d: Vec3 = [dir[0] / l, dir[1] / l, dir[2] / l];
    const t = rayToSurface(f, inside, d);
    return [name, [inside[0] + d[0] * (t - 10), inside[1] + d[1] * (t - 10), inside[2] + d[2] * (t - 10)]];
  });
  for (const [name, p] of placed) ctx.landmark(name, p);
  for (const [name, p] of placed) ctx.landmark(rightTwinId(name), mirrorPoint(p));
}

/** The landmark names that other builders may have set and that must be covered by the skin. */
function LANDMARKS_TO_COVER(): string[] {
  const names: string[] = [];
  const sides = ['left', 'right'];
  for (const s of sides) {
    for (const base of ['greater-occipital-nerve', 'c6-anterior-tubercle', 'stellate-ganglion', 'si-joint-inferior', 'hip-head-neck-junction',
      'knee-suprapatellar-recess', 'genicular-superolateral', 'genicular-superomedial', 'genicular-inferomedial', 'glenohumeral-joint-posterior',
      'subacromial-bursa', 'suprascapular-notch', 'acromion-posterolateral-corner', 'sacral-cornu']) names.push(`${base}-${s}`);
    for (const m of ['trapezius', 'levator-scapulae', 'erector-spinae', 'quadratus-lumborum', 'gluteus-medius', 'piriformis']) names.push(`trigger-point-${m}-${s}`);
  }
  names.push('occipital-protuberance', 'sacral-hiatus');
  return names;
}
