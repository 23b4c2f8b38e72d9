import type { SpineModel, Vec3 } from '../types';

/**
 * Body coordinates of every skin vertex, computed once per skin geometry from the model's own landmarks
 * and bones (no numbers typed in for a particular body):
 * - trunk: height z (LPS mm) and angle phi around the torso, 0° = anterior midline, 90° = lateral, 180° = posterior midline;
 * - leg:   `f` along the limb (0 = hip joint centre, 1 = knee joint centre, continuing at the same scale down the tibia)
 *          and `theta` around it (0° anterior, +90° lateral, ±180° posterior, −90° medial);
 * - arm:   `s` along the humerus (0 = top of the humeral head, 1 = elbow) and `theta` as for the leg;
 * - `arm` / `leg` membership 0..1, so that trunk bands do not paint the arm lying against the chest.
 */
export interface BodyMap {
  count: number;
  x: Float32Array; y: Float32Array; z: Float32Array;
  phi: Float32Array;
  legF: Float32Array; legTheta: Float32Array; leg: Float32Array;
  armS: Float32Array; armTheta: Float32Array; arm: Float32Array;
  /** Named heights (z, LPS mm) used by the region table. */
  height(name: string): number;
}

const DEG = 180 / Math.PI;
const cache = new WeakMap<object, BodyMap>();

export const smoothstep = (e0: number, e1: number, v: number): number => {
  const t = Math.max(0, Math.min(1, (v - e0) / (e1 - e0)));
  return t * t * (3 - 2 * t);
};

function axisOf(model: SpineModel, id: string): { top: Vec3; bottom: Vec3 } | undefined {
  const g = model.get(id)?.geometry;
  const pos = g?.getAttribute('position');
  if (!pos || pos.count === 0) return undefined;
  let zmin = Infinity, zmax = -Infinity;
  for (let i = 0; i < pos.count; i++) { const z = pos.getZ(i); zmin = Math.min(zmin, z); zmax = Math.max(zmax, z); }
  const band = (zmax - zmin) * 0.08;
  const acc = (lo: number, hi: number): Vec3 => {
    let sx = 0, sy = 0, sz = 0, n = 0;
    for (let i = 0; i < pos.count; i++) {
      const z = pos.getZ(i);
      if (z >= lo && z <= hi) { sx += pos.getX(i); sy += pos.getY(i); sz += z; n++; }
    }
    return [sx / n, sy / n, sz / n];
  };
  return { top: acc(zmax - band, zmax), bottom: acc(zmin, zmin + band) };
}

/** Resolves 'vb:L3', 'sp:T4', a named height, 'a~b' (midpoint), 'a~b@0.25' and a trailing '+12' / '-30' offset (mm). */
function heightResolver(model: SpineModel, named: Record<string, number>): (expr: string) => number {
  const memo = new Map<string, number>();
  const one = (term: string): number => {
    const m = /^(.*?)([+-]\d+(?:\.\d+)?)?$/.exec(term.trim())!;
    const t = m[1]!, off = m[2] ? Number(m[2]) : 0;
    if (t.startsWith('vb:')) return model.landmark(`vertebral-body-centre-${t.slice(3)}`)[2] + off;
    if (t.startsWith('sp:')) return model.landmark(`spinous-process-tip-${t.slice(3)}`)[2] + off;
    const v = named[t];
    if (v === undefined) throw new Error(`Unknown body height "${t}". Known: vb:<level>, sp:<level>, ${Object.keys(named).join(', ')}.`);
    return v + off;
  };
  // 'a~b@t' = a + (b − a)·t (t defaults to 0.5); each term may carry its own '+n' / '-n' mm offset.
  return (expr: string) => {
    const hit = memo.get(expr);
    if (hit !== undefined) return hit;
    const [body, at] = expr.split('@');
    const parts = body!.split('~').map(one);
    const t = at !== undefined ? Number(at) : 0.5;
    const v = parts.length === 2 ? parts[0]! + (parts[1]! - parts[0]!) * t : parts[0]!;
    memo.set(expr, v);
    return v;
  };
}

export function bodyMap(model: SpineModel): BodyMap {
  const skin = model.get('skin');
  if (!skin) throw new Error('The model has no "skin" structure: dermatomes are drawn on the skin.');
  const hit = cache.get(skin.geometry);
  if (hit) return hit;
  const pos = skin.geometry.getAttribute('position');
  const n = pos.count;
  const x = new Float32Array(n), y = new Float32Array(n), z = new Float32Array(n);
  let zTop = -Infinity;
  for (let i = 0; i < n; i++) { x[i] = pos.getX(i); y[i] = pos.getY(i); z[i] = pos.getZ(i); zTop = Math.max(zTop, z[i]!); }

  // Torso centre line: mid-depth of the skin near the midline, in 10 mm slabs (filled where empty).
  const SLAB = 10;
  let zLo = Infinity; for (let i = 0; i < n; i++) zLo = Math.min(zLo, z[i]!);
  const ns = Math.ceil((zTop - zLo) / SLAB) + 1;
  const ymin = new Float32Array(ns).fill(Infinity), ymax = new Float32Array(ns).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    if (Math.abs(x[i]!) > 45) continue;
    const k = Math.floor((z[i]! - zLo) / SLAB);
    ymin[k] = Math.min(ymin[k]!, y[i]!); ymax[k] = Math.max(ymax[k]!, y[i]!);
  }
  const cyS = new Float32Array(ns).fill(NaN);
  for (let k = 0; k < ns; k++) if (ymin[k]! < ymax[k]!) cyS[k] = (ymin[k]! + ymax[k]!) / 2;
  for (let k = 0; k < ns; k++) if (Number.isNaN(cyS[k])) {
    let a = k, b = k;
    while (a >= 0 && Number.isNaN(cyS[a])) a--;
    while (b < ns && Number.isNaN(cyS[b])) b++;
    cyS[k] = a >= 0 && b < ns ? (cyS[a]! + cyS[b]!) / 2 : a >= 0 ? cyS[a]! : b < ns ? cyS[b]! : 0;
  }

  const hipL = model.landmark('hip-joint-centre-left'), hipR = model.landmark('hip-joint-centre-right');
  const kneeL = model.landmark('knee-joint-centre-left'), kneeR = model.landmark('knee-joint-centre-right');
  const tibL = axisOf(model, 'tibia-left'), tibR = axisOf(model, 'tibia-right');
  const humL = axisOf(model, 'humerus-left'), humR = axisOf(model, 'humerus-right');
  if (!humL || !humR) throw new Error('Dermatomes need the humerus structures (humerus-left/right).');

  const umbilicus = (model.landmark('vertebral-body-centre-L3')[2] + model.landmark('vertebral-body-centre-L4')[2]) / 2;
  const named: Record<string, number> = {
    vertex: zTop,
    occiput: model.landmark('occipital-protuberance')[2],
    // Suprasternal notch at the T2 body (a standing adult: T2–T3); nipple line near T8; xiphoid near T10.
    notch: model.landmark('vertebral-body-centre-T2')[2],
    nipple: model.landmark('vertebral-body-centre-T8')[2],
    xiphoid: model.landmark('vertebral-body-centre-T10')[2],
    // Umbilicus at the L3–L4 disc.
    umbilicus,
    // Midpoint of the inguinal ligament: just above the femoral head.
    inguinal: (hipL[2] + hipR[2]) / 2 + 15,
    hip: (hipL[2] + hipR[2]) / 2,
    knee: (kneeL[2] + kneeR[2]) / 2,
    acromion: model.landmark('acromion-posterolateral-corner-left')[2],
    'si-inferior': model.landmark('si-joint-inferior-left')[2],
    'sacral-hiatus': model.landmark('sacral-hiatus')[2],
  };

  const phi = new Float32Array(n);
  const legF = new Float32Array(n), legTheta = new Float32Array(n), leg = new Float32Array(n);
  const armS = new Float32Array(n), armTheta = new Float32Array(n), arm = new Float32Array(n);
  const legLen = (Math.hypot(kneeL[0] - hipL[0], kneeL[1] - hipL[1], kneeL[2] - hipL[2]) + Math.hypot(kneeR[0] - hipR[0], kneeR[1] - hipR[1], kneeR[2] - hipR[2])) / 2;

  for (let i = 0; i < n; i++) {
    const px = x[i]!, py = y[i]!, pz = z[i]!;
    const k = Math.max(0, Math.min(ns - 1, Math.floor((pz - zLo) / SLAB)));
    phi[i] = Math.atan2(Math.abs(px), cyS[k]! - py) * DEG;

    const left = px >= 0;
    const sx = left ? 1 : -1;
    // Leg: hip → knee, then along the tibia.
    const hip = left ? hipL : hipR, knee = left ? kneeL : kneeR, tib = left ? tibL : tibR;
    let a: Vec3, b: Vec3, f0: number;
    if (pz > knee[2]) { a = hip; b = knee; f0 = 0; } else { a = knee; b = tib ? [tib.bottom[0], tib.bottom[1], Math.min(tib.bottom[2], knee[2] - 50)] : [knee[0], knee[1], knee[2] - 150]; f0 = 1; }
    const ax = b[0] - a[0], ay = b[1] - a[1], az = b[2] - a[2];
    const L = Math.hypot(ax, ay, az);
    const t = ((px - a[0]) * ax + (py - a[1]) * ay + (pz - a[2]) * az) / L;
    legF[i] = f0 + t / legLen;
    const cx = a[0] + (ax / L) * t, cy = a[1] + (ay / L) * t;
    legTheta[i] = Math.atan2(sx * (px - cx), -(py - cy)) * DEG;
    // In the leg below the groin crease / gluteal fold, not the perineum.
    // (Near the crotch the midline is perineum; from mid-thigh down the legs are separate limbs to the midline.)
    leg[i] = smoothstep(named.hip! + 10, named.hip! - 40, pz) * Math.max(smoothstep(8, 30, Math.abs(px)), smoothstep(named.hip! - 150, named.hip! - 250, pz));

    // Arm: humeral head → elbow.
    const hum = left ? humL : humR;
    const hx = hum.bottom[0] - hum.top[0], hy = hum.bottom[1] - hum.top[1], hz = hum.bottom[2] - hum.top[2];
    const H = Math.hypot(hx, hy, hz);
    const s = ((px - hum.top[0]) * hx + (py - hum.top[1]) * hy + (pz - hum.top[2]) * hz) / (H * H);
    armS[i] = s;
    const ox = hum.top[0] + hx * s, oy = hum.top[1] + hy * s, oz = hum.top[2] + hz * s;
    armTheta[i] = Math.atan2(sx * (px - ox), -(py - oy)) * DEG;
    const r = Math.hypot(px - ox, py - oy, pz - oz);
    const lateral = sx * px - sx * ox; // mm lateral of the humeral axis (negative: toward the chest)
    arm[i] = smoothstep(0.02, 0.16, s) * (1 - smoothstep(1.12, 1.25, s)) * smoothstep(-40, -22, lateral) * (1 - smoothstep(75, 95, r));
  }

  const height = heightResolver(model, named);
  const map: BodyMap = { count: n, x, y, z, phi, legF, legTheta, leg, armS, armTheta, arm, height };
  cache.set(skin.geometry, map);
  return map;
}
