import { describe, expect, it } from 'vitest';
import { createSpineModel, ROOT_LEVELS, SIDES, VERTEBRAE, FACET_INTERSPACES } from '@spine-explainer/anatomy';
import type { SpineModel, Vec3 } from '@spine-explainer/anatomy';
import { computeSpineFrame } from '../src/frame/spineFrame';
import type { VertebraLevel } from '../src/levels';
import { pedicleInfo, vertebraLayout } from '../src/bones/vertebraGeometry';
import { buildCanal, stationOf } from '../src/neural/canal';
import { TAKEOFF_DEG } from '../src/neural/roots';
import { insideTester, solidTester, vertices, watertightReport } from './helpers/neural-geometry';
import { sacralAxis } from '../src/bones/vertebraGeometry';

const frame = computeSpineFrame();
const model: SpineModel = createSpineModel({ quality: 'medium' });
const canal = buildCanal(frame);

const toLocal = (level: VertebraLevel, p: Vec3): Vec3 => {
  const v = frame.vertebrae[level];
  const d: Vec3 = [p[0] - v.centre[0], p[1] - v.centre[1], p[2] - v.centre[2]];
  const dot = (a: Vec3) => d[0] * a[0] + d[1] * a[1] + d[2] * a[2];
  return [dot(v.axis.x), dot(v.axis.y), dot(v.axis.z)];
};
const geo = (id: string) => {
  const s = model.get(id);
  if (!s) throw new Error(`missing ${id}`);
  return s.geometry;
};

const CANAL_IDS = ['epidural-space', 'dural-sac', 'spinal-cord', 'conus-medullaris', 'cauda-equina'];
const ROOT_IDS = ROOT_LEVELS.flatMap((l) => SIDES.flatMap((s) => [`nerve-root-${l}-${s}`, `dorsal-root-ganglion-${l}-${s}`]));

describe('neural: ids and kinds', () => {
  it('has the canal structures with their kinds', () => {
    const kinds: Record<string, string> = {
      'epidural-space': 'space', 'dural-sac': 'dura', 'spinal-cord': 'cord', 'conus-medullaris': 'cord', 'cauda-equina': 'nerve',
    };
    for (const [id, kind] of Object.entries(kinds)) expect(model.get(id)?.kind, id).toBe(kind);
  });
  it('has a root and a ganglion for every level C2–S1 and side', () => {
    for (const id of ROOT_IDS) {
      const s = model.get(id);
      expect(s, id).toBeDefined();
      expect(s!.kind).toBe('nerve');
      expect(s!.side).toBe(id.endsWith('left') ? 'left' : 'right');
    }
  });
  it('computes its landmarks', () => {
    const names = ['conus-tip', 'dural-sac-end',
      ...VERTEBRAE.slice(1).map((l) => `dorsal-epidural-${l}`),
      ...FACET_INTERSPACES.map((i) => `dorsal-epidural-${i}`),
      ...ROOT_LEVELS.flatMap((l) => SIDES.flatMap((s) => [`root-exit-${l}-${s}`, `drg-${l}-${s}`])),
      ...['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].flatMap((i) => SIDES.map((s) => `safe-triangle-${i}-${s}`)),
    ];
    for (const n of names) expect(model.landmark(n).every(Number.isFinite), n).toBe(true);
  });
});

describe('neural: closed surfaces', () => {
  it('every canal structure, root and ganglion is watertight and wound outward', () => {
    for (const id of [...CANAL_IDS, ...ROOT_IDS]) {
      const r = watertightReport(geo(id));
      expect(r.ok, `${id}: ${r.badEdges} bad edges`).toBe(true);
    }
  });
});

describe('neural: nesting (cord ⊂ dura ⊂ epidural ⊂ bony canal)', () => {
  const inDura = insideTester(geo('dural-sac'));
  const inEpi = insideTester(geo('epidural-space'));

  it('cord, conus and cauda equina lie inside the dural sac', () => {
    for (const id of ['spinal-cord', 'conus-medullaris', 'cauda-equina']) {
      const vs = vertices(geo(id));
      const step = Math.max(1, Math.floor(vs.length / 400));
      const outside = vs.filter((_, i) => i % step === 0).filter((p) => !inDura(p));
      expect(outside.length, `${id}: ${outside.length} sampled vertices outside the dura, e.g. ${JSON.stringify(outside[0])}`).toBe(0);
    }
  });

  it('the dural sac lies inside the epidural space', () => {
    const vs = vertices(geo('dural-sac'));
    const step = Math.max(1, Math.floor(vs.length / 400));
    const outside = vs.filter((_, i) => i % step === 0).filter((p) => !inEpi(p));
    expect(outside.length, `e.g. ${JSON.stringify(outside[0])}`).toBe(0);
  });

  it('at every level the sac sits inside the bony canal, and the cord inside the sac', () => {
    const dura = vertices(geo('dural-sac'));
    const cord = vertices(geo('spinal-cord'));
    for (const level of VERTEBRAE.slice(1)) {
      const L = vertebraLayout(frame, level);
      const W = L.m.canalWidth, D = L.m.canalDepth;
      const near = (p: Vec3) => { const q = toLocal(level, p); return Math.abs(q[2]) < Math.max(L.H / 4, 4) ? q : undefined; };
      let n = 0;
      for (const p of dura) {
        const q = near(p);
        if (!q) continue;
        n++;
        expect(Math.abs(q[0]), `${level} dura width`).toBeLessThan(W / 2);
        expect(q[1], `${level} dura ventral`).toBeGreaterThan(L.yb);
        expect(q[1], `${level} dura dorsal`).toBeLessThan(L.yb + D);
      }
      expect(n, `${level}: dura present at mid-body`).toBeGreaterThan(0);
      if (stationOf(level) < stationOf('L1')) {
        const cordHere = cord.map(near).filter((q): q is Vec3 => !!q);
        expect(cordHere.length, `${level}: cord present`).toBeGreaterThan(0);
      }
    }
  });

  it('the cord lies ventrally in the thoracic sac (dorsal CSF gap larger than ventral)', () => {
    const inCord = insideTester(geo('spinal-cord'));
    for (const level of ['T4', 'T6', 'T8'] as const) {
      const s = canal.sample(stationOf(level));
      const at = (b: number): Vec3 => [s.p[0] + s.P[0] * b, s.p[1] + s.P[1] * b, s.p[2] + s.P[2] * b];
      // Along the midline AP axis: where the cord and the sac begin and end.
      const bs: number[] = [];
      for (let b = -s.D / 2; b <= s.D / 2; b += 0.1) bs.push(b);
      const cord = bs.filter((b) => inCord(at(b))), sac = bs.filter((b) => inDura(at(b)));
      const ventralGap = Math.min(...cord) - Math.min(...sac), dorsalGap = Math.max(...sac) - Math.max(...cord);
      expect(dorsalGap, level).toBeGreaterThan(ventralGap);
    }
  });
});

describe('neural: levels of the conus and the sac end', () => {
  it('the conus tip lies in the lower part of the L1 body (lower third, Saifuddin 1998)', () => {
    const tip = model.landmark('conus-tip');
    const q = toLocal('L1', tip);
    const h = frame.vertebrae.L1.height;
    expect(q[2]).toBeLessThan(-h / 6 + 0.5);
    expect(q[2]).toBeGreaterThan(-h / 2);
    // And it is the caudal end of the conus.
    const conus = vertices(geo('conus-medullaris'));
    const lowest = Math.min(...conus.map((p) => toLocal('L1', p)[2]));
    expect(Math.abs(lowest - q[2])).toBeLessThan(1);
  });

  it('the dural sac ends at S2 (upper third), and no part of it goes lower', () => {
    const end = model.landmark('dural-sac-end');
    const s2 = canal.sacrum[1]!;
    const along = (p: Vec3) => (p[0] - s2.top[0]) * s2.down[0] + (p[1] - s2.top[1]) * s2.down[1] + (p[2] - s2.top[2]) * s2.down[2];
    expect(along(end)).toBeGreaterThan(0);
    expect(along(end)).toBeLessThan(s2.height / 3 + 1);
    const lowest = Math.max(...vertices(geo('dural-sac')).map(along));
    expect(lowest).toBeLessThan(along(end) + 0.5);
  });

  it('the epidural space runs on into the sacral canal below the sac, down to the hiatus (S4–S5)', () => {
    const inEpi = insideTester(geo('epidural-space'));
    const inDura = insideTester(geo('dural-sac'));
    for (const seg of canal.sacrum.slice(2, 4)) {
      expect(inEpi(seg.canalCentre), seg.label).toBe(true);
      expect(inDura(seg.canalCentre), seg.label).toBe(false);
    }
  });
});

describe('neural: landmarks in the right compartments', () => {
  const inDura = insideTester(geo('dural-sac'));
  const inEpi = insideTester(geo('epidural-space'));
  const cord = [...vertices(geo('spinal-cord')), ...vertices(geo('conus-medullaris'))];

  it('dorsal epidural points are inside the epidural space, outside the dura, dorsal to the cord', () => {
    const names = [...VERTEBRAE.slice(1).map((l) => ({ n: `dorsal-epidural-${l}`, l })),
      ...FACET_INTERSPACES.map((i) => ({ n: `dorsal-epidural-${i}`, l: i.split('-')[0] as VertebraLevel }))];
    for (const { n, l } of names) {
      const p = model.landmark(n);
      expect(inEpi(p), `${n} in epidural`).toBe(true);
      expect(inDura(p), `${n} outside dura`).toBe(false);
      // In front of (not inside) the ligamentum flavum and the laminae.
      if (n.split('-').length === 4) {
        const lf = model.get(`ligamentum-flavum-${n.slice('dorsal-epidural-'.length)}`);
        if (lf) expect(solidTester(lf.geometry)(p), `${n} not in the flavum`).toBe(false);
      }
      for (const side of SIDES) {
        const lam = model.get(`lamina-${l}-${side}`);
        if (lam) expect(solidTester(lam.geometry)(p), `${n} not in the lamina`).toBe(false);
      }
      const q = toLocal(l, p);
      expect(Math.abs(q[0]), n).toBeLessThan(0.01);
      const cordHere = cord.map((c) => toLocal(l, c)).filter((c) => Math.abs(c[2] - q[2]) < 3);
      for (const c of cordHere) expect(q[1], `${n} dorsal to cord`).toBeGreaterThan(c[1]);
    }
  });

  it('safe triangles: below the pedicle of A, lateral to and outside the sac, in the epidural space, above the exiting root', () => {
    for (const level of ['T12', 'L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      const below = level === 'L5' ? 'S1' : VERTEBRAE[VERTEBRAE.indexOf(level) + 1];
      for (const side of SIDES) {
        const name = `safe-triangle-${level}-${below}-${side}`;
        const p = model.landmark(name);
        const q = toLocal(level, p);
        const ped = pedicleInfo(frame, level, side);
        const pedLow = toLocal(level, ped.inferior);
        const pedMesh = model.get(`pedicle-${level}-${side}`);
        if (pedMesh) expect(solidTester(pedMesh.geometry)(p), `${name} not in the pedicle`).toBe(false);
        expect(q[2], `${name} below pedicle`).toBeLessThan(pedLow[2]);
        expect(q[2], `${name} just below pedicle`).toBeGreaterThan(pedLow[2] - 8);
        expect(Math.abs(q[0]), `${name} under the pedicle`).toBeGreaterThan(Math.abs(pedLow[0]) - ped.halfWidth);
        expect(Math.abs(q[0]), `${name} under the pedicle`).toBeLessThan(Math.abs(pedLow[0]) + ped.halfWidth);
        expect(inDura(p), `${name} outside dura`).toBe(false);
        const duraHere = vertices(geo('dural-sac')).map((v) => toLocal(level, v)).filter((v) => Math.abs(v[2] - q[2]) < 3);
        for (const v of duraHere) expect(Math.abs(q[0]), `${name} lateral to dura`).toBeGreaterThan(Math.abs(v[0]));
        expect(inEpi(p), `${name} in epidural space`).toBe(true);
        // Above the exiting root A: root vertices right below / at this x lie lower.
        const root = vertices(geo(`nerve-root-${level}-${side}`)).map((v) => toLocal(level, v))
          .filter((v) => Math.abs(Math.abs(v[0]) - Math.abs(q[0])) < 2.5);
        expect(root.length, name).toBeGreaterThan(0);
        for (const v of root) expect(v[2], `${name} above root`).toBeLessThan(q[2]);
        expect(insideTester(geo(`nerve-root-${level}-${side}`))(p)).toBe(false);
      }
    }
  });
});

describe('neural: roots by the exit rules', () => {
  it('thoracic and lumbar roots leave BELOW their own pedicle, through the upper half of the foramen', () => {
    for (const level of [...VERTEBRAE.filter((l) => l.startsWith('T') || l.startsWith('L'))]) {
      const i = VERTEBRAE.indexOf(level);
      const below = level === 'L5' ? 'S1' : VERTEBRAE[i + 1]!;
      for (const side of SIDES) {
        const pa = pedicleInfo(frame, level, side), pb = pedicleInfo(frame, below as VertebraLevel | 'S1', side);
        const roof = toLocal(level, pa.inferior)[2], floor = toLocal(level, pb.superior)[2];
        const xc = Math.abs(toLocal(level, pa.centre)[0]);
        const at = vertices(geo(`nerve-root-${level}-${side}`)).map((v) => toLocal(level, v)).filter((v) => Math.abs(Math.abs(v[0]) - xc) < 2.5);
        expect(at.length, `${level} ${side}`).toBeGreaterThan(0);
        for (const v of at) {
          expect(v[2], `${level}-${side} under roof`).toBeLessThan(roof);
          expect(v[2], `${level}-${side} above floor`).toBeGreaterThan(floor);
        }
        // Its axis (middle of its section there) in the upper half of the foramen.
        const zs = at.map((v) => v[2]);
        const axis = (Math.min(...zs) + Math.max(...zs)) / 2;
        expect(axis, `${level}-${side} upper half`).toBeGreaterThan((roof + floor) / 2);
      }
    }
  });

  it('cervical roots leave ABOVE the pedicle of their own level', () => {
    for (const level of ['C3', 'C4', 'C5', 'C6', 'C7'] as const) {
      const above = VERTEBRAE[VERTEBRAE.indexOf(level) - 1]! as VertebraLevel;
      for (const side of SIDES) {
        const pa = pedicleInfo(frame, above, side), pb = pedicleInfo(frame, level, side);
        const floor = toLocal(level, pb.superior)[2], roof = toLocal(level, pa.inferior)[2];
        const xc = Math.abs(toLocal(level, pb.centre)[0]);
        const at = vertices(geo(`nerve-root-${level}-${side}`)).map((v) => toLocal(level, v)).filter((v) => Math.abs(Math.abs(v[0]) - xc) < 2.5);
        expect(at.length, `${level} ${side}`).toBeGreaterThan(0);
        for (const v of at) {
          expect(v[2], `${level}-${side} above its pedicle`).toBeGreaterThan(floor);
          expect(v[2], `${level}-${side} below the pedicle above`).toBeLessThan(roof);
        }
      }
    }
  });

  it('ganglia: L1–L4 beneath the pedicle in the medial foramen, L5 in the lateral foramen, S1 intraspinal', () => {
    for (const level of ['L1', 'L2', 'L3', 'L4', 'L5'] as const) {
      for (const side of SIDES) {
        const ped = pedicleInfo(frame, level, side);
        const c = toLocal(level, ped.centre);
        const d = toLocal(level, model.landmark(`drg-${level}-${side}`));
        const medial = Math.abs(c[0]) - ped.halfWidth, lateral = Math.abs(c[0]) + ped.halfWidth;
        expect(d[2], `${level} beneath`).toBeLessThan(c[2] - ped.halfHeight);
        expect(d[2], `${level} directly beneath`).toBeGreaterThan(c[2] - ped.halfHeight - 10);
        if (level === 'L5') {
          expect(Math.abs(d[0])).toBeGreaterThan(Math.abs(c[0]));
          expect(Math.abs(d[0])).toBeLessThan(lateral + 1);
        } else {
          expect(Math.abs(d[0])).toBeGreaterThan(medial);
          expect(Math.abs(d[0])).toBeLessThan(Math.abs(c[0]));
        }
      }
    }
    for (const side of SIDES) {
      const s1 = canal.sacrum[0]!;
      const d = model.landmark(`drg-S1-${side}`);
      expect(Math.abs(d[0] - s1.canalCentre[0]), 'S1 DRG medial to the S1 pedicle').toBeLessThan(s1.canalWidth / 2);
      expect(insideTester(geo('epidural-space'))(d), 'S1 DRG within the sacral canal').toBe(true);
    }
  });

  it('S1 leaves through the first sacral foramen without entering the sacrum, and exits at the pelvic surface', () => {
    const sacrum = model.get('sacrum');
    const ax = sacralAxis(frame);
    const seg = ax.segments[0]!;
    for (const side of SIDES) {
      const root = vertices(geo(`nerve-root-S1-${side}`));
      if (sacrum) {
        const inBone = solidTester(sacrum.geometry);
        const bad = root.filter((_, i) => i % 3 === 0).filter((p) => inBone(p));
        expect(bad.length, `S1 ${side} vertices in the sacrum, e.g. ${JSON.stringify(bad[0])}`).toBeLessThanOrEqual(2);
      }
      // The exit point lies in front of the sacral canal (pelvic side), at the S1 segment's lower half.
      const e = model.landmark(`root-exit-S1-${side}`);
      const st = ax.at((seg.top + seg.bottom) / 2);
      const back = (e[0] - st.p[0]) * st.P[0] + (e[1] - st.p[1]) * st.P[1] + (e[2] - st.p[2]) * st.P[2];
      expect(back).toBeLessThan(0);
    }
  });

  it('caudal epidural: the S3 canal point is in the epidural space and the hiatus at its end', () => {
    const inEpi = insideTester(geo('epidural-space'));
    const inDura = insideTester(geo('dural-sac'));
    if (model.landmarks().includes('sacral-canal-S3')) {
      const s3 = model.landmark('sacral-canal-S3');
      expect(inEpi(s3)).toBe(true);
      expect(inDura(s3)).toBe(false);
    }
    if (model.landmarks().includes('sacral-hiatus')) {
      const h = model.landmark('sacral-hiatus');
      const d = Math.min(...vertices(geo('epidural-space')).map((v) => Math.hypot(v[0] - h[0], v[1] - h[1], v[2] - h[2])));
      expect(d).toBeLessThan(4);
    }
  });

  it('lumbar roots take off at 50.5–58.8°', () => {
    expect(TAKEOFF_DEG).toBeGreaterThan(50.5);
    expect(TAKEOFF_DEG).toBeLessThan(58.8);
  });
});

describe('neural: budget', () => {
  // Ours: the canal, roots and ganglia, medial branches, chains, stellate and occipital nerves (not the limb nerves).
  const OURS = /^(epidural-space|dural-sac|spinal-cord|conus-medullaris|cauda-equina|nerve-root-|dorsal-root-ganglion-|medial-branch-|dorsal-ramus-|sympathetic-chain-|stellate-ganglion-|greater-occipital-nerve-)/;
  const neural = (m: SpineModel) => m.structures.filter((s) => OURS.test(s.id));
  const tris = (m: SpineModel) => neural(m).reduce((n, s) => n + (s.geometry.getIndex()?.count ?? 0) / 3, 0);
  it('uses at most 75k triangles at high and 15k at low, and every tier keeps the compartments', () => {
    for (const [quality, budget] of [['high', 75_000], ['low', 15_000]] as const) {
      const m = createSpineModel({ quality });
      expect(tris(m), quality).toBeLessThanOrEqual(budget);
      const inEpi = insideTester(m.get('epidural-space')!.geometry), inDura = insideTester(m.get('dural-sac')!.geometry);
      const names = [...FACET_INTERSPACES.map((i) => `dorsal-epidural-${i}`), ...VERTEBRAE.slice(1).map((l) => `dorsal-epidural-${l}`),
        ...['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].flatMap((i) => SIDES.map((s) => `safe-triangle-${i}-${s}`))];
      for (const n of names) {
        expect(inEpi(m.landmark(n)), `${quality} ${n} in epidural`).toBe(true);
        expect(inDura(m.landmark(n)), `${quality} ${n} outside dura`).toBe(false);
      }
      for (const s of neural(m)) {
        const r = watertightReport(s.geometry);
        expect(r.ok, `${quality} ${s.id}: ${r.badEdges} bad edges`).toBe(true);
      }
      for (const id of ['spinal-cord', 'conus-medullaris']) {
        const vs = vertices(m.get(id)!.geometry);
        const out = vs.filter((_, i) => i % 5 === 0).filter((p) => !inDura(p));
        expect(out.length, `${quality} ${id} outside dura`).toBe(0);
      }
    }
  });
});
