import { describe, expect, it } from 'vitest';
import { CatmullRomCurve3, TubeGeometry, Vector3 } from 'three';
import { centripetalPath } from '../src/lite/scene/centripetalPath';
import { tubeGeometry } from '../src/lite/scene/tube';

/** A wandering path of `n` points (a fixed pseudo-random walk), with a repeated point when `repeat` is set. */
function walk(n: number, seed: number, repeat = false): Vector3[] {
  let s = seed;
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647) - 0.5;
  const pts = [new Vector3(rnd() * 10, rnd() * 10, 0)];
  for (let i = 1; i < n; i++) pts.push(pts[i - 1]!.clone().add(new Vector3(rnd() * 8, rnd() * 8, 3 + rnd() * 6)));
  if (repeat) pts.splice(2, 0, pts[2]!.clone());
  return pts;
}

describe('centripetalPath', () => {
  const cases: [string, Vector3[]][] = [['two points', walk(2, 7)], ['a lead-like walk', walk(40, 11)], ['a repeated point', walk(6, 3, true)], ['three points', walk(3, 5)]];
  for (const [name, points] of cases) {
    it(`computes what CatmullRomCurve3 computes: ${name}`, () => {
      const three = new CatmullRomCurve3(points.map((p) => p.clone()), false, 'centripetal');
      const mine = centripetalPath(points);
      expect(mine.getLength()).toBe(three.getLength());
      for (let k = 0; k <= 50; k++) {
        const u = k / 50;
        expect(mine.getPointAt(u).toArray()).toEqual(three.getPointAt(u).toArray());
        expect(mine.getTangentAt(u).toArray()).toEqual(three.getTangentAt(u).toArray());
      }
      const a = mine.computeFrenetFrames(24);
      const b = three.computeFrenetFrames(24, false);
      expect(a.normals.map((v) => v.toArray())).toEqual(b.normals.map((v) => v.toArray()));
      expect(a.binormals.map((v) => v.toArray())).toEqual(b.binormals.map((v) => v.toArray()));
    });
  }

  it('tubeGeometry builds the vertices, normals and indices of TubeGeometry', () => {
    const points = walk(30, 13);
    const three = new TubeGeometry(new CatmullRomCurve3(points.map((p) => p.clone())), 40, 0.65, 10, false);
    const mine = tubeGeometry(centripetalPath(points), 40, 0.65, 10);
    expect([...mine.getAttribute('position').array]).toEqual([...three.getAttribute('position').array]);
    expect([...mine.getAttribute('normal').array]).toEqual([...three.getAttribute('normal').array]);
    expect([...mine.index!.array]).toEqual([...three.index!.array]);
  });
});
