// The allocation-lean paths of the mesh kernels give the same meshes as the plain ones: a loft through rings
// written flat, a sweep reusing its scratch across calls of different sizes, a finished mesh of many
// transformed parts, and a tube without normals.
import { describe, expect, it } from 'vitest';
import { finishMesh, loftCaps, loftFlat, loftRaw, mergeRaw, rawBuffers, type RawMesh } from '../src/geometry/raw';
import { mergeGeometries, sweepSections, type Section } from '../src/geometry/sweep';
import { tubeAlong } from '../src/geometry/tube';
import type { Vec3 } from '../src/types';

function rings(count: number, n: number, seed: number): Vec3[][] {
  let s = seed >>> 0;
  const r = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  return Array.from({ length: count }, (_, k) => Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2, rad = 5 + r() * 2;
    return [Math.cos(a) * rad + r() * 0.1, Math.sin(a) * rad, k * 4 + r()] as Vec3;
  }));
}

function flat(rs: Vec3[][], caps: number): Float64Array {
  const out = new Float64Array((rs.length * rs[0]!.length + caps) * 3);
  let o = 0;
  for (const ring of rs) for (const p of ring) { out[o++] = p[0]; out[o++] = p[1]; out[o++] = p[2]; }
  return out;
}

const same = (a: RawMesh, b: RawMesh) => {
  expect(Array.from(a.positions)).toEqual(Array.from(b.positions));
  expect(Array.from(a.indices)).toEqual(Array.from(b.indices));
};

describe('loftFlat', () => {
  it('gives loftRaw\'s mesh for every choice of caps and apices', () => {
    const rs = rings(5, 9, 7);
    const choices = [{}, { closeStart: false }, { closeEnd: false }, { closeStart: false, closeEnd: false },
      { startApex: [0, 0, -3] as Vec3, endApex: [1, 0, 22] as Vec3 }];
    for (const o of choices) same(loftFlat(flat(rs, loftCaps(o)), 5, 9, o), loftRaw(rs, o));
  });
  it('refuses positions that do not hold the rings and the apices', () => {
    const rs = rings(3, 6, 1);
    expect(() => loftFlat(flat(rs, 0), 3, 6)).toThrow(/apices/);
    expect(() => loftFlat(flat(rs, 2), 1, 18)).toThrow(/2 rings/);
  });
});

describe('sweepSections scratch', () => {
  const section = (z: number, a: number): Section => ({ c: [0, 0, z], u: [1, 0, 0], v: [0, 1, 0], a, b: a * 0.6, exponent: 2.5, bend: 0.3 });
  it('a sweep is the same before and after a larger and a smaller one', () => {
    const small = [section(0, 2), section(3, 2.5), section(6, 2)];
    const large = Array.from({ length: 40 }, (_, k) => section(k, 1 + (k % 5)));
    const first = sweepSections(small, 8, { startCap: 0.5, endCap: 1 });
    const big = sweepSections(large, 12, { startCap: 0.3, endCap: 0.3 });
    const again = sweepSections(small, 8, { startCap: 0.5, endCap: 1 });
    same(first, again);
    // The large sweep's end apex: its last centroid (z = 39) pushed 0.3 further along +z.
    const p = big.positions, a1 = (40 * 12 + 1) * 3;
    expect(p[a1 + 2]).toBeCloseTo(39.3, 9);
    expect(p[a1 - 1]).toBeCloseTo(-0.3, 9); // the start apex, pushed back from z = 0
  });
});

describe('finishMesh with a transform', () => {
  it('maps every part of a merged mesh through the same affine', () => {
    const a = loftRaw(rings(3, 6, 2)), b = loftRaw(rings(4, 6, 3));
    const t = { x: [0, 1, 0] as Vec3, y: [-1, 0, 0] as Vec3, z: [0, 0, 1] as Vec3, o: [10, 20, 30] as Vec3 };
    const g = finishMesh(mergeRaw([a, b]), t);
    const pos = g.getAttribute('position').array;
    const src = [...Array.from(a.positions), ...Array.from(b.positions)];
    for (let i = 0; i < src.length; i += 3) {
      expect(pos[i]).toBeCloseTo(10 - src[i + 1]!, 4);
      expect(pos[i + 1]).toBeCloseTo(20 + src[i]!, 4);
      expect(pos[i + 2]).toBeCloseTo(30 + src[i + 2]!, 4);
    }
  });
});

describe('tubeAlong normals option', () => {
  it('without normals: the same positions and index, no normal attribute', () => {
    const path: Vec3[] = [[0, 0, 0], [0, 2, 5], [1, 3, 10], [3, 3, 14]];
    const opts = { radius: (t: number) => 2 - t, radial: 7 };
    const withN = tubeAlong(path, opts), without = tubeAlong(path, { ...opts, normals: false });
    expect(Array.from(without.getAttribute('position').array)).toEqual(Array.from(withN.getAttribute('position').array));
    expect(Array.from(without.getIndex()!.array)).toEqual(Array.from(withN.getIndex()!.array));
    expect(withN.getAttribute('normal')).toBeDefined();
    expect(without.getAttribute('normal')).toBeUndefined();
  });
});

describe('shared buffers', () => {
  it('rawBuffers gives positions and indices that do not overlap', () => {
    const { positions, indices } = rawBuffers(9, 7);
    positions.fill(-1.5); indices.fill(4294967295);
    expect(positions.length).toBe(9);
    expect(indices.length).toBe(7);
    expect([...positions].every((v) => v === -1.5)).toBe(true);
    expect([...indices].every((v) => v === 4294967295)).toBe(true);
  });
  it('rawBuffers starts every pair zeroed and never hands out the same memory twice', () => {
    const got = Array.from({ length: 400 }, (_, k) => rawBuffers(3 * (k % 50 + 1), 6 * (k % 7 + 1)));
    for (const g of got) {
      expect([...g.positions].every((v) => v === 0)).toBe(true);
      expect([...g.indices].every((v) => v === 0)).toBe(true);
    }
    got.forEach((g, k) => { g.positions.fill(k + 1); g.indices.fill(k + 1); });
    got.forEach((g, k) => {
      expect([...g.positions].every((v) => v === k + 1)).toBe(true);
      expect([...g.indices].every((v) => v === k + 1)).toBe(true);
    });
    const large = rawBuffers(30000, 60000);
    expect(large.positions.length).toBe(30000);
    expect(large.indices.length).toBe(60000);
  });
  it('finishMesh\'s position, normal and index arrays are disjoint views of the right lengths', () => {
    const raw = loftRaw(rings(4, 10, 5));
    const g = finishMesh(raw);
    const p = g.getAttribute('position').array as Float32Array, n = g.getAttribute('normal').array as Float32Array;
    const i = g.getIndex()!.array as Uint16Array;
    expect(p.length).toBe(raw.positions.length);
    expect(n.length).toBe(raw.positions.length);
    expect(i.length).toBe(raw.indices.length);
    expect(i).toBeInstanceOf(Uint16Array);
    expect(Array.from(i)).toEqual(Array.from(raw.indices));
    expect(Array.from(p)).toEqual(Array.from(Float32Array.from(raw.positions)));
    for (let k = 0; k < n.length; k += 3) expect(Math.hypot(n[k]!, n[k + 1]!, n[k + 2]!)).toBeCloseTo(1, 5);
    // Views of one buffer, one after the other.
    expect(n.byteOffset).toBeGreaterThanOrEqual(p.byteOffset + p.byteLength);
    expect(i.byteOffset).toBeGreaterThanOrEqual(n.byteOffset + n.byteLength);
  });
});

describe('mergeGeometries', () => {
  it('concatenates positions, normals and offset indices into disjoint views', () => {
    const a = finishMesh(loftRaw(rings(3, 6, 8))), b = finishMesh(loftRaw(rings(4, 5, 9)));
    const arr = (g: ReturnType<typeof finishMesh>, k: 'position' | 'normal') => Array.from(g.getAttribute(k).array);
    const ia = Array.from(a.getIndex()!.array), ib = Array.from(b.getIndex()!.array);
    const expected = { p: [...arr(a, 'position'), ...arr(b, 'position')], n: [...arr(a, 'normal'), ...arr(b, 'normal')] };
    const na = a.getAttribute('position').count;
    const m = mergeGeometries([a, b]);
    const p = m.getAttribute('position').array, n = m.getAttribute('normal').array, i = m.getIndex()!.array;
    expect(Array.from(p)).toEqual(expected.p);
    expect(Array.from(n)).toEqual(expected.n);
    expect(Array.from(i)).toEqual([...ia, ...ib.map((x) => x + na)]);
    expect(n.byteOffset).toBeGreaterThanOrEqual(p.byteOffset + p.byteLength);
    expect(i.byteOffset).toBeGreaterThanOrEqual(n.byteOffset + n.byteLength);
  });
});
