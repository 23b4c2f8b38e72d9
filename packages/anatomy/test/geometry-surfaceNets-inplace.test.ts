import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { surfaceNets, type NetsField, type NetsFieldInPlace, type SurfaceNetsOptions } from '../src/geometry/surfaceNets';

// surfaceNets with a field evaluated in place (NetsFieldInPlace: the point in io[0 … 2], the value left in
// io[3]) meshes exactly what the same field as a function does: the same evaluations, rows and mesh.

const lobes: NetsField = (x, y, z) => {
  const ax = Math.abs(x);
  return Math.min(Math.hypot(ax - 6, y, z) - 5, Math.hypot(x, y - 3, z + 2) - 3.2, Math.hypot(Math.hypot(ax, y) - 7, z - 6) - 1.6);
};

function inPlace(f: NetsField, calls: string[]): NetsFieldInPlace {
  const io = new Float64Array(4);
  return { io, at(row) { calls.push(`${io[0]},${io[1]},${io[2]},${row}`); io[3] = f(io[0]!, io[1]!, io[2]!, row); } };
}
const logged = (f: NetsField, calls: string[]): NetsField => (x, y, z, row) => { calls.push(`${x},${y},${z},${row}`); return f(x, y, z, row); };

const same = (a: BufferGeometry, b: BufferGeometry) => {
  for (const name of ['position', 'normal']) expect(Array.from(b.getAttribute(name).array)).toEqual(Array.from(a.getAttribute(name).array));
  expect(Array.from(b.getIndex()!.array)).toEqual(Array.from(a.getIndex()!.array));
};

describe('surfaceNets with a field evaluated in place', () => {
  const o: SurfaceNetsOptions = { min: [-13, -9, -8], max: [13, 9, 9], step: 0.9, coarse: 3, smooth: 2 };
  for (const variant of [{ label: 'whole', mirrorX: false, project: false }, { label: 'mirrored and projected', mirrorX: true, project: true }]) {
    it(`gives the same evaluations and mesh as the function (${variant.label})`, () => {
      const byFunction: string[] = [], byArray: string[] = [];
      const a = surfaceNets(logged(lobes, byFunction), { ...o, ...variant });
      const b = surfaceNets(inPlace(lobes, byArray), { ...o, ...variant });
      expect(a.getIndex()!.count).toBeGreaterThan(1000);
      expect(byArray).toEqual(byFunction);
      same(a, b);
      // Projected vertices are evaluated off the grid lines (row −1).
      expect(byArray.some((c) => c.endsWith(',-1'))).toBe(variant.project);
    });
  }
  it('reads the value the field leaves in io[3]', () => {
    const io = new Float64Array(4);
    // A field that leaves its value anywhere else meshes nothing: io[3] stays 0, nudged to "outside" everywhere.
    const g = surfaceNets({ io, at() { io[2] = lobes(io[0]!, io[1]!, io[2]!, 0); } }, o);
    expect(g.getIndex()!.count).toBe(0);
  });
});
