import { describe, expect, it } from 'vitest';
import { BufferAttribute, DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import { createSpineModel, SIDES } from '@spine-explainer/anatomy';
import type { Vec3 } from '@spine-explainer/anatomy';
import { cervicalTransverseLayout } from '../src/bones/cervicalTransverse';
import { vertebraLayout } from '../src/bones/vertebraGeometry';
import { computeSpineFrame } from '../src/frame/spineFrame';
import type { VertebraLevel } from '../src/levels';

const model = createSpineModel({ quality: 'medium' });
const frame = computeSpineFrame();
const LEVELS: VertebraLevel[] = ['C3', 'C4', 'C5', 'C6', 'C7'];

const toLocal = (level: VertebraLevel, p: Vec3): Vec3 => {
  const v = frame.vertebrae[level];
  const d: Vec3 = [p[0] - v.centre[0], p[1] - v.centre[1], p[2] - v.centre[2]];
  const dot = (a: Vec3) => d[0] * a[0] + d[1] * a[1] + d[2] * a[2];
  return [dot(v.axis.x), dot(v.axis.y), dot(v.axis.z)];
};

function nearestVertexDistance(id: string, p: Vec3): number {
  const pos = model.get(id)!.geometry.getAttribute('position') as BufferAttribute;
  let best = Infinity;
  for (let i = 0; i < pos.count; i++) best = Math.min(best, Math.hypot(pos.getX(i) - p[0], pos.getY(i) - p[1], pos.getZ(i) - p[2]));
  return best;
}

describe('cervical spinal nerves run in the gutter of their transverse process (C3–C7)', () => {
  for (const level of LEVELS) {
    for (const side of SIDES) {
      it(`${level} ${side}: the gutter floor is bone between the tubercles, and the root lies on it`, () => {
        const gutter = model.landmark(`transverse-gutter-${level}-${side}`);
        // Bone right under the floor point (the lamella), none just above it.
        const tp = new Mesh(model.get(`transverse-process-${level}-${side}`)!.geometry, new MeshBasicMaterial({ side: DoubleSide }));
        const v = frame.vertebrae[level];
        const up = new Vector3(...v.axis.z);
        const hits = new Raycaster(new Vector3(...gutter).addScaledVector(up, 6), up.clone().negate(), 0, 12).intersectObject(tp);
        expect(hits.length, 'the ray down through the gutter meets the lamella').toBeGreaterThan(0);
        expect(hits[0]!.distance, 'first bone under the floor point').toBeGreaterThan(5);
        expect(hits[0]!.distance).toBeLessThan(7.5);

        // Between the anterior and posterior tubercles, front to back.
        const L = vertebraLayout(frame, level);
        const { antC, postC } = cervicalTransverseLayout(L, side);
        const g = toLocal(level, gutter);
        expect(g[1]).toBeGreaterThan(antC[1]);
        expect(g[1]).toBeLessThan(postC[1]);

        // The root's tube touches the floor (a vertex of its tube within 2.5 mm of it).
        expect(nearestVertexDistance(`nerve-root-${level}-${side}`, gutter)).toBeLessThan(2.5);
      });
    }
  }
});
