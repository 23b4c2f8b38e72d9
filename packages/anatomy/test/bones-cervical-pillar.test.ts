/**
 * The C3–C7 articular pillars are solid lateral masses, not fins (issue #3): their size read back from the
 * mesh at each level, against the pooled CT / cadaver figures in morphometry.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { facetJoint, poseDirToLocal, poseToLocal, vertebraLayout } from '../src/bones/vertebraGeometry';
import { lateralMassSize } from '../src/bones/cervicalPillar';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough } from './helpers/measure';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const LEVELS = ['C3', 'C4', 'C5', 'C6', 'C7'] as const;
const ABOVE: Record<string, string> = { C3: 'C2', C4: 'C3', C5: 'C4', C6: 'C5', C7: 'C6' };
const BELOW: Record<string, string> = { C3: 'C4', C4: 'C5', C5: 'C6', C6: 'C7', C7: 'T1' };

/** The pillar (both processes of a side), the local midpoint between its joints and the upper joint's normal. */
function pillar(level: (typeof LEVELS)[number], side: 'left' | 'right') {
  const L = vertebraLayout(m.frame, level);
  const up = facetJoint(m.frame, `${ABOVE[level]}-${level}`, side), dn = facetJoint(m.frame, `${level}-${BELOW[level]}`, side);
  const a = poseToLocal(L.pose, up.centre), b = poseToLocal(L.pose, dn.centre);
  return {
    L,
    geometry: [m.get(`superior-articular-process-${level}-${side}`).geometry, m.get(`inferior-articular-process-${level}-${side}`).geometry],
    at: (f: number) => a.map((c, i) => c + (b[i]! - c) * f),
    normal: poseDirToLocal(L.pose, up.normal),
  };
}

describe('cervical articular pillar (C3–C7): a solid lateral mass', () => {
  it('is as deep front-to-back at mid-height as the lateral mass (±12%), on both sides', () => {
    for (const level of LEVELS) {
      const { depth } = lateralMassSize(level);
      for (const side of ['left', 'right'] as const) {
        const p = pillar(level, side);
        const d = chordThrough(p.geometry, p.L.pose, p.at(0.5), [0, 1, 0], 200, true);
        expect(d, `${level} ${side}: ${d.toFixed(1)} mm vs ${depth}`).toBeGreaterThan(depth * 0.88);
        expect(d, `${level} ${side}: ${d.toFixed(1)} mm vs ${depth}`).toBeLessThan(depth * 1.12);
      }
    }
  });

  it('stays deep between its joints: at least 80% of that depth from a third to two thirds of the way', () => {
    for (const level of LEVELS) {
      const { depth } = lateralMassSize(level);
      const p = pillar(level, 'left');
      for (const f of [0.35, 0.65]) {
        const d = chordThrough(p.geometry, p.L.pose, p.at(f), [0, 1, 0], 200, true);
        expect(d, `${level} at ${f}: ${d.toFixed(1)} mm`).toBeGreaterThan(depth * 0.8);
      }
    }
  });

  it('is 10–14 mm tall between its facets, across the joint planes (pooled 12.1 mm)', () => {
    for (const level of LEVELS) {
      const p = pillar(level, 'left');
      const h = chordThrough(p.geometry, p.L.pose, p.at(0.5), p.normal, 200, true);
      expect(h, `${level}: ${h.toFixed(1)} mm`).toBeGreaterThan(10);
      expect(h, `${level}: ${h.toFixed(1)} mm`).toBeLessThan(14);
    }
  });

  it('is narrower at its waist than next to its joints (the lateral concavity the medial branch crosses)', () => {
    for (const level of LEVELS) {
      const p = pillar(level, 'left');
      const w = (f: number) => chordThrough(p.geometry, p.L.pose, p.at(f), [1, 0, 0], 200, true);
      expect(w(0.5), level).toBeLessThan(Math.min(w(0.2), w(0.8)) - 0.3);
    }
  });
});
