import type { SourceKey } from './sources';
import { smoothstep, type BodyMap } from './bodyMap';

/**
 * A region on the skin, in the body's own terms (see `bodyMap.ts`). Heights are expressions resolved on the
 * model: `vb:L3` (vertebral body centre), `sp:T4` (spinous process tip), named heights (`umbilicus`, `nipple`,
 * `inguinal`, `occiput`, `vertex`, …), `a~b` for a midpoint and a `+n`/`-n` mm offset.
 * Angles are degrees. Every region names its source.
 */
export type Region =
  | {
      on: 'trunk';
      /** [lower, upper] edge at the anterior midline (phi 0°) and at the posterior midline (phi 180°); in between they follow (1 − cos phi)/2. */
      front: [string, string];
      back: [string, string];
      /** Only between these angles around the torso (default all). */
      phi?: [number, number];
      /** Only at these distances from the midline |x| (mm). */
      x?: [number, number];
      weight?: number;
      source: SourceKey;
      note?: string;
    }
  | {
      on: 'leg';
      /** Along the limb: 0 = hip joint centre, 1 = knee joint centre, > 1 down the shin (same scale). */
      f: [number, number];
      /** Around the limb, from → to (degrees, may wrap through ±180): 0 anterior, +90 lateral, −90 medial. */
      theta: [number, number];
      weight?: number;
      /** Also on the buttock / hip (not limited to the leg below the groin crease). */
      buttock?: boolean;
      source: SourceKey;
      note?: string;
    }
  | {
      on: 'arm';
      /** Along the humerus: 0 = top of the head, 1 = elbow. */
      s: [number, number];
      theta: [number, number];
      weight?: number;
      source: SourceKey;
      note?: string;
    };

/** Feathering of the band edges. */
const FEATHER = { z: 14, phi: 14, f: 0.06, s: 0.07, theta: 16, x: 10 };

const edge = (d: number, w: number) => smoothstep(-w / 2, w / 2, d);
/** Soft membership of v in [a, b]. */
const within = (v: number, a: number, b: number, w: number) => edge(v - a, w) * edge(b - v, w);
/** Soft membership of angle t in the arc from → to (counter-clockwise in the sense of increasing angle). */
function inArc(t: number, from: number, to: number, w: number): number {
  let span = to - from;
  while (span <= 0) span += 360;
  if (span >= 360) return 1;
  const c = from + span / 2;
  let d = t - c;
  d = ((d + 540) % 360) - 180;
  return edge(span / 2 - Math.abs(d), w);
}

/** Weight 0..1 of every skin vertex for a set of regions (the max over regions). */
export function regionWeights(map: BodyMap, regions: readonly Region[]): Float32Array {
  const out = new Float32Array(map.count);
  for (const r of regions) {
    const wmax = r.weight ?? 1;
    if (r.on === 'trunk') {
      const f0 = map.height(r.front[0]), f1 = map.height(r.front[1]);
      const b0 = map.height(r.back[0]), b1 = map.height(r.back[1]);
      for (let i = 0; i < map.count; i++) {
        const ph = map.phi[i]!;
        const k = (1 - Math.cos((ph * Math.PI) / 180)) / 2;
        const lo = f0 + (b0 - f0) * k, hi = f1 + (b1 - f1) * k;
        let w = within(map.z[i]!, Math.min(lo, hi), Math.max(lo, hi), FEATHER.z);
        if (w <= 0) continue;
        // A range that reaches the posterior midline (180°) or the midline (|x| = 0) is open there: no seam.
        if (r.phi) w *= within(ph, r.phi[0], r.phi[1] >= 180 ? 360 : r.phi[1], FEATHER.phi);
        if (r.x) w *= within(Math.abs(map.x[i]!), r.x[0] <= 0 ? -100 : r.x[0], r.x[1], FEATHER.x);
        w *= (1 - map.arm[i]!) * (1 - map.leg[i]! * 0.85);
        if (w * wmax > out[i]!) out[i] = w * wmax;
      }
    } else if (r.on === 'leg') {
      for (let i = 0; i < map.count; i++) {
        let w = within(map.legF[i]!, r.f[0], r.f[1], FEATHER.f);
        if (w <= 0) continue;
        w *= inArc(map.legTheta[i]!, r.theta[0], r.theta[1], FEATHER.theta);
        w *= r.buttock ? Math.max(map.leg[i]!, smoothstep(10, 30, Math.abs(map.x[i]!))) : map.leg[i]!;
        if (w * wmax > out[i]!) out[i] = w * wmax;
      }
    } else {
      for (let i = 0; i < map.count; i++) {
        let w = within(map.armS[i]!, r.s[0], r.s[1], FEATHER.s);
        if (w <= 0) continue;
        w *= inArc(map.armTheta[i]!, r.theta[0], r.theta[1], FEATHER.theta) * map.arm[i]!;
        if (w * wmax > out[i]!) out[i] = w * wmax;
      }
    }
  }
  return out;
}
