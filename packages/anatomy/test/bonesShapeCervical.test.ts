/**
 * The cervical (C3–C7) and thoracic posterior arches read as bones, not shelves (issue #3): shape features
 * measured on the generated geometry in each vertebra's local frame (x left, y posterior, z superior).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { facetJoint, vertebraLayout } from '../src/bones/vertebraGeometry';
import { buildBones, type BoneModel } from './helpers/bones';
import { chordThrough, distanceToShell, insideAny, shells, toLocal, vertices, type V3 } from './helpers/measure';

let m: BoneModel;
beforeAll(() => { m = buildBones('medium'); });

const localVerts = (id: string, level: string): V3[] =>
  vertices(m.get(id).geometry).map((p) => toLocal(vertebraLayout(m.frame, level as 'C4').pose, p));
const max = (a: number[]) => Math.max(...a);
const min = (a: number[]) => Math.min(...a);
const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
const zExtent = (v: V3[]) => max(v.map((p) => p[2])) - min(v.map((p) => p[2]));

/** The left lamina's vertices (local) within `lateralBand` mm of its lateral end and `medialBand` mm of the midline. */
function laminaEnds(level: string, lateralBand = 3, medialBand = 3): { lateral: V3[]; medial: V3[] } {
  const v = localVerts(`lamina-${level}-left`, level);
  const xMax = max(v.map((p) => p[0]));
  return { lateral: v.filter((p) => p[0] > xMax - lateralBand), medial: v.filter((p) => p[0] < medialBand) };
}

/** The left lamina's thickness: the chord along the plate normal through a band half-way between midline and pillar. */
function laminaMidThickness(level: string): number {
  const L = vertebraLayout(m.frame, level as 'C4');
  const v = localVerts(`lamina-${level}-left`, level);
  const xMax = max(v.map((p) => p[0]));
  const band = v.filter((p) => Math.abs(p[0] - xMax / 2) < 1.5);
  const c = [xMax / 2, mean(band.map((p) => p[1])), mean(band.map((p) => p[2]))];
  return chordThrough(m.get(`lamina-${level}-left`).geometry, L.pose, c, L.lamina.out);
}

const SUBAXIAL = ['C3', 'C4', 'C5', 'C6', 'C7'] as const;
const THORACIC = ['T2', 'T4', 'T6', 'T7', 'T8', 'T10'] as const;

describe('cervical lamina (C3–C7)', () => {
  it('is a thin plate: under 3.5 mm across', () => {
    for (const l of SUBAXIAL) {
      const thick = laminaMidThickness(l);
      expect(thick, l).toBeGreaterThan(1);
      expect(thick, `${l}: ${thick.toFixed(2)} mm`).toBeLessThan(3.5);
    }
  });

  it('the two laminae converge backward in a V: the lateral end lies well in front of the midline end', () => {
    for (const l of SUBAXIAL) {
      const ends = laminaEnds(l, 2, 1);
      const lateral = mean(ends.lateral.map((p) => p[1]));
      const medial = mean(ends.medial.map((p) => p[1]));
      // (C7's pillar sits further back, under the transition to the thoracic arch.)
      expect(medial - lateral, l).toBeGreaterThan(l === 'C7' ? 3 : 5);
    }
  });

  it('is narrower where it joins the pillar than at the spinous root', () => {
    for (const l of SUBAXIAL) {
      const ends = laminaEnds(l);
      const lateral = zExtent(ends.lateral);
      const medial = zExtent(ends.medial);
      expect(medial - lateral, l).toBeGreaterThan(1.5);
    }
  });
});

describe('cervical articular pillar (C3–C7)', () => {
  const BELOW: Record<string, string> = { C3: 'C4', C4: 'C5', C5: 'C6', C6: 'C7', C7: 'T1' };
  const ABOVE: Record<string, string> = { C3: 'C2', C4: 'C3', C5: 'C4', C6: 'C5', C7: 'C6' };
  it('is one column: bone all the way between its two facet joints', () => {
    for (const l of SUBAXIAL) {
      const pillar = [...shells(m.get(`superior-articular-process-${l}-left`).geometry), ...shells(m.get(`inferior-articular-process-${l}-left`).geometry)];
      const up = facetJoint(m.frame, `${ABOVE[l]}-${l}`, 'left').centre, dn = facetJoint(m.frame, `${l}-${BELOW[l]}`, 'left').centre;
      for (const f of [0.3, 0.5, 0.7]) {
        const p = up.map((c, i) => c + (dn[i]! - c) * f);
        expect(insideAny(pillar, p), `${l} at ${f}`).toBe(true);
      }
    }
  });

  it('its waist (the medial branch target) lies just outside the bone', () => {
    for (const l of SUBAXIAL) {
      const pillar = [...shells(m.get(`superior-articular-process-${l}-left`).geometry), ...shells(m.get(`inferior-articular-process-${l}-left`).geometry)];
      const w = m.landmarks.get(`articular-pillar-waist-${l}-left`)!;
      expect(insideAny(pillar, w), l).toBe(false);
      expect(min(pillar.map((sh) => distanceToShell(sh, w))), l).toBeLessThan(2.5);
    }
  });
});

describe('cervical spinous process', () => {
  it('C3–C6 end in two separate tubercles (bifid), C7 in one', () => {
    for (const l of ['C3', 'C4', 'C5', 'C6', 'C7'] as const) {
      const v = localVerts(`spinous-process-${l}`, l);
      const yMax = max(v.map((p) => p[1]));
      const tip = v.filter((p) => p[1] > yMax - 2);
      const gap = min(tip.map((p) => Math.abs(p[0])));
      if (l === 'C7') expect(gap, l).toBeLessThan(0.5);
      else {
        expect(gap, `${l}: the tubercles are apart at the tip`).toBeGreaterThan(0.8);
        expect(max(tip.map((p) => p[0])), l).toBeGreaterThan(3);
        expect(min(tip.map((p) => p[0])), l).toBeLessThan(-3);
      }
    }
  });
});

describe('cervical spinous process: a stalk with a bulbous tip, not a cone', () => {
  it('C3–C6: the tubercles at the tip are taller than the stalk where it forks', () => {
    for (const l of ['C3', 'C4', 'C5', 'C6'] as const) {
      const L = vertebraLayout(m.frame, l);
      const { base, tip } = L.spinous;
      const g = m.get(`spinous-process-${l}`).geometry;
      const d = [0, tip[1] - base[1], tip[2] - base[2]];
      const n = Math.hypot(d[1]!, d[2]!);
      const fork = base.map((c, i) => c + (tip[i]! - c) * 0.62);
      // A tubercle, 2 mm short of its end (the tips diverge ~3.4 mm either side of the midline).
      const knob = [3.4, tip[1] - (2.6 * d[1]!) / n, tip[2] - (2.6 * d[2]!) / n - 0.8];
      const stalk = chordThrough(g, L.pose, fork, [0, 0, 1], 200, true);
      const tubercle = chordThrough(g, L.pose, knob, [0, 0, 1], 200, true);
      expect(tubercle, `${l}: tip ${tubercle.toFixed(1)} vs stalk ${stalk.toFixed(1)}`).toBeGreaterThan(stalk * 1.1);
    }
  });
});

describe('thoracic arch', () => {
  it('each lamina is a tile, not a dome: as tall at its lateral border as at the midline', () => {
    for (const l of THORACIC) {
      const ends = laminaEnds(l);
      const lateral = zExtent(ends.lateral);
      const medial = zExtent(ends.medial);
      expect(lateral, `${l}: ${lateral.toFixed(1)} lateral vs ${medial.toFixed(1)} medial`).toBeGreaterThan(medial * 0.9);
    }
  });

  it('its lower border descends laterally into the inferior articular process', () => {
    for (const l of THORACIC) {
      const ends = laminaEnds(l);
      const lateralLow = min(ends.lateral.map((p) => p[2]));
      const medialLow = min(ends.medial.map((p) => p[2]));
      expect(medialLow - lateralLow, l).toBeGreaterThan(1.2);
    }
  });

  it('the transverse process points back and out, a slimmer neck ending in a club', () => {
    for (const l of ['T2', 'T4', 'T6', 'T7', 'T8', 'T10'] as const) {
      const L = vertebraLayout(m.frame, l);
      const root = L.sides.left.tpRoot;
      const v = localVerts(`transverse-process-${l}-left`, l);
      const xMax = max(v.map((p) => p[0]));
      const at = (f: number) => v.filter((p) => Math.abs(p[0] - (root[0] + (xMax - root[0]) * f)) < 1.2);
      const neck = zExtent(at(0.45)), club = zExtent(at(0.82));
      expect(neck, `${l}: neck ${neck.toFixed(1)} vs club ${club.toFixed(1)}`).toBeLessThan(club * 0.92);
      const tipY = mean(v.filter((p) => p[0] > xMax - 3).map((p) => p[1]));
      expect(tipY - root[1], `${l} points back`).toBeGreaterThan(5);
    }
  });
});

describe('C2 arch: the heaviest cervical arch, not a slab and a box', () => {
  const tipWidth = (level: string) => {
    // Width across the last 4 mm of the spinous process (its forked tubercles).
    const v = localVerts(`spinous-process-${level}`, level);
    const yMax = max(v.map((p) => p[1]));
    const tip = v.filter((p) => p[1] > yMax - 4);
    return max(tip.map((p) => p[0])) - min(tip.map((p) => p[0]));
  };

  it('its spinous process forks wider at the tip than C3 does', () => {
    expect(tipWidth('C2')).toBeGreaterThan(tipWidth('C3') * 1.2);
  });

  it('its laminae are thicker than the C3 plate and thinner than a block', () => {
    const c2 = laminaMidThickness('C2'), c3 = laminaMidThickness('C3');
    expect(c2, `C2 ${c2.toFixed(2)} mm vs C3 ${c3.toFixed(2)} mm`).toBeGreaterThan(c3 + 1);
    expect(c2).toBeLessThan(9);
  });

  it('its laminae slope down toward the pillars: the upper border falls laterally', () => {
    const ends = laminaEnds('C2');
    const topMedial = max(ends.medial.map((p) => p[2]));
    const topLateral = max(ends.lateral.map((p) => p[2]));
    expect(topMedial - topLateral).toBeGreaterThan(3);
  });
});
