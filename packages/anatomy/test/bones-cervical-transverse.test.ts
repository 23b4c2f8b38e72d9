/**
 * The C3–C7 transverse process is a cervical one (issue #3): a trough with an anterior and a posterior
 * tubercle, the foramen transversarium between the roots, lying in front of the articular pillar. Measured
 * on the mesh `cervicalTransverseProcess` builds, in each vertebra's local frame.
 */
import type { BufferGeometry } from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { boneTess } from '../src/bones/buildVertebrae';
import { cervicalTransverseLayout, cervicalTransverseProcess } from '../src/bones/cervicalTransverse';
import { toPose } from '../src/bones/parts';
import { vertebraLayout } from '../src/bones/vertebraGeometry';
import { QUALITY } from '../src/quality';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, insideAny, localExtent, localRayHits, shells, shellVolumes, toWorld } from './helpers/measure';
import { isWatertight } from './helpers/watertight';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const LEVELS = ['C3', 'C4', 'C5', 'C6', 'C7'] as const;
type Level = (typeof LEVELS)[number];
const SIDES = ['left', 'right'] as const;

function tp(level: Level, side: 'left' | 'right') {
  const L = vertebraLayout(m.frame, level);
  const g = toPose(cervicalTransverseProcess(L, side, boneTess(QUALITY.medium)), L.pose);
  return { L, g, lay: cervicalTransverseLayout(L, side) };
}

/** Runs of bone along a local line from a to b, sampled every 0.2 mm: [start, end] distances. */
function boneRuns(g: BufferGeometry, L: { pose: Parameters<typeof toWorld>[0] }, a: number[], b: number[]): [number, number][] {
  const sh = shells(g);
  const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!);
  const runs: [number, number][] = [];
  let start = -1;
  for (let d = 0; d <= len; d += 0.2) {
    const p = a.map((c, i) => c + ((b[i]! - c) * d) / len);
    const inside = insideAny(sh, toWorld(L.pose, p));
    if (inside && start < 0) start = d;
    if (!inside && start >= 0) { runs.push([start, d]); start = -1; }
  }
  if (start >= 0) runs.push([start, len]);
  return runs;
}

describe('cervical transverse process (C3–C7)', () => {
  it('is closed and wound outward on both sides', () => {
    for (const level of LEVELS) {
      for (const side of SIDES) {
        const { g } = tp(level, side);
        expect(isWatertight(g), `${level} ${side}`).toBe(true);
        expect(Math.min(...shellVolumes(g)), `${level} ${side}`).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the foramen transversarium open: a ray along the vertebra axis through it misses the process, pedicle and body', () => {
    for (const level of LEVELS) {
      for (const side of SIDES) {
        const { L, g, lay } = tp(level, side);
        const bones = [g, m.get(`pedicle-${level}-${side}`).geometry, m.get(`vertebral-body-${level}`).geometry];
        const hits = localRayHits(bones, L.pose, [lay.fc[0], lay.fc[1], lay.fc[2] - 30], [0, 0, 1]);
        expect(hits, `${level} ${side}`).toHaveLength(0);
      }
    }
  });

  it('ends in two tubercles with a gap between them just below their tops', () => {
    for (const level of LEVELS) {
      const { L, g, lay } = tp(level, 'left');
      const x = (lay.antC[0] + lay.postC[0]) / 2;
      const z = Math.min(lay.antC[2] + lay.ant[2], lay.postC[2] + lay.post[2]) - 1.2;
      const runs = boneRuns(g, L, [x, lay.antC[1] - 8, z], [x, lay.postC[1] + 8, z]);
      expect(runs.length, `${level}: ${JSON.stringify(runs)}`).toBeGreaterThanOrEqual(2);
      expect(runs[1]![0] - runs[0]![1], level).toBeGreaterThan(1);
    }
  });

  it('is a trough: the floor between the tubercles lies at least 1.5 mm below their tops', () => {
    for (const level of LEVELS) {
      const { L, g, lay } = tp(level, 'left');
      const x = lay.antC[0], y = (lay.antC[1] + lay.postC[1]) / 2;
      const top = 40;
      const floor = localRayHits(g, L.pose, [x, y, top], [0, 0, -1]);
      expect(floor.length, `${level}: there is a floor`).toBeGreaterThan(0);
      const floorZ = top - floor[0]!;
      const tubercles = Math.min(lay.antC[2] + lay.ant[2], lay.postC[2] + lay.post[2]);
      expect(floorZ, `${level}: floor ${floorZ.toFixed(1)} vs tubercles ${tubercles.toFixed(1)}`).toBeLessThan(tubercles - 1.5);
      expect(floorZ, level).toBeGreaterThan(lay.fc[2] - 6);
    }
  });

  it('lies in front of the articular pillar: its posterior tubercle is in front of the pillar at that height', () => {
    // (C7's process, transitional to the thoracic ones, springs further back from the pillar itself.)
    for (const level of ['C3', 'C4', 'C5', 'C6'] as const) {
      for (const side of SIDES) {
        const { L, lay } = tp(level, side);
        const pillar = [m.get(`superior-articular-process-${level}-${side}`).geometry, m.get(`inferior-articular-process-${level}-${side}`).geometry];
        const [x0, x1] = localExtent(pillar, L.pose, 0);
        const front = localRayHits(pillar, L.pose, [(x0 + x1) / 2, -40, lay.postC[2]], [0, 1, 0]);
        expect(front.length, `${level} ${side}`).toBeGreaterThan(0);
        expect(lay.postC[1], `${level} ${side}`).toBeLessThan(front[0]! - 40);
      }
    }
  });

  it('has its largest anterior tubercle at C6 (Chassaignac) and its smallest at C7, whose process is the longest', () => {
    const tubercle = (level: Level) => {
      const { L, g, lay } = tp(level, 'left');
      return chordThrough(g, L.pose, lay.antC, [0, 0, 1], 200, true);
    };
    const sizes = Object.fromEntries(LEVELS.map((l) => [l, tubercle(l)]));
    for (const l of ['C3', 'C4', 'C5', 'C7'] as const) expect(sizes.C6, l).toBeGreaterThan(sizes[l]!);
    for (const l of ['C3', 'C4', 'C5'] as const) expect(sizes.C7, l).toBeLessThan(sizes[l]!);
    const reach = (level: Level) => { const { L, g } = tp(level, 'left'); return localExtent(g, L.pose, 0)[1]; };
    for (const l of ['C3', 'C4', 'C5', 'C6'] as const) expect(reach('C7'), l).toBeGreaterThan(reach(l) + 4);
  });
});
