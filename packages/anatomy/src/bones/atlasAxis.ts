/**
 * The atlas (C1: a ring without a body) and the lateral atlantoaxial joint (the C2 parts are the axis*.ts
 * modules). C1 is built in C2's local frame, since it
 * sits on C2's superior facets around the dens; the frame's C1 pose shares C2's axes.
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { outward } from '../geometry/outward';
import type { BuildContext } from '../build/context';
import { morphometry } from '../morphometry';
import type { Side, Structure, Vec3 } from '../types';
import { addRightTwin } from '../build/mirror';
import { loftLoop, sectionRing, sweepSections, type Section } from '../geometry/sweep';
import { smoothPath } from '../geometry/tube';
import { addScaled, cross, lerp, normalize } from '../geometry/vec';
import { bar, blob, toPose, type LocalJoint, type Tess } from './parts';
import { poseToLocal, poseToWorld, sideSign, vertebraLayout, type VertebraLayout } from './vertebraGeometry';

const c1 = morphometry.C1 as Record<string, number>;
const c2 = morphometry.C2 as Record<string, number>;

/**
 * Lateral atlantoaxial joint (C2 local): C2's superior facet faces up and a little laterally (~20°),
 * AP length and width from the axis study (16.3 × 14.4 mm).
 */
export function atlantoAxialJoint(L: VertebraLayout, side: Side): LocalJoint {
  const s = sideSign(side);
  const tilt = 20 * (Math.PI / 180);
  const n: Vec3 = [s * Math.sin(tilt), 0, Math.cos(tilt)];
  const u = normalize(cross([0, 0, 1], n));
  const v = normalize(cross(n, u));
  return {
    centre: [s * 16.5, 1, L.H / 2 - 1.2], normal: n, u, v,
    halfWidth: c2.superior_facet_length_mm! / 2, halfHeight: c2.superior_facet_width_mm! / 2,
    gap: 1.5, bend: 0,
  };
}

export function buildAtlas(ctx: BuildContext, tess: Tess): void {
  const frame = ctx.frame;
  const L2 = vertebraLayout(frame, 'C2');
  const pose = L2.pose; // C1 is built in C2's local frame
  const zc = poseToLocal(pose, frame.vertebrae.C1.centre)[2];
  const group = 'vertebra-C1';
  const add = (id: string, name: string, g: RawMesh, side?: Side) =>
    ctx.add({ id, kind: 'bone', name, group, level: 'C1', ...(side ? { side } : {}), geometry: toPose(g, pose) });

  const antH = c1.anterior_arch_height_mm! / 2, postH = c1.posterior_arch_height_mm! / 2;
  const canalDepth = c1.canal_depth_mm!;
  const densFront = -4.4; // dens radius 5, centred 0.6 mm behind the C2 axis
  const aaPost = densFront - 2; // atlanto-dental interval ~2 mm
  const antT = 3.2;
  const ppAnt = aaPost + canalDepth; // anterior surface of the posterior arch at the midline
  const postT = 3.4;
  const zArch = zc + 0.5;

  // Anterior arch: in front of the dens, with the anterior tubercle.
  const ay = aaPost - antT;
  add('anterior-arch-C1', 'C1 anterior arch', mergeRaw([
    outward(bar(smoothPath([[14, -1.5, zArch], [9.5, ay + 3.2, zArch], [0, ay, zArch], [-9.5, ay + 3.2, zArch], [-14, -1.5, zArch]], 3), [0, 0, 1],
      (t) => [antT * (1 + 0.25 * Math.abs(2 * t - 1)), antH * (0.85 + 0.15 * (1 - Math.abs(2 * t - 1)))], tess.part, 2.4, [0.5, 0.5])),
    // Anterior tubercle: a forward knob, taller than wide (longus colli and the anterior longitudinal ligament).
    blob([0, ay - 2.6, zArch + 0.3], [4.2, 3.2, 5.6], tess.part),
  ]));
  // Posterior arch: a rounded bar, slimmest just behind the lateral masses (the groove for the vertebral
  // artery on its upper surface), swelling at the midline into the posterior tubercle (a rudimentary
  // spinous process, taller than wide) instead of a ball stuck on.
  const py = ppAnt + postT;
  // (sweepSections picks its winding from the first-to-last displacement, which a U-shaped path leaves
  // ambiguous: the arches are checked and turned outward, or their near side would be culled.)
  // The groove for the vertebral artery is cut into the upper surface: over it the bar is lower and its
  // centre drops by as much, so the lower border runs on unbroken.
  const grooveDepth = (m: number) => (m < 0.35 ? 1 - m / 0.35 : 0);
  const GROOVE_H = 0.38;
  const archPath = smoothPath([[16, 7, zArch - 1], [15.4, 14, zArch - 0.6], [10.5, py - 3, zArch], [0, py + 1, zArch - 0.3], [-10.5, py - 3, zArch], [-15.4, 14, zArch - 0.6], [-16, 7, zArch - 1]], 3)
    .map((p, i, all) => {
      const m = 1 - Math.abs((2 * i) / (all.length - 1) - 1);
      return [p[0], p[1], p[2] - grooveDepth(m) * GROOVE_H * postH * 0.5] as Vec3;
    });
  add('posterior-arch-C1', 'C1 posterior arch', mergeRaw([
    outward(bar(archPath, [0, 0, 1],
      (t) => {
        const m = 1 - Math.abs(2 * t - 1);
        const g = grooveDepth(m);
        const tubercle = m > 0.7 ? Math.sin(((m - 0.7) / 0.3) * Math.PI / 2) ** 2 : 0;
        // Slender over the groove (~3.5 mm), the measured arch height only at the tubercle.
        return [postT * 0.95 * (1 - 0.22 * g) + 1.0 * tubercle, postH * (0.5 + 0.15 * m * m) * (1 - GROOVE_H * g) + postH * 0.35 * tubercle];
      }, tess.part, 2.2, [0.5, 0.5])),
  ]));

  // The left lateral mass and transverse process; the right ones are their mirror images (build/mirror.ts).
  const lefts: Structure[] = [];
  {
    const side: Side = 'left';
    const s = sideSign(side);
    const j = atlantoAxialJoint(L2, side);
    const face = addScaled(j.centre, j.normal, j.gap / 2);
    const top = zc + 7.5;
    const a = c1.inferior_facet_ap_length_mm! / 2, b = 6.3;
    const horizV: Vec3 = [-s, 0, 0];
    const wedge = 16 * (Math.PI / 180);
    // The superior facets converge forward (their long axes meet in front of the dens, cupping the
    // occipital condyles, which converge the same way): the top is turned about the vertical axis.
    const converge = 14 * (Math.PI / 180);
    const topU: Vec3 = [Math.sin(converge), s * Math.cos(converge), 0];
    const topV: Vec3 = [-s * Math.cos(wedge) * Math.cos(converge), Math.cos(wedge) * Math.sin(converge), -Math.sin(wedge)];
    const sections: Section[] = [
      { c: addScaled(face, j.normal, 0.4), u: j.u, v: j.v, a: a * 0.92, b: b * 0.92, exponent: 2.2 },
      { c: addScaled(face, j.normal, 2.5), u: j.u, v: j.v, a, b, exponent: 2.2 },
      { c: [face[0], face[1], face[2] + 7], u: j.u, v: horizV, a: a * 1.02, b: b * 1.05, exponent: 2.2 },
      // Wedge: the superior facet slopes down medially (faces up and in, cupping the occipital condyle),
      // so the mass is taller laterally than medially.
      // Kidney-shaped superior facet: its ends curl medially (bend along v, which points medially), so the
      // medial border is notched.
      { c: [face[0] - s * 0.3, face[1], top - 2], u: topU, v: topV, a: c1.superior_facet_ap_length_mm! / 2, b: c1.superior_facet_width_mm! / 2, exponent: 2.6, bend: 3.4 },
      { c: [face[0] - s * 0.3, face[1], top], u: topU, v: topV, a: c1.superior_facet_ap_length_mm! / 2 * 0.92, b: c1.superior_facet_width_mm! / 2 * 0.9, exponent: 2.6, bend: 3.4 },
    ];
    // The superior facet is concave (for the occipital condyle): the top cap dips 2 mm.
    lefts.push(add(`lateral-mass-C1-${side}`, `${side} C1 lateral mass`, sweepSections(sections, tess.part + 4, { startCap: 0.3, endCap: -2 }), side));

    // Transverse process: a ring around the foramen transversarium, then a long bar to the tip.
    const span = c1.transverse_process_span_mm! / 2;
    const fr = 2.8, bt = 2.7, R = fr + bt;
    const fxOuter = c1.outer_transverse_foramina_distance_mm! / 2;
    const fc: Vec3 = [s * (fxOuter - fr), face[1] + 1, zc - 0.5];
    const n = Math.max(10, tess.part);
    const rings: Vec3[][] = [];
    // The same turning sense on both sides (a mirrored loop would be wound inside out).
    for (let i = 0; i < n; i++) {
      const ang = (i / n) * Math.PI * 2;
      rings.push(sectionRing({ c: [fc[0] - Math.cos(ang) * R, fc[1] + Math.sin(ang) * R * 1.2, fc[2]], u: normalize([-Math.cos(ang), Math.sin(ang), 0]), v: [0, 0, 1], a: bt, b: bt * 2, exponent: 2.2 }, Math.max(8, Math.round(tess.part * 0.75))));
    }
    const tip: Vec3 = [s * (span - 3.4), fc[1] + 1.5, fc[2] - 1.5];
    lefts.push(add(`transverse-process-C1-${side}`, `${side} C1 transverse process`, mergeRaw([
      loftLoop(rings),
      bar([[fc[0] - s * R, fc[1], fc[2]], [s * (Math.abs(face[0]) + 3), face[1], fc[2]]], [0, 0, 1], () => [2, 3.2], tess.part, 2.2, [0.5, 0.5]),
      // One sweep out to a broad, flattened tip (the palpable C1 transverse process), not a ball on a stick.
      bar([0, 0.35, 0.65, 0.85, 1].map((f) => lerp([fc[0] + s * R * 0.7, fc[1], fc[2]], [tip[0] + s * 2.2, tip[1], tip[2]], f)), [0, 0, 1], (t) => {
        const k = t < 0.35 ? 0 : Math.min(1, (t - 0.35) / 0.45);
        const e = t > 0.8 ? 1 - (t - 0.8) * 1.5 : 1; // rounded off at the tip, not cut flat
        return [(2.6 + 1.8 * k * k) * e, (3.2 + 2.2 * k * k) * e];
      }, tess.part, 2.4, [0.5, 2.4]),
    ]), side));
  }
  for (const l of lefts) addRightTwin(ctx, l);

  // External occipital protuberance (inion), placed from craniovertebral relations (morphometry "occiput"):
  // the opisthion lines up with the C1 spinolaminar line (the front of the posterior arch) ~10 mm above the
  // arch; the inion lies up the occipital squama from there (opisthion–inion chord, tilted back).
  const occ = morphometry.occiput as Record<string, number>;
  const opisthion: Vec3 = [0, ppAnt, zArch + postH + occ.opisthion_above_c1_posterior_arch_mm!];
  const chord = occ.opisthion_inion_chord_mm!, ang = occ.opisthion_inion_angle_from_vertical_deg! * (Math.PI / 180);
  ctx.landmark('occipital-protuberance', poseToWorld(pose, [0, opisthion[1] + chord * Math.sin(ang), opisthion[2] + chord * Math.cos(ang)]));
}

