// neural/mesh.ts signedVolume / orientOutward: the typed path gives exactly geometry/outward's volume (Uint16 and
// Uint32 indices), and an inward mesh is turned outward with its normals.
import { describe, expect, it } from 'vitest';
import { BufferAttribute } from 'three';
import { ellipsoid } from '../src/geometry/ellipsoid';
import { signedVolume as generic } from '../src/geometry/outward';
import { orientOutward, signedVolume } from '../src/neural/mesh';

const blob = (index: 'u16' | 'u32') => {
  const g = ellipsoid([3, -2, 5], [1, 0, 0], [0, 1, 0], [0, 0, 1], [6, 4, 9], 16);
  const I = g.getIndex()!.array;
  g.setIndex(new BufferAttribute(index === 'u16' ? Uint16Array.from(I) : Uint32Array.from(I), 1));
  return g;
};

describe('neural mesh orientation', () => {
  for (const type of ['u16', 'u32'] as const) {
    it(`signed volume equals the generic one exactly (${type} index)`, () => {
      const g = blob(type);
      const v = signedVolume(g);
      expect(v).toBe(generic(Array.from(g.getAttribute('position').array), Array.from(g.getIndex()!.array)));
      expect(v).toBeGreaterThan(0.9 * (4 / 3) * Math.PI * 6 * 4 * 9);
    });
  }

  it('turns an inward mesh outward, normals too, and leaves an outward one alone', () => {
    const g = blob('u16');
    const before = Array.from(g.getIndex()!.array);
    expect(orientOutward(g).getIndex()!.array).toEqual(Uint16Array.from(before));
    const I = g.getIndex()!.array as Uint16Array;
    for (let t = 0; t < I.length; t += 3) { const b = I[t + 1]!; I[t + 1] = I[t + 2]!; I[t + 2] = b; }
    const n0 = g.getAttribute('normal').getX(0);
    const v = signedVolume(g);
    expect(v).toBeLessThan(0);
    orientOutward(g);
    expect(signedVolume(g)).toBe(-v);
    expect(Array.from(g.getIndex()!.array)).toEqual(before);
    expect(g.getAttribute('normal').getX(0)).toBe(-n0);
  });
});
