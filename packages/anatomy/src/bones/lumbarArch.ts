/**
 * The lumbar posterior arch, shaped to read as bone rather than blocks: the lamina as one tall plate that
 * sweeps from the pars (where it joins the articular pillar) to the spinous root and slopes down and back
 * (shingling over the next lamina), the spinous process as a hatchet whose root flares into the laminae,
 * and the transverse process as a tapering, slightly upturned blade flaring into the pedicle–SAP junction.
 * Every shape is a sweep of a few sections, so the cost stays that of the primitives it replaces.
 */
import type { RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { laminaMidline, laminaSpan } from './laminaSpan';
import { loftStations, smooth as smoothStep, type Station, type Tubercle } from './lumbarLoft';
import { add, addScaled, lerp, normalize, sub } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import type { LocalJoint, Tess } from './parts';
import { sapThickness, sideSign, type VertebraLayout } from './vertebraGeometry';

const DEG = Math.PI / 180;
const Z: Vec3 = [0, 0, 1];

/** Extra backward tilt of the lamina plate over the layout's slope: the lower edge shingles behind the next one. */
export const LUMBAR_LAMINA_EXTRA_SLOPE = 5;

const smooth = (t: number) => t * t * (3 - 2 * t);

/** Fractions along a sweep: more sections at higher tiers. */
function stations(tess: Tess, many: number[], few: number[]): number[] {
  return tess.part <= 6 ? few : many;
}

/**
 * One half of a lumbar lamina with its pars interarticularis, as a stack of sloping slabs from its lower
 * border up to its upper border. Each slab runs from just past the midline out to the lateral border, so
 * the outline seen from behind is drawn directly: the lower border descends laterally into the inferior
 * articular process (the roof of the interlaminar window is an arch, highest at the spinous root), the
 * upper border stays level (the tip of the IAP above rests just lateral to it), and the lateral border is
 * waisted at mid-height (the pars: the Scotty dog's neck in the oblique view). The plate slopes down and
 * back a little more than the layout's lamina, so its lower edge shingles behind the next lamina.
 */
export function lumbarLamina(L: VertebraLayout, side: Side, tess: Tess, joints?: { sap: LocalJoint; iap: LocalJoint }): RawMesh {
  const s = sideSign(side);
  const S = L.sides[side];
  const { mid, thickness, slope } = L.lamina;
  const a = (slope + LUMBAR_LAMINA_EXTRA_SLOPE) * DEG;
  const out: Vec3 = [0, Math.cos(a), Math.sin(a)];
  // Steeper than the layout's plate, but its midline borders where the layout puts them.
  const tanA = Math.tan(a);
  const { zTopM, zBotM } = laminaMidline(L.lamina);
  let sapFoot: Vec3, iapRoot: Vec3;
  if (joints) {
    const t = sapThickness('lumbar');
    const { sap, iap } = joints;
    const sapBone = addScaled(sap.centre, sap.normal, -(sap.gap / 2 + t / 2));
    const iapBone = addScaled(iap.centre, iap.normal, iap.gap / 2 + (t * 0.85) / 2);
    sapFoot = addScaled(sapBone, sap.v, -sap.halfHeight * 0.6);
    iapRoot = addScaled(iapBone, iap.v, iap.halfHeight * 0.1);
  } else {
    sapFoot = [S.pedEnd[0], S.pedEnd[1], S.pedEnd[2] + 6];
    iapRoot = [S.pars[0], S.pars[1] + 2, S.pars[2] - 10];
  }
  // The upper border stays level laterally: the tip of the IAP above rests just lateral to it.
  const zTopL = Math.min(zTopM - 1.5, sapFoot[2]);
  const zBotL = Math.min(zBotM - 4, iapRoot[2]);
  // The pars (the neck) is the narrowest part of the lateral border: barely a millimetre of bone lateral to
  // the canal at L1–L2, more at L4–L5 (interpars distance widening caudally; Peters et al., "Interpars").
  const xTop = Math.min(Math.abs(sapFoot[0]) - 1, Math.abs(S.pars[0]) - 1), xBot = Math.abs(iapRoot[0]) - 0.5, xNeck = Math.max(L.m.canalWidth / 2 + 1, Math.abs(S.pars[0]) - 4.5);
  const fr = stations(tess, [0, 0.1, 0.25, 0.42, 0.58, 0.75, 0.9, 1], [0, 0.35, 0.7, 1]);
  const sections: Section[] = fr.map((f) => {
    const zM0 = zBotM + (zTopM - zBotM) * f;
    const zL = zBotL + (zTopL - zBotL) * f;
    // Lateral border: waisted at the pars between the SAP's foot and the IAP's root.
    const xl = f < 0.5 ? xBot + (xNeck - xBot) * smooth(f / 0.5) : xNeck + (xTop - xNeck) * smooth((f - 0.5) / 0.5);
    const yl = lerp(iapRoot, sapFoot, f)[1] + 1.2;
    const P: Vec3 = [s * xl, yl, zL];
    // Each slab ends just past the midline, on the line from its lateral end through the midline point at
    // the layout's height: the two halves meet in a roof whose lower border is an arch (apex at the spinous
    // root). The overlap bends forward a little: carried on straight it would stand out behind the other half.
    const over = 2.5;
    const yQ = mid[1] - (zM0 - mid[2]) * tanA;
    const M: Vec3 = [-s * over, yQ + ((yQ - yl) * over * 0.4) / xl, zM0 - ((zL - zM0) * over) / xl];
    const { c, u, v, half } = laminaSpan(M, P, out);
    // The lower border is thickened (where the flavum of the level below attaches in front).
    // Rounded borders: the end slabs are thinner.
    const edge = f === 0 || f === 1 ? 0.6 : 1;
    const th = (thickness / 2) * (1.12 - 0.22 * f) * edge;
    return { c, u, v, a: half, b: th, exponent: 2.5 };
  });
  return sweepSections(sections, tess.part, { startCap: 0.6, endCap: 0.6 });
}

/**
 * Lumbar spinous process: a hatchet. The root broadens into the laminae it grows from; the neck is a thin
 * vertical plate; the posterior border (the palpable tip) is the tallest and thickest part, with its lower
 * corner turned down.
 */
export function lumbarSpinous(L: VertebraLayout, tess: Tess): RawMesh {
  const { base, tip, height, width } = L.spinous;
  const dir = normalize(sub(tip, base));
  const start = addScaled(base, dir, -3);
  const drop = (t: number): Vec3 => [0, 0, -height * 0.16 * t * t];
  const lamHalfZ = L.lamina.halfHeight * Math.cos(L.lamina.slope * DEG);
  const fr = stations(tess, [0, 0.12, 0.3, 0.5, 0.72, 0.88, 0.96, 1], [0, 0.3, 0.75, 1]);
  const sections: Section[] = fr.map((t) => {
    const c = add(lerp(start, tip, t), drop(t));
    const tan = normalize(sub(add(lerp(start, tip, Math.min(1, t + 0.05)), drop(Math.min(1, t + 0.05))), add(lerp(start, tip, Math.max(0, t - 0.05)), drop(Math.max(0, t - 0.05)))));
    const sideAxis: Vec3 = [1, 0, 0];
    const v = normalize(sub(Z, [tan[0] * Z[2] * tan[2], tan[1] * tan[2], tan[2] * tan[2]]));
    // Height: broader at the root, narrowest at the neck, broadest at the posterior border.
    // (From mid-length on it keeps the heights the interspinous distances were measured with.)
    const neck = (height / 2) * 0.8;
    const root = Math.max(neck, lamHalfZ * 0.75);
    const h = t < 0.22 ? root + (neck - root) * smooth(t / 0.22) : neck + (height / 2 - neck) * smooth(Math.min(1, (t - 0.22) / 0.45));
    // Width: a thin plate, thickening into the posterior border and at the root.
    const w = (width / 2) * (t < 0.2 ? 1 - 0.25 * smooth(t / 0.2) : t < 0.55 ? 0.75 : 0.75 + 0.55 * smooth(Math.min(1, (t - 0.55) / 0.3)));
    // The posterior border ends rounded (a last, smaller section), not in a cone.
    const end = t === 1 && fr.length > 4 ? 0.7 : 1;
    return { c, u: sideAxis, v, a: w * end, b: h * (0.3 + 0.7 * end), exponent: 3 };
  });
  return sweepSections(sections, tess.part, { startCap: 0.5, endCap: fr.length > 4 ? 1 : 2.2 });
}

/**
 * Lumbar transverse process: thin front-to-back, tapering to a rounded tip that turns slightly up and back;
 * its root flares downward and forward into the pedicle (the upper border stays level, where the medial
 * branch crosses it). L5: short, stout and conical, rising laterally toward the ala.
 */
export function lumbarTransverse(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const S = L.sides[side];
  const L5 = L.level === 'L5';
  const lvl = Number(L.level.slice(1));
  const halfH = lumbarTransverseHalfHeight(L);
  const halfT = L5 ? 4.2 : 2.4;
  const dir = normalize(sub(S.tpTip, S.tpRoot));
  const cap = L5 ? 3 : 2;
  const end = addScaled(S.tpTip, dir, -cap);
  const reach = Math.hypot(end[0] - S.tpRoot[0], end[1] - S.tpRoot[1], end[2] - S.tpRoot[2]);
  // Upturned: the far half bends up (and a little back) off the straight root–tip line.
  const lift = L5 ? 3.5 : 1.6 + lvl * 0.15;
  const fr = stations(tess, [0, 0.15, 0.35, 0.55, 0.75, 0.88, 0.96, 1], [0, 0.35, 0.75, 1]);
  const stationsAlong: Station[] = fr.map((t) => {
    // The tip is a rounded knob, not a cut end: the last fifth closes in like a dome.
    const dome = t <= 0.8 ? 1 : Math.sqrt(1 - 0.75 * ((t - 0.8) / 0.2) ** 2);
    const c = addScaled(addScaled(S.tpRoot, dir, reach * t), [0, 0.35, 1], lift * t * t);
    // Height: level upper border, the lower border flaring down into the pedicle near the root.
    const top = halfH * (1 - (L5 ? 0.35 : 0.4) * t);
    const flare = t < 0.3 ? 1 - smooth(t / 0.3) : 0;
    // (L5 barely: the L5 root runs out between its root and the sacral ala.)
    const bot = halfH * (1 - (L5 ? 0.3 : 0.45) * t) + halfH * (L5 ? 0.2 : 0.7) * flare;
    const thick = halfT * (1 - 0.35 * t) + (L5 ? 0.5 : 1.4) * flare;
    // The accessory process grows from the back of the root, below the medial branch's groove.
    const accessory = t < 0.15 ? 0.5 + 0.5 * (t / 0.15) : t < 0.4 ? 1 - (t - 0.15) / 0.25 : 0;
    return { c: addScaled(c, Z, (top - bot) / 2), a: thick * dome, b: ((top + bot) / 2) * dome, curl: 0, tubercle: accessory };
  });
  // Its swelling: on the posterior, lower quarter of the root's section, backward and a little down.
  const accessory: Tubercle = (du, dn) => {
    const w = smoothStep((du - 0.2) / 0.6) * smoothStep((0.3 - dn) / 0.9);
    return [1.8 * w, -0.8 * w];
  };
  return loftStations(stationsAlong, { u: [0, 1, 0], normal: Z, bend: 0 }, tess.part, 2.3, [0.5, cap], accessory);
}

/** Half-height of the lumbar transverse process at its root (its upper border is the medial branch's groove). */
export function lumbarTransverseHalfHeight(L: VertebraLayout): number {
  return L.level === 'L5' ? 7 : 4.6 + Number(L.level.slice(1)) * 0.1;
}
