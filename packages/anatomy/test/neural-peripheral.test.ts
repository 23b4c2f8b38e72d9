import { describe, expect, it } from 'vitest';
import { createSpineModel, MEDIAL_BRANCH_LEVELS, SIDES } from '@spine-explainer/anatomy';
import type { SpineModel, Vec3 } from '@spine-explainer/anatomy';
import { computeSpineFrame } from '../src/frame/spineFrame';
import type { VertebraLevel } from '../src/levels';
import { vertebraLayout } from '../src/bones/vertebraGeometry';
import { solidTester, vertices, watertightReport } from './helpers/neural-geometry';

const frame = computeSpineFrame();
const model: SpineModel = createSpineModel({ quality: 'medium' });
const toLocal = (level: VertebraLevel, p: Vec3): Vec3 => {
  const v = frame.vertebrae[level];
  const d: Vec3 = [p[0] - v.centre[0], p[1] - v.centre[1], p[2] - v.centre[2]];
  const dot = (a: Vec3) => d[0] * a[0] + d[1] * a[1] + d[2] * a[2];
  return [dot(v.axis.x), dot(v.axis.y), dot(v.axis.z)];
};
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const minDist = (id: string, p: Vec3) => Math.min(...vertices(model.get(id)!.geometry).map((v) => dist(v, p)));

const IDS = [
  ...MEDIAL_BRANCH_LEVELS.flatMap((l) => SIDES.map((s) => `medial-branch-${l}-${s}`)),
  ...SIDES.flatMap((s) => [`dorsal-ramus-L5-${s}`, `sympathetic-chain-${s}`, `stellate-ganglion-${s}`, `greater-occipital-nerve-${s}`]),
];
const NEXT: Record<string, string> = { L1: 'L2', L2: 'L3', L3: 'L4', L4: 'L5' };

describe('neural periphery', () => {
  it('has every medial branch, the L5 dorsal rami, chains, stellate ganglia and occipital nerves, closed', () => {
    for (const id of IDS) {
      const s = model.get(id);
      expect(s, id).toBeDefined();
      expect(s!.kind, id).toBe('nerve');
      const r = watertightReport(s!.geometry);
      expect(r.ok, `${id}: ${r.badEdges} bad edges`).toBe(true);
    }
    for (const n of ['stellate-ganglion', 'greater-occipital-nerve']) for (const s of SIDES) expect(model.landmark(`${n}-${s}`).every(Number.isFinite)).toBe(true);
  });

  // The bones' sap-tp-junction points lie a few mm inside the bone (in the pedicle/SAP corner): the branch
  // runs on the nearest bone surface (1 mm off it), so it is checked to within 6 mm of that point, to hug the
  // bone (2.5 mm back toward the bony point is bone), and to stay outside the bone.
  it('lumbar medial branches L1–L4 cross the SAP–TP junction of the level below (L4 on L5), 1–2 mm off the bone', () => {
    for (const level of ['L1', 'L2', 'L3', 'L4']) {
      for (const side of SIDES) {
        const bone = model.landmark(`sap-tp-junction-${NEXT[level]}-${side}`);
        const id = `medial-branch-${level}-${side}`;
        const t = model.landmark(`medial-branch-target-${level}-${side}`);
        expect(minDist(id, t), id).toBeLessThan(2);
        expect(dist(t, bone), id).toBeLessThan(6);
        const parts = ['superior-articular-process', 'transverse-process', 'pedicle'].map((p) => model.get(`${p}-${NEXT[level]}-${side}`)).filter((s) => !!s);
        if (parts.length) {
          const near = [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1], [bone[0] - t[0], bone[1] - t[1], bone[2] - t[2]]]
            .map((d) => { const n = Math.hypot(d[0]!, d[1]!, d[2]!) || 1; return [t[0] + (d[0]! * 2.5) / n, t[1] + (d[1]! * 2.5) / n, t[2] + (d[2]! * 2.5) / n] as Vec3; });
          expect(near.some((q) => parts.some((s) => solidTester(s!.geometry)(q))), `${id} hugs the bone (bone within 2.5 mm)`).toBe(true);
        }
      }
    }
  });

  it('medial branches hug the bone without entering it at their target', () => {
    for (const level of ['L1', 'L2', 'L3', 'L4']) {
      for (const side of SIDES) {
        const t = model.landmark(`medial-branch-target-${level}-${side}`);
        for (const part of ['superior-articular-process', 'transverse-process']) {
          const bone = model.get(`${part}-${NEXT[level]}-${side}`);
          if (bone) expect(solidTester(bone.geometry)(t), `${level} ${side} ${part}`).toBe(false);
        }
      }
    }
  });

  it('medial branches and the L5 dorsal ramus lie on the bone, not in it (≤ 10% of their surface grazes it)', () => {
    const cases: [string, string[]][] = [
      ...['L1', 'L2', 'L3', 'L4'].flatMap((l) => SIDES.map((s) => [`medial-branch-${l}-${s}`, ['superior-articular-process', 'transverse-process', 'pedicle', 'lamina'].map((p) => `${p}-${NEXT[l]}-${s}`)] as [string, string[]])),
      ...SIDES.map((s) => [`dorsal-ramus-L5-${s}`, ['sacrum']] as [string, string[]]),
      ...['C3', 'C4', 'C5', 'C6', 'C7'].flatMap((l) => SIDES.map((s) => [`medial-branch-${l}-${s}`, ['superior-articular-process', 'inferior-articular-process', 'transverse-process'].map((p) => `${p}-${l}-${s}`)] as [string, string[]])),
    ];
    for (const [id, bones] of cases) {
      const testers = bones.map((b) => model.get(b)).filter((b) => !!b).map((b) => solidTester(b!.geometry));
      if (!testers.length) continue;
      const vs = vertices(model.get(id)!.geometry);
      const inside = vs.filter((p) => testers.some((f) => f(p))).length;
      expect(inside / vs.length, id).toBeLessThanOrEqual(0.1);
    }
  });

  it('stellate ganglion: at C7–T1, anterolateral to the C7 body, in front of the C7 transverse process', () => {
    const L = vertebraLayout(frame, 'C7');
    for (const side of SIDES) {
      const q = toLocal('C7', model.landmark(`stellate-ganglion-${side}`));
      expect(q[2]).toBeLessThan(-L.H / 2 + 2); // at/below the C7 inferior endplate
      expect(q[2]).toBeGreaterThan(-L.H / 2 - 10); // above the T1 pedicle level
      expect(Math.abs(q[0])).toBeGreaterThan(L.W / 2); // lateral to the body
      expect(q[1]).toBeLessThan(L.sides[side].tpRoot[1]); // anterior to the transverse process
    }
  });

  it('sympathetic chains run anterolateral to the lumbar bodies, through the L2/L3 targets, and reach the sacrum', () => {
    for (const side of SIDES) {
      const id = `sympathetic-chain-${side}`;
      for (const level of ['L2', 'L3']) {
        const name = `anterolateral-body-${level}-${side}`;
        if (model.landmarks().includes(name)) expect(minDist(id, model.landmark(name)), name).toBeLessThan(2);
      }
      const vs = vertices(model.get(id)!.geometry);
      const zs = vs.map((v) => v[2]);
      expect(Math.max(...zs)).toBeGreaterThan(frame.vertebrae.C3.centre[2]);
      expect(Math.min(...zs)).toBeLessThan(-60); // down the front of the sacrum
      const l3 = vs.map((v) => toLocal('L3', v)).filter((v) => Math.abs(v[2]) < 3);
      for (const v of l3) expect(v[1]).toBeLessThan(0); // in front of the body's coronal mid-plane
    }
  });

  it('greater occipital nerve: emerges at C1–C2 and reaches the nuchal line a third of the way to the mastoid', () => {
    const eop = model.landmark('occipital-protuberance');
    for (const side of SIDES) {
      const p = model.landmark(`greater-occipital-nerve-${side}`);
      const lateral = Math.abs(p[0] - eop[0]);
      expect(lateral).toBeGreaterThan(10);
      expect(lateral).toBeLessThan(30);
      expect(p[2]).toBeLessThan(eop[2]);
      expect(p[2]).toBeGreaterThan(eop[2] - 25);
      expect(minDist(`greater-occipital-nerve-${side}`, p)).toBeLessThan(2);
      const low = Math.min(...vertices(model.get(`greater-occipital-nerve-${side}`)!.geometry).map((v) => toLocal('C2', v)[2]));
      expect(low).toBeLessThan(vertebraLayout(frame, 'C2').H / 2 + 3);
    }
  });
});
