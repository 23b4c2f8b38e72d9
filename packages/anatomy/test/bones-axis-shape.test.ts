/**
 * C2 (the axis) reads as itself in close-up (issue #3): dens, body, lateral mass with its superior facet and
 * the small transverse process, measured on the generated geometry in C2's local frame
 * (x left, y posterior, z superior, origin at the body centre).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { atlantoAxialJoint } from '../src/bones/atlasAxis';
import { axisForamen } from '../src/bones/axisTransverse';
import { vertebraLayout, type VertebraLayout } from '../src/bones/vertebraGeometry';
import { morphometry } from '../src/morphometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, insideAny, localRayHits, shells, toLocal, toWorld, vertices, type V3 } from './helpers/measure';

let m: BoneModel;
let L: VertebraLayout;
beforeAll(() => { m = buildBones('medium'); L = vertebraLayout(m.frame, 'C2'); });

const geo = (id: string) => m.get(id).geometry;
const local = (id: string): V3[] => vertices(geo(id)).map((p) => toLocal(L.pose, p));
const SIDES = ['left', 'right'] as const;
const toWorldC2 = (p: V3) => toWorld(L.pose, p);

describe('dens', () => {
  /** Width (x) of the dens through the midline at height z. */
  const width = (z: number) => chordThrough(geo('dens-C2'), L.pose, [0, 1, z], [1, 0, 0]);

  it('is waisted at its neck: the neck is at least 10% narrower than the head above it', () => {
    const zs = Array.from({ length: 29 }, (_, i) => L.H / 2 + 1 + i * 0.5);
    const low = zs.filter((z) => z < L.H / 2 + 7);
    const waistZ = low.reduce((a, z) => (width(z) < width(a) ? z : a), low[0]!);
    const head = Math.max(...zs.filter((z) => z > waistZ).map(width));
    expect(width(waistZ), `neck ${width(waistZ).toFixed(2)} at z ${waistZ}, head ${head.toFixed(2)}`).toBeLessThan(0.9 * head);
    // The head is the dens width (10 mm, morphometry.json) within a millimetre.
    expect(Math.abs(head - (morphometry.C2 as Record<string, number>).dens_width_mm!)).toBeLessThan(1);
  });

  it('ends in a rounded apex, not a point: still over half its width 1.5 mm below the tip', () => {
    const top = Math.max(...local('dens-C2').map((p) => p[2]));
    expect(width(top - 1.5)).toBeGreaterThan(0.5 * width(top - 6));
  });

  it('sits in the atlas ring just behind the anterior arch (atlanto-dental interval 0.5–3.5 mm, no contact)', () => {
    const zHead = L.H / 2 + 8;
    // First surface met coming from in front (the dens) and from behind (the anterior arch alone).
    const densFront = -60 + localRayHits(geo('dens-C2'), L.pose, [0, -60, zHead], [0, 1, 0])[0]!;
    const archBack = 60 - localRayHits(geo('anterior-arch-C1'), L.pose, [0, 60, zHead], [0, -1, 0])[0]!;
    const gap = densFront - archBack;
    expect(gap, `arch back ${archBack.toFixed(1)}, dens front ${densFront.toFixed(1)}`).toBeGreaterThan(0.5);
    expect(gap).toBeLessThan(3.5);
  });
});

describe('body', () => {
  const height = (y: number) => chordThrough(geo('vertebral-body-C2'), L.pose, [0, y, 0], [0, 0, 1]);

  it('is taller in front than behind, and ~23 mm tall in front', () => {
    const front = height(-L.D / 2 + 1.5), back = height(L.D / 2 - 1.5);
    expect(front - back, `front ${front.toFixed(1)}, back ${back.toFixed(1)}`).toBeGreaterThan(2.5);
    expect(front).toBeGreaterThan(21);
    expect(front).toBeLessThan(26);
  });

  it('hangs an anteroinferior lip below its inferior endplate', () => {
    const v = local('vertebral-body-C2');
    const lowFront = Math.min(...v.filter((p) => p[1] < -L.D / 4).map((p) => p[2]));
    const lowBack = Math.min(...v.filter((p) => p[1] > L.D / 4).map((p) => p[2]));
    expect(lowBack - lowFront).toBeGreaterThan(1.5);
  });
});

describe('lateral mass and superior facet', () => {
  it('the facet surface slopes 10–30° to the horizontal, facing up and laterally (read from the mesh normals)', () => {
    for (const side of SIDES) {
      const j = atlantoAxialJoint(L, side);
      const g = geo(`superior-articular-process-C2-${side}`);
      const p = g.getAttribute('position'), idx = g.index!;
      const sum = [0, 0, 0];
      for (let t = 0; t < idx.count; t += 3) {
        const [a, b, c] = [0, 1, 2].map((k) => toLocal(L.pose, [p.getX(idx.getX(t + k)), p.getY(idx.getX(t + k)), p.getZ(idx.getX(t + k))]));
        const e1 = a!.map((x, i) => b![i]! - x), e2 = a!.map((x, i) => c![i]! - x);
        const n = [e1[1]! * e2[2]! - e1[2]! * e2[1]!, e1[2]! * e2[0]! - e1[0]! * e2[2]!, e1[0]! * e2[1]! - e1[1]! * e2[0]!]; // area-weighted
        const centroid = [0, 1, 2].map((i) => (a![i]! + b![i]! + c![i]!) / 3);
        const len = Math.hypot(...n);
        // Upward faces over the middle of the facet (within half its extent of the joint centre).
        if (len === 0 || n[2]! / len < 0.6) continue;
        if (Math.hypot(centroid[0]! - j.centre[0], centroid[1]! - j.centre[1]) > j.halfHeight * 0.6) continue;
        for (let i = 0; i < 3; i++) sum[i] = sum[i]! + n[i]!;
      }
      const tilt = Math.acos(sum[2]! / Math.hypot(...sum)) * (180 / Math.PI);
      expect(tilt, `${side}: ${tilt.toFixed(1)}°`).toBeGreaterThan(10);
      expect(tilt).toBeLessThan(30);
      expect(Math.sign(sum[0]!), `${side} faces laterally`).toBe(Math.sign(j.centre[0]));
    }
  });

  it('the lateral mass is one broad block flaring out of the body: solid from the body side out under the facet', () => {
    for (const side of SIDES) {
      const s = side === 'left' ? 1 : -1;
      const j = atlantoAxialJoint(L, side);
      const sh = [...shells(geo(`superior-articular-process-C2-${side}`)), ...shells(geo('vertebral-body-C2'))];
      // 6 mm under the facet centre, every millimetre from inside the body out to the facet centre is bone.
      const z = j.centre[2] - 6;
      for (let x = L.W / 2 - 1; x <= Math.abs(j.centre[0]); x += 1) {
        const p = toWorldC2([s * x, j.centre[1], z]);
        expect(insideAny(sh, p), `${side} at x ${x.toFixed(1)}`).toBe(true);
      }
      const along = chordThrough(geo(`superior-articular-process-C2-${side}`), L.pose, [j.centre[0], j.centre[1], z], [0, 1, 0]);
      expect(along, `${side} along ${along.toFixed(1)}`).toBeGreaterThan(12);
    }
  });
});

describe('transverse process', () => {
  it('is small, pointing down and out round an open foramen transversarium', () => {
    const span = (morphometry.C2 as Record<string, number>).transverse_process_span_mm!;
    for (const side of SIDES) {
      const s = side === 'left' ? 1 : -1;
      const id = `transverse-process-C2-${side}`;
      const { centre, radius } = axisForamen(L, side, atlantoAxialJoint(L, side));
      const sh = [...shells(geo(id)), ...shells(geo(`superior-articular-process-C2-${side}`))];
      // Open: the foramen centre is not bone, and bone rings it within 2 mm of its radius both ways in x and y.
      expect(insideAny(sh, toWorldC2(centre)), `${side} foramen open`).toBe(false);
      for (const d of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0]]) {
        const hits = localRayHits([geo(id)], L.pose, centre, d);
        expect(hits.length, `${side} ring toward ${d}`).toBeGreaterThan(0);
        expect(hits[0]!, `${side} ring toward ${d}`).toBeLessThan(radius + 2);
      }
      const v = local(id);
      const tipX = Math.max(...v.map((p) => s * p[0]));
      // Small: its tip inside half the measured span (+2 mm), and pointing down: the tip is below the foramen.
      expect(tipX).toBeLessThan(span / 2 + 2);
      const tip = v.filter((p) => s * p[0] > tipX - 2);
      expect(Math.min(...tip.map((p) => p[2]))).toBeLessThan(centre[2] - 3);
    }
  });
});
