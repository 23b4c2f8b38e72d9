import { describe, expect, it } from 'vitest';
import { computeSpineFrame as computeFrame, createSpineModel } from '@spine-explainer/anatomy';
import { distanceToMesh, inside, insideTester, meshIssues } from './helpers/periphery-mesh';
import { watertightReport } from './helpers/watertight';

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
const ALL_IDS = [...PELVIS_IDS, 'tibia', 'fibula', 'patella', 'knee-joint', 'scapula', 'humerus', 'clavicle', 'shoulder-joint', 'subacromial-bursa',
  'genicular-nerve-superolateral', 'genicular-nerve-superomedial', 'genicular-nerve-inferomedial', 'suprascapular-nerve',
  'muscle-trapezius', 'muscle-levator-scapulae', 'muscle-erector-spinae', 'muscle-quadratus-lumborum', 'muscle-gluteus-medius', 'muscle-piriformis'];

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
      // Interauricular distance (~109 mm, OMAN_SACRA): the upper joints lie ~5 cm either side.
      const pos = si.getAttribute('position');
      let sum = 0, n = 0;
      for (let i = 0; i < pos.count; i++) if (pos.getZ(i) > bb.max.z - (bb.max.z - bb.min.z) / 3) { sum += Math.abs(pos.getX(i)); n++; }
      expect(2 * (sum / n)).toBeGreaterThan(88);
      expect(2 * (sum / n)).toBeLessThan(125);
      // The ilium lies lateral to the joint.
      expect(distanceToMesh(get(`ilium-${side}`).geometry, inf)).toBeLessThan(6);
    }
  });
});

describe('periphery: every structure', () => {
  it('exists on both sides with its kind, closed and consistently wound at every quality', () => {
    const kindOf = (id: string) => id.startsWith('muscle-') ? 'muscle' : id.includes('nerve') ? 'nerve'
      : /joint|bursa/.test(id) ? 'joint' : 'bone';
    for (const side of SIDES) for (const id of ALL_IDS) {
      expect(get(`${id}-${side}`).kind).toBe(kindOf(id));
      for (const m of [model, low]) {
        const g = m.get(`${id}-${side}`)!.geometry;
        const issues = meshIssues(g);
        expect({ id, ...issues, triangles: 0 }).toEqual({ id, open: 0, nonManifold: 0, misoriented: 0, triangles: 0 });
        expect({ id, watertight: watertightReport(g).watertight }).toEqual({ id, watertight: true });
      }
    }
  });
});

describe('periphery: knee', () => {
  it('puts the joint centre between the femoral condyles and the tibial plateau', () => {
    for (const side of SIDES) {
      const k = model.landmark(`knee-joint-centre-${side}`) as V3;
      const femur = get(`femur-${side}`).geometry, tibia = get(`tibia-${side}`).geometry;
      femur.computeBoundingBox(); tibia.computeBoundingBox();
      expect(femur.boundingBox!.min.z - k[2]).toBeGreaterThan(1);
      expect(femur.boundingBox!.min.z - k[2]).toBeLessThan(6);
      expect(k[2] - tibia.boundingBox!.max.z).toBeGreaterThan(1);
      expect(k[2] - tibia.boundingBox!.max.z).toBeLessThan(6);
      expect(inside(get(`knee-joint-${side}`).geometry, k)).toBe(true);
      // Legs straight: the knee lies below the hip, a few cm nearer the midline; femur ~45 cm.
      const h = model.landmark(`hip-joint-centre-${side}`) as V3;
      expect(Math.abs(h[0]) - Math.abs(k[0])).toBeGreaterThan(10);
      expect(Math.abs(h[0]) - Math.abs(k[0])).toBeLessThan(40);
      expect(h[2] - k[2]).toBeGreaterThan(390);
      expect(h[2] - k[2]).toBeLessThan(460);
      // Tibial plateau ~7–8 cm wide; patella in front of the femur, above the joint line.
      expect(tibia.boundingBox!.max.x - tibia.boundingBox!.min.x).toBeGreaterThan(68);
      expect(tibia.boundingBox!.max.x - tibia.boundingBox!.min.x).toBeLessThan(85);
      const pat = get(`patella-${side}`).geometry; pat.computeBoundingBox();
      expect(pat.boundingBox!.max.y).toBeLessThan(k[1] - 20);
      expect(pat.boundingBox!.min.z).toBeGreaterThan(k[2]);
      const r = model.landmark(`knee-suprapatellar-recess-${side}`) as V3;
      expect(inside(get(`knee-joint-${side}`).geometry, r)).toBe(true);
      expect(r[2]).toBeGreaterThan(pat.boundingBox!.max.z - 15);
      expect(Math.abs(r[0])).toBeGreaterThan(Math.abs(k[0]));
    }
  });

  it('puts the genicular targets on the bone, on their nerves, at the metaphysis–epicondyle junctions', () => {
    for (const side of SIDES) {
      const k = model.landmark(`knee-joint-centre-${side}`) as V3;
      const lat = Math.sign(k[0]);
      for (const [n, bone, above, lateral] of [['superolateral', 'femur', true, true], ['superomedial', 'femur', true, false], ['inferomedial', 'tibia', false, false]] as const) {
        const p = model.landmark(`genicular-${n}-${side}`) as V3;
        expect(distanceToMesh(get(`${bone}-${side}`).geometry, p)).toBeLessThan(3);
        expect(inside(get(`${bone}-${side}`).geometry, p)).toBe(false);
        expect(distanceToMesh(get(`genicular-nerve-${n}-${side}`).geometry, p)).toBeLessThan(2);
        expect(above ? p[2] - k[2] : k[2] - p[2]).toBeGreaterThan(20);
        expect(above ? p[2] - k[2] : k[2] - p[2]).toBeLessThan(70);
        expect(Math.sign((p[0] - k[0]) * lat)).toBe(lateral ? 1 : -1);
      }
    }
  });
});

describe('periphery: shoulder', () => {
  it('seats the humeral head (Ø 44–52 mm) on the glenoid with the joint space between', () => {
    for (const side of SIDES) {
      const post = model.landmark(`glenohumeral-joint-posterior-${side}`) as V3;
      const joint = get(`shoulder-joint-${side}`).geometry;
      expect(inside(joint, post)).toBe(true);
      expect(inside(get(`humerus-${side}`).geometry, post)).toBe(false);
      expect(inside(get(`scapula-${side}`).geometry, post)).toBe(false);
      expect(distanceToMesh(get(`humerus-${side}`).geometry, post)).toBeLessThan(4);
      joint.computeBoundingBox();
      const bb = joint.boundingBox!;
      expect(post[1]).toBeGreaterThan((bb.min.y + bb.max.y) / 2);
      // Biacromial breadth ~38 cm; the joint ~15–18 cm from the midline at the level of T2–T4.
      expect(Math.abs(post[0])).toBeGreaterThan(140);
      expect(Math.abs(post[0])).toBeLessThan(185);
      const hum = get(`humerus-${side}`).geometry; hum.computeBoundingBox();
      expect(hum.boundingBox!.max.z - hum.boundingBox!.min.z).toBeGreaterThan(280);
    }
  });

  it('places the scapula over the posterior chest, T2–T7, 5–8 cm from the midline', () => {
    const f = computeFrame();
    for (const side of SIDES) {
      const sc = get(`scapula-${side}`).geometry;
      const pos = sc.getAttribute('position');
      let minAbsX = Infinity, minZ = Infinity;
      for (let i = 0; i < pos.count; i++) { minAbsX = Math.min(minAbsX, Math.abs(pos.getX(i))); minZ = Math.min(minZ, pos.getZ(i)); }
      expect(minAbsX).toBeGreaterThan(50);
      expect(minAbsX).toBeLessThan(80);
      expect(minZ).toBeLessThan(f.vertebrae.T6.centre[2]);
      expect(minZ).toBeGreaterThan(f.vertebrae.T9.centre[2]);
      const notch = model.landmark(`suprascapular-notch-${side}`) as V3;
      expect(distanceToMesh(get(`suprascapular-nerve-${side}`).geometry, notch)).toBeLessThan(2);
      expect(distanceToMesh(sc, notch)).toBeLessThan(5);
      const bursa = model.landmark(`subacromial-bursa-${side}`) as V3;
      const corner = model.landmark(`acromion-posterolateral-corner-${side}`) as V3;
      expect(distanceToMesh(sc, corner)).toBeLessThan(3);
      expect(inside(get(`subacromial-bursa-${side}`).geometry, bursa)).toBe(true);
      // Under the acromion, above the humeral head.
      expect(corner[2] - bursa[2]).toBeGreaterThan(2);
      expect(corner[2] - bursa[2]).toBeLessThan(20);
      const hum = get(`humerus-${side}`).geometry;
      expect(distanceToMesh(hum, bursa)).toBeLessThan(8);
      expect(inside(hum, bursa)).toBe(false);
    }
  });
});

describe('periphery: muscles', () => {
  it('holds each trigger point inside its muscle', () => {
    for (const side of SIDES) for (const m of ['trapezius', 'levator-scapulae', 'erector-spinae', 'quadratus-lumborum', 'gluteus-medius', 'piriformis']) {
      const p = model.landmark(`trigger-point-${m}-${side}`) as V3;
      expect({ m, side, inside: inside(get(`muscle-${m}-${side}`).geometry, p) }).toEqual({ m, side, inside: true });
    }
  });

  it('lays the erector spinae over the laminae and the quadratus lumborum lateral to the transverse processes', () => {
    const f = computeFrame();
    for (const side of SIDES) {
      const s = side === 'left' ? 1 : -1;
      const l3 = f.vertebrae.L3;
      const es = get(`muscle-erector-spinae-${side}`).geometry;
      const overLamina: V3 = [s * 30, l3.canalCentre[1] + l3.m.canalDepth / 2 + 24, l3.canalCentre[2]];
      expect(inside(es, overLamina)).toBe(true);
      const ql = model.landmark(`trigger-point-quadratus-lumborum-${side}`) as V3;
      expect(Math.abs(ql[0])).toBeGreaterThan(l3.m.transverseSpan / 2);
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
      expect(watertightReport(m.get('skin')!.geometry)).toMatchObject({ watertight: true, degenerateTriangles: 0 });
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

  it('encloses every bone, joint, muscle and nerve (all their vertices), at high and low quality', () => {
    for (const m of [model, low]) {
      const inSkin = insideTester(m.get('skin')!.geometry);
      const outside: string[] = [];
      for (const s of m.structures) {
        if (s.kind === 'skin') continue;
        const pos = s.geometry.getAttribute('position');
        for (let i = 0; i < pos.count; i++) {
          if (!inSkin([pos.getX(i), pos.getY(i), pos.getZ(i)])) { outside.push(`${m.quality}:${s.id}#${i}`); break; }
        }
      }
      expect(outside).toEqual([]);
    }
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
