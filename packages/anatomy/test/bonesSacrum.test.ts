import { beforeAll, describe, expect, it } from 'vitest';
import { morphometry } from '../src/morphometry';
import { sacralAxis } from '../src/bones/vertebraGeometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { distanceToShell, insideAny, penetrationDepth, rayHits, shells, vertices, type Shell } from './helpers/measure';

let m: BoneModel;
let sac: Shell[];
let bone: Shell[];
const S = morphometry.sacrum as Record<string, number>;
const C = morphometry.coccyx as Record<string, number>;
beforeAll(() => {
  m = buildBones('medium');
  sac = shells(m.get('sacrum').geometry);
  bone = m.structures.filter((s) => s.kind === 'bone').flatMap((s) => shells(s.geometry));
});
const SIDES = ['left', 'right'] as const;
const add = (a: number[], b: readonly number[], k = 1) => a.map((v, i) => v + b[i]! * k);

describe('sacrum', () => {
  it('is one bone structure (group sacrum, level S1), and the coccyx another (group coccyx, level Co)', () => {
    expect(m.get('sacrum')).toMatchObject({ kind: 'bone', group: 'sacrum', level: 'S1' });
    expect(m.get('coccyx')).toMatchObject({ kind: 'bone', group: 'coccyx', level: 'Co' });
  });

  it('has its S1 endplate at the origin, tilted by the sacral slope', () => {
    const n = m.frame.s1.normal;
    const hits = (dy: number) => {
      const o = add([0, dy, 0], n, 10);
      return add(o, n, -rayHits(m.get('sacrum').geometry, o, n.map((v) => -v))[0]!);
    };
    const c = hits(0);
    expect(Math.hypot(c[0]!, c[1]!, c[2]!)).toBeLessThan(1.5);
    const a = hits(-10), b = hits(10);
    const slope = Math.atan2(b[2]! - a[2]!, b[1]! - a[1]!) * 180 / Math.PI; // the endplate rises posteriorly
    expect(Math.abs(slope - S.sacral_slope_deg!)).toBeLessThan(3);
  });

  it('is about as wide as measured (alae) and about as long', () => {
    const vs = vertices(m.get('sacrum').geometry);
    const xs = vs.map((v) => v[0]);
    const width = Math.max(...xs) - Math.min(...xs);
    expect(Math.abs(width / S.max_width_mm! - 1)).toBeLessThan(0.1);
    const ax = sacralAxis(m.frame);
    const apex = ax.at(ax.length).p;
    expect(Math.abs(Math.hypot(...apex) / S.height_mm! - 1)).toBeLessThan(0.1);
  });

  it('has real sacral foramina: the S1 posterior foramen runs through to the pelvic side', () => {
    const ax = sacralAxis(m.frame);
    for (const s of SIDES) {
      const p = m.landmarks.get(`s1-posterior-foramen-${s}`)!;
      expect(Math.sign(p[0]!)).toBe(s === 'left' ? 1 : -1);
      expect(insideAny(bone, p)).toBe(false);
      const st = ax.at(20);
      const from = add(p, st.P, 10);
      const hits = rayHits(m.get('sacrum').geometry, from, st.P.map((v) => -v)).filter((t) => t < 70);
      expect(hits, `${s}: a straight line passes through the foramen`).toEqual([]);
    }
  });

  it('has a real canal: the S3 canal point is free, with the roof behind it and the bodies in front', () => {
    const ax = sacralAxis(m.frame);
    const seg = ax.segments[2]!;
    const st = ax.at((seg.top + seg.bottom) / 2);
    const p = m.landmarks.get('sacral-canal-S3')!;
    expect(insideAny(bone, p)).toBe(false);
    const back = rayHits(m.get('sacrum').geometry, p, st.P)[0]!;
    const front = rayHits(m.get('sacrum').geometry, p, st.P.map((v) => -v))[0]!;
    expect(back).toBeLessThan(st.canalDepth / 2 + 1.5);
    expect(front).toBeLessThan(st.canalDepth / 2 + 1.5);
    expect(back + front).toBeGreaterThan(st.canalDepth * 0.8);
  });

  it('the hiatus opens dorsally into the canal, between the cornua', () => {
    const ax = sacralAxis(m.frame);
    const h = m.landmarks.get('sacral-hiatus')!;
    expect(insideAny(bone, h)).toBe(false);
    const st = ax.at(ax.length - 10);
    // Open behind: nothing dorsal to the hiatus.
    expect(rayHits(m.get('sacrum').geometry, h, st.P).filter((t) => t < 40)).toEqual([]);
    // From the hiatus, the canal leads cranially: 12 mm up the canal axis without meeting bone.
    const inCanal = add(h, st.P, -st.canalDepth / 2);
    const up = st.down.map((v) => -v);
    const first = rayHits(m.get('sacrum').geometry, inCanal, up)[0] ?? Infinity;
    expect(first).toBeGreaterThan(12);
    const cl = m.landmarks.get('sacral-cornu-left')!, cr = m.landmarks.get('sacral-cornu-right')!;
    expect(cl[0]! - cr[0]!).toBeGreaterThan(S.hiatus_intercornual_distance_mm! * 0.9);
    expect(cl[0]! - cr[0]!).toBeLessThan(S.hiatus_intercornual_distance_mm! + 12);
    expect(Math.min(...sac.map((q) => distanceToShell(q, cl)))).toBeLessThan(0.5);
  });

  it('the L5 dorsal ramus groove sits at the S1 SAP–ala junction, on bone but not in it', () => {
    for (const s of SIDES) {
      const p = m.landmarks.get(`sap-ala-junction-S1-${s}`)!;
      expect(insideAny(bone, p), s).toBe(false);
      expect(Math.min(...sac.map((q) => distanceToShell(q, p))), s).toBeLessThan(4);
    }
  });

  it('does not interpenetrate L5 (≤ 1 mm)', () => {
    const l5 = m.structures.filter((s) => s.group === 'vertebra-L5');
    expect(penetrationDepth(l5.map((s) => s.geometry), sac, 2).depth).toBeLessThanOrEqual(1);
    const l5Shells = l5.flatMap((s) => shells(s.geometry));
    expect(penetrationDepth([m.get('sacrum').geometry], l5Shells, 2).depth).toBeLessThanOrEqual(1);
  });
});

describe('coccyx', () => {
  it('continues below the sacral apex, about as long as measured, curving forward', () => {
    const ax = sacralAxis(m.frame);
    const apex = ax.at(ax.length);
    const vs = vertices(m.get('coccyx').geometry);
    const far = vs.reduce((best, v) => (Math.hypot(...add(v, apex.p, -1)) > Math.hypot(...add(best, apex.p, -1)) ? v : best));
    const straight = Math.hypot(...add(far, apex.p, -1));
    // Its chord lies between the measured straight length (Indiran 2017) and curved length (Woon 2013).
    expect(straight).toBeGreaterThan(C.straight_length_mm! * 0.9);
    expect(straight).toBeLessThan(C.curved_length_mm!);
    // The tip lies anterior to the straight continuation of the sacral apex's axis.
    const along = add(apex.p, apex.down, straight);
    const ahead = (far[1]! - along[1]!) * apex.P[1]! + (far[2]! - along[2]!) * apex.P[2]!;
    expect(ahead).toBeLessThan(-3);
  });
});
