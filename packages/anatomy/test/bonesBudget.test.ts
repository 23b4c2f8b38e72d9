import { describe, expect, it } from 'vitest';
import { buildBones } from './helpers/bones';
import { watertightReport } from './helpers/watertight';

const tris = (m: ReturnType<typeof buildBones>) => m.structures.reduce((n, s) => n + (s.geometry.getIndex()?.count ?? 0) / 3, 0);

// The bones may use at most half of the model's triangle budget (DESIGN §5: high ≤ 300k, low ≤ 60k).
describe('bone budgets per quality tier', () => {
  for (const [q, max] of [['low', 30_000], ['medium', 100_000], ['high', 150_000]] as const) {
    it(`${q}: ≤ ${max} triangles, every solid watertight`, () => {
      const m = buildBones(q);
      const n = tris(m);
      expect(n).toBeLessThanOrEqual(max);
      const bad = m.structures.filter((s) => !watertightReport(s.geometry).watertight).map((s) => s.id);
      expect(bad).toEqual([]);
      console.log(`bones ${q}: ${m.structures.length} structures, ${Math.round(n)} triangles, ${m.ms.toFixed(1)} ms (first build)`);
    });
  }

  it('tiers differ in detail but not in structures or landmarks', () => {
    const lo = buildBones('low'), hi = buildBones('high');
    expect(lo.structures.map((s) => s.id)).toEqual(hi.structures.map((s) => s.id));
    expect([...lo.landmarks.keys()]).toEqual([...hi.landmarks.keys()]);
    expect(tris(hi)).toBeGreaterThan(tris(lo) * 3);
  });
});
