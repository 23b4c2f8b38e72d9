/**
 * The subaxial cervical posterior arch (C3–C7), shaped to read as bone rather than shelves: each lamina a
 * narrow, thin plate that slopes down and back from the articular pillar to the spinous root, its upper
 * border a sharp edge and its lower border a thicker rolled lip (where the ligamentum flavum of the level
 * below attaches in front). Every shape is a sweep of a few sections, as many as the bar it replaces.
 */
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled, cross, lerp, normalize, sub } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import { bar } from './primitives';
import type { Tess } from './parts';
import { laminaMidline, laminaSpan } from './laminaSpan';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

const Z: Vec3 = [0, 0, 1];

/**
 * One half of a C3–C7 lamina as a stack of sloping slabs from its lower border up to its upper border.
 * Each slab runs from just past the midline to inside the articular pillar, so the outline seen from behind
 * is drawn directly: the lower border descends a little laterally into the pillar, the upper border rises a
 * little toward the midline (the interlaminar window is widest laterally), and the lateral end is buried in
 * the pillar so the pillar's back stands proud of the lamina. The plate keeps the layout's slope and its
 * midline section (the flavum and the interlaminar window are computed from them). `thicken` (mm) grows the
 * plate backward only, so its canal face stays where the layout puts it; `topDrop` (mm) is how far the upper
 * border falls from the midline to the pillar (C2: thick laminae that narrow a lot toward the pillar).
 */
export function cervicalLamina(L: VertebraLayout, side: Side, tess: Tess, opts: { thicken?: number; topDrop?: number } = {}): RawMesh {
  const { thicken = 0, topDrop = 2.8 } = opts;
  const s = sideSign(side);
  const S = L.sides[side];
  const { mid, thickness, out } = L.lamina;
  const { tanA, zTopM, zBotM } = laminaMidline(L.lamina);
  // Laterally the plate is narrower (its upper border falls toward the pillar) and it joins the pillar's
  // front-medial face, not its back: the laminae converge backward in a V (the triangular cervical canal)
  // and the pillars stand proud behind them.
  const zTopL = zTopM - topDrop, zBotL = zBotM - 0.6;
  const xl = Math.abs(S.pars[0]) - 3;
  const yPars = S.pedEnd[1];
  const fr = tess.part <= 6 ? [0, 0.3, 0.7, 1] : [0, 0.12, 0.35, 0.65, 0.88, 1];
  const sections: Section[] = fr.map((f) => {
    const zM = zBotM + (zTopM - zBotM) * f;
    const zL = zBotL + (zTopL - zBotL) * f;
    // Both ends on the sloping plane of the layout's lamina (lateral end through the pars).
    const yl = yPars - (zL - S.pars[2]) * tanA;
    const yM = mid[1] - (zM - mid[2]) * tanA;
    const over = 2;
    const P: Vec3 = [s * xl, yl, zL];
    const M: Vec3 = [-s * over, yM, zM];
    const { c, u, v, half } = laminaSpan(M, P, out);
    // Thin plate: a rolled lower lip, thinning to a sharp upper edge.
    const lip = f < 0.3 ? 1.15 : 1.15 - 0.5 * ((f - 0.3) / 0.7);
    const edge = f === 0 ? 0.75 : f === 1 ? 0.45 : 1;
    return { c: addScaled(c, v, thicken / 2), u, v, a: half, b: ((thickness + thicken) / 2) * 0.9 * lip * edge, exponent: 2.2 };
  });
  return sweepSections(sections, tess.part, { startCap: 0.7, endCap: 0.4 });
}

/** Proportions of a bifid spinous process (the defaults are C3–C6's). */
export interface BifidShape {
  /** Half-width of the shaft at its root (× the layout's half-width). */
  rootWidth: number;
  /** Half-depth of the shaft at its root (mm); deepest where it grows from the laminae. */
  rootDepth: number;
  /** Half-depth of the shaft where it forks (× the layout's half-height). */
  forkDepth: number;
  /** Lateral offset of each tubercle's tip from the midline (mm). */
  spread: number;
  /** Half-width of a tubercle at its root (mm). */
  knobWidth: number;
}

/**
 * C2–C6 spinous process: a vertical plate deeper than it is wide where it grows from the laminae, tapering
 * back to where it splits into two tubercles that diverge back, out and a little down (the bifid tip).
 */
export function cervicalBifidSpinous(L: VertebraLayout, tess: Tess, shape: Partial<BifidShape> = {}): RawMesh {
  const { base, tip, height, width } = L.spinous;
  const sh: BifidShape = {
    rootWidth: 0.75, rootDepth: Math.min(L.lamina.halfHeight * 0.7, height / 2 + 0.8), forkDepth: 0.62, spread: 3.4, knobWidth: 1.7,
    ...shape,
  };
  const dir = normalize(sub(tip, base));
  const side = normalize(cross(dir, Z));
  const start = addScaled(base, dir, -1.5);
  const fork = lerp(base, tip, 0.62);
  const parts: RawMesh[] = [
    bar([start, lerp(start, fork, 0.5), fork], Z, (t) => [(width / 2) * (sh.rootWidth - 0.15 * t), sh.rootDepth * (1 - t) + (height / 2) * sh.forkDepth * t], tess.part, 2.4, [0.5, 0.5]),
  ];
  for (const k of [1, -1]) {
    const knobTip = addScaled(addScaled(addScaled(tip, side, k * sh.spread), dir, -0.6), Z, -0.8);
    // Each tubercle swells toward its end (a knob for the nuchal ligament and the interspinales), so the
    // process reads from the side as a short stalk with a bulbous tip, not a cone.
    const swell = (t: number) => Math.sin((Math.PI / 2) * t);
    parts.push(bar([addScaled(fork, dir, -1.5), lerp(fork, knobTip, 0.55), knobTip], Z,
      (t) => [sh.knobWidth * (1 + 0.12 * swell(t)), (height / 2) * sh.forkDepth * (1 + 0.45 * swell(t))], tess.part, 2.2, [0.5, 0.9]));
  }
  return mergeRaw(parts);
}

/** The C3–C7 articular pillar halves live in their own module. */
export { cervicalPillarHalf } from './cervicalPillar';
