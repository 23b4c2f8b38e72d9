import { describe, expect, it } from 'vitest';
import type { BufferGeometry } from 'three';
import { createSpineModel, type Structure, type Vec3 } from '@spine-explainer/anatomy';
import type { BuildContext } from '../src/build/context';
import { rightTwinId } from '../src/build/mirror';
import { computeSpineFrame } from '../src/frame/spineFrame';
import { QUALITY } from '../src/quality';
import { buildPeripherySide } from '../src/periphery/buildPeriphery';
import { buildMusclesSide } from '../src/periphery/buildMuscles';
import { resolution, siJointGeometry } from '../src/periphery/pelvis';
import { peripheryPlan } from '../src/periphery/plan';
import { skinField } from '../src/periphery/skinField';
import { distanceToMesh } from './helpers/periphery-mesh';

// The periphery and muscle builders make the left side and add the right side as its reflection in x = 0. That is
// only the right side because the plan is symmetric and the side-parametrised builders are: both are checked here.

const IDS = ['sacroiliac-joint', 'ilium', 'femur', 'hip-joint', 'tibia', 'fibula', 'patella', 'knee-joint',
  'genicular-nerve-superolateral', 'genicular-nerve-superomedial', 'genicular-nerve-inferomedial',
  'scapula', 'humerus', 'shoulder-joint', 'subacromial-bursa', 'clavicle', 'suprascapular-nerve',
  'muscle-erector-spinae', 'muscle-quadratus-lumborum', 'muscle-gluteus-medius', 'muscle-piriformis', 'muscle-trapezius', 'muscle-levator-scapulae'];
const LANDMARKS = ['si-joint-inferior', 'hip-joint-centre', 'hip-head-neck-junction', 'knee-joint-centre', 'knee-suprapatellar-recess',
  'genicular-superolateral', 'genicular-superomedial', 'genicular-inferomedial', 'glenohumeral-joint-posterior', 'subacromial-bursa',
  'acromion-posterolateral-corner', 'suprascapular-notch', ...['erector-spinae', 'quadratus-lumborum', 'gluteus-medius', 'piriformis', 'trapezius', 'levator-scapulae'].map((m) => `trigger-point-${m}`)];

/**
 * Built directly for "right", these differ from the mirrored left by their tessellation only: an ellipsoid or tube
 * ring with an odd number of segments (angles 2πk/n) is not symmetric under x → −x, so the two sides sample the
 * same surface at different angles. The trapezius follows the body field, whose smooth union blends the left
 * parts before the right ones (|f(x) − f(−x)| ≈ 3e-4 mm), which Newton's early stop turns into < 0.1 mm.
 */
const RESAMPLED: Record<'high' | 'low', Record<string, number>> = {
  high: { tibia: 3.4, 'subacromial-bursa': 4.8, 'suprascapular-nerve': 0.75, 'genicular-nerve-superolateral': 0.6, 'genicular-nerve-superomedial': 0.6, 'genicular-nerve-inferomedial': 0.6, 'muscle-trapezius': 0.1 },
  low: { 'suprascapular-nerve': 1.05, 'genicular-nerve-superolateral': 0.8, 'genicular-nerve-superomedial': 0.8, 'genicular-nerve-inferomedial': 0.8 },
};

/** Largest distance from a vertex of either mesh to the nearest vertex of the other. */
function setDistance(a: BufferGeometry, b: BufferGeometry): number {
  const one = (p: ArrayLike<number>, q: ArrayLike<number>) => {
    let worst = 0;
    for (let i = 0; i < p.length; i += 3) {
      let best = Infinity;
      for (let j = 0; j < q.length; j += 3) best = Math.min(best, (p[i]! - q[j]!) ** 2 + (p[i + 1]! - q[j + 1]!) ** 2 + (p[i + 2]! - q[j + 2]!) ** 2);
      worst = Math.max(worst, best);
    }
    return Math.sqrt(worst);
  };
  const A = a.getAttribute('position').array, B = b.getAttribute('position').array;
  return Math.max(one(A, B), one(B, A));
}

/** Largest distance from a vertex of either mesh to the other's surface. */
function surfaceDistance(a: BufferGeometry, b: BufferGeometry): number {
  const one = (p: BufferGeometry, q: BufferGeometry) => {
    const P = p.getAttribute('position').array;
    let worst = 0;
    for (let i = 0; i < P.length; i += 3) worst = Math.max(worst, distanceToMesh(q, [P[i]!, P[i + 1]!, P[i + 2]!]));
    return worst;
  };
  return Math.max(one(a, b), one(b, a));
}

/** A build context over a finished model: the right side is built into it, reading the model's earlier parts. */
function rightSideContext(model: ReturnType<typeof createSpineModel>, quality: 'high' | 'low') {
  const built = new Map<string, Structure>();
  const landmarks = new Map<string, Vec3>();
  const ctx: BuildContext = {
    quality, q: QUALITY[quality], frame: computeSpineFrame(),
    add: (s) => { const added = { ...s }; built.set(s.id, added); return added; },
    landmark: (name, p) => { landmarks.set(name, [p[0], p[1], p[2]]); },
    get: (id) => built.get(id) ?? model.get(id),
    getLandmark: (name) => landmarks.get(name) ?? (model.landmarks().includes(name) ? model.landmark(name) : undefined),
  };
  return { ctx, built, landmarks };
}

describe('periphery and muscles: the plan is symmetric', () => {
  it('every point of the right side plan is the left one reflected in x = 0, exactly', () => {
    const plan = peripheryPlan(computeSpineFrame());
    let points = 0;
    const walk = (l: unknown, r: unknown, path: string): void => {
      if (Array.isArray(l) && typeof l[0] === 'number') {
        points++;
        expect(r, path).toEqual([-l[0], l[1], l[2]]);
      } else if (Array.isArray(l)) l.forEach((x, i) => walk(x, (r as unknown[])[i], `${path}[${i}]`));
      else if (l && typeof l === 'object') for (const k of Object.keys(l)) walk((l as Record<string, unknown>)[k], (r as Record<string, unknown>)[k], `${path}.${k}`);
      else if (path === '.sx') expect(r).toBe(-(l as number));
      else if (path !== '.side') expect(r, path).toBe(l);
    };
    walk(plan.left, plan.right, '');
    expect(points).toBeGreaterThan(20);
  });
});

for (const quality of ['high', 'low'] as const) {
  describe(`periphery and muscles: right = mirrored left (${quality})`, () => {
    const model = createSpineModel({ quality });

    it('every right structure is its left twin reflected in x = 0 with the winding reversed, and every right landmark too', () => {
      for (const id of IDS) {
        const l = model.get(`${id}-left`)!, r = model.get(rightTwinId(l.id))!;
        expect([r.id, r.side, r.kind, r.name.replace(/^Right/, 'Left')]).toEqual([`${id}-right`, 'right', l.kind, l.name]);
        const P = l.geometry.getAttribute('position').array, Q = r.geometry.getAttribute('position').array;
        expect(Q.length, id).toBe(P.length);
        for (let i = 0; i < P.length; i += 3) {
          if (Q[i] !== -P[i]! || Q[i + 1] !== P[i + 1] || Q[i + 2] !== P[i + 2]) throw new Error(`${r.id}: vertex ${i / 3} is not the mirror of the left one`);
        }
        // Triangle by triangle, the same corners in the opposite turn (the mirror keeps it facing outward).
        const I = l.geometry.getIndex()!.array, J = r.geometry.getIndex()!.array;
        expect(J.length, id).toBe(I.length);
        for (let t = 0; t < I.length; t += 3) {
          const reversed = [I[t]!, I[t + 2]!, I[t + 1]!];
          const k = reversed.indexOf(J[t]!);
          if (k < 0 || J[t + 1] !== reversed[(k + 1) % 3] || J[t + 2] !== reversed[(k + 2) % 3]) throw new Error(`${r.id}: triangle ${t / 3} is not the left one reversed`);
        }
      }
      for (const name of LANDMARKS) {
        const p = model.landmark(`${name}-left`);
        expect(model.landmark(`${name}-right`), name).toEqual([-p[0], p[1], p[2]]);
      }
    });

    it('the side-parametrised builders give the mirrored left for "right" (up to their tessellation)', () => {
      // A side-sign slip in a builder would put the directly built right part millimetres to centimetres off.
      const { ctx, built, landmarks } = rightSideContext(model, quality);
      const plan = peripheryPlan(ctx.frame);
      buildPeripherySide(ctx, plan.right, plan, siJointGeometry(ctx, plan), resolution(ctx));
      buildMusclesSide(ctx, plan.right, plan, skinField(ctx));
      expect([...built.keys()].sort()).toEqual(IDS.map((id) => `${id}-right`).sort());
      for (const id of IDS) {
        const direct = built.get(`${id}-right`)!.geometry, mirrored = model.get(`${id}-right`)!.geometry;
        expect(direct.getAttribute('position').count, id).toBe(mirrored.getAttribute('position').count);
        const resampled = RESAMPLED[quality][id];
        if (resampled === undefined) expect(setDistance(direct, mirrored), id).toBeLessThan(0.01);
        else {
          // Another sampling of the same surface: every vertex lies on the other mesh within the chord's sag.
          expect(setDistance(direct, mirrored), id).toBeLessThan(resampled);
          expect(surfaceDistance(direct, mirrored), id).toBeLessThan(0.6);
        }
      }
      expect([...landmarks.keys()].sort()).toEqual(LANDMARKS.map((n) => `${n}-right`).sort());
      for (const name of LANDMARKS) {
        const p = landmarks.get(`${name}-right`)!, q = model.landmark(`${name}-right`);
        expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]), name).toBeLessThan(0.01);
      }
    });
  });
}
