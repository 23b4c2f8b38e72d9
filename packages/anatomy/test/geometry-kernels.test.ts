// The typed-array geometry kernels (lofts, ellipsoids, sweeps, surface nets) against plain reference
// formulas written out here: same points, same faces, closed, and the same result whatever kind of array
// the caller's vectors are.
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { finishMesh, loftRaw, type RawMesh } from '../src/geometry/raw';
import { ellipsoidRaw } from '../src/geometry/ellipsoid';
import { superellipseRing } from '../src/geometry/loft';
import { sweepSections, type Section } from '../src/geometry/sweep';
import { smoothPath } from '../src/geometry/tube';
import { netsRows, surfaceNets } from '../src/geometry/surfaceNets';
import type { Vec3 } from '../src/types';
import { watertightReport } from './helpers/neural-geometry';

/** A deterministic pseudo-random sequence (so a failure is reproducible). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function rings(count: number, n: number, seed: number): Vec3[][] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, k) => Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2, rad = 5 + r() * 2;
    return [Math.cos(a) * rad + r() * 0.1, Math.sin(a) * rad, k * 4 + r()] as Vec3;
  }));
}

const arrays = (m: RawMesh) => ({ p: Array.from(m.positions), i: Array.from(m.indices) });

describe('loftRaw', () => {
  it('lays the rings and the two centroid caps out as the reference loft does, in typed arrays', () => {
    const rs = rings(5, 7, 1);
    const raw = loftRaw(rs);
    expect(raw.positions).toBeInstanceOf(Float64Array);
    expect(raw.indices).toBeInstanceOf(Uint32Array);
    const n = 7, P: number[] = [], I: number[] = [];
    for (const ring of rs) for (const p of ring) P.push(...p);
    for (let r = 0; r < 4; r++) for (let i = 0; i < n; i++) {
      const j = (i + 1) % n, a = r * n, b = (r + 1) * n;
      I.push(a + i, a + j, b + j, a + i, b + j, b + i);
    }
    const cap = (ring: Vec3[], flip: boolean, base: number) => {
      const c = [0, 1, 2].map((k) => ring.reduce((s, p) => s + p[k]!, 0) / n);
      const ci = P.length / 3;
      P.push(...c);
      for (let i = 0; i < n; i++) { const j = (i + 1) % n; I.push(ci, flip ? base + j : base + i, flip ? base + i : base + j); }
    };
    cap(rs[0]!, true, 0);
    cap(rs[4]!, false, 4 * n);
    expect(arrays(raw)).toEqual({ p: P, i: I });
    expect(watertightReport(finishMesh(raw)).ok).toBe(true);
  });

  it('takes apexes for the caps and can leave an end open', () => {
    const rs = rings(3, 5, 2);
    const open = loftRaw(rs, { closeStart: false, endApex: [1, 2, 30] });
    expect(open.positions.length).toBe((3 * 5 + 1) * 3);
    expect(Array.from(open.positions.slice(-3))).toEqual([1, 2, 30]);
    expect(open.indices.length).toBe(2 * 5 * 6 + 5 * 3);
  });
});

describe('finishMesh', () => {
  it('gives the same geometry for a typed RawMesh and the same mesh in plain arrays, with and without a pose', () => {
    const typed = loftRaw(rings(4, 6, 3));
    const plain: RawMesh = { positions: Array.from(typed.positions), indices: Array.from(typed.indices) };
    const pose = { x: [0, 1, 0] as Vec3, y: [-1, 0, 0] as Vec3, z: [0, 0, 1] as Vec3, o: [3.5, -2, 10] as Vec3 };
    for (const t of [undefined, pose]) {
      const a = finishMesh(typed, t), b = finishMesh(plain, t);
      for (const name of ['position', 'normal']) {
        expect(Array.from(a.getAttribute(name).array)).toEqual(Array.from(b.getAttribute(name).array));
      }
      expect(Array.from(a.getIndex()!.array)).toEqual(Array.from(b.getIndex()!.array));
    }
  });
});

describe('vectors of any element kind', () => {
  // Small integers, doubles and holey arrays are different kinds of array to the engine: results must not differ.
  const kinds = (v: Vec3): Vec3[] => {
    const holey = new Array(3) as unknown as Vec3;
    holey[0] = v[0]; holey[1] = v[1]; holey[2] = v[2];
    const doubles = [v[0], v[1], v[2], 0.5].slice(0, 3) as Vec3; // a double array holding the same values
    return [v, doubles, holey, Float64Array.from(v) as unknown as Vec3];
  };

  it('ellipsoidRaw', () => {
    const ref = arrays(ellipsoidRaw([1, 2, 3], [1, 0, 0], [0, 1, 0], [0, 0, 1], [4, 3, 2], 10));
    for (const c of kinds([1, 2, 3])) for (const u of kinds([1, 0, 0])) {
      expect(arrays(ellipsoidRaw(c, u, [0, 1, 0], [0, 0, 1], [4, 3, 2], 10))).toEqual(ref);
    }
    const g = finishMesh(ellipsoidRaw([1, 2, 3], [1, 0, 0], [0, 1, 0], [0, 0, 1], [4, 3, 2], 10));
    expect(watertightReport(g).ok).toBe(true);
  });

  it('sweepSections', () => {
    const sec = (c: Vec3, u: Vec3, v: Vec3): Section[] => [0, 1, 2, 3].map((k) => ({ c: [c[0], c[1], c[2] + k * 5] as Vec3, u, v, a: 3 + k * 0.2, b: 2, exponent: 2.4, bend: k === 2 ? 0.5 : undefined }));
    const ref = arrays(sweepSections(sec([0, 0, 0], [1, 0, 0], [0, 1, 0]), 12, { startCap: 1, endCap: 0.5 }));
    for (const u of kinds([1, 0, 0])) for (const v of kinds([0, 1, 0])) {
      expect(arrays(sweepSections(sec([0, 0, 0], u, v), 12, { startCap: 1, endCap: 0.5 }))).toEqual(ref);
    }
    expect(watertightReport(finishMesh(sweepSections(sec([0, 0, 0], [1, 0, 0], [0, 1, 0]), 12))).ok).toBe(true);
  });
});

describe('superellipseRing', () => {
  it('matches the superellipse formula point by point, for any exponent and phase', () => {
    for (const [exponent, phase] of [[2, 0], [2.5, 0], [3, Math.PI / 7]] as const) {
      const got = superellipseRing([1, 2, 3], [1, 0, 0], [0, 0, 1], 4, 2, 16, exponent, phase);
      got.forEach((p, i) => {
        const t = phase + (i / 16) * Math.PI * 2, e = 2 / exponent;
        const a = Math.sign(Math.cos(t)) * Math.abs(Math.cos(t)) ** e * 4, b = Math.sign(Math.sin(t)) * Math.abs(Math.sin(t)) ** e * 2;
        expect(p).toEqual([1 + a, 2, 3 + b]);
      });
    }
  });
});

describe('smoothPath', () => {
  it('is the uniform Catmull-Rom spline through the points, ends clamped', () => {
    const pts: Vec3[] = [[0, 0, 0], [10, 0, 0], [10, 10, 0], [0, 10, 5]];
    const out = smoothPath(pts, 4);
    expect(out.length).toBe(3 * 4 + 1);
    expect(out[0]).toEqual([0, 0, 0]);
    expect(out[4]).toEqual([10, 0, 0]);
    expect(out[12]).toEqual([0, 10, 5]);
    // Mid-segment between p1 and p2 with p0, p3 as neighbours: (−p0 + 9 p1 + 9 p2 − p3) / 16.
    const mid = out[6]!;
    for (let k = 0; k < 3; k++) expect(mid[k]).toBeCloseTo((-pts[0]![k]! + 9 * pts[1]![k]! + 9 * pts[2]![k]! - pts[3]![k]!) / 16, 12);
  });
});

describe('surfaceNets', () => {
  const sphere = (r: number) => (x: number, y: number, z: number) => Math.hypot(x - 0.3, y + 0.2, z - 0.1) - r;
  const mesh = (smooth: number): BufferGeometry => surfaceNets(sphere(20), { min: [-25, -25, -25], max: [25, 25, 25], step: 2, coarse: 3, smooth });

  it('puts every unsmoothed vertex within one cell of the surface, and closes the mesh', () => {
    const g = mesh(0);
    const p = g.getAttribute('position');
    let worst = 0;
    for (let i = 0; i < p.count; i++) worst = Math.max(worst, Math.abs(Math.hypot(p.getX(i) - 0.3, p.getY(i) + 0.2, p.getZ(i) - 0.1) - 20));
    expect(p.count).toBeGreaterThan(1000);
    expect(worst).toBeLessThan(2 * Math.sqrt(3) * 0.5);
    expect(watertightReport(g).ok).toBe(true);
  });

  it('places each vertex at the mean of its cell\'s edge crossings (linear interpolation of the field)', () => {
    // A plane x = 0.37 crossing cells of size 1: every crossing on an x edge is at x = 0.37 exactly in the cell,
    // so every vertex has x = 0.37 (up to float32), whatever the cell's other edges do.
    const g = surfaceNets((x) => x - 0.37, { min: [-2, -2, -2], max: [2, 2, 2], step: 1, coarse: 2, smooth: 0 });
    const p = g.getAttribute('position');
    expect(p.count).toBeGreaterThan(10);
    for (let i = 0; i < p.count; i++) expect(Math.abs(p.getX(i) - 0.37)).toBeLessThan(1e-5);
  });

  it('smooths without shrinking the sphere by more than a tenth of a cell', () => {
    const p = mesh(2).getAttribute('position');
    let sum = 0;
    for (let i = 0; i < p.count; i++) sum += Math.hypot(p.getX(i) - 0.3, p.getY(i) + 0.2, p.getZ(i) - 0.1);
    expect(Math.abs(sum / p.count - 20)).toBeLessThan(0.2);
  });

  it('projects every vertex onto the zero set when asked, so a coarse grid keeps the surface', () => {
    const err = (g: BufferGeometry) => {
      const p = g.getAttribute('position');
      let worst = 0;
      for (let i = 0; i < p.count; i++) worst = Math.max(worst, Math.abs(Math.hypot(p.getX(i) - 0.3, p.getY(i) + 0.2, p.getZ(i) - 0.1) - 8));
      return worst;
    };
    const o = { min: [-12, -12, -12] as [number, number, number], max: [12, 12, 12] as [number, number, number], step: 3, coarse: 2 };
    const plain = surfaceNets(sphere(8), o), projected = surfaceNets(sphere(8), { ...o, project: true });
    // Same cells, so the same connectivity; only the vertices move.
    expect(Array.from(projected.getIndex()!.array)).toEqual(Array.from(plain.getIndex()!.array));
    expect(err(plain)).toBeGreaterThan(0.3);
    expect(err(projected)).toBeLessThan(0.06);
    expect(watertightReport(projected).ok).toBe(true);
  });

  it('passes the grid line (j + k · ny) of each node to the field, and −1 for a point off the lines', () => {
    const o = { min: [-6, -6, -6] as [number, number, number], max: [6, 6, 6] as [number, number, number], step: 1.5, coarse: 2, project: true };
    const { ny } = netsRows(o);
    const y0 = -6 - 2 * 1.5, z0 = y0;
    let onLine = 0, off = 0;
    surfaceNets((x, y, z, row) => {
      if (row < 0) off++;
      else { onLine++; expect(row).toBe(Math.round((y - y0) / 1.5) + Math.round((z - z0) / 1.5) * ny); }
      return Math.hypot(x, y, z) - 4;
    }, o);
    expect(onLine).toBeGreaterThan(100);
    expect(off).toBeGreaterThan(50);
  });

  it('gives the same mesh when called again, from a smaller grid, or from inside another call\'s field (pooled buffers)', () => {
    const same = (a: BufferGeometry, b: BufferGeometry) => {
      expect(Array.from(b.getAttribute('position').array)).toEqual(Array.from(a.getAttribute('position').array));
      expect(Array.from(b.getIndex()!.array)).toEqual(Array.from(a.getIndex()!.array));
    };
    const first = mesh(2);
    const small = surfaceNets(sphere(3), { min: [-4, -4, -4], max: [4, 4, 4], step: 1, coarse: 2 });
    same(first, mesh(2));
    // A field that meshes while it is being meshed: the inner call must not reuse the outer call's buffers.
    let inner: BufferGeometry | undefined;
    const nested = surfaceNets((x, y, z) => {
      inner ??= surfaceNets(sphere(3), { min: [-4, -4, -4], max: [4, 4, 4], step: 1, coarse: 2 });
      return sphere(20)(x, y, z);
    }, { min: [-25, -25, -25], max: [25, 25, 25], step: 2, coarse: 3, smooth: 2 });
    same(first, nested);
    same(small, inner!);
  });
});
