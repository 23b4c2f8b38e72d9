import { describe, expect, it } from 'vitest';
import { computeSpineFrame, createSpineModel } from '@spine-explainer/anatomy';
import { obturatorForamen } from '../src/periphery/hipIschiumPubis';
import { neckAxes } from '../src/periphery/femurProximal';
import { peripheryPlan } from '../src/periphery/plan';
import { rayHits, shells, soupVolume, vertices, type V3 } from './helpers/measure';
import body from '../src/data/body.json';

const model = createSpineModel({ quality: 'high' });
const plan = peripheryPlan(computeSpineFrame());
const SIDES = ['left', 'right'] as const;
const add = (a: V3, b: V3, k = 1): V3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: V3): V3 => { const l = Math.hypot(...a); return [a[0] / l, a[1] / l, a[2] / l]; };
const cross = (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const bone = (id: string) => model.get(id)!.geometry;
/** Length of bone along a line through p (both ways), from the outermost hits within `reach`. */
const chord = (id: string, p: V3, d: V3, reach = 40): number => {
  const from = add(p, d, -reach);
  const hits = rayHits(bone(id), from, d).filter((t) => t <= 2 * reach);
  return hits.length >= 2 ? hits[hits.length - 1]! - hits[0]! : 0;
};

describe('hip bone: ischium, pubis and the obturator foramen', () => {
  it('leaves the obturator foramen open, ringed by bone all round', () => {
    for (const side of SIDES) {
      const sp = plan[side];
      const { centre, normal, edge } = obturatorForamen(sp);
      const ilium = bone(`ilium-${side}`);
      // Straight through the foramen (and 10 mm either way inside it): no bone.
      for (const e of [edge[1]!, edge[4]!, edge[7]!]) {
        const p = add(centre, sub(e as V3, centre as V3), 0.4);
        expect({ side, hits: rayHits(ilium, add(p, normal as V3, -60), normal as V3).filter((t) => t < 120).length }).toEqual({ side, hits: 0 });
      }
      // Every way out across its plane meets the rim within ~3.5 cm (the foramen is ~5.3 × 4 cm).
      const u = unit(sub(edge[0]! as V3, centre as V3)), v = unit(cross(normal as V3, u));
      for (let k = 0; k < 12; k++) {
        const a = (k / 12) * Math.PI * 2;
        const dir = unit(add([Math.cos(a) * u[0], Math.cos(a) * u[1], Math.cos(a) * u[2]], v, Math.sin(a)));
        const first = rayHits(ilium, centre, dir)[0];
        expect({ side, k, near: first !== undefined && first < 36 && first > 10 }).toEqual({ side, k, near: true });
      }
    }
  });

  it('makes the inferior pubic and ischial rami flat bars, not round tubes', () => {
    for (const side of SIDES) {
      const { centre, normal, edge } = obturatorForamen(plan[side]);
      for (const i of [4, 5]) {
        const e = edge[i]! as V3;
        const radial = unit(sub(e, centre as V3));
        // 5 mm outside the margin, across the bar: wide in the foramen's plane, thin across it.
        const p = add(e, radial, 5);
        const thick = chord(`ilium-${side}`, p, normal as V3, 20);
        const wide = chord(`ilium-${side}`, add(e, radial, -3), radial, 30);
        expect(thick).toBeGreaterThan(3);
        expect({ side, i, flat: wide / thick > 2 }).toEqual({ side, i, flat: true });
      }
    }
  });

  it('has a pubic body reaching the symphysis and an ischial tuberosity as the low back point', () => {
    for (const side of SIDES) {
      const h = model.landmark(`hip-joint-centre-${side}`) as V3;
      const vs = vertices(bone(`ilium-${side}`));
      const low = vs.reduce((a, b) => (b[2] < a[2] ? b : a));
      expect(h[2] - low[2]).toBeGreaterThan(55);
      expect(h[2] - low[2]).toBeLessThan(90);
      expect(low[1]).toBeGreaterThan(h[1]);
      // Interpubic disc ~4 mm: each pubic body's medial face within a few mm of the midline, in front.
      const medial = vs.filter((p) => p[2] < h[2] - 10).reduce((a, b) => (Math.abs(b[0]) < Math.abs(a[0]) ? b : a));
      expect(Math.abs(medial[0])).toBeLessThan(5);
      expect(medial[1]).toBeLessThan(h[1] - 25);
    }
  });

  it('has an ischial spine pointing back and in between the two sciatic notches', () => {
    for (const side of SIDES) {
      const sx = side === 'left' ? 1 : -1;
      const h = model.landmark(`hip-joint-centre-${side}`) as V3;
      const vs = vertices(bone(`ilium-${side}`));
      // How far back and in the bone reaches in a height band (relative to the head centre).
      const reach = (z0: number, z1: number) => Math.max(...vs.filter((p) => p[2] > h[2] + z0 && p[2] < h[2] + z1).map((p) => p[1] - sx * p[0]));
      const spine = reach(-40, -15);
      // Above it (the greater notch) and below it (the lesser notch) the border lies further forward and out.
      expect(spine - reach(-8, 8)).toBeGreaterThan(10);
      expect(spine - reach(-58, -48)).toBeGreaterThan(10);
    }
  });
});

describe('femur: head, neck and trochanters', () => {
  it('reads back a neck-shaft angle within 5° of 129° (Toogood 2009)', () => {
    for (const side of SIDES) {
      const sp = plan[side];
      const h = model.landmark(`hip-joint-centre-${side}`) as V3;
      const vs = vertices(bone(`femur-${side}`));
      const knee = model.landmark(`knee-joint-centre-${side}`) as V3;
      const band = (z0: number, z1: number): V3 => {
        const sel = vs.filter((p) => p[2] > knee[2] + z0 && p[2] < knee[2] + z1);
        return sel.reduce((a, p) => add(a, p, 1 / sel.length), [0, 0, 0] as V3);
      };
      // The shaft's sections at 20 and 30 cm above the knee (ring vertices: their centroid is the section centre).
      const shaftDown = unit(sub(band(195, 205), band(295, 305)));
      // Neck centre at two stations, read from the nearest surface either way across the neck.
      const { up, front } = neckAxes(sp);
      const centreAt = (t: number): V3 => {
        let p = add(h, sp.neckDir as V3, t);
        for (const d of [up as V3, front as V3]) {
          const a = rayHits(bone(`femur-${side}`), p, d)[0]!, b = rayHits(bone(`femur-${side}`), p, [-d[0], -d[1], -d[2]])[0]!;
          p = add(p, d, (a - b) / 2);
        }
        return p;
      };
      const neckToHead = unit(sub(centreAt(20), centreAt(30)));
      const angle = (Math.acos(dot(neckToHead, shaftDown)) * 180) / Math.PI;
      expect(Math.abs(angle - body.femur.neck_shaft_angle_deg)).toBeLessThan(5);
    }
  });

  it('gives the neck an oval section, taller than it is deep', () => {
    for (const side of SIDES) {
      const sp = plan[side];
      const { up, front } = neckAxes(sp);
      const p = add(sp.hip as V3, sp.neckDir as V3, 31);
      const tall = chord(`femur-${side}`, p, up as V3, 30), deep = chord(`femur-${side}`, p, front as V3, 30);
      expect(deep).toBeGreaterThan(22);
      expect({ side, ratio: tall / deep > 1.12 }).toEqual({ side, ratio: true });
    }
  });

  it('raises the greater trochanter to near the head centre, lateral and behind the neck', () => {
    for (const side of SIDES) {
      const sp = plan[side];
      const sx = sp.sx;
      const vs = vertices(bone(`femur-${side}`)).filter((p) => sx * (p[0] - sp.neckBase[0]) > 6);
      const top = vs.reduce((a, b) => (b[2] > a[2] ? b : a));
      expect(Math.abs(top[2] - sp.hip[2])).toBeLessThan(15);
      // Its top is a block, not a knob: 2 cm below the tip it is at least 3 cm from front to back.
      const p: V3 = [top[0], top[1], top[2] - 20];
      expect(chord(`femur-${side}`, p, [0, 1, 0], 40)).toBeGreaterThan(28);
    }
  });
});

describe('coccyx', () => {
  it('is one fused tapering piece (plus small cornua and transverse processes)', () => {
    const g = model.get('coccyx')!.geometry;
    const vols = shells(g).map((s) => soupVolume(s.tri)).sort((a, b) => b - a);
    const total = vols.reduce((a, b) => a + b, 0);
    expect(vols[0]! / total).toBeGreaterThan(0.85);
    // Widths fall from the first segment to the tip, along the chord from its base to its tip.
    const vs = vertices(g);
    const zTop = Math.max(...vs.map((p) => p[2]));
    const baseVs = vs.filter((p) => p[2] > zTop - 3);
    const base = baseVs.reduce((a, p) => add(a, p, 1 / baseVs.length), [0, 0, 0] as V3);
    const tip = vs.reduce((a, b) => (Math.hypot(...sub(b, base)) > Math.hypot(...sub(a, base)) ? b : a));
    const axis = unit(sub(tip, base)), L = Math.hypot(...sub(tip, base));
    const widths = [0, 1, 2, 3].map((k) => {
      const sel = vs.filter((p) => { const t = dot(sub(p, base), axis) / L; return t >= k / 4 + 0.05 && t < (k + 1) / 4 - 0.02; });
      return 2 * Math.max(...sel.map((p) => Math.abs(p[0])));
    });
    for (let k = 1; k < 4; k++) expect(widths[k]!).toBeLessThan(widths[k - 1]!);
    expect(widths[0]!).toBeGreaterThan(15);
    expect(widths[3]!).toBeLessThan(10);
  });
});
