import { lerp, normalize, sub } from '../geometry/vec';
import type { Vec3 } from '../types';

/**
 * The frame of one section of a lamina plate that spans from its midline end `M` to its lateral end `P`: the
 * centre, the span axis `u`, the plate's normal `v` (the layout's outward direction made perpendicular to `u`)
 * and the half-span. Shared by the cervical, thoracic and lumbar laminae, which differ in their ends and profile.
 */
export function laminaSpan(M: Vec3, P: Vec3, out: Vec3): { c: Vec3; u: Vec3; v: Vec3; half: number } {
  const c = lerp(M, P, 0.5);
  const u = normalize(sub(P, M));
  const d = out[0] * u[0] + out[1] * u[1] + out[2] * u[2];
  const v = normalize([out[0] - u[0] * d, out[1] - u[1] * d, out[2] - u[2] * d]);
  const half = Math.hypot(P[0] - M[0], P[1] - M[1], P[2] - M[2]) / 2;
  return { c, u, v, half };
}

const DEG = Math.PI / 180;

/**
 * A lamina plate's midline section from the layout: the heights of its upper and lower borders at the midline,
 * and the tangent and cosine of its slope (the plate leans back by `slope`, so its half-height stands
 * `halfHeight · cos` tall and its face moves back `tan` per mm of height).
 */
export function laminaMidline(lamina: { mid: Vec3; halfHeight: number; slope: number }): { tanA: number; cosS: number; zTopM: number; zBotM: number } {
  const tanA = Math.tan(lamina.slope * DEG), cosS = Math.cos(lamina.slope * DEG);
  return { tanA, cosS, zTopM: lamina.mid[2] + lamina.halfHeight * cosS, zBotM: lamina.mid[2] - lamina.halfHeight * cosS };
}
