import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../src/types';
import { roundTube } from '../src/neural/mesh';

const path: Vec3[] = [[0, 0, 0], [1, 2, 3], [2, 5, 5], [4, 7, 6], [7, 8, 6]];

describe('roundTube layout', () => {
  it('positions, normals and index are disjoint views of one buffer, of the right lengths', () => {
    const radial = 8;
    const g = roundTube(path, () => 0.8, radial);
    const P = g.getAttribute('position').array as Float32Array, N = g.getAttribute('normal').array as Float32Array;
    const I = g.getIndex()!.array as Uint32Array;
    const nv = path.length * radial + 2;
    expect(P).toBeInstanceOf(Float32Array);
    expect(N).toBeInstanceOf(Float32Array);
    expect(I).toBeInstanceOf(Uint32Array);
    expect(P.length).toBe(nv * 3);
    expect(N.length).toBe(nv * 3);
    expect(I.length).toBe((path.length - 1) * radial * 6 + radial * 6);
    expect(N.buffer).toBe(P.buffer);
    expect(I.buffer).toBe(P.buffer);
    const spans = [P, N, I].map((a) => [a.byteOffset, a.byteOffset + a.byteLength] as const).sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < spans.length; k++) expect(spans[k]![0]).toBeGreaterThanOrEqual(spans[k - 1]![1]);
  });

  it('rings sit at the radius from the path with unit radial normals, caps on the path ends', () => {
    const radial = 6, r = 1.25;
    const g = roundTube(path, () => r, radial);
    const P = g.getAttribute('position').array as Float32Array, N = g.getAttribute('normal').array as Float32Array;
    for (let i = 0; i < path.length; i++) {
      for (let k = 0; k < radial; k++) {
        const o = (i * radial + k) * 3;
        expect(Math.hypot(P[o]! - path[i]![0], P[o + 1]! - path[i]![1], P[o + 2]! - path[i]![2])).toBeCloseTo(r, 5);
        expect(Math.hypot(N[o]!, N[o + 1]!, N[o + 2]!)).toBeCloseTo(1, 5);
      }
    }
    const s0 = path.length * radial * 3;
    expect([P[s0], P[s0 + 1], P[s0 + 2]]).toEqual(path[0]);
    expect([P[s0 + 3], P[s0 + 4], P[s0 + 5]]).toEqual(path[path.length - 1]);
    for (const v of g.getIndex()!.array) expect(v).toBeLessThan(path.length * radial + 2);
  });
});
