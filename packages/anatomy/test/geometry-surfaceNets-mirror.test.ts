import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { surfaceNets, type SurfaceNetsOptions } from '../src/geometry/surfaceNets';
import { signedVolume } from '../src/geometry/outward';
import { watertightReport } from './helpers/watertight';

// surfaceNets `mirrorX`: a field symmetric in x = 0 is evaluated and walked on one half, and the other half of
// the mesh is its reflection.

/** Two lobes off the midline, a ball across it and a ring around the x axis: all symmetric in x. */
const lobes = (x: number, y: number, z: number) => {
  const ax = Math.abs(x);
  return Math.min(Math.hypot(ax - 6, y, z) - 5, Math.hypot(x, y - 3, z + 2) - 3.2, Math.hypot(Math.hypot(ax, y) - 7, z - 6) - 1.6);
};
/** A symmetric lattice of saddles (many ambiguous faces, some on the mirror plane) inside a ball. */
const saddles = (x: number, y: number, z: number) =>
  Math.max(Math.cos(1.3 * x) * Math.cos(1.1 * y) + Math.cos(1.1 * y) * Math.cos(0.9 * z) + Math.cos(0.9 * z) * Math.cos(1.3 * x) + 0.2, Math.hypot(x, y, z) - 9);

const positions = (g: BufferGeometry) => g.getAttribute('position').array as Float32Array;
const key = (P: ArrayLike<number>, i: number) => `${P[i * 3]},${P[i * 3 + 1]},${P[i * 3 + 2]}`;

/** Vertices whose reflection in x = 0 is not a vertex (exact float32 comparison). */
function unreflected(g: BufferGeometry): number {
  const P = positions(g), n = P.length / 3;
  const set = new Set<string>();
  for (let i = 0; i < n; i++) set.add(key(P, i));
  let missing = 0;
  for (let i = 0; i < n; i++) if (!set.has(`${-P[i * 3]! + 0},${P[i * 3 + 1]},${P[i * 3 + 2]}`)) missing++;
  return missing;
}

/** Triangles whose reflection (the reflected corners, wound the other way) is not a triangle of the mesh. */
function unreflectedTriangles(g: BufferGeometry): number {
  const P = positions(g), I = g.getIndex()!.array;
  const corner = (v: number, flip: boolean) => `${flip ? -P[v * 3]! + 0 : P[v * 3]},${P[v * 3 + 1]},${P[v * 3 + 2]}`;
  // A triangle as the rotation of its corner keys that starts with the smallest (winding kept).
  const canon = (a: string, b: string, c: string) => (a < b && a < c ? `${a}|${b}|${c}` : b < c ? `${b}|${c}|${a}` : `${c}|${a}|${b}`);
  const set = new Set<string>();
  for (let t = 0; t < I.length; t += 3) set.add(canon(corner(I[t]!, false), corner(I[t + 1]!, false), corner(I[t + 2]!, false)));
  let missing = 0;
  for (let t = 0; t < I.length; t += 3) if (!set.has(canon(corner(I[t]!, true), corner(I[t + 2]!, true), corner(I[t + 1]!, true)))) missing++;
  return missing;
}

describe('surfaceNets mirrorX', () => {
  // Mirrored with step 1, 2-cell seeding and a 2-cell pad around |x| ≤ 10: nodes at x = ±0.5, ±1.5 … ±12.5.
  // The same nodes unmirrored: min.x − pad = −12.5.
  const o: SurfaceNetsOptions = { min: [-10, -12, -10], max: [10, 12, 12], step: 1, coarse: 2 };
  const same: SurfaceNetsOptions = { ...o, min: [-10.5, -12, -10], max: [10.5, 12, 12] };

  it('evaluates the field only right of the plane, about half as often, and finds the whole walk\'s vertices', () => {
    for (const project of [false, true]) {
      let left = 0, count = 0;
      const counted = (x: number, y: number, z: number) => { count++; if (x < 0) left++; return lobes(x, y, z); };
      const whole = surfaceNets(counted, { ...same, smooth: 0, project });
      const wholeCount = count;
      count = 0; left = 0;
      const half = surfaceNets(counted, { ...o, smooth: 0, project, mirrorX: true });
      expect(left).toBe(0);
      expect(count).toBeLessThan(0.55 * wholeCount);
      // Unsmoothed and unprojected, the vertices are the whole walk's (float32 rounding aside).
      const round = (g: BufferGeometry) => { const P = positions(g); return Array.from({ length: P.length / 3 }, (_, i) => [0, 1, 2].map((k) => P[i * 3 + k]!.toFixed(4)).join()).sort(); };
      if (!project) expect(round(half)).toEqual(round(whole));
      expect(half.getIndex()!.count).toBe(whole.getIndex()!.count);
    }
  });

  it('is closed, edge-manifold, wound outward and exactly symmetric, smoothed and projected', () => {
    for (const [name, f] of [['lobes', lobes], ['saddles', saddles]] as const) {
      for (const step of [0.7, 1, 1.3]) {
        const g = surfaceNets(f, { ...o, step, smooth: 2, project: true, mirrorX: true });
        const P = positions(g);
        const r = watertightReport(g);
        expect(r.watertight && r.boundaryEdges === 0 && r.nonManifoldEdges === 0, `${name} ${step}`).toBe(true);
        expect(signedVolume(P, g.getIndex()!.array), `${name} ${step}`).toBeGreaterThan(0);
        expect(unreflected(g), `${name} ${step}`).toBe(0);
        expect(unreflectedTriangles(g), `${name} ${step}`).toBe(0);
        // A row of vertices lies on the midline (the plane cuts a column of cells in half).
        let onPlane = 0;
        for (let i = 0; i < P.length; i += 3) if (P[i] === 0) onPlane++;
        expect(onPlane, `${name} ${step}`).toBeGreaterThan(10);
      }
    }
  });

  it('gives three\'s vertex normals (right of the plane bit for bit, their reflections on the left)', () => {
    const g = surfaceNets(lobes, { ...o, smooth: 2, project: true, mirrorX: true });
    const copy = g.clone();
    copy.computeVertexNormals();
    const N = g.getAttribute('normal').array, M = copy.getAttribute('normal').array;
    let worst = 0;
    for (let i = 0; i < N.length; i++) worst = Math.max(worst, Math.abs(N[i]! - M[i]!));
    expect(N.length).toBe(g.getAttribute('position').array.length);
    expect(worst).toBeLessThan(1e-6);
  });

  it('makes the left half the reflection of the right one, whatever the field does left of the plane', () => {
    // One ball at x = +6: the mirrored mesher never looks left, so it gives that ball and its reflection.
    const g = surfaceNets((x, y, z) => Math.hypot(x - 6, y, z) - 3, { ...o, mirrorX: true });
    const P = positions(g);
    let left = 0, right = 0;
    for (let i = 0; i < P.length; i += 3) if (P[i]! < 0) left++; else right++;
    expect(right).toBeGreaterThan(50);
    expect(left).toBe(right);
    expect(unreflected(g)).toBe(0);
    expect(watertightReport(g).watertight).toBe(true);
  });
});
