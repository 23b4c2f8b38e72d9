import { mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled, lerp } from '../geometry/vec';
import type { Vec3 } from '../types';
import { blob } from './primitives';

const X: Vec3 = [1, 0, 0];

export interface CoccyxInput {
  /** Centre of the sacral apex and the sacrum's down axis there. */
  apex: Vec3;
  apexDown: Vec3;
  curvedLength: number;
  segments: number;
  sacrococcygealAngle: number;
  firstToLastAngle: number;
}

/** Widths and depths (mm) of Co1…Co4 at their middles; the series tapers to the tip. */
export const COCCYX_WIDTH = [22, 14, 10, 6.5];
const DEPTH = [10, 8, 6.5, 4.5];
const SHARE = [0.32, 0.27, 0.23, 0.18];

/**
 * Coccyx as one fused piece: the segments (four in 76%, Woon 2013) are swept as a single solid along a
 * curved length of 42 mm, with a shallow waist at each fused junction, bending on from the sacral apex
 * (sacrococcygeal curvature angle 114°, Indiran 2017; first-to-last segment angle ~142°, Woon 2013). Co1
 * carries the cornua (reaching up toward the sacral cornua) and small transverse processes.
 */
export function coccyxMesh(c: CoccyxInput, seg: number): RawMesh {
  const n = Math.min(SHARE.length, Math.max(3, c.segments));
  const total = c.curvedLength - 3; // the sacrococcygeal joint gap and the rounded tip take ~3 mm
  const shares = SHARE.slice(0, n);
  const sum = shares.reduce((a, b) => a + b, 0);
  const lens = shares.map((f) => (f / sum) * total);
  const bend = 180 - c.firstToLastAngle;
  const rad = Math.PI / 180;
  // The coccyx leaves the sacral apex already turned forward: the joint takes half of the sacrococcygeal turn.
  let tilt = Math.atan2(c.apexDown[1], -c.apexDown[2]) / rad - (180 - c.sacrococcygealAngle) / 2;
  let p = addScaled(c.apex, c.apexDown, 1.2);
  const sections: Section[] = [];
  const parts: RawMesh[] = [];
  for (let k = 0; k < n; k++) {
    const tMid = tilt - (bend / n) * 0.5;
    const down: Vec3 = [0, Math.sin(tMid * rad), -Math.cos(tMid * rad)];
    const P: Vec3 = [0, Math.cos(tMid * rad), Math.sin(tMid * rad)];
    const c0 = p, c1 = addScaled(p, down, lens[k]!);
    const w = COCCYX_WIDTH[k]! / 2, d = DEPTH[k]! / 2;
    const nextW = k + 1 < n ? COCCYX_WIDTH[k + 1]! / 2 : w * 0.55, nextD = k + 1 < n ? DEPTH[k + 1]! / 2 : d * 0.7;
    // Top of the segment (the first one starts full at the joint), its body, then a waist at the junction.
    const stations: [number, number, number][] = k === 0 ? [[0, w * 0.92, d * 0.9], [0.45, w, d]] : [[0.4, w, d]];
    stations.push([1, (w + nextW) / 2 * 0.88, (d + nextD) / 2 * 0.9]);
    for (const [t, a, b] of stations) sections.push({ c: lerp(c0, c1, t), u: X, v: P, a, b, exponent: 2.3 });
    if (k === 0) {
      for (const s of [1, -1]) {
        parts.push(blob(addScaled(addScaled(lerp(c0, c1, 0.1), X, s * 4), P, d * 0.6), [1.6, 1.6, 3.6], seg, [X, P, [-down[0], -down[1], -down[2]]]));
        parts.push(blob(addScaled(lerp(c0, c1, 0.4), X, s * (w + 0.6)), [3.4, 1.8, 2.8], seg));
      }
    }
    p = c1;
    tilt -= bend / n;
  }
  // The last waist becomes the rounded tip.
  const last = sections[sections.length - 1]!;
  sections[sections.length - 1] = { ...last, a: last.a * 0.8, b: last.b * 0.85 };
  parts.unshift(sweepSections(sections, seg, { startCap: 0.6, endCap: 1.4 }));
  return mergeRaw(parts);
}
