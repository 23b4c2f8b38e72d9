/**
 * The thoracic posterior arch (T1–T12), shaped to read as bone: each lamina a short, broad plate whose
 * lower border overlaps the lamina below like a roof tile, and a transverse process that grows from a
 * broad root into a slimmer neck and ends in a blunt, club-like tip carrying the costal facet in front.
 * Every shape is a sweep of a few sections, as many as the bar it replaces.
 */
import type { RawMesh } from '../geometry/raw';
import { sweepSections, type Section } from '../geometry/sweep';
import { addScaled, lerp, normalize, sub } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import type { Tess } from './parts';
import { laminaMidline, laminaSpan } from './laminaSpan';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

const Z: Vec3 = [0, 0, 1];

const smooth = (t: number) => t * t * (3 - 2 * t);

/**
 * One half of a thoracic lamina as a stack of sloping slabs from its lower border up to its upper border.
 * Seen from behind it is a near-rectangular tile: the upper border level, the lower border descending
 * laterally into the root of the inferior articular process, the lateral border straight. The plate keeps
 * the layout's slope and midline section (the flavum and the interlaminar window are computed from them).
 */
export function thoracicLamina(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const s = sideSign(side);
  const S = L.sides[side];
  const { mid, thickness, out } = L.lamina;
  const { tanA, zTopM, zBotM } = laminaMidline(L.lamina);
  const zTopL = zTopM - 1.2, zBotL = zBotM - 2.5;
  const xTop = Math.abs(S.pars[0]) + 0.5, xBot = Math.abs(S.pars[0]) + 1.5;
  const fr = tess.part <= 6 ? [0, 0.3, 0.7, 1] : [0, 0.1, 0.3, 0.55, 0.8, 0.94, 1];
  const sections: Section[] = fr.map((f) => {
    const zM = zBotM + (zTopM - zBotM) * f;
    const zL = zBotL + (zTopL - zBotL) * f;
    const xl = xBot + (xTop - xBot) * f;
    const yl = S.pars[1] - (zL - S.pars[2]) * tanA;
    const yM = mid[1] - (zM - mid[2]) * tanA;
    const over = 2;
    const P: Vec3 = [s * xl, yl, zL];
    const M: Vec3 = [-s * over, yM, zM];
    const { c, u, v, half } = laminaSpan(M, P, out);
    // A tile: the lower border a little thicker, both borders rounded off.
    const edge = f === 0 ? 0.7 : f === 1 ? 0.55 : 1;
    const th = (thickness / 2) * 0.85 * (1.1 - 0.2 * f) * edge;
    return { c, u, v, a: half, b: th, exponent: 2.6 };
  });
  return sweepSections(sections, tess.part, { startCap: 0.6, endCap: 0.6 });
}

/**
 * Thoracic transverse process: broad where it grows from the pedicle–lamina junction (taller than thick),
 * a slimmer neck, then a blunt club at the tip whose front is flattened (the costal facet for the rib
 * tubercle, T1–T10). It points back and out along the layout's root–tip line and rises a little.
 * T11–T12 carry no costotransverse joint: short and hardly clubbed.
 */
export function thoracicTransverse(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const S = L.sides[side];
  const i = Number(L.level.slice(1));
  const r = 3.6 + i * 0.12;
  const dir = normalize(sub(S.tpTip, S.tpRoot));
  // The tip's outermost point stays where the club used to end (half the tip-to-tip span).
  const end = addScaled(S.tpTip, dir, -1.3);
  const root = addScaled(S.tpRoot, dir, -1.5);
  const club = i >= 11 ? 0.05 : 0.22;
  const fr = tess.part <= 6 ? [0, 0.35, 0.78, 1] : [0, 0.18, 0.4, 0.62, 0.8, 0.93, 1];
  // Horizontal axis across the process (front–back), perpendicular to its run.
  const across = normalize([-dir[1], dir[0], 0]);
  const front = across[1] < 0 ? across : ([-across[0], -across[1], 0] as Vec3);
  const sections: Section[] = fr.map((t) => {
    const c = addScaled(lerp(root, end, t), Z, 1.2 * t * t);
    // Root flare (taller than thick), neck, club.
    const flare = t < 0.35 ? 1 - smooth(t / 0.35) : 0;
    const neck = 0.78;
    const k = t < 0.35 ? neck + (1 - neck) * flare : t < 0.8 ? neck + (1 + club - neck) * smooth((t - 0.35) / 0.45) : 1 + club;
    const tipRound = t === 1 ? 0.62 : 1;
    const thick = r * 0.82 * k * tipRound;
    const tall = (r + 0.4) * (k + 0.3 * flare) * tipRound;
    // The club is squarer in section: its front is the flat costal facet.
    return { c, u: front, v: Z, a: thick, b: tall, exponent: t >= 0.78 ? 2.7 : 2.3 };
  });
  return sweepSections(sections, tess.part, { startCap: 0.5, endCap: 0.9 });
}
