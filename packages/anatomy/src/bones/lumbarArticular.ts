/**
 * The lumbar articular processes, shaped for the oblique view (the "Scotty dog"): the superior articular
 * process is the ear, a tall curved plate rising from the pedicle well above it, its facet a concave
 * J-shaped shell cupping the inferior process above, with the mamillary process swelling out of its
 * posterior rim; the inferior articular process is the front leg, a tongue hanging from the pars below the
 * pedicle, its convex facet turned forward and outward into the cup of the superior process below.
 *
 * Each process is one loft of rings lying in the facet plane (u across the facet, the joint normal through
 * the plate), so the articular face stays the joint's surface and the tubercle is part of the bone, not a
 * blob glued on. At the coarse tier the same rings are taken at four stations (the triangle count of the
 * plain sweep they replace).
 */
import type { RawMesh } from '../geometry/raw';
import { add, addScaled, lerp } from '../geometry/vec';
import { loftStations, smooth, type Station, type Tubercle } from './lumbarLoft';
import type { Side, Vec3 } from '../types';
import type { LocalJoint, Tess } from './parts';
import { sapThickness, sideSign, type VertebraLayout } from './vertebraGeometry';

/** How far the superior process rises above its facet's centre, in facet half-heights (the ear's tip). */
export const LUMBAR_SAP_TIP = 1.0;
/** How far the inferior process hangs below its facet's centre, in facet half-heights (the front leg). */
export const LUMBAR_IAP_TIP = 0.95;

/** How uneven the facet's curl is front to back (0: a C; 0.5: the front curls three times as far as the back). */
export const LUMBAR_FACET_HOOK = 0.5;

/** Points around a ring: more at higher tiers, a multiple of 4 so the facet's middle and flanks get points. */
function ringPoints(tess: Tess): number {
  return tess.part <= 6 ? 6 : 4 * Math.ceil((tess.part + 2) / 4);
}

/** A process as one loft of rings in its facet's plane; four stations at the coarse tier. */
function processLoft(stations: Station[], j: LocalJoint, tess: Tess, exponent: number, caps: [number, number], bump?: Tubercle): RawMesh {
  const use = tess.part <= 6 ? [stations[0]!, stations[2]!, stations[4]!, stations[stations.length - 1]!] : stations;
  // A J, not a C, in axial section: the front of the facet turns coronal (facing back), its back stays
  // sagittal (facing in). Both processes of a joint take the same J, so they nest.
  const front = j.u[1] > 0 ? -1 : 1;
  return loftStations(use, { ...j, hook: LUMBAR_FACET_HOOK * front }, ringPoints(tess), exponent, caps, bump);
}

/**
 * Lumbar superior articular process (the ear): rooted on the back of the pedicle, it rises as a curved plate
 * past the top of the pedicle to a tapering tip above its facet. The mamillary process swells from the lower
 * half of its posterior rim, on the side away from the joint.
 */
export function lumbarSuperiorArticular(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  const S = L.sides[side];
  const t = sapThickness('lumbar');
  const bc = addScaled(j.centre, j.normal, -(j.gap / 2 + t / 2));
  const hh = j.halfHeight, hw = j.halfWidth, ht = t / 2;
  const at = (k: number) => addScaled(bc, j.v, k * hh);
  // Rooted over the end of the pedicle (the SAP, pars and TP meet there: no cut pedicle end shows).
  const base = addScaled(S.pedEnd, S.pedAxis, 0.5);
  const low = at(-0.85);
  const stations: Station[] = [
    { c: base, a: hw * 0.85, b: ht * 1.2, curl: 0, tubercle: 0 },
    { c: lerp(base, low, 0.6), a: hw * 0.95, b: ht * 1.05, curl: 0.3, tubercle: 0.3 },
    { c: low, a: hw * 0.97, b: ht, curl: 0.85, tubercle: 0.8 },
    { c: at(-0.3), a: hw, b: ht, curl: 1, tubercle: 1 },
    { c: at(0.35), a: hw * 0.96, b: ht * 0.95, curl: 1, tubercle: 0.3 },
    { c: at(0.8), a: hw * 0.74, b: ht * 0.85, curl: 0.85, tubercle: 0 },
    { c: at(LUMBAR_SAP_TIP), a: hw * 0.4, b: ht * 0.7, curl: 0.5, tubercle: 0 },
  ];
  // The posterior rim is the end of u that points backward.
  const back = j.u[1] > 0 ? 1 : -1;
  const mamillary = (du: number, dn: number): [number, number] => {
    // The posterior rim swells backward (and a little toward the joint's side), not out over the
    // SAP–TP groove in front of it, where the medial branch runs and the needle comes down onto bone.
    const w = smooth((du * back - 0.4) / 0.5) * (0.75 + 0.25 * smooth((0.3 - dn) / 1.2));
    return [back * 1.8 * w, 1.0 * w];
  };
  return processLoft(stations, j, tess, 3, [1.5, 1.2], mamillary);
}

/**
 * Lumbar inferior articular process (the front leg): a tongue hanging from the lower lateral corner of the
 * lamina (below the pars), narrowing to a rounded tip well below the pedicle; its facet is the convex
 * counterpart of the superior process's cup below, facing forward and outward.
 */
export function lumbarInferiorArticular(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  const S = L.sides[side];
  const s = sideSign(side);
  const t = sapThickness('lumbar') * 0.85;
  const bc = addScaled(j.centre, j.normal, j.gap / 2 + t / 2);
  const hh = j.halfHeight, hw = j.halfWidth, ht = t / 2;
  // k > 0 runs down the facet.
  const at = (k: number) => addScaled(bc, j.v, -k * hh);
  // Rooted up in the pars, so the tongue runs down out of the neck instead of starting in a flat shoulder.
  const base: Vec3 = [S.pars[0] * 0.94, S.pars[1] + 0.5, S.pars[2] + 1.5];
  const top = at(-0.85);
  // The tip turns a little inward, under the lamina it hangs from (the leg's paw).
  const tip = add(at(LUMBAR_IAP_TIP), [-s * 0.8, 0, 0]);
  const stations: Station[] = [
    { c: base, a: hw * 0.5, b: ht * 0.95, curl: 0, tubercle: 0 },
    { c: lerp(base, top, 0.55), a: hw * 0.7, b: ht * 1.05, curl: 0.3, tubercle: 0 },
    { c: top, a: hw * 0.86, b: ht, curl: 0.85, tubercle: 0 },
    { c: at(-0.25), a: hw * 0.84, b: ht, curl: 1, tubercle: 0 },
    { c: at(0.35), a: hw * 0.74, b: ht * 0.95, curl: 1, tubercle: 0 },
    { c: at(0.72), a: hw * 0.58, b: ht * 0.85, curl: 0.8, tubercle: 0 },
    { c: tip, a: hw * 0.36, b: ht * 0.68, curl: 0.5, tubercle: 0 },
  ];
  // The root ends in a dome buried in the lamina, not a cut face beside it.
  return processLoft(stations, j, tess, 2.6, [2.2, 1.3]);
}
