import { beforeAll, describe, expect, it } from 'vitest';
import { DISC_INTERSPACES, FACET_INTERSPACES, VERTEBRAE } from '../src/levels';
import { vertebraMeasurements } from '../src/morphometry';
import { flavumThickness, pedicleInfo, splitInterspace, vertebraLayout, canalCentre, facetJoint } from '../src/bones/vertebraGeometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, distanceToShell, insideAny, shells, toLocal, type Shell } from './helpers/measure';

let m: BoneModel;
let bone: Shell[];
beforeAll(() => {
  m = buildBones('medium');
  bone = m.structures.filter((s) => s.kind === 'bone').flatMap((s) => shells(s.geometry));
});
const SIDES = ['left', 'right'] as const;

describe('joint structures', () => {
  it('every interspace C2-C3 … L5-S1 has its disc, nucleus, facet joints and ligamentum flavum', () => {
    for (const i of DISC_INTERSPACES) {
      expect(m.get(`disc-${i}`).kind).toBe('disc');
      expect(m.get(`nucleus-pulposus-${i}`).kind).toBe('disc');
      expect(m.get(`ligamentum-flavum-${i}`).kind).toBe('ligament');
    }
    for (const i of FACET_INTERSPACES) for (const s of SIDES) {
      const j = m.get(`facet-joint-${i}-${s}`);
      expect(j.kind).toBe('joint');
      expect(j.side).toBe(s);
    }
    expect(DISC_INTERSPACES[0]).toBe('C2-C3');
    expect(DISC_INTERSPACES[DISC_INTERSPACES.length - 1]).toBe('L5-S1');
  });

  it('disc heights read back from the geometry match the table (within 10%)', () => {
    for (const i of DISC_INTERSPACES) {
      const [a] = splitInterspace(i);
      const pa = m.frame.vertebrae[a as (typeof VERTEBRAE)[number]];
      const ref = vertebraMeasurements(a as (typeof VERTEBRAE)[number]).discBelowHeight;
      // Mid-sagittal chord along A's axis, from just below A's inferior endplate centre.
      const start = toLocal(pa, pa.inferior.centre);
      const h = chordThrough(m.get(`disc-${i}`).geometry, pa, [start[0], start[1], start[2] - ref / 2], [0, 0, 1]);
      expect(Math.abs(h / ref - 1), `${i}: ${h.toFixed(2)} vs ${ref}`).toBeLessThan(0.1);
    }
  });

  it('the disc is wedge-shaped where the endplates are (lordotic L5-S1: taller in front)', () => {
    const pa = m.frame.vertebrae.L5;
    const L = vertebraLayout(m.frame, 'L5');
    const g = m.get('disc-L5-S1').geometry;
    const front = chordThrough(g, pa, [0, -L.D / 2 + 4, -L.H / 2 - 5], [0, 0, 1]);
    const back = chordThrough(g, pa, [0, L.D / 2 - 4, -L.H / 2 - 5], [0, 0, 1]);
    expect(front).toBeGreaterThan(back + 3);
  });

  it('the nucleus lies inside its disc', () => {
    for (const i of ['C5-C6', 'T7-T8', 'L4-L5', 'L5-S1']) {
      const disc = shells(m.get(`disc-${i}`).geometry);
      const p = m.get(`nucleus-pulposus-${i}`).geometry.getAttribute('position');
      for (let k = 0; k < p.count; k += 3) expect(insideAny(disc, [p.getX(k), p.getY(k), p.getZ(k)]), i).toBe(true);
    }
  });

  it('the ligamentum flavum has the measured thickness', () => {
    expect(flavumThickness('L4-L5')).toBeCloseTo(3.71, 2);
    const g = m.get('ligamentum-flavum-L4-L5').geometry;
    const w = m.landmarks.get('interlaminar-window-L4-L5')!;
    const ventralDir = m.frame.vertebrae.L4.axis.y.map((v) => -v);
    const pa = m.frame.vertebrae.L4;
    const t = chordThrough(g, pa, toLocal(pa, w.map((v, k) => v + ventralDir[k]! * 0.5)), [0, 1, 0]);
    expect(t).toBeGreaterThan(3.71 * 0.85);
    expect(t).toBeLessThan(3.71 * 1.35);
  });
});

describe('joint landmarks', () => {
  it('the interlaminar window lies in the midline, between the laminae, dorsal to the canal centre', () => {
    for (const i of FACET_INTERSPACES) {
      const [a, b] = splitInterspace(i);
      const p = m.landmarks.get(`interlaminar-window-${i}`)!;
      expect(Math.abs(p[0]), i).toBeLessThan(0.01);
      const LA = vertebraLayout(m.frame, a), LB = vertebraLayout(m.frame, b);
      const la = toLocal(LA.pose, p), lb = toLocal(LB.pose, p);
      const ca = toLocal(LA.pose, canalCentre(m.frame, a));
      expect(la[1], `${i} dorsal to A's canal centre`).toBeGreaterThan(ca[1] + LA.m.canalDepth / 2 - 3);
      expect(la[2], `${i} below A's lamina middle`).toBeLessThan(LA.lamina.mid[2]);
      expect(lb[2], `${i} above B's lamina middle`).toBeGreaterThan(LB.lamina.mid[2]);
      expect(insideAny(bone, p), `${i} not in bone`).toBe(false);
      // And it sits on the flavum (within 0.5 mm of its surface).
      const fl = shells(m.get(`ligamentum-flavum-${i}`).geometry);
      expect(Math.min(...fl.map((s) => distanceToShell(s, p))), i).toBeLessThan(0.5);
    }
  });

  it('the foramen A-B lies below the pedicle of A, above the pedicle of B, outside bone', () => {
    for (const i of FACET_INTERSPACES) {
      const [a, b] = splitInterspace(i);
      for (const s of SIDES) {
        const f = m.landmarks.get(`foramen-${i}-${s}`)!;
        const LA = vertebraLayout(m.frame, a);
        const pa = pedicleInfo(m.frame, a, s), pb = pedicleInfo(m.frame, b, s);
        const lf = toLocal(LA.pose, f);
        expect(lf[2], `${i} ${s} below pedicle A`).toBeLessThan(toLocal(LA.pose, pa.inferior)[2]);
        expect(lf[2], `${i} ${s} above pedicle B`).toBeGreaterThan(toLocal(LA.pose, pb.superior)[2]);
        expect(Math.sign(lf[0])).toBe(s === 'left' ? 1 : -1);
        expect(insideAny(bone, f), `${i} ${s} not in bone`).toBe(false);
      }
    }
  });

  it('the facet joint centre lies inside its joint, between the IAP of A and the SAP of B', () => {
    for (const i of FACET_INTERSPACES) {
      const [a, b] = splitInterspace(i);
      for (const s of SIDES) {
        const c = m.landmarks.get(`facet-joint-centre-${i}-${s}`)!;
        expect(insideAny(shells(m.get(`facet-joint-${i}-${s}`).geometry), c), `${i} ${s}`).toBe(true);
        const j = facetJoint(m.frame, i, s);
        const sap = shells(b === 'S1' ? m.get('sacrum').geometry : m.get(`superior-articular-process-${b}-${s}`).geometry);
        const iap = shells(m.get(`inferior-articular-process-${a}-${s}`).geometry);
        const step = (k: number) => c.map((v, q) => v + j.normal[q]! * k);
        expect(insideAny(sap, step(-(j.gap / 2 + 1.5))), `${i} ${s} SAP behind`).toBe(true);
        expect(insideAny(iap, step(j.gap / 2 + 1.5)), `${i} ${s} IAP in front`).toBe(true);
      }
    }
  });

  it('the lumbar medial branch targets sit in the SAP–TP groove, on bone but not in it', () => {
    for (const l of ['L1', 'L2', 'L3', 'L4', 'L5']) for (const s of SIDES) {
      const p = m.landmarks.get(`sap-tp-junction-${l}-${s}`)!;
      expect(insideAny(bone, p), `${l} ${s}`).toBe(false);
      const sap = shells(m.get(`superior-articular-process-${l}-${s}`).geometry);
      const tp = shells(m.get(`transverse-process-${l}-${s}`).geometry);
      expect(Math.min(...sap.map((q) => distanceToShell(q, p))), `${l} ${s} SAP`).toBeLessThan(4);
      expect(Math.min(...tp.map((q) => distanceToShell(q, p))), `${l} ${s} TP`).toBeLessThan(4);
    }
  });

  it('the cervical pillar waist is on the lateral surface of the articular pillar', () => {
    for (const l of ['C3', 'C4', 'C5', 'C6', 'C7']) for (const s of SIDES) {
      const p = m.landmarks.get(`articular-pillar-waist-${l}-${s}`)!;
      const pillar = [...shells(m.get(`superior-articular-process-${l}-${s}`).geometry), ...shells(m.get(`inferior-articular-process-${l}-${s}`).geometry)];
      expect(Math.min(...pillar.map((q) => distanceToShell(q, p))), `${l} ${s}`).toBeLessThan(2.5);
    }
  });
});
