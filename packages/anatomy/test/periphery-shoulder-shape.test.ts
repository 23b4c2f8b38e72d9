import { describe, expect, it } from 'vitest';
import { computeSpineFrame, createSpineModel } from '@spine-explainer/anatomy';
import { peripheryPlan } from '../src/periphery/plan';
import { insideAny, shells, type Shell } from './helpers/measure';

// The shoulder reads as bone: a thin blade with the spine standing off it and turning into a flat acromion over the
// humeral head, a notch in the superior border, and a humeral head that is a cap on a neck, not a ball.
const SIDES = ['left', 'right'] as const;
type V3 = [number, number, number];
const plan = peripheryPlan(computeSpineFrame());
const along = (o: V3, d: V3, t: number): V3 => [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t];
const unit = (v: V3): V3 => { const l = Math.hypot(...v); return [v[0] / l, v[1] / l, v[2] / l]; };

for (const quality of ['high', 'low'] as const) {
  const model = createSpineModel({ quality });
  const solid = (id: string): Shell[] => shells(model.get(id)!.geometry);
  const firstIn = (s: Shell[], o: V3, d: V3, reach = 80): number => {
    for (let t = 0; t <= reach; t += 0.5) if (insideAny(s, along(o, d, t))) return t;
    return Infinity;
  };
  /** Length of bone along the ray from its first entry until it leaves again. */
  const runFrom = (s: Shell[], o: V3, d: V3, t0: number): number => {
    let t = t0;
    while (insideAny(s, along(o, d, t))) t += 0.25;
    return t - t0;
  };

  describe(`shoulder shape (${quality})`, () => {
    for (const side of SIDES) {
      const sp = side === 'left' ? plan.left : plan.right;
      const scapula = solid(`scapula-${side}`), humerus = solid(`humerus-${side}`);

      it(`${side}: the acromion is a flat plate 7–14 mm above the humeral head`, () => {
        const b = model.landmark(`subacromial-bursa-${side}`) as V3;
        const from: V3 = [b[0], b[1], b[2] + 40];
        const top = firstIn(scapula, from, [0, 0, -1]);
        const thickness = runFrom(scapula, from, [0, 0, -1], top);
        expect(thickness).toBeGreaterThan(5);
        expect(thickness).toBeLessThan(12);
        const interval = firstIn(humerus, from, [0, 0, -1]) - (top + thickness);
        expect(interval).toBeGreaterThan(5);
        expect(interval).toBeLessThan(15);
        // Broad: at mid-thickness it spans well over 15 mm from side to side.
        const midZ = from[2] - top - thickness / 2;
        const lateral = unit([sp.sx * 1, 0, 0]);
        const edge = firstIn(scapula, [b[0] - sp.sx * 30, b[1], midZ], lateral, 60);
        expect(runFrom(scapula, [b[0] - sp.sx * 30, b[1], midZ], lateral, edge)).toBeGreaterThan(15);
      });

      it(`${side}: the spine of the scapula stands well proud of both fossae`, () => {
        const post = sp.scapula.posterior;
        const mid = [0, 1, 2].map((k) => sp.scapula.spineRoot[k]! * 0.55 + sp.scapula.lateralAngle[k]! * 0.45) as V3;
        // Scan up and down in the plane of the blade, looking at it square from behind.
        const up = unit([-post[0] * post[2], -post[1] * post[2], 1 - post[2] * post[2]]);
        const depth = (dz: number) => firstIn(scapula, along(along(mid, up, dz), post, 60), [-post[0], -post[1], -post[2]], 100);
        let ridge = Infinity, zr = 0;
        for (let dz = -30; dz <= 30; dz += 2) { const d = depth(dz); if (d < ridge) { ridge = d; zr = dz; } }
        expect(depth(zr + 22) - ridge).toBeGreaterThan(8);
        expect(depth(zr - 28) - ridge).toBeGreaterThan(8);
      });

      it(`${side}: the suprascapular notch dips into the superior border`, () => {
        const n = model.landmark(`suprascapular-notch-${side}`) as V3;
        const s = sp.scapula;
        const border = unit([s.lateralAngle[0] - s.superiorAngle[0], s.lateralAngle[1] - s.superiorAngle[1], s.lateralAngle[2] - s.superiorAngle[2]]);
        expect(insideAny(scapula, n)).toBe(false);
        // The border on either side stands higher than the notch's floor: bone 11 mm to each side at the same level.
        expect(insideAny(scapula, along(n, border, 11))).toBe(true);
        expect(insideAny(scapula, along(n, border, -11))).toBe(true);
      });

      it(`${side}: the humeral head is a cap on an anatomical neck, not a ball`, () => {
        const H = sp.humeralHead, r = sp.humeralRadius, ng = sp.glenoidNormal;
        const upPerp = unit([-ng[0] * ng[2], -ng[1] * ng[2], 1 - ng[2] * ng[2]]);
        // On the articular side, just under the surface: bone.
        expect(insideAny(humerus, along(H, ng, -(r - 1.5)))).toBe(true);
        // Above the neck, behind the cap's edge (inside a whole ball of the head's radius): no bone.
        const p = along(along(H, ng, 0.55 * r), upPerp, 0.78 * r);
        expect(Math.hypot(p[0] - H[0], p[1] - H[1], p[2] - H[2])).toBeLessThan(r);
        expect(insideAny(humerus, p)).toBe(false);
      });
    }
  });
}
