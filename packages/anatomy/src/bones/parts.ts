/**
 * Shape functions for the parts of a vertebra. Each returns a closed (watertight) BufferGeometry in the
 * vertebra's LOCAL frame (x left, y posterior, z superior, origin at the body centre); the builder moves
 * it into LPS with the segment pose. A part may be a union of several closed shells.
 */
import type { BufferGeometry } from 'three';
import { finishMesh, mergeRaw, type RawMesh } from '../geometry/raw';
import type { Side, Vec3 } from '../types';
import { loftCaps, loftFlat, loftIndexCount, rawBuffers } from '../geometry/raw';
import { sectionsAlong, sweepSections, type Section } from '../geometry/sweep';
import { add, addScaled, lerp, normalize, scale, sub } from '../geometry/vec';
import type { SegmentPose, VertebraLayout } from './vertebraGeometry';
import { sapThickness, sideSign } from './vertebraGeometry';
import { lumbarLamina, lumbarSpinous, lumbarTransverse } from './lumbarArch';
import { lumbarInferiorArticular, lumbarSuperiorArticular } from './lumbarArticular';
import { cervicalBifidSpinous, cervicalLamina } from './cervicalArch';
import { cervicalTransverseProcess } from './cervicalTransverse';
import { axisLamina } from './axisLamina';
import { thoracicLamina, thoracicTransverse } from './thoracicArch';
import { bar, blob } from './primitives';

export { bar, blob };

export interface Tess {
  /** Points around a body ring. */
  body: number;
  /** Rings of a body (odd, ≥ 5). */
  bodyRings: number;
  /** Points around a small part's section. */
  part: number;
  /** Sections along a small part. */
  along: number;
}

const Z: Vec3 = [0, 0, 1];

/** Moves a local-frame RawMesh into LPS with the segment pose and finishes it (normals, typed arrays). */
export function toPose(g: RawMesh, pose: SegmentPose): BufferGeometry {
  return finishMesh(g, { x: pose.axis.x, y: pose.axis.y, z: pose.axis.z, o: pose.centre });
}


// ---------------------------------------------------------------------------------------------
// Vertebral body
// ---------------------------------------------------------------------------------------------
/** Height fraction and radial scale of the body rings: rim lip at the endplates, concave waist between. */
const BODY_PROFILE: [number, number][] = [
  [0, 0.955], [0.025, 0.99], [0.07, 1.0], [0.16, 0.965], [0.3, 0.92], [0.5, 0.9],
  [0.7, 0.92], [0.84, 0.965], [0.93, 1.0], [0.975, 0.99], [1, 0.955],
];
const BODY_PICK: Record<number, number[]> = {
  5: [0, 2, 5, 8, 10],
  7: [0, 2, 4, 5, 6, 8, 10],
  9: [0, 1, 2, 4, 5, 6, 8, 9, 10],
  11: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
};

/** Outlines by layout (layouts are kept per frame, so these go with the model) and point count. */
const outlines = new WeakMap<VertebraLayout, Map<number, readonly (readonly [number, number])[]>>();

/**
 * Axial outline of a body (local x,y at scale 1): superellipse, kidney notch behind, heart-shaped in the thorax.
 * Computed once per body and point count: the body and the discs above and below it share it.
 */
export function bodyOutline(L: VertebraLayout, seg: number): readonly (readonly [number, number])[] {
  let bySeg = outlines.get(L);
  if (!bySeg) { bySeg = new Map(); outlines.set(L, bySeg); }
  let out = bySeg.get(seg);
  if (!out) { out = computeBodyOutline(L, seg); bySeg.set(seg, out); }
  return out;
}

function computeBodyOutline(L: VertebraLayout, seg: number): [number, number][] {
  const W = L.W, D = L.D;
  const region = L.region;
  const e = region === 'cervical' ? 2.7 : region === 'thoracic' ? 2.25 : 2.45;
  const notch = region === 'cervical' ? 0.6 : region === 'thoracic' ? 0.07 * D : 0.075 * D;
  const out: [number, number][] = [];
  const ex = 2 / e;
  for (let i = 0; i < seg; i++) {
    const t = (i / seg) * Math.PI * 2;
    const ct = Math.cos(t), st = Math.sin(t);
    let x = Math.sign(ct) * Math.abs(ct) ** ex * (W / 2);
    const posterior = st > 0;
    const ry = posterior ? D / 2 + notch : D / 2;
    let y = Math.sign(st) * Math.abs(st) ** ex * ry;
    if (posterior) y -= notch * Math.exp(-((x / (0.28 * W)) ** 2)) * Math.min(1, (y / ry) ** 2 * 1.3);
    if (region === 'thoracic' && !posterior) x *= 1 - 0.16 * (y / (D / 2)) ** 2;
    out.push([x, y]);
  }
  return out;
}

export function vertebralBody(L: VertebraLayout, tess: Tess): RawMesh {
  const outline = bodyOutline(L, tess.body);
  const pick = BODY_PICK[tess.bodyRings] ?? BODY_PICK[9]!;
  const n = outline.length;
  // The rings written straight into the loft's positions (no array per point).
  const R = pick.length;
  const { positions, indices } = rawBuffers((R * n + loftCaps()) * 3, loftIndexCount(R, n, loftCaps()));
  let o = 0;
  for (const k of pick) {
    const [t, s] = BODY_PROFILE[k]!;
    for (const [x, y] of outline) {
      // The waist is anterior and lateral: the posterior wall stays nearly straight.
      const yy = y < 0 ? y * s : y * (1 - (1 - s) * 0.2);
      positions[o++] = x * s; positions[o++] = yy; positions[o++] = L.zInf(yy) * (1 - t) + L.zSup(yy) * t;
    }
  }
  // Slightly concave endplates: the cap apex sits 0.8 mm inside the endplate plane.
  const parts = [loftFlat(positions, R, n, { startApex: [0, 0, L.zInf(0) + 0.8], endApex: [0, 0, L.zSup(0) - 0.8] }, indices)];
  if (L.region === 'cervical' && L.level !== 'C2') {
    // Uncinate processes: lips on the posterolateral superior rims (C3–C7), ~3.5 mm high.
    for (const s of [1, -1]) {
      const y = L.D * 0.08;
      const halfW = (L.W / 2) * 0.985;
      parts.push(blob([s * (halfW - 1.6), y, L.zSup(y) - 0.6], [2.1, L.D * 0.3, 3.9], tess.part));
    }
  }
  return mergeRaw(parts);
}

// ---------------------------------------------------------------------------------------------
// Pedicle
// ---------------------------------------------------------------------------------------------
export function pedicle(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const S = L.sides[side];
  const pw = L.m.pedicleWidth / 2, ph = L.m.pedicleHeight / 2;
  // Flared into the back of the body (more in height than in width), with the junction a little high: the
  // inferior vertebral notch under the pedicle is deeper than the superior one.
  const wall = lerp(S.pedStart, S.isthmus, 0.55);
  const path = [S.pedStart, [wall[0], wall[1], wall[2] + 0.08 * ph * 2] as Vec3, S.isthmus, lerp(S.isthmus, S.pedEnd, 0.6), addScaled(S.pedEnd, S.pedAxis, 1.5)];
  const flareW = [1.3, 1.1, 1.0, 1.08, 1.18];
  // (Kept below the superior endplate, whose rim the flare would otherwise break through.)
  const room = (Math.min(L.zSup(S.pedStart[1]), L.zSup(L.yb)) - 2 - S.isthmus[2]) / ph;
  const flareH = [Math.min(1.45, room), Math.min(1.22, room - 0.16), 1.0, 1.08, 1.18];
  return bar(path, Z, (t) => {
    const i = Math.min(4, Math.round(t * 4));
    return [pw * flareW[i]!, ph * flareH[i]!];
  }, tess.part, 2.3, [0.5, 1]);
}

// ---------------------------------------------------------------------------------------------
// Lamina (one half; the two meet past the midline)
// ---------------------------------------------------------------------------------------------
export function lamina(L: VertebraLayout, side: Side, tess: Tess, joints?: { sap: LocalJoint; iap: LocalJoint }): RawMesh {
  if (L.region === 'lumbar') return lumbarLamina(L, side, tess, joints);
  if (L.level === 'C2') return axisLamina(L, side, tess);
  if (L.region === 'cervical') return cervicalLamina(L, side, tess);
  if (L.region === 'thoracic') return thoracicLamina(L, side, tess);
  return lumbarLamina(L, side, tess, joints);
}

// ---------------------------------------------------------------------------------------------
// Spinous process
// ---------------------------------------------------------------------------------------------
export function spinousProcess(L: VertebraLayout, tess: Tess): RawMesh {
  const { base, tip, height, width } = L.spinous;
  const level = L.level;
  const region = L.region;
  const parts: RawMesh[] = [];
  const dir = normalize(sub(tip, base));
  const len = Math.hypot(...(sub(tip, base) as [number, number, number]));
  const bifid = level === 'C2' || level === 'C3' || level === 'C4' || level === 'C5' || level === 'C6';
  const lamH = L.lamina.halfHeight;
  if (region === 'lumbar') {
    parts.push(lumbarSpinous(L, tess));
  } else if (level === 'C2') {
    // The largest cervical spinous process, heavy and deep at its root (semispinalis cervicis, rectus
    // capitis posterior major, obliquus capitis inferior), splitting into two broad, widely spread tubercles.
    parts.push(cervicalBifidSpinous(L, tess, { rootWidth: 1.5, rootDepth: lamH * 0.58, forkDepth: 0.55, spread: 5.2, knobWidth: 2.6 }));
  } else if (bifid) {
    parts.push(cervicalBifidSpinous(L, tess));
  } else if (region === 'thoracic') {
    // Long, slender, triangular in section, pointing steeply down: the shingles.
    // Its base sits on the back of the laminae, leaving the interlaminar ligaments in front of it.
    const start = add(addScaled(base, dir, -1), [0, 2.5, 0.5]);
    const end = addScaled(tip, dir, -0.8);
    const path = [0, 0.3, 0.6, 0.82, 0.92, 1].map((f) => lerp(start, end, f));
    // One sweep: the shaft tapers, then swells into the tip tubercle (supraspinous ligament), no ball on a stick.
    parts.push(bar(path, Z, (t) => {
      const k = t < 0.15 ? 0.75 + 0.25 * (t / 0.15) : 1; // rounded root, merging into the laminae
      const club = t < 0.78 ? 1 : t < 0.96 ? 1 + 0.55 * Math.sin((Math.PI / 2) * Math.min(1, (t - 0.78) / 0.14)) : 1.2;
      const w = Math.max(width / 2 * (1 - 0.35 * t) * k * club, 0);
      // Slender: deepest at the root where it grows from the laminae, thinning along the shaft.
      const h = ((lamH * 0.55) * (1 - t) ** 1.5 + (height / 2) * 0.55 * (1 - (1 - t) ** 1.5) + 1.2) * k * (t < 0.78 ? 1 : 1 - 0.2 * (t - 0.78) / 0.22);
      return [w, h];
    }, tess.part, 2.3, [2, 1.4]));
  } else {
    // C7 (vertebra prominens): one sweep, the long shaft swelling into the rounded tip tubercle.
    const start = addScaled(base, dir, -1.5);
    const end = addScaled(tip, dir, -0.6);
    const hBase = Math.min(lamH * 0.75, height / 2 + 0.5);
    const path = [0, 0.35, 0.65, 0.82, 0.93, 1].map((f) => lerp(start, end, f));
    parts.push(bar(path, Z, (t) => {
      const club = t < 0.62 ? 1 : t < 0.93 ? 1 + 0.9 * Math.sin((Math.PI / 2) * Math.min(1, (t - 0.62) / 0.26)) : 1.5;
      const h = hBase * (1 - t) + (height / 2) * 0.75 * t;
      return [width / 2 * (1 - 0.2 * t) * club, h * (t < 0.62 ? 1 : 1 + 0.35 * Math.min(1, (t - 0.62) / 0.26))];
    }, tess.part, 2.3, [0.5, 1.6]));
  }
  void len;
  return mergeRaw(parts);
}

// ---------------------------------------------------------------------------------------------
// Transverse processes
// ---------------------------------------------------------------------------------------------
export function transverseProcess(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  // (C2's is axisTransverse.ts, dispatched by buildVertebrae.)
  if (L.region === 'cervical') return cervicalTransverseProcess(L, side, tess);
  if (L.region === 'thoracic') return thoracicTransverse(L, side, tess);
  return lumbarTransverse(L, side, tess);
}

// ---------------------------------------------------------------------------------------------
// Articular processes (plates whose one face is the articular surface)
// ---------------------------------------------------------------------------------------------
export interface LocalJoint {
  centre: Vec3; normal: Vec3; u: Vec3; v: Vec3;
  halfWidth: number; halfHeight: number; gap: number; bend: number;
}

/**
 * An articular process as one continuous sweep: from its root on the pedicle / lamina (`base`) into a
 * plate whose one face is the articular surface (through centre ∓ normal·gap/2, facing ±normal), ending in
 * a rounded tip (up for a superior process, down for an inferior one). Sections lie in the facet plane
 * (u across, normal through the thickness), so the process reads as a plate, curved (J-shaped in the
 * lumbar spine) by the joint's bend.
 */
export function articularProcess(
  j: LocalJoint, kind: 'superior' | 'inferior', thickness: number, base: Vec3, tess: Tess, baseSize = 0.75, tipExtent = 1,
  tipTaper = 0.6, curvedFace = false,
): { mesh: RawMesh; boneCentre: Vec3 } {
  const facing = kind === 'superior' ? 1 : -1;
  const tipDir = kind === 'superior' ? 1 : -1;
  const bc = addScaled(j.centre, j.normal, -facing * (j.gap / 2 + thickness / 2));
  const hh = j.halfHeight, hw = j.halfWidth, ht = thickness / 2;
  const at = (k: number) => addScaled(bc, j.v, tipDir * k * hh);
  // Root of the plate, then the plate, then the tip. The base section is pulled toward the plate's face
  // so the stem is flush with the joint side.
  const pts: [Vec3, number, number, number][] = [
    [base, hw * baseSize, ht * 1.05, 0],
    [lerp(base, at(-0.85), 0.6), hw * (baseSize + 0.15), ht * 1.05, 0.3],
    [at(-0.85), hw * 0.96, ht, 0.85],
    [at(-0.3), hw, ht, 1],
    [at(0.35), hw, ht, 1],
    [at(0.8 * tipExtent), hw * (0.9 - (0.6 - tipTaper) * 0.6), ht * 0.9, 0.9],
    [at(tipExtent), hw * tipTaper, ht * 0.75, 0.6],
  ];
  const use = tess.part <= 6 ? [pts[0]!, pts[2]!, pts[4]!, pts[6]!] : pts;
  const sections: Section[] = use.map(([c, a, b, w]) => ({ c, u: j.u, v: j.normal, a, b, exponent: curvedFace && kind === 'inferior' ? 2.6 : 3, bend: j.bend * w }));
  // A curved (lumbar) facet needs a point in the middle of its face and two on each flank to show its
  // concavity: a multiple of 4 points around.
  const seg = curvedFace && j.bend > 0 && tess.part > 6 ? 4 * Math.ceil((tess.part + 2) / 4) : tess.part;
  return { mesh: sweepSections(sections, seg, { startCap: 0.5, endCap: 1 }), boneCentre: bc };
}

export function superiorArticularProcess(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  if (L.region === 'lumbar') return lumbarSuperiorArticular(L, side, j, tess);
  const S = L.sides[side];
  const t = sapThickness(L.region);
  const base = L.region === 'cervical' ? add(S.pedEnd, [0, 2, -1]) : addScaled(S.pedEnd, S.pedAxis, -1.5);
  const { mesh, boneCentre } = articularProcess(j, 'superior', t, base, tess, L.region === 'cervical' ? 0.84 : 0.7, L.region === 'thoracic' ? 0.75 : 1);
  const parts = [mesh];
  if (L.level === 'S1') {
    // Mamillary process on the posterior border of the SAP.
    const s = sideSign(side);
    const back = j.u[1] > 0 ? j.u : scale(j.u, -1);
    // A low, vertically elongated tubercle on the back edge, low on the process (not a ball).
    const mam = addScaled(addScaled(addScaled(boneCentre, back, j.halfWidth * 0.85), j.v, -j.halfHeight * 0.5), [s, 0, 0], 1.2);
    parts.push(blob(mam, [2.2, 2.4, 4.2], tess.part));
  }
  return mergeRaw(parts);
}

export function inferiorArticularProcess(L: VertebraLayout, side: Side, j: LocalJoint, tess: Tess): RawMesh {
  if (L.region === 'lumbar') return lumbarInferiorArticular(L, side, j, tess);
  const S = L.sides[side];
  const t = sapThickness(L.region) * (L.region === 'cervical' ? 1 : 0.85);
  let base: Vec3;
  if (L.region === 'cervical') base = add(S.pedEnd, [0, 2.5, -1]);
  else {
    const lamBot = L.lamina.mid[2] - L.lamina.halfHeight * 0.75;
    base = [S.pars[0] * 0.92, S.pars[1] + 0.5, Math.min(S.pars[2], lamBot + 5)];
  }
  return articularProcess(j, 'inferior', t, base, tess, L.region === 'cervical' ? 0.84 : 0.6).mesh;
}

export { sweepSections, sectionsAlong };
