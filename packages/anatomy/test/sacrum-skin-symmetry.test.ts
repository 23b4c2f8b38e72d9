import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { createSpineModel } from '../src/createSpineModel';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { VERTEBRAE } from '../src/levels';
import { QUALITY } from '../src/quality';
import { boneTess, jointInPose } from '../src/bones/buildVertebrae';
import { superiorArticularProcess } from '../src/bones/parts';
import { sacralAxis, segmentPose, vertebraLayout } from '../src/bones/vertebraGeometry';
import { sacrumField } from '../src/bones/sacrumField';
import { bodyField } from '../src/periphery/bodyField';
import { rayToSurface } from '../src/periphery/buildSkin';
import { peripheryPlan } from '../src/periphery/plan';
import type { Vec3 } from '../src/types';

// The sacrum and the skin are meshed on their left half and reflected, and their right-side parts and
// landmarks are the left ones reflected. That rests on their fields being exactly symmetric and on the right
// side's parts, built the old way, being the reflections of the left ones.

const frame = computeSpineFrame();
const high = createSpineModel({ quality: 'high' });
const low = createSpineModel({ quality: 'low' });

/** Vertices whose reflection in x = 0 is not a vertex of the same geometry (exact comparison). */
function unreflected(g: BufferGeometry): number {
  const P = g.getAttribute('position').array;
  const set = new Set<string>();
  for (let i = 0; i < P.length; i += 3) set.add(`${P[i]},${P[i + 1]},${P[i + 2]}`);
  let missing = 0;
  for (let i = 0; i < P.length; i += 3) if (!set.has(`${-P[i]! + 0},${P[i + 1]},${P[i + 2]}`)) missing++;
  return missing;
}

/** A deterministic spread of points in a box. */
function* samples(min: readonly number[], max: readonly number[], n: number): Generator<Vec3> {
  let s = 12345;
  const r = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  for (let i = 0; i < n; i++) yield [min[0]! + r() * (max[0]! - min[0]!), min[1]! + r() * (max[1]! - min[1]!), min[2]! + r() * (max[2]! - min[2]!)];
}

describe('sacrum and skin symmetry', () => {
  it('the body field is exactly mirror-symmetric, padding included (it was up to 3 mm off, blending left parts first)', () => {
    const f = bodyField(frame);
    f.pad([60, 40, -200], 30); // on the left (+x): it pads the right side too
    let asym = 0;
    for (const p of samples(f.bounds.min, f.bounds.max, 20000)) asym = Math.max(asym, Math.abs(f(p[0], p[1], p[2]) - f(-p[0], p[1], p[2])));
    expect(asym).toBe(0);
    expect(f(-60, 40, -200)).toBeLessThan(-29);
  });

  it('the sacrum field is exactly mirror-symmetric', () => {
    // In sacral coordinates (x, S, D): the world field maps (y, z) to (S, D) by Newton from the last point's S,
    // which leaves differences of 1e-6 mm between any two calls.
    const ax = sacralAxis(frame);
    const f = sacrumField(ax, 10);
    let asym = 0;
    for (const [x, s, d] of samples([-70, -10, -40], [70, ax.length + 10, 50], 20000)) asym = Math.max(asym, Math.abs(f.sd(x, s, d) - f.sd(-x, s, d)));
    expect(asym).toBe(0);
  });

  it('the sacrum and the skin are exactly symmetric meshes (the low tier\'s sacrum is simplified afterwards: not it)', () => {
    for (const [m, id] of [[high, 'sacrum'], [high, 'skin'], [low, 'skin']] as const) expect(unreflected(m.get(id)!.geometry), `${m.quality} ${id}`).toBe(0);
  });

  it('the right S1 superior articular process, built as the right one, is the left one reflected (0.005 mm)', () => {
    const pose = segmentPose(frame, 'S1');
    const S1 = vertebraLayout(frame, 'S1');
    const tess = boneTess(QUALITY.high);
    const world = (side: 'left' | 'right') => {
      const raw = superiorArticularProcess(S1, side, jointInPose(frame, 'L5-S1', side, pose), tess);
      const P = raw.positions, out: Vec3[] = [];
      for (let i = 0; i < P.length; i += 3) out.push([0, 1, 2].map((k) => pose.centre[k]! + pose.axis.x[k]! * P[i]! + pose.axis.y[k]! * P[i + 1]! + pose.axis.z[k]! * P[i + 2]!) as Vec3);
      return out;
    };
    const left = world('left').map(([x, y, z]): Vec3 => [-x, y, z]), right = world('right');
    expect(right.length).toBe(left.length);
    expect(right.length).toBeGreaterThan(50);
    // As vertex sets: each right vertex has a reflected left one within 0.005 mm.
    let worst = 0;
    for (const p of right) {
      let best = Infinity;
      for (const q of left) best = Math.min(best, Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]));
      worst = Math.max(worst, best);
    }
    expect(worst).toBeLessThan(0.005);
  });

  it('the sided landmarks of the sacrum and the skin are mirror pairs; the right pockets lie where the right side\'s own ray puts them', () => {
    for (const base of ['sacral-cornu', 's1-posterior-foramen', 'sap-ala-junction-S1', 'scs-ipg-buttock', 'scs-ipg-flank']) {
      const l = high.landmark(`${base}-left`) as Vec3, r = high.landmark(`${base}-right`) as Vec3;
      expect(r, base).toEqual([-l[0], l[1], l[2]]);
    }
    const tips = VERTEBRAE.flatMap((l) => (high.landmarks().includes(`spinous-process-tip-${l}`) ? [high.landmark(`spinous-process-tip-${l}`) as Vec3] : []));
    const f = bodyField(frame, { occiput: high.landmark('occipital-protuberance') as Vec3, spinousTips: tips });
    const plan = peripheryPlan(frame);
    const rightPocket = (inside: Vec3, dir: Vec3): Vec3 => {
      const l = Math.hypot(...dir), d: Vec3 = [dir[0] / l, dir[1] / l, dir[2] / l];
      const t = rayToSurface(f, inside, d);
      return [inside[0] + d[0] * (t - 10), inside[1] + d[1] * (t - 10), inside[2] + d[2] * (t - 10)];
    };
    const near = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    expect(near(high.landmark('scs-ipg-buttock-right') as Vec3, rightPocket([-85, 20, plan.right.asis[2] - 15], [-0.25, 0.97, 0]))).toBeLessThan(0.005);
    expect(near(high.landmark('scs-ipg-flank-right') as Vec3, rightPocket([-105, 10, plan.canal('L2')[2] + 5], [-0.55, 0.83, 0]))).toBeLessThan(0.005);
  });
});
