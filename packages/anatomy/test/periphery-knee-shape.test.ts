import { describe, expect, it } from 'vitest';
import { createSpineModel } from '@spine-explainer/anatomy';
import { insideAny, shells, type Shell } from './helpers/measure';

// The knee reads as bone: a distal femur with two condyles, a notch and a trochlear groove; a tibial plateau with
// dishes and an eminence; a rounded-triangular patella in the groove; the suprapatellar recess a thin sheet on the bone.
const SIDES = ['left', 'right'] as const;
type V3 = [number, number, number];

for (const quality of ['high', 'low'] as const) {
  const model = createSpineModel({ quality });
  const solid = (id: string): Shell[] => shells(model.get(id)!.geometry);

  /** The first distance along the ray (0.5 mm steps, up to `reach`) that lies in bone, or Infinity. */
  const firstIn = (s: Shell[], o: V3, d: V3, reach = 80): number => {
    for (let t = 0; t <= reach; t += 0.5) if (insideAny(s, [o[0] + d[0] * t, o[1] + d[1] * t, o[2] + d[2] * t])) return t;
    return Infinity;
  };

  describe(`knee shape (${quality})`, () => {
    for (const side of SIDES) {
      const K = model.landmark(`knee-joint-centre-${side}`) as V3;
      const lat = Math.sign(K[0]);
      const femur = solid(`femur-${side}`), tibia = solid(`tibia-${side}`);

      it(`${side}: femoral condyles stand apart behind a notch a posterior ray passes through`, () => {
        // Along the midline 12 mm above the joint the ray from behind meets no femur until the notch ends in front.
        expect(firstIn(femur, [K[0], K[1] + 60, K[2] + 12], [0, -1, 0], 52)).toBe(Infinity);
        // The same ray 24 mm to either side runs into a condyle well behind the joint centre.
        for (const s of [1, -1]) expect(firstIn(femur, [K[0] + s * 24, K[1] + 60, K[2] + 12], [0, -1, 0])).toBeLessThan(30);
      });

      it(`${side}: the trochlear groove lies between a prouder lateral facet and the medial one`, () => {
        const front = (x: number) => firstIn(femur, [K[0] + lat * x, K[1] - 70, K[2] + 30], [0, 1, 0]);
        const groove = front(0), lateral = front(18), medial = front(-18);
        expect(groove - lateral).toBeGreaterThan(3);
        expect(groove - medial).toBeGreaterThan(2);
        expect(lateral).toBeLessThan(medial);
      });

      it(`${side}: the tibial plateau has two shallow dishes with the eminence rising between them`, () => {
        const top = (x: number) => 30 - firstIn(tibia, [K[0] + lat * x, K[1] + 2, K[2] + 30], [0, 0, -1], 60);
        const eminence = top(0), lateralDish = top(19), medialDish = top(-19);
        expect(eminence - lateralDish).toBeGreaterThan(1.5);
        expect(eminence - medialDish).toBeGreaterThan(1.5);
        // The joint space stays open under both condyles: 5–10 mm from the condyle to the dish.
        for (const x of [22, -22]) {
          const condyle = firstIn(femur, [K[0] + lat * x, K[1] + 8, K[2] - 30], [0, 0, 1], 60) - 30;
          const gap = condyle - top(x);
          expect(gap).toBeGreaterThan(5);
          expect(gap).toBeLessThan(10);
        }
      });

      it(`${side}: the patella is a flat rounded triangle, apex down, riding in the groove`, () => {
        const g = model.get(`patella-${side}`)!.geometry;
        g.computeBoundingBox();
        const bb = g.boundingBox!;
        const width = bb.max.x - bb.min.x, height = bb.max.z - bb.min.z, thick = bb.max.y - bb.min.y;
        expect(width).toBeGreaterThan(40);
        expect(width).toBeLessThan(50);
        expect(thick / width).toBeGreaterThan(0.4);
        expect(thick / width).toBeLessThan(0.6);
        // Width across the lower quarter is well under the width across the upper quarter (a triangle, not an oval).
        const pos = g.getAttribute('position');
        const span = (z0: number, z1: number) => {
          let a = Infinity, b = -Infinity;
          for (let i = 0; i < pos.count; i++) if (pos.getZ(i) >= z0 && pos.getZ(i) <= z1) { a = Math.min(a, pos.getX(i)); b = Math.max(b, pos.getX(i)); }
          return b - a;
        };
        const q = height / 4;
        expect(span(bb.min.z, bb.min.z + q)).toBeLessThan(0.7 * span(bb.max.z - q, bb.max.z));
        // Its back is 2–8 mm in front of the femur at mid-height.
        const ps = shells(g);
        const mid: V3 = [(bb.min.x + bb.max.x) / 2, K[1] - 80, (bb.min.z + bb.max.z) / 2];
        const back = firstIn(ps, mid, [0, 1, 0], 120);
        let behind = back;
        while (insideAny(ps, [mid[0], mid[1] + behind, mid[2]])) behind += 0.5;
        const gap = firstIn(femur, [mid[0], mid[1] + behind, mid[2]], [0, 1, 0], 40);
        expect(gap).toBeGreaterThan(1.5);
        expect(gap).toBeLessThan(8);
      });

      it(`${side}: the suprapatellar recess is a thin sheet hugging the front of the femur`, () => {
        const joint = solid(`knee-joint-${side}`);
        const at: V3 = [K[0], K[1] - 70, K[2] + 70];
        const enter = firstIn(joint, at, [0, 1, 0], 80);
        let leave = enter;
        while (insideAny(joint, [at[0], at[1] + leave, at[2]])) leave += 0.5;
        expect(leave - enter).toBeLessThan(5.5);
        const bone = firstIn(femur, at, [0, 1, 0], 90);
        expect(bone - leave).toBeGreaterThan(1);
        expect(bone - leave).toBeLessThan(6);
        // It wraps the front of the shaft: present 20 mm to either side of the midline too.
        for (const s of [1, -1]) expect(firstIn(joint, [K[0] + s * 20, K[1] - 70, K[2] + 70], [0, 1, 0], 80)).toBeLessThan(80);
      });
    }
  });
}
