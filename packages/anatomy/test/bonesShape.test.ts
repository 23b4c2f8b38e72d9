/**
 * The typical vertebrae read as bones (issue #3): shape features a reader recognises, measured on the
 * generated geometry in each vertebra's local frame (x left, y posterior, z superior).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { facetJoint, vertebraLayout } from '../src/bones/vertebraGeometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, rayHits, toLocal, vertices, type V3 } from './helpers/measure';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
const localVerts = (id: string, level: string): V3[] =>
  vertices(m.get(id).geometry).map((p) => toLocal(vertebraLayout(m.frame, level as 'L1').pose, p));
const max = (a: number[]) => Math.max(...a);
const min = (a: number[]) => Math.min(...a);

describe('lumbar lamina', () => {
  it('each half is a plate taller than it is wide', () => {
    for (const l of LUMBAR) {
      const v = localVerts(`lamina-${l}-left`, l);
      const wide = max(v.map((p) => p[0])) - min(v.map((p) => p[0]));
      const tall = max(v.map((p) => p[2])) - min(v.map((p) => p[2]));
      expect(tall, `${l}: ${tall.toFixed(1)} tall, ${wide.toFixed(1)} wide`).toBeGreaterThan(wide);
    }
  });

  it('its lower border rises from the inferior articular process to the spinous root (the arch over the interlaminar window)', () => {
    for (const l of LUMBAR) {
      const v = localVerts(`lamina-${l}-left`, l);
      const xMax = max(v.map((p) => p[0]));
      const medial = min(v.filter((p) => p[0] > 0 && p[0] < 4).map((p) => p[2]));
      const lowest = v.reduce((a, p) => (p[2] < a[2] ? p : a));
      expect(lowest[0], `${l}: the lowest point is lateral`).toBeGreaterThan(xMax / 2);
      expect(medial - lowest[2], l).toBeGreaterThan(1.5);
    }
  });

  it('slopes down and back: its lower edge lies behind its upper edge', () => {
    for (const l of LUMBAR) {
      const v = localVerts(`lamina-${l}-left`, l).filter((p) => p[0] > 3 && p[0] < 8);
      const z0 = min(v.map((p) => p[2])), z1 = max(v.map((p) => p[2]));
      const back = (lo: number, hi: number) => max(v.filter((p) => p[2] >= lo && p[2] <= hi).map((p) => p[1]));
      const h = z1 - z0;
      expect(back(z0, z0 + h / 4) - back(z1 - h / 4, z1), l).toBeGreaterThan(3);
    }
  });
});

describe('lumbar processes', () => {
  it('the transverse process tapers toward its tip and turns up', () => {
    for (const l of ['L1', 'L2', 'L3', 'L4'] as const) {
      const L = vertebraLayout(m.frame, l);
      const root = L.sides.left.tpRoot[0];
      const v = localVerts(`transverse-process-${l}-left`, l);
      const xMax = max(v.map((p) => p[0]));
      const band = (a: number, b: number) => v.filter((p) => p[0] >= root + (xMax - root) * a && p[0] <= root + (xMax - root) * b);
      const near = band(0.3, 0.42), far = band(0.8, 0.92);
      const height = (s: V3[]) => max(s.map((p) => p[2])) - min(s.map((p) => p[2]));
      const midZ = (s: V3[]) => (max(s.map((p) => p[2])) + min(s.map((p) => p[2]))) / 2;
      expect(height(far), `${l} tapers`).toBeLessThan(height(near) * 0.85);
      expect(midZ(far), `${l} turns up`).toBeGreaterThan(midZ(near) + 0.5);
    }
  });

  it('the superior articular facet is a concave shell: its edges curl toward the joint', () => {
    for (const l of ['L2', 'L3', 'L4', 'L5'] as const) {
      const above = { L2: 'L1', L3: 'L2', L4: 'L3', L5: 'L4' }[l];
      const j = facetJoint(m.frame, `${above}-${l}`, 'left');
      const sap = m.get(`superior-articular-process-${l}-left`).geometry;
      const into = j.normal.map((c) => -c);
      // Rays from the IAP's side of the joint, straight at the SAP's articular face.
      const depthAt = (k: number) => rayHits(sap, j.centre.map((c, i) => c + j.u[i]! * k * j.halfWidth + j.normal[i]! * 8), into)[0]!;
      const centre = depthAt(0), edges = (depthAt(0.7) + depthAt(-0.7)) / 2;
      expect(centre - edges, l).toBeGreaterThan(1);
    }
  });

  it('the spinous process is a hatchet: a thin neck, a taller and thicker posterior border', () => {
    for (const l of LUMBAR) {
      const L = vertebraLayout(m.frame, l);
      const { base, tip } = L.spinous;
      const at = (t: number): V3 => [0, base[1] + (tip[1] - base[1]) * t, base[2] + (tip[2] - base[2]) * t - L.spinous.height * 0.16 * t * t];
      const sp = m.get(`spinous-process-${l}`).geometry;
      const f = L.pose;
      const neckW = chordThrough(sp, f, at(0.4), [1, 0, 0]), borderW = chordThrough(sp, f, at(0.9), [1, 0, 0]);
      const neckH = chordThrough(sp, f, at(0.35), [0, 0, 1]), borderH = chordThrough(sp, f, at(0.9), [0, 0, 1]);
      expect(borderW, `${l} width`).toBeGreaterThan(neckW * 1.3);
      expect(borderH, `${l} height`).toBeGreaterThan(neckH);
      expect(neckH, `${l} a plate, not a rod`).toBeGreaterThan(neckW * 2.5);
    }
  });
});

describe('thoracic spinous processes', () => {
  it('are long and slender', () => {
    for (const l of ['T4', 'T6', 'T8'] as const) {
      const L = vertebraLayout(m.frame, l);
      const { base, tip } = L.spinous;
      const len = Math.hypot(tip[1] - base[1], tip[2] - base[2]);
      const mid: V3 = [0, (base[1] + tip[1]) / 2, (base[2] + tip[2]) / 2];
      const across = [0, -(tip[2] - base[2]) / len, (tip[1] - base[1]) / len];
      const depth = chordThrough(m.get(`spinous-process-${l}`).geometry, L.pose, mid, across);
      expect(depth, l).toBeGreaterThan(3);
      expect(depth, l).toBeLessThan(len * 0.3);
    }
  });
});
