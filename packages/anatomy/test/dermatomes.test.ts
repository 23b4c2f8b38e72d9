import { describe, expect, it } from 'vitest';
import { createSpineModel } from '@spine-explainer/anatomy';
import {
  DERMATOMES, DERMATOME_ROOTS, DERMATOME_SOURCES, PAIN_PATTERNS, PROCEDURE_PAIN_PATTERNS,
  dermatomeWeights, getDermatome, painPatternWeights, painPatternsForProcedure,
} from '../src/dermatomes';

// The regions are checked against plain LPS positions on the skin (not the body map the module uses).
const model = createSpineModel({ quality: 'medium' });
const pos = model.get('skin')!.geometry.getAttribute('position');
const N = pos.count;
const P = Array.from({ length: N }, (_, i) => [pos.getX(i), pos.getY(i), pos.getZ(i)] as const);
const L = (name: string) => model.landmark(name);
const hip = L('hip-joint-centre-left'), knee = L('knee-joint-centre-left');
const zOf = (level: string) => L(`vertebral-body-centre-${level}`)[2];

/** Vertices of the left side matching a predicate (asserts there are some, so a test cannot pass on nothing). */
function where(pred: (x: number, y: number, z: number) => boolean, min = 3): number[] {
  const out: number[] = [];
  for (let i = 0; i < N; i++) if (pred(P[i]![0], P[i]![1], P[i]![2])) out.push(i);
  expect(out.length, 'sample region has skin vertices').toBeGreaterThanOrEqual(min);
  return out;
}
const mean = (w: Float32Array, idx: number[]) => idx.reduce((s, i) => s + w[i]!, 0) / idx.length;
const max = (w: Float32Array, idx: number[]) => idx.reduce((s, i) => Math.max(s, w[i]!), 0);

// Angle around the left lower limb's axis (0 = anterior, +90 = lateral, 180 = posterior, -90 = medial).
const around = (x: number, y: number, cx: number, cy: number) => (Math.atan2(x - cx, -(y - cy)) * 180) / Math.PI;

const shinAnterolateral = () => where((x, y, z) => z < knee[2] - 50 && z > knee[2] - 170 && x > 0 && (() => { const a = around(x, y, knee[0], knee[1]); return a > 20 && a < 80; })());
const calfPosterior = () => where((x, y, z) => z < knee[2] - 50 && z > knee[2] - 170 && x > 0 && Math.abs(around(x, y, knee[0], knee[1])) > 150);
const shinMedial = () => where((x, y, z) => z < knee[2] - 50 && z > knee[2] - 170 && x > 0 && (() => { const a = around(x, y, knee[0], knee[1]); return a < -60 && a > -120; })());
// The thighs meet in the middle of our body envelope, so "medial thigh" is the anteromedial surface.
const thighMedial = () => where((x, y, z) => {
  if (z > hip[2] - 120 || z < knee[2] + 80 || x <= 0) return false;
  const t = (z - hip[2]) / (knee[2] - hip[2]);
  const cx = hip[0] + (knee[0] - hip[0]) * t, cy = hip[1] + (knee[1] - hip[1]) * t;
  const a = around(x, y, cx, cy);
  return a < -25 && a > -80;
});
const neckBack = () => where((x, y, z) => z > zOf('C6') && z < zOf('C3') && Math.abs(x) < 30 && y > L('spinous-process-tip-C5')[1]);
const humerus = model.get('humerus-left')!.geometry;
humerus.computeBoundingBox();
const hb = humerus.boundingBox!;
const hpos = humerus.getAttribute('position');
/** Most lateral point of the humerus within ±60 mm of a height (the shaft mesh has few rings). */
const humerusMaxX = (z: number) => {
  let m = -Infinity;
  for (let i = 0; i < hpos.count; i++) if (Math.abs(hpos.getZ(i) - z) < 60) m = Math.max(m, hpos.getX(i));
  return m;
};
const armLateral = () => where((x, y, z) => z > hb.min.z + 0.1 * (hb.max.z - hb.min.z) && z < hb.min.z + 0.4 * (hb.max.z - hb.min.z) && x > humerusMaxX(z) + 10);
const anteriorMidline = (z0: number, z1: number) => where((x, y, z) => Math.abs(x) < 25 && z > z0 && z < z1 && y < -60);

describe('dermatomes: table and citations', () => {
  it('has C2 … S2 in order, each with a description and at least one region', () => {
    expect(DERMATOME_ROOTS).toEqual(['C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2']);
    for (const d of DERMATOMES) {
      expect(d.description.length, d.root).toBeGreaterThan(10);
      expect(d.regions.length, d.root).toBeGreaterThan(0);
    }
  });

  it('cites a published source for every dermatome, every pain pattern and every region', () => {
    const keys = new Set(Object.keys(DERMATOME_SOURCES));
    for (const e of [...DERMATOMES, ...PAIN_PATTERNS]) {
      expect(e.sources.length, JSON.stringify(e.regions[0])).toBeGreaterThan(0);
      for (const s of e.sources) expect(keys.has(s), s).toBe(true);
      for (const r of e.regions) {
        expect(keys.has(r.source), r.source).toBe(true);
        expect(e.sources).toContain(r.source);
      }
    }
    for (const s of Object.values(DERMATOME_SOURCES)) expect(s.citation).toMatch(/\d{4}/);
    expect(DERMATOME_SOURCES.LEE_2008.citation).toMatch(/Clin Anat\. 2008;21/);
  });

  it('says honestly where the limb bands continue beyond the skin we show', () => {
    expect(getDermatome('L5').continues).toMatch(/big toe/);
    expect(getDermatome('S1').continues).toMatch(/little toe/);
    expect(getDermatome('C6').continues).toMatch(/thumb/);
    expect(() => getDermatome('L9')).toThrow(/L9.*Known roots: C2/);
  });

  it('maps procedures to the patterns they are for', () => {
    const ids = new Set(PAIN_PATTERNS.map((p) => p.id));
    for (const list of Object.values(PROCEDURE_PAIN_PATTERNS)) for (const p of list) expect(ids.has(p), p).toBe(true);
    expect(painPatternsForProcedure('medial-branch-block', 'L4')).toEqual(['lumbar-facet']);
    expect(painPatternsForProcedure('facet-joint-injection', 'C5-C6')).toEqual(['cervical-facet']);
    expect(painPatternsForProcedure('sacroiliac-joint-injection')).toEqual(['sacroiliac']);
    expect(painPatternsForProcedure('epidural-transforaminal', 'L5-S1')).toEqual(['radicular-L5']);
    expect(painPatternsForProcedure('selective-nerve-root-block', 'S1')).toEqual(['radicular-S1']);
    expect(painPatternsForProcedure('knee-joint-injection')).toEqual([]);
  });
});

describe('dermatomes: weights on the skin', () => {
  it('gives one weight in 0..1 per skin vertex, with a soft edge, and every root a non-empty band on both sides', () => {
    for (const root of DERMATOME_ROOTS) {
      const w = dermatomeWeights(model, root);
      expect(w.length).toBe(N);
      let lo = Infinity, hi = -Infinity, left = 0, right = 0, soft = 0;
      for (let i = 0; i < N; i++) {
        lo = Math.min(lo, w[i]!); hi = Math.max(hi, w[i]!);
        if (w[i]! > 0.5) (P[i]![0] >= 0 ? left++ : right++);
        if (w[i]! > 0.1 && w[i]! < 0.9) soft++;
      }
      expect(lo, root).toBeGreaterThanOrEqual(0);
      expect(hi, root).toBeLessThanOrEqual(1);
      expect(hi, root).toBeGreaterThan(0.95);
      expect(left, root).toBeGreaterThanOrEqual(3);
      expect(right, root).toBeGreaterThanOrEqual(3);
      expect(Math.abs(left - right) / Math.max(left, right), root).toBeLessThan(0.25);
      expect(soft, `${root} has a falloff`).toBeGreaterThan(0);
    }
  });

  it('L5 runs down the anterolateral leg below the knee, not on the medial thigh or the back of the neck', () => {
    const w = dermatomeWeights(model, 'L5');
    expect(mean(w, shinAnterolateral())).toBeGreaterThan(0.8);
    expect(max(w, thighMedial())).toBeLessThan(0.05);
    expect(max(w, neckBack())).toBeLessThan(0.01);
    expect(mean(w, shinMedial())).toBeLessThan(0.3);
  });

  it('L4 is on the medial shin, S1 on the posterior calf', () => {
    expect(mean(dermatomeWeights(model, 'L4'), shinMedial())).toBeGreaterThan(0.7);
    expect(mean(dermatomeWeights(model, 'S1'), calfPosterior())).toBeGreaterThan(0.8);
    expect(mean(dermatomeWeights(model, 'L5'), calfPosterior())).toBeLessThan(0.2);
  });

  it('C6 is on the lateral upper arm (toward the elbow), C2 not on the arm', () => {
    expect(mean(dermatomeWeights(model, 'C6'), armLateral())).toBeGreaterThan(0.6);
    expect(max(dermatomeWeights(model, 'C2'), armLateral())).toBeLessThan(0.01);
  });

  it('T10 crosses the anterior midline at umbilicus height (L3–L4), T4 higher at the nipple line', () => {
    const umbilicus = (zOf('L3') + zOf('L4')) / 2;
    const w10 = dermatomeWeights(model, 'T10');
    expect(mean(w10, anteriorMidline(umbilicus - 12, umbilicus + 12))).toBeGreaterThan(0.8);
    expect(max(w10, anteriorMidline(zOf('T8') - 20, zOf('T8') + 20))).toBeLessThan(0.05);
    const w4 = dermatomeWeights(model, 'T4');
    expect(mean(w4, anteriorMidline(zOf('T8') - 10, zOf('T8') + 10))).toBeGreaterThan(0.8);
    // Posteriorly the band sits at its own spinous process, higher than in front (the bands slope down anteriorly).
    const sp = L('spinous-process-tip-T10');
    expect(mean(w10, where((x, y, z) => Math.abs(x) < 25 && y > sp[1] && Math.abs(z - sp[2]) < 12))).toBeGreaterThan(0.8);
  });
});

describe('pain patterns', () => {
  const lowBack = () => where((x, y, z) => Math.abs(x) > 15 && Math.abs(x) < 55 && Math.abs(z - zOf('L4')) < 15 && y > L('spinous-process-tip-L4')[1] - 25);
  const buttock = () => where((x, y, z) => Math.abs(x) > 50 && Math.abs(x) < 110 && z < hip[2] + 20 && z > hip[2] - 50 && y > hip[1] + 80);
  const belowKnee = () => where((x, y, z) => z < knee[2] - 60);
  const chestFront = () => where((x, y, z) => Math.abs(x) < 60 && z > zOf('T6') - 30 && z < zOf('T6') + 30 && y < -60);

  it('lumbar facet: low back and buttock, not below the knee or on the chest', () => {
    const w = painPatternWeights(model, 'lumbar-facet');
    expect(mean(w, lowBack())).toBeGreaterThan(0.85);
    expect(mean(w, buttock())).toBeGreaterThan(0.5);
    expect(max(w, belowKnee())).toBeLessThan(0.01);
    expect(max(w, chestFront())).toBeLessThan(0.01);
  });

  it('sacroiliac: strongest in the buttock just below the PSIS (Fortin area), weaker down the leg', () => {
    const w = painPatternWeights(model, 'sacroiliac');
    const si = L('si-joint-inferior-left');
    const fortin = where((x, y, z) => Math.abs(x) > 28 && Math.abs(x) < 55 && z < si[2] + 10 && z > si[2] - 50 && y > si[1]);
    expect(mean(w, fortin)).toBeGreaterThan(0.85);
    expect(mean(w, buttock())).toBeGreaterThan(0.5);
    expect(max(w, belowKnee())).toBeLessThan(0.3);
    expect(max(w, neckBack())).toBeLessThan(0.01);
  });

  it('cervical facet: back of the neck, not the low back', () => {
    const w = painPatternWeights(model, 'cervical-facet');
    expect(mean(w, neckBack())).toBeGreaterThan(0.85);
    expect(max(w, lowBack())).toBeLessThan(0.01);
  });

  it('radicular patterns follow their dermatome, and unknown patterns throw with the list', () => {
    expect(Array.from(painPatternWeights(model, 'radicular-L5'))).toEqual(Array.from(dermatomeWeights(model, 'L5')));
    expect(() => painPatternWeights(model, 'knee-ache')).toThrow(/knee-ache.*lumbar-facet/);
  });
});

describe('quality tiers', () => {
  it('every root still has a band on the low-quality skin', () => {
    const low = createSpineModel({ quality: 'low' });
    for (const root of DERMATOME_ROOTS) {
      const w = dermatomeWeights(low, root);
      expect(w.length).toBe(low.get('skin')!.geometry.getAttribute('position').count);
      expect(w.filter((v) => v > 0.5).length, root).toBeGreaterThanOrEqual(2);
    }
    low.dispose();
  });
});
