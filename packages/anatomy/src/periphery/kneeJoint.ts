import type { BufferGeometry } from 'three';
import { add } from '../geometry/vec';
import type { Vec3 } from '../types';
import { bez, closedLoft, ellipseRing, mergeGeometries, sheet } from './mesh';
import { femurAxisPoint, FEMUR_EXPONENT, type Res } from './pelvis';
import type { SidePlan } from './plan';

/**
 * The knee joint cavity as two closed volumes: the tibiofemoral space (a thin slab in the gap between condyles and
 * plateau, inside the bones' outline) and the suprapatellar recess (a thin synovial sheet hugging the front of the
 * distal femur, from behind the patella's upper border up the shaft).
 */

/** Anterior femoral surface the recess follows: height above the knee, half width, half depth, y shift. */
const FRONT: [number, number, number, number][] = [[48, 38.5, 30, 5.5], [58, 35, 28, 5], [74, 28.5, 24, 4.5], [96, 20.5, 19, 4], [104, 19.5, 18.5, 4]];
const GAP = 3; // fat pad between the recess and the bone, mm
const SPAN = (52 * Math.PI) / 180; // the recess wraps ±52° around the front of the shaft

export interface KneeJoint {
  geometry: BufferGeometry;
  /** The lateral part of the recess, above the patella: the superolateral injection point. */
  recessTarget: Vec3;
}

function frontPoint(c: Vec3, sx: number, w: number, d: number, dy: number, angle: number, out: number): Vec3 {
  const e = 2 / FEMUR_EXPONENT;
  const co = Math.cos(angle), si = Math.sin(angle);
  return [c[0] + sx * Math.sign(co) * Math.abs(co) ** e * (w + out), c[1] + dy + Math.sign(si) * Math.abs(si) ** e * (d + out), c[2]];
}

export function kneeJointGeometry(sp: SidePlan, res: Res): KneeJoint {
  const { sx, knee: K } = sp;
  const n = res.ring;
  // Tibiofemoral space: a flat rounded slab, thinner at its rim.
  const slab = (z: number, f: number) => ellipseRing(add(K, [0, 2, z]), [sx, 0, 0], [0, 1, 0], 34 * f, 21 * f, n, 2.6);
  const space = closedLoft([slab(2.3, 0.82), slab(0, 1), slab(-2.3, 0.82)], add(K, [0, 2, 2.7]), add(K, [0, 2, -2.7]));

  // Suprapatellar recess: medial edge (a), a control point in front (m), lateral edge (b), station by station.
  const rows = res.ring >= 16 ? FRONT : [FRONT[0]!, FRONT[2]!, FRONT[4]!];
  const a: Vec3[] = [], m: Vec3[] = [], b: Vec3[] = [];
  for (const [h, w, d, dy] of rows) {
    const c = femurAxisPoint(sp, h);
    const med = frontPoint(c, sx, w, d, dy, -Math.PI / 2 - SPAN, GAP);
    const lat = frontPoint(c, sx, w, d, dy, -Math.PI / 2 + SPAN, GAP);
    const front = frontPoint(c, sx, w, d, dy, -Math.PI / 2, GAP + 0.5);
    // The Bézier's midpoint is ¼a + ½m + ¼b: choose m so the sheet passes through `front`.
    m.push([2 * front[0] - (med[0] + lat[0]) / 2, 2 * front[1] - (med[1] + lat[1]) / 2, front[2]]);
    a.push(med); b.push(lat);
  }
  const recess = sheet(a, m, b, () => 3.6, Math.max(4, Math.round(n / 3)), [0, -1, 0]);
  // Target: 80% of the way to the lateral edge, 61 mm above the joint centre (rows 0–1 span 48–58, 1–2 span 58–74).
  const rowAt = (h: number) => {
    const hs = rows.map((r) => r[0]);
    let i = 0;
    while (i < hs.length - 2 && h > hs[i + 1]!) i++;
    return { i, t: (h - hs[i]!) / (hs[i + 1]! - hs[i]!) };
  };
  const { i, t } = rowAt(61);
  const lerp3 = (p: Vec3, q: Vec3): Vec3 => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
  const recessTarget = bez(lerp3(a[i]!, a[i + 1]!), lerp3(m[i]!, m[i + 1]!), lerp3(b[i]!, b[i + 1]!), 0.8);
  return { geometry: mergeGeometries([space, recess]), recessTarget };
}
