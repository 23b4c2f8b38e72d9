/**
 * The C3–C7 transverse process as a cervical one: short and trough-shaped. An anterior root from the side
 * of the body and a posterior root from the pedicle–pillar junction pass in front of and behind the
 * foramen transversarium and run out into the anterior and posterior tubercles; lateral to the foramen the
 * costotransverse lamella joins them, a plate whose upper surface is the gutter the spinal nerve lies in.
 * C6's anterior tubercle is the largest (Chassaignac's); C7's is small, its posterior root and tubercle
 * large and its process long. The whole process lies in front of the articular pillar: the foramen is
 * lateral to the front half of the pedicle, and the posterior tubercle in front of the pillar.
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { smoothPath } from '../geometry/tube';
import { lerp } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import { bar, blob } from './primitives';
import type { Tess } from './parts';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

const Z: Vec3 = [0, 0, 1];
const ramp = (t: number, from: number) => (t <= from ? 0 : ((t - from) / (1 - from)) ** 2);

/** Layout of a C3–C7 transverse process (local): the foramen transversarium and the two tubercles. */
export function cervicalTransverseLayout(L: VertebraLayout, side: Side) {
  const S = L.sides[side];
  const s = sideSign(side);
  const c7 = L.level === 'C7';
  const fr = c7 ? 2.2 : 2.9; // foramen radius (C7's carries veins only)
  const bar2 = c7 ? 1.9 : 1.7; // root half-thickness
  // Lateral to the pedicle, level with its front half (the pedicle is the foramen's medial wall).
  const fc: Vec3 = [s * (Math.abs(S.isthmus[0]) + L.m.pedicleWidth / 2 + fr + 0.3), S.isthmus[1] - 5, L.zp - 0.5];
  const R = fr + bar2;
  const tipX = Math.abs(S.tpTip[0]);
  const ant: Vec3 = L.level === 'C6' ? [3.6, 3.0, 4.0] : c7 ? [1.8, 1.6, 2.2] : [2.8, 2.4, 3.3];
  const post: Vec3 = c7 ? [4.2, 3.4, 3.8] : [2.9, 2.6, 3.3];
  const antC: Vec3 = [s * (tipX - ant[0]), fc[1] - R * 0.9, fc[2] - 1.2];
  const postC: Vec3 = [s * (tipX - post[0]), fc[1] + R * 0.9, fc[2] - 0.6];
  /** Most anterolateral point of the anterior tubercle (Chassaignac's at C6). */
  const anteriorTubercleTip: Vec3 = [antC[0] + s * ant[0] * 0.45, antC[1] - ant[1] * 0.88, antC[2]];
  return { fr, bar2, fc, R, ant, post, antC, postC, anteriorTubercleTip };
}

/** Costotransverse lamella: thickness (mm) and its section at a fraction 0 (foramen) … 1 (tip) of its length. */
const LAMELLA_THICKNESS = 1.7;
type TransverseLayout = ReturnType<typeof cervicalTransverseLayout>;
function lamellaSection(L: VertebraLayout, side: Side, { fr, fc, R, antC, postC }: TransverseLayout, f: number) {
  const s = sideSign(side);
  const inner = Math.abs(fc[0]) + fr * 0.55, outer = Math.abs(L.sides[side].tpTip[0]) - 0.8;
  const x = inner + (outer - inner) * f;
  // Front and back edges on the two roots (which close in toward the tubercles).
  const yA = lerp(fc, antC, f)[1] - (1 - f) * R * 0.6, yP = lerp(fc, postC, f)[1] + (1 - f) * R * 0.6;
  const z = lerp(fc, lerp(antC, postC, 0.5), f)[2] - 1.4;
  return { c: [s * x, (yA + yP) / 2, z] as Vec3, halfWidth: (yP - yA) / 2 };
}

/**
 * The floor of the transverse process's gutter (local): on the lamella's upper surface, halfway out between the
 * tubercles, where the spinal nerve of this level lies on its way out (behind the vertebral artery).
 */
export function cervicalGutterFloor(L: VertebraLayout, side: Side): Vec3 {
  const { c } = lamellaSection(L, side, cervicalTransverseLayout(L, side), 0.5);
  return [c[0], c[1], c[2] + LAMELLA_THICKNESS];
}

export function cervicalTransverseProcess(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const S = L.sides[side];
  const s = sideSign(side);
  const layout = cervicalTransverseLayout(L, side);
  const { bar2, fc, R, ant, post, antC, postC } = layout;
  const per = tess.part <= 6 ? 1 : 2;
  const parts: RawMesh[] = [];

  // Anterior root: from the side of the body, round the front of the foramen, swelling into the tubercle.
  const antPath = smoothPath([
    [s * (L.W / 2 - 1.5), -L.D * 0.12, L.zp - 0.5],
    [fc[0], fc[1] - R * 0.95, fc[2] - 0.4],
    [antC[0] - s * ant[0] * 0.35, antC[1] + ant[1] * 0.15, antC[2]],
  ], per);
  // (A flattened bar, flaring where it grows out of the body, so it does not read as a tube.)
  const flare = (t: number) => 1 + 0.45 * Math.max(0, 1 - t / 0.4) ** 2;
  parts.push(bar(antPath, Z, (t) => [bar2 * 1.05 + (ant[1] * 0.85 - bar2 * 1.05) * ramp(t, 0.45), bar2 * 1.8 * flare(t) + (ant[2] * 0.8 - bar2 * 1.8) * ramp(t, 0.45)],
    tess.part, 2.4, [0.5, 0.6]));
  parts.push(blob(antC, ant, tess.part));

  // Posterior root: from the front of the pillar, behind the foramen, out into the posterior tubercle.
  const postPath = smoothPath([
    [S.pedEnd[0], S.pedEnd[1] - 1, S.pedEnd[2]],
    [fc[0], fc[1] + R * 0.95, fc[2]],
    [postC[0] - s * post[0] * 0.35, postC[1] - post[1] * 0.15, postC[2]],
  ], per);
  parts.push(bar(postPath, Z, (t) => [bar2 * 1.3 + (post[1] * 0.85 - bar2 * 1.3) * ramp(t, 0.4), bar2 * 1.7 + (post[2] * 0.8 - bar2 * 1.7) * ramp(t, 0.4)],
    tess.part, 2.4, [0.5, 0.6]));
  parts.push(blob(postC, post, tess.part));

  // Costotransverse lamella: a plate from the foramen's lateral edge out between the tubercles, curled up
  // at its front and back edges into the roots, so its upper surface is a gutter; its floor lies low.
  const lamella: Section[] = (tess.part <= 6 ? [0, 1] : [0, 0.5, 1]).map((f) => {
    const { c, halfWidth } = lamellaSection(L, side, layout, f);
    return { c, u: [0, s, 0], v: Z, a: halfWidth, b: LAMELLA_THICKNESS * (f === 1 ? 0.85 : 1), exponent: 2.6, bend: 1.1 + 0.4 * f };
  });
  parts.push(sweepSections(lamella, tess.part <= 6 ? 8 : 12, { startCap: 0.3, endCap: 0.8 }));
  return mergeRaw(parts);
}
