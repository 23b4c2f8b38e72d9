import { beforeAll, describe, expect, it } from 'vitest';
import { levelBelow, VERTEBRAE, type VertebraLevel } from '../src/levels';
import { vertebraMeasurements } from '../src/morphometry';
import { vertebraLayout } from '../src/bones/vertebraGeometry';
import { buildBones, readVertebra, type BoneModel } from './helpers/bones';
import { watertightReport } from './helpers/watertight';
import { distanceToShell, penetrationDepth, rayHits, shells, shellVolumes, toLocal, toWorld, type Shell } from './helpers/measure';
import { morphometry } from '../src/morphometry';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const SIDES = ['left', 'right'] as const;
const SUBAXIAL = VERTEBRAE.filter((l) => l !== 'C1');
const PARTS = (l: string) => [
  `vertebral-body-${l}`, `spinous-process-${l}`,
  ...SIDES.flatMap((s) => [`pedicle-${l}-${s}`, `lamina-${l}-${s}`, `transverse-process-${l}-${s}`,
    `superior-articular-process-${l}-${s}`, `inferior-articular-process-${l}-${s}`]),
];

describe('vertebra parts', () => {
  it('every part of C2–L5 exists with its group, level, kind and an English name', () => {
    for (const level of SUBAXIAL) {
      for (const id of PARTS(level)) {
        const s = m.get(id);
        expect(s.kind, id).toBe('bone');
        expect(s.group, id).toBe(`vertebra-${level}`);
        expect(s.level, id).toBe(level);
        expect(s.name, id).toMatch(new RegExp(level));
        if (id.endsWith('-left') || id.endsWith('-right')) expect(s.side, id).toBe(id.endsWith('-left') ? 'left' : 'right');
      }
    }
    expect(m.get('pedicle-L4-left').name).toBe('left L4 pedicle');
    expect(m.get('vertebral-body-L4').name).toBe('L4 vertebral body');
  });

  it('C1 is a ring (arches, lateral masses, transverse processes) and C2 has the dens', () => {
    for (const id of ['anterior-arch-C1', 'posterior-arch-C1', 'lateral-mass-C1-left', 'lateral-mass-C1-right',
      'transverse-process-C1-left', 'transverse-process-C1-right']) {
      expect(m.get(id).group).toBe('vertebra-C1');
    }
    expect(m.structures.some((s) => s.id === 'vertebral-body-C1')).toBe(false);
    expect(m.get('dens-C2').group).toBe('vertebra-C2');
  });

  it('thoracic levels carry rib stubs', () => {
    for (let i = 1; i <= 12; i++) for (const s of SIDES) expect(m.get(`rib-T${i}-${s}`).kind).toBe('bone');
  });
});

describe('measurements read back from the geometry (within 10%)', () => {
  for (const level of SUBAXIAL) {
    it(level, () => {
      const r = readVertebra(m, level);
      const x = vertebraMeasurements(level);
      const ref = {
        width: x.endplateWidth, depth: x.endplateDepth, anteriorHeight: x.anteriorHeight,
        posteriorHeight: x.posteriorHeight, pedicleWidth: x.pedicleWidth, canalWidth: x.canalWidth,
        canalDepth: x.canalDepth, transverseSpan: x.transverseSpan,
      };
      for (const [k, v] of Object.entries(ref)) {
        const got = r[k as keyof typeof r];
        expect(Math.abs(got / v - 1), `${level} ${k}: ${got.toFixed(1)} vs ${v}`).toBeLessThan(0.1);
      }
    });
  }

  it('C1: transverse span and canal depth', () => {
    const c1 = morphometry.C1 as Record<string, number>;
    const f = m.frame.vertebrae.C1;
    let lo = Infinity, hi = -Infinity;
    for (const s of SIDES) {
      const p = m.get(`transverse-process-C1-${s}`).geometry.getAttribute('position');
      for (let i = 0; i < p.count; i++) { const x = toLocal(f, [p.getX(i), p.getY(i), p.getZ(i)])[0]; lo = Math.min(lo, x); hi = Math.max(hi, x); }
    }
    expect(Math.abs((hi - lo) / c1.transverse_process_span_mm! - 1)).toBeLessThan(0.1);
  });

  it('lumbar interspinous distances match MRI (within 15%)', () => {
    const isd = morphometry.lumbar_interspinous_distance as unknown as Record<string, number>;
    for (const [a, b] of [['L1', 'L2'], ['L2', 'L3'], ['L3', 'L4'], ['L4', 'L5']] as const) {
      const LA = vertebraLayout(m.frame, a), LB = vertebraLayout(m.frame, b);
      const mid = (L: typeof LA) => toWorld(L.pose, [0, (L.spinous.base[1] + L.spinous.tip[1]) / 2, (L.spinous.base[2] + L.spinous.tip[2]) / 2]);
      const ma = mid(LA), mb = mid(LB);
      const c = ma.map((v, i) => (v + mb[i]!) / 2);
      const up = rayHits(m.get(`spinous-process-${a}`).geometry, c, [0, 0, 1])[0]!;
      const dn = rayHits(m.get(`spinous-process-${b}`).geometry, c, [0, 0, -1])[0]!;
      const ref = isd[`${a}_${b}_mm`]!;
      expect(Math.abs((up + dn) / ref - 1), `${a}-${b}: ${(up + dn).toFixed(1)} vs ${ref}`).toBeLessThan(0.15);
    }
  });

  it('the body has a concave waist and a posterior kidney notch', () => {
    const L = vertebraLayout(m.frame, 'L3');
    const f = L.pose;
    const p = m.get('vertebral-body-L3').geometry.getAttribute('position');
    let mid = 0, rim = 0;
    for (let i = 0; i < p.count; i++) {
      const l = toLocal(f, [p.getX(i), p.getY(i), p.getZ(i)]);
      if (Math.abs(l[2]) < 2) mid = Math.max(mid, Math.abs(l[0]));
      if (Math.abs(l[2]) > L.H / 2 - 3) rim = Math.max(rim, Math.abs(l[0]));
    }
    expect(mid).toBeLessThan(rim * 0.96);
  });
});

describe('closed meshes', () => {
  it('every bone, disc, joint and ligament is watertight', () => {
    const bad: string[] = [];
    for (const s of m.structures) {
      const r = watertightReport(s.geometry);
      if (!r.watertight) bad.push(`${s.id} (${r.boundaryEdges} open, ${r.nonManifoldEdges} non-manifold, ${r.degenerateTriangles} degenerate)`);
    }
    expect(bad).toEqual([]);
  });

  it('every shell of every bone, disc, joint and ligament is wound outward (no near side culled)', () => {
    const inward: string[] = [];
    for (const s of m.structures) {
      shellVolumes(s.geometry).forEach((v, i) => { if (v < -1) inward.push(`${s.id} shell ${i}: ${v.toFixed(0)} mm³`); });
    }
    expect(inward).toEqual([]);
  });

  it('geometry has smooth normals', () => {
    const g = m.get('vertebral-body-L4').geometry;
    expect(g.getAttribute('normal').count).toBe(g.getAttribute('position').count);
  });
});

describe('neighbouring vertebrae do not interpenetrate (≤ 1 mm)', () => {
  const pairs: [string, string][] = [];
  for (const l of VERTEBRAE) { const b = levelBelow(l); if (b && b !== 'S1') pairs.push([l, b]); }
  for (const [a, b] of pairs) {
    it(`${a} / ${b}`, () => {
      const ga = m.structures.filter((s) => s.group === `vertebra-${a}`);
      const gb = m.structures.filter((s) => s.group === `vertebra-${b}`);
      const sb: Shell[] = gb.flatMap((s) => shells(s.geometry));
      const sa: Shell[] = ga.flatMap((s) => shells(s.geometry));
      const ab = penetrationDepth(ga.map((s) => s.geometry), sb, 2);
      const ba = penetrationDepth(gb.map((s) => s.geometry), sa, 2);
      expect(ab.depth, `${a} into ${b} at ${ab.point?.map((v) => v.toFixed(1))}`).toBeLessThanOrEqual(1);
      expect(ba.depth, `${b} into ${a} at ${ba.point?.map((v) => v.toFixed(1))}`).toBeLessThanOrEqual(1);
    });
  }
});

describe('rib stubs', () => {
  it('articulate with their own vertebra and do not cut into the neighbours (≤ 1 mm)', () => {
    for (let i = 1; i <= 12; i++) {
      const rib = m.structures.filter((s) => s.id.startsWith(`rib-T${i}-`)).map((s) => s.geometry);
      expect(rib.length).toBe(2);
      for (const g of [i > 1 ? `vertebra-T${i - 1}` : 'vertebra-C7', i < 12 ? `vertebra-T${i + 1}` : 'vertebra-L1']) {
        const sh = m.structures.filter((s) => s.group === g).flatMap((s) => shells(s.geometry));
        expect(penetrationDepth(rib, sh, 2).depth, `rib T${i} into ${g}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('landmarks of the vertebrae', () => {
  it('exist for every level', () => {
    for (const l of SUBAXIAL) {
      for (const n of [`vertebral-body-centre-${l}`, `spinous-process-tip-${l}`, `pedicle-centre-${l}-left`, `pedicle-centre-${l}-right`]) {
        expect(m.landmarks.has(n), n).toBe(true);
      }
    }
    for (const l of ['C3', 'C4', 'C5', 'C6', 'C7']) for (const s of SIDES) expect(m.landmarks.has(`articular-pillar-waist-${l}-${s}`)).toBe(true);
    for (const l of ['L1', 'L2', 'L3', 'L4', 'L5']) for (const s of SIDES) expect(m.landmarks.has(`sap-tp-junction-${l}-${s}`)).toBe(true);
    for (const s of SIDES) {
      expect(m.landmarks.has(`c6-anterior-tubercle-${s}`)).toBe(true);
      expect(m.landmarks.has(`anterolateral-body-L2-${s}`)).toBe(true);
      expect(m.landmarks.has(`anterolateral-body-L3-${s}`)).toBe(true);
    }
    expect(m.landmarks.has('occipital-protuberance')).toBe(true);
  });

  it('the spinous tip is behind and below the body centre; the pedicle centre lies on its side', () => {
    for (const l of SUBAXIAL) {
      const f = m.frame.vertebrae[l as VertebraLevel];
      const tip = toLocal(f, m.landmarks.get(`spinous-process-tip-${l}`)!);
      expect(tip[1]).toBeGreaterThan(30);
      const pl = toLocal(f, m.landmarks.get(`pedicle-centre-${l}-left`)!), pr = toLocal(f, m.landmarks.get(`pedicle-centre-${l}-right`)!);
      expect(pl[0]).toBeGreaterThan(5);
      expect(pr[0]).toBeLessThan(-5);
    }
  });

  it('the spinous tip landmark is on the tip of the spinous process', () => {
    for (const l of SUBAXIAL) {
      const p = m.landmarks.get(`spinous-process-tip-${l}`)!;
      const sp = shells(m.get(`spinous-process-${l}`).geometry);
      expect(Math.min(...sp.map((s) => distanceToShell(s, p))), l).toBeLessThan(2.5);
    }
  });

  it('the occipital protuberance is above and behind the atlas', () => {
    const occ = m.landmarks.get('occipital-protuberance')!;
    const c1 = m.frame.vertebrae.C1;
    const l = toLocal(c1, occ);
    expect(l[2]).toBeGreaterThan(35);
    expect(l[1]).toBeGreaterThan(25);
    expect(Math.abs(l[0])).toBeLessThan(0.01);
  });
});
