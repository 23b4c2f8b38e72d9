// The canal's dorsal profile (neural/dorsalWall.ts) casts its rays in the plane x = 0 and asks only the left
// laminae there: each right lamina is the mirror image of its left twin, so a ray in that plane crosses both at
// the same distance. This checks the premise on the model's own canal and bones (high tier).
import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { createSpineModel } from '@spine-explainer/anatomy';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { VERTEBRAE } from '../src/levels';
import { buildCanal } from '../src/neural/canal';
import { firstHit } from '../src/neural/boneContact';

const model = createSpineModel({ quality: 'high' });
const lamina = (l: string, side: string) => model.get(`lamina-${l}-${side}`)?.geometry;

describe('dorsal profile rays in the midline', () => {
  it('lie exactly in x = 0, and meet each right lamina where they meet its left twin', () => {
    const canal = buildCanal(computeSpineFrame());
    const left: BufferGeometry[] = [], both: BufferGeometry[] = [];
    for (const l of VERTEBRAE) {
      const a = lamina(l, 'left'), b = lamina(l, 'right');
      if (a && b) { left.push(a); both.push(a, b); }
    }
    expect(left.length).toBeGreaterThan(20);
    let hitsCount = 0;
    for (let u = 0; u <= canal.uMax; u += 0.25) {
      const s = canal.sample(u);
      expect(s.p[0]).toBe(0);
      expect(s.P[0]).toBe(0);
      const reach = s.D / 2 + 12;
      const a = firstHit(s.p, s.P, left, reach), b = firstHit(s.p, s.P, both, reach);
      if (a === undefined) { expect(b).toBeUndefined(); continue; }
      hitsCount++;
      expect(Math.abs(a - b!)).toBeLessThan(1e-9);
      // And the right laminae alone give the same crossing.
      const r = firstHit(s.p, s.P, both.filter((_, i) => i % 2 === 1), reach);
      expect(Math.abs(a - r!)).toBeLessThan(1e-9);
    }
    expect(hitsCount).toBeGreaterThan(10);
  });
});
