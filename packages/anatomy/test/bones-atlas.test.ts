import { beforeAll, describe, expect, it } from 'vitest';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, shells, signedVolume, toLocal, vertices } from './helpers/measure';
import { atlantoAxialJoint } from '../src/bones/atlasAxis';
import { vertebraLayout } from '../src/bones/vertebraGeometry';

let m: BoneModel;
beforeAll(() => { m = buildBones('high'); });

const C1_PARTS = ['anterior-arch-C1', 'posterior-arch-C1', 'lateral-mass-C1-left', 'lateral-mass-C1-right', 'transverse-process-C1-left', 'transverse-process-C1-right'];

describe('atlas (C1)', () => {
  it('every part is wound outward, on both sides alike (an inside-out part shows its far side only)', () => {
    for (const id of [...C1_PARTS, 'dens-C2']) expect(signedVolume(m.get(id).geometry), id).toBeGreaterThan(0);
    const l = signedVolume(m.get('transverse-process-C1-left').geometry), r = signedVolume(m.get('transverse-process-C1-right').geometry);
    expect(Math.abs(l / r - 1)).toBeLessThan(0.02);
  });

  it('the posterior arch is one bar whose midline swells into the posterior tubercle', () => {
    const g = m.get('posterior-arch-C1').geometry;
    expect(shells(g)).toHaveLength(1);
    const f = m.frame.vertebrae.C1;
    const p = g.getAttribute('position');
    let back = -Infinity, backX = 0, tallMid = 0, tallSide = 0;
    for (let i = 0; i < p.count; i++) {
      const l = toLocal(f, [p.getX(i), p.getY(i), p.getZ(i)]);
      if (l[1] > back) { back = l[1]; backX = l[0]; }
    }
    // Height of the bar at the midline (tubercle) and over the arterial groove, behind the lateral mass.
    const height = (x0: number) => {
      let lo = Infinity, hi = -Infinity;
      for (let i = 0; i < p.count; i++) {
        const l = toLocal(f, [p.getX(i), p.getY(i), p.getZ(i)]);
        if (Math.abs(l[0] - x0) < 1.5) { lo = Math.min(lo, l[2]); hi = Math.max(hi, l[2]); }
      }
      return hi - lo;
    };
    tallMid = height(0); tallSide = Math.max(height(12), height(-12));
    expect(Math.abs(backX)).toBeLessThan(3);
    expect(tallMid).toBeGreaterThan(tallSide * 1.4);
  });
});

describe('atlas lateral masses', () => {
  it('their superior facets converge forward: the front of each facet lies ≥ 1.5 mm nearer the midline than its back', () => {
    const f = m.frame.vertebrae.C1;
    for (const side of ['left', 'right'] as const) {
      const v = vertices(m.get(`lateral-mass-C1-${side}`).geometry).map((p) => toLocal(f, p));
      const top = Math.max(...v.map((p) => p[2]));
      const rim = v.filter((p) => p[2] > top - 3);
      const ys = rim.map((p) => p[1]);
      const y0 = Math.min(...ys), y1 = Math.max(...ys), third = (y1 - y0) / 3;
      const meanAbsX = (pts: number[][]) => pts.reduce((a, p) => a + Math.abs(p[0]!), 0) / pts.length;
      const front = meanAbsX(rim.filter((p) => p[1] < y0 + third)), back = meanAbsX(rim.filter((p) => p[1] > y1 - third));
      expect(back - front, `${side}: front ${front.toFixed(1)}, back ${back.toFixed(1)}`).toBeGreaterThan(1.5);
    }
  });
});

describe('axis (C2)', () => {
  it('each broad superior facet sits on a solid lateral mass: bone runs ≥ 12 mm down under its centre and medial part, flaring out of the body', () => {
    const L = vertebraLayout(m.frame, 'C2');
    for (const side of ['left', 'right'] as const) {
      const j = atlantoAxialJoint(L, side);
      const g = [m.get(`superior-articular-process-C2-${side}`).geometry, m.get('vertebral-body-C2').geometry];
      // (Its lateral part overhangs the foramen transversarium, which runs up under it.)
      for (const dx of [-2, 0]) {
        // Just under the articular surface, along the vertebra's axis.
        const p = [j.centre[0] + dx * Math.sign(j.centre[0]), j.centre[1], j.centre[2] - 3];
        const depth = chordThrough(g, L.pose, p, [0, 0, 1], 200, true);
        expect(depth, `${side} at ${dx}: ${depth.toFixed(1)} mm`).toBeGreaterThan(12);
      }
    }
  });
});

