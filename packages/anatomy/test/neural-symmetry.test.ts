// The neural builder builds every sided nerve on the left and adds the right one as its mirror image in x = 0
// (build/mirror.ts). This holds only because the nerves' rules are symmetric: built directly for the right side
// (the side-parametrised builders, as the model was made before), each right nerve must match the mirrored left
// one as a vertex set. And the model's right nerves and landmarks must be exactly those mirrors.
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { createSpineModel, ROOT_LEVELS } from '@spine-explainer/anatomy';
import type { Structure, Vec3 } from '@spine-explainer/anatomy';
import type { BuildContext } from '../src/build/context';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { QUALITY } from '../src/quality';
import { VERTEBRAE } from '../src/levels';
import { neuralCanal, rootContext } from '../src/neural/buildNeural';
import { buildRoots } from '../src/neural/roots';
import {
  l5DorsalRamusNerve, MEDIAL_BRANCH_LEVELS, medialBranch, occipitalNerve, stellateGanglion, sympatheticChain, type SidedNerve,
} from '../src/neural/peripheral';

const quality = 'medium';
const model = createSpineModel({ quality });

/** A build context over the finished model (its bones and landmarks), for calling single neural builders. */
const ctx: BuildContext = {
  quality, q: QUALITY[quality], frame: computeSpineFrame(),
  add: () => { throw new Error('read-only context'); },
  landmark: () => { throw new Error('read-only context'); },
  get: (id) => model.get(id),
  getLandmark: (name) => (model.landmarks().includes(name) ? model.landmark(name) : undefined),
};

const SIDED_NERVE = /^(nerve-root|dorsal-root-ganglion|medial-branch|dorsal-ramus|stellate-ganglion|sympathetic-chain|greater-occipital-nerve)-.*left$/;
const NEURAL_LANDMARK = /^(root-exit|drg|safe-triangle|medial-branch-target|stellate-ganglion|greater-occipital-nerve)-.*left$/;

const positions = (g: BufferGeometry) => g.getAttribute('position').array as ArrayLike<number>;

/** Largest distance from a vertex of `a` to the nearest vertex of `b` (a hash grid of `cell` mm). */
function vertexSetDistance(a: ArrayLike<number>, b: ArrayLike<number>, cell = 0.25): number {
  const key = (x: number, y: number, z: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)},${Math.floor(z / cell)}`;
  const grid = new Map<string, number[]>();
  for (let j = 0; j < b.length; j += 3) {
    const k = key(b[j]!, b[j + 1]!, b[j + 2]!);
    const list = grid.get(k);
    if (list) list.push(j); else grid.set(k, [j]);
  }
  let worst = 0;
  for (let i = 0; i < a.length; i += 3) {
    const x = a[i]!, y = a[i + 1]!, z = a[i + 2]!;
    const cx = Math.floor(x / cell), cy = Math.floor(y / cell), cz = Math.floor(z / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) for (let dz = -1; dz <= 1; dz++) {
      for (const j of grid.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) best = Math.min(best, Math.hypot(x - b[j]!, y - b[j + 1]!, z - b[j + 2]!));
    }
    worst = Math.max(worst, best);
  }
  return worst;
}

/** The right nerve as built directly matches the model's right nerve (the mirrored left) as a vertex set. */
function expectMatchesModel(direct: { id: string; geometry: BufferGeometry }, tolerance = 0.06): void {
  const inModel = model.get(direct.id);
  expect(inModel, direct.id).toBeDefined();
  const a = positions(direct.geometry), b = positions(inModel!.geometry);
  expect(a.length, direct.id).toBe(b.length);
  const d = Math.max(vertexSetDistance(a, b), vertexSetDistance(b, a));
  expect(d, `${direct.id}: right side built directly vs the mirrored left, vertex sets (mm)`).toBeLessThan(tolerance);
}

describe('neural symmetry: the right side built directly is the mirror of the left', () => {
  const { canal, layout } = neuralCanal(ctx);
  const rightRoots = buildRoots(rootContext(ctx, canal, layout), ROOT_LEVELS, ['right']);
  const input = { canal, roots: rightRoots };

  it('the spine frame lies in the midsagittal plane (what the mirroring relies on)', () => {
    for (const level of VERTEBRAE) {
      const v = ctx.frame.vertebrae[level];
      expect(v.axis.x, level).toEqual([1, 0, 0]);
      expect(v.centre[0], level).toBe(0);
    }
  });

  it('nerve roots and dorsal root ganglia C2–S1', () => {
    expect(rightRoots.map((r) => r.level)).toEqual([...ROOT_LEVELS]);
    for (const r of rightRoots) {
      expectMatchesModel({ id: `nerve-root-${r.level}-right`, geometry: r.root });
      expectMatchesModel({ id: `dorsal-root-ganglion-${r.level}-right`, geometry: r.drg });
      expect(Math.hypot(...sub(r.exit, model.landmark(`root-exit-${r.level}-right`)))).toBeLessThan(0.06);
    }
  });

  it('medial branches, the L5 dorsal ramus, the stellate ganglion, the sympathetic chain and the greater occipital nerve', () => {
    const stellate = stellateGanglion(ctx, 'right');
    const nerves: SidedNerve[] = [
      ...MEDIAL_BRANCH_LEVELS.map((l) => medialBranch(ctx, input, l, 'right')),
      l5DorsalRamusNerve(ctx, input, 'right'),
      stellate.nerve,
      sympatheticChain(ctx, input, 'right', stellate.centre),
      occipitalNerve(ctx, input, 'right'),
    ];
    for (const n of nerves) {
      expectMatchesModel(n.structure);
      if (n.landmark) expect(Math.hypot(...sub(n.landmark.point, model.landmark(n.landmark.name))), n.landmark.name).toBeLessThan(0.06);
    }
  });
});

describe('neural symmetry: the model\'s right nerves and landmarks are exact mirrors of the left', () => {
  const lefts = model.structures.filter((s) => SIDED_NERVE.test(s.id));

  it('covers every sided nerve', () => {
    // 24 roots and 24 ganglia, 9 medial branches, the L5 dorsal ramus, stellate, chain, occipital nerve: 61 per side.
    expect(lefts.length).toBe(ROOT_LEVELS.length * 2 + MEDIAL_BRANCH_LEVELS.length + 4);
    expect(lefts.length).toBe(61);
  });

  it('each right nerve: x negated, y and z equal, every triangle wound the other way, ids and names mirrored', () => {
    for (const left of lefts) {
      const right = model.get(left.id.replace(/left$/, 'right')) as Structure;
      expect(right, left.id).toBeDefined();
      expect({ kind: right.kind, level: right.level, side: right.side, name: right.name })
        .toEqual({ kind: left.kind, level: left.level, side: 'right', name: left.name.replace('left', 'right') });
      const p = positions(left.geometry), q = positions(right.geometry);
      expect(q.length, left.id).toBe(p.length);
      let worst = 0;
      for (let i = 0; i < p.length; i += 3) worst = Math.max(worst, Math.abs(q[i]! + p[i]!), Math.abs(q[i + 1]! - p[i + 1]!), Math.abs(q[i + 2]! - p[i + 2]!));
      expect(worst, left.id).toBe(0);
      const a = left.geometry.getIndex()!.array, b = right.geometry.getIndex()!.array;
      let swapped = a.length === b.length;
      for (let t = 0; swapped && t < a.length; t += 3) swapped = b[t] === a[t] && b[t + 1] === a[t + 2] && b[t + 2] === a[t + 1];
      expect(swapped, left.id).toBe(true);
    }
  });

  it('each right landmark of the nerves is the left one with x negated', () => {
    const names = model.landmarks().filter((n) => NEURAL_LANDMARK.test(n));
    expect(names.length).toBeGreaterThan(24 * 2 + 6 + 10);
    for (const n of names) {
      const l = model.landmark(n), r = model.landmark(n.replace(/left$/, 'right'));
      expect([r[0] + l[0], r[1] - l[1], r[2] - l[2]], n).toEqual([0, 0, 0]);
    }
  });
});

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}
