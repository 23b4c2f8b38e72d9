/**
 * The lumbar posterior elements read as the "Scotty dog" of the oblique view (issue #3): the superior
 * articular process is a tall ear with its mamillary process grown from its rim, the inferior articular
 * process a tongue hanging below the pedicle, and the pars a narrow neck between them. Measured on the
 * generated geometry in each vertebra's local frame (x left, y posterior, z superior).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { levelAbove, levelBelow } from '../src/levels';
import { facetJoint, poseDirToLocal, poseToLocal, vertebraLayout } from '../src/bones/vertebraGeometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { rayHits, shells, toLocal, vertices, type V3 } from './helpers/measure';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const LUMBAR = ['L1', 'L2', 'L3', 'L4', 'L5'] as const;
const SIDES = ['left', 'right'] as const;
type Level = (typeof LUMBAR)[number];
const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
const sub = (a: readonly number[], b: readonly number[]): V3 => [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
const localVerts = (id: string, l: Level): V3[] => vertices(m.get(id).geometry).map((p) => toLocal(vertebraLayout(m.frame, l).pose, p));

/** A process's vertices in its joint's frame: [across the facet (u), up the facet (v), through the plate (normal)]. */
function inJointFrame(id: string, l: Level, interspace: string, side: 'left' | 'right'): V3[] {
  const j = facetJoint(m.frame, interspace, side);
  return vertices(m.get(id).geometry).map((p) => { const d = sub(p, j.centre); return [dot(d, j.u), dot(d, j.v), dot(d, j.normal)]; });
}
const widthAcross = (pts: V3[], v0: number, v1: number) => {
  const band = pts.filter((p) => p[1] >= v0 && p[1] <= v1).map((p) => p[0]);
  return Math.max(...band) - Math.min(...band);
};

describe('the ear: superior articular process', () => {
  it('is one bone with its mamillary process (no tubercle glued on as a separate shell)', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      expect(shells(m.get(`superior-articular-process-${l}-${s}`).geometry).length, `${l} ${s}`).toBe(1);
    }
  });

  it('rises well above the top of its pedicle and tapers to its tip', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      const L = vertebraLayout(m.frame, l);
      const pedTop = L.sides[s].isthmus[2] + L.m.pedicleHeight / 2;
      const top = Math.max(...localVerts(`superior-articular-process-${l}-${s}`, l).map((p) => p[2]));
      expect(top - pedTop, `${l} ${s}: tip ${top.toFixed(1)}, pedicle top ${pedTop.toFixed(1)}`).toBeGreaterThan(L.m.pedicleHeight * 0.75);
      const j = facetJoint(m.frame, `${levelAbove(l)}-${l}`, s);
      const pts = inJointFrame(`superior-articular-process-${l}-${s}`, l, `${levelAbove(l)}-${l}`, s);
      expect(widthAcross(pts, j.halfHeight * 0.7, j.halfHeight * 0.95), `${l} ${s}`).toBeLessThan(widthAcross(pts, -j.halfHeight * 0.4, j.halfHeight * 0.4) * 0.85);
    }
  });

  it('carries the mamillary process on its posterior rim: the rim stands behind the plate low down, not at the tip', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      const j = facetJoint(m.frame, `${levelAbove(l)}-${l}`, s);
      // Backward along the facet's horizontal axis (u points forward or backward depending on the side).
      const back = j.u[1] > 0 ? 1 : -1;
      const pts = inJointFrame(`superior-articular-process-${l}-${s}`, l, `${levelAbove(l)}-${l}`, s);
      const reach = (v0: number, v1: number) => Math.max(...pts.filter((p) => p[1] >= v0 && p[1] <= v1).map((p) => p[0] * back));
      const hh = j.halfHeight;
      // The rim low on the process reaches past the facet's half-width; at the same height as far up the tip, it does not.
      expect(reach(-0.7 * hh, -0.1 * hh), `${l} ${s}`).toBeGreaterThan(j.halfWidth + 0.8);
      expect(reach(-0.7 * hh, -0.1 * hh) - reach(0.5 * hh, 0.9 * hh), `${l} ${s}`).toBeGreaterThan(1.5);
    }
  });
});

describe('the facet joint', () => {
  it('the superior facet is J-shaped in section: its front curls further toward the joint than its back', () => {
    for (const l of ['L2', 'L3', 'L4', 'L5'] as const) for (const s of SIDES) {
      const j = facetJoint(m.frame, `${levelAbove(l)}-${l}`, s);
      const sap = m.get(`superior-articular-process-${l}-${s}`).geometry;
      const into = j.normal.map((c) => -c);
      // Depth of the articular face along rays from the joint's side, across the facet.
      const depthAt = (k: number) => rayHits(sap, j.centre.map((c, i) => c + j.u[i]! * k * j.halfWidth + j.normal[i]! * 8), into)[0]!;
      const front = j.u[1] > 0 ? -1 : 1;
      // A smaller depth: the face stands nearer the joint (curled up toward it).
      expect(depthAt(0.7 * front) + 0.6, `${l} ${s}`).toBeLessThan(depthAt(-0.7 * front));
    }
  });
});

describe('the front leg: inferior articular process', () => {
  it('hangs below the pedicle and the lower endplate, narrowing to its tip (a tongue, not a block)', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      const L = vertebraLayout(m.frame, l);
      const id = `inferior-articular-process-${l}-${s}`;
      const bottom = Math.min(...localVerts(id, l).map((p) => p[2]));
      const pedBottom = L.sides[s].isthmus[2] - L.m.pedicleHeight / 2;
      expect(bottom, `${l} ${s}`).toBeLessThan(pedBottom - L.m.pedicleHeight);
      expect(bottom, `${l} ${s}`).toBeLessThan(L.zInf(L.yb));
      const i = `${l}-${levelBelow(l)}`;
      const j = facetJoint(m.frame, i, s);
      const pts = inJointFrame(id, l, i, s);
      // v runs up the facet: the tongue is narrower low down than high up.
      const high = widthAcross(pts, 0.15 * j.halfHeight, 0.9 * j.halfHeight);
      const low = widthAcross(pts, -0.8 * j.halfHeight, -0.5 * j.halfHeight);
      expect(low, `${l} ${s}: low ${low.toFixed(1)} vs high ${high.toFixed(1)}`).toBeLessThan(high * 0.75);
    }
  });

  it('its facet faces forward and outward (into the cup of the superior process below)', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      const j = facetJoint(m.frame, `${l}-${levelBelow(l)}`, s);
      const L = vertebraLayout(m.frame, l);
      const face = poseDirToLocal(L.pose, j.normal.map((c) => -c) as V3);
      const sx = s === 'left' ? 1 : -1;
      expect(face[0] * sx, `${l} ${s} outward`).toBeGreaterThan(0.3);
      expect(face[1], `${l} ${s} forward`).toBeLessThan(-0.3);
      // And the process's bone lies on the other side of the joint centre from that face.
      const c = poseToLocal(L.pose, j.centre);
      const behind = localVerts(`inferior-articular-process-${l}-${s}`, l).filter((p) => dot(sub(p, c), face) < 0).length;
      expect(behind / localVerts(`inferior-articular-process-${l}-${s}`, l).length, `${l} ${s}`).toBeGreaterThan(0.9);
    }
  });
});

describe('the neck: pars interarticularis', () => {
  // Band of the lamina's vertices by height: its lateral border there.
  const border = (l: Level, z0: number, z1: number) => Math.max(...localVerts(`lamina-${l}-left`, l).filter((p) => p[2] >= z0 && p[2] <= z1).map((p) => p[0]));

  it('is a waist in the lamina\'s lateral border below the foot of the ear', () => {
    for (const l of LUMBAR) {
      const v = localVerts(`lamina-${l}-left`, l);
      const zMin = Math.min(...v.map((p) => p[2])), zMax = Math.max(...v.map((p) => p[2]));
      const h = zMax - zMin;
      const neck = border(l, zMin + 0.4 * h, zMin + 0.6 * h);
      expect(border(l, zMax - 0.2 * h, zMax) - neck, `${l} above`).toBeGreaterThan(1);
    }
  });

  it('leaves little bone lateral to the canal at L1-L2 and more at L4-L5 (interpars distance widens caudally, Peters et al.)', () => {
    const spare = LUMBAR.map((l) => {
      const v = localVerts(`lamina-${l}-left`, l);
      const zMin = Math.min(...v.map((p) => p[2])), zMax = Math.max(...v.map((p) => p[2]));
      return border(l, zMin + 0.4 * (zMax - zMin), zMin + 0.6 * (zMax - zMin)) - vertebraLayout(m.frame, l).m.canalWidth / 2;
    });
    expect(spare[0], spare.map((s) => s.toFixed(1)).join(' ')).toBeLessThan(spare[4]!);
    expect(spare[1]!, spare.map((s) => s.toFixed(1)).join(' ')).toBeLessThan(spare[3]!);
    for (const s of spare) expect(s).toBeGreaterThan(0);
  });
});

describe('the nose: transverse process', () => {
  it('is one bone with its accessory process, ending in a rounded knob narrower than its shaft', () => {
    for (const l of LUMBAR) for (const s of SIDES) {
      const id = `transverse-process-${l}-${s}`;
      expect(shells(m.get(id).geometry).length, `${l} ${s}`).toBe(1);
      const v = localVerts(id, l).map((p) => [Math.abs(p[0]), p[1], p[2]] as V3);
      const xMax = Math.max(...v.map((p) => p[0]));
      const tall = (x0: number, x1: number) => { const z = v.filter((p) => p[0] >= x0 && p[0] <= x1).map((p) => p[2]); return Math.max(...z) - Math.min(...z); };
      // The last 2.5 mm against the shaft 6–14 mm from the tip.
      expect(tall(xMax - 2.5, xMax), `${l} ${s}`).toBeLessThan(tall(xMax - 14, xMax - 6) * 0.75);
    }
  });
});
