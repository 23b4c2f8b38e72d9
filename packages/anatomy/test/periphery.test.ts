import { describe, expect, it } from 'vitest';
import { createSpineModel } from '@spine-explainer/anatomy';
import { distanceToMesh, inside, insideTester, meshIssues } from './helpers/periphery-mesh';

const model = createSpineModel({ quality: 'high' });
const low = createSpineModel({ quality: 'low' });
const SIDES = ['left', 'right'] as const;
type V3 = [number, number, number];
const get = (id: string) => {
  const s = model.get(id);
  if (!s) throw new Error(`missing ${id}`);
  return s;
};
const dist = (a: V3, b: V3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

const PELVIS_IDS = ['ilium', 'sacroiliac-joint', 'femur', 'hip-joint'];

describe('periphery: pelvis and hips', () => {
  it('builds every pelvic structure on both sides, with the right kinds', () => {
    for (const side of SIDES) {
      expect(get(`ilium-${side}`).kind).toBe('bone');
      expect(get(`femur-${side}`).kind).toBe('bone');
      expect(get(`sacroiliac-joint-${side}`).kind).toBe('joint');
      expect(get(`hip-joint-${side}`).kind).toBe('joint');
      for (const id of PELVIS_IDS) expect(get(`${id}-${side}`).side).toBe(side);
    }
  });

  it('closes every pelvic mesh (watertight, consistently wound)', () => {
    for (const side of SIDES) for (const id of PELVIS_IDS) {
      for (const m of [model, low]) {
        const issues = meshIssues(m.get(`${id}-${side}`)!.geometry);
        expect({ id, ...issues, triangles: 0 }).toEqual({ id, open: 0, nonManifold: 0, misoriented: 0, triangles: 0 });
      }
    }
  });

  it('puts the hip joint centres 8 cm either side of the midline, below and in front of S1', () => {
    for (const side of SIDES) {
      const h = model.landmark(`hip-joint-centre-${side}`);
      expect(Math.abs(h[0])).toBeGreaterThan(75);
      expect(Math.abs(h[0])).toBeLessThan(90);
      expect(Math.sign(h[0])).toBe(side === 'left' ? 1 : -1);
      expect(h[2]).toBeLessThan(-80);
      expect(h[2]).toBeGreaterThan(-130);
      expect(h[1]).toBeLessThan(0);
    }
  });

  it('sits the femoral head (Ø 45–50 mm) in the acetabulum and inside the hip joint volume', () => {
    for (const side of SIDES) {
      const h = model.landmark(`hip-joint-centre-${side}`) as V3;
      const femur = get(`femur-${side}`).geometry;
      // Head diameter: femur surface points on the acetabular side of the head (away from the neck).
      const pos = femur.getAttribute('position');
      const medial = Math.sign(h[0]) * -1;
      const radii: number[] = [];
      for (let i = 0; i < pos.count; i++) {
        const p: V3 = [pos.getX(i), pos.getY(i), pos.getZ(i)];
        const r = dist(h, p);
        if (r > 5 && ((p[0] - h[0]) * medial + (p[2] - h[2]) * 0.5) / r > 0.7) radii.push(r);
      }
      radii.sort((a, b) => a - b);
      const d = 2 * radii[Math.floor(radii.length / 2)]!;
      expect(d).toBeGreaterThan(45);
      expect(d).toBeLessThan(50.5);
      expect(inside(get(`hip-joint-${side}`).geometry, h)).toBe(true);
      // The acetabular bone surrounds the head: 2–4 mm of joint space, then bone, medially and above.
      const ilium = get(`ilium-${side}`).geometry;
      const medialUp: V3 = [h[0] - Math.sign(h[0]) * 24, h[1], h[2] + 12];
      expect(distanceToMesh(ilium, h)).toBeLessThan(30);
      expect(distanceToMesh(ilium, medialUp)).toBeLessThan(8);
      // The anterior head–neck junction (hip injection target) lies in the capsule, on the neck.
      const j = model.landmark(`hip-head-neck-junction-${side}`) as V3;
      expect(inside(get(`hip-joint-${side}`).geometry, j)).toBe(true);
      expect(distanceToMesh(femur, j)).toBeLessThan(3);
      expect(j[1]).toBeLessThan(h[1]);
    }
  });

  it('places the SI joint at the sacrum’s lateral border, the inferior target low in the joint', () => {
    for (const side of SIDES) {
      const si = get(`sacroiliac-joint-${side}`).geometry;
      si.computeBoundingBox();
      const bb = si.boundingBox!;
      const xs = [Math.abs(bb.min.x), Math.abs(bb.max.x)];
      // Interauricular distance ~109 mm: the joints lie ~4–6 cm from the midline.
      expect(Math.min(...xs)).toBeGreaterThan(25);
      expect(Math.max(...xs)).toBeLessThan(65);
      expect(bb.max.z - bb.min.z).toBeGreaterThan(35);
      const inf = model.landmark(`si-joint-inferior-${side}`) as V3;
      expect(inside(si, inf) || distanceToMesh(si, inf) < 1.5).toBe(true);
      expect(inf[2]).toBeLessThan((bb.min.z + bb.max.z) / 2);
      // The ilium lies lateral to the joint.
      expect(distanceToMesh(get(`ilium-${side}`).geometry, inf)).toBeLessThan(6);
    }
  });
});

describe('periphery: skin', () => {
  const skin = get('skin');

  it('is one closed envelope', () => {
    expect(skin.kind).toBe('skin');
    for (const m of [model, low]) {
      const issues = meshIssues(m.get('skin')!.geometry);
      expect({ ...issues, triangles: 0 }).toEqual({ open: 0, nonManifold: 0, misoriented: 0, triangles: 0 });
    }
  });

  it('keeps needle-target landmarks at least 10 mm under the skin', () => {
    const names = model.landmarks().filter((n) =>
      /^(si-joint-inferior|hip-head-neck-junction|hip-joint-centre|knee-|genicular-|glenohumeral-|subacromial-|suprascapular-|trigger-point-|greater-occipital-nerve|c6-anterior-tubercle|stellate-ganglion|spinous-process-tip|interlaminar-window|sacral-hiatus|sacral-cornu)/.test(n));
    expect(names.length).toBeGreaterThan(6);
    for (const n of names) {
      const p = model.landmark(n) as V3;
      expect({ n, inside: inside(skin.geometry, p) }).toEqual({ n, inside: true });
      expect({ n, deep: distanceToMesh(skin.geometry, p) >= 10 }).toEqual({ n, deep: true });
    }
  });

  it('puts the generator pockets about 1 cm under the skin', () => {
    for (const side of SIDES) for (const site of ['buttock', 'flank']) {
      const p = model.landmark(`scs-ipg-${site}-${side}`) as V3;
      expect(inside(skin.geometry, p)).toBe(true);
      const d = distanceToMesh(skin.geometry, p);
      expect(d).toBeGreaterThan(6);
      expect(d).toBeLessThan(14);
    }
  });

  it('encloses every bone, joint, muscle and nerve (all their vertices)', () => {
    const inSkin = insideTester(skin.geometry);
    const outside: string[] = [];
    for (const s of model.structures) {
      if (s.kind === 'skin') continue;
      const pos = s.geometry.getAttribute('position');
      for (let i = 0; i < pos.count; i++) {
        if (!inSkin([pos.getX(i), pos.getY(i), pos.getZ(i)])) { outside.push(`${s.id}#${i}`); break; }
      }
    }
    expect(outside).toEqual([]);
  });

  it('lies 1–3 cm behind the lumbar spinous process tips', () => {
    for (const l of ['L2', 'L3', 'L4']) {
      const name = `spinous-process-tip-${l}`;
      if (!model.landmarks().includes(name)) continue;
      const d = distanceToMesh(skin.geometry, model.landmark(name) as V3);
      expect(d).toBeGreaterThan(10);
      expect(d).toBeLessThan(32);
    }
  });

  it('stays inside the triangle budgets', () => {
    const count = (m: typeof model) => m.structures
      .filter((s) => ['skin', 'muscle'].includes(s.kind) || /^(ilium|femur|tibia|fibula|patella|humerus|scapula|clavicle|sacroiliac|hip-joint|knee-joint|shoulder-joint|subacromial|genicular|suprascapular)/.test(s.id))
      .reduce((n, s) => n + s.geometry.getIndex()!.count / 3, 0);
    expect(count(model)).toBeLessThanOrEqual(70_000);
    expect(count(low)).toBeLessThanOrEqual(14_000);
    expect(get('skin').geometry.getIndex()!.count / 3).toBeLessThanOrEqual(40_000);
  });
});
