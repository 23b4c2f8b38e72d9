import type { Vec3 } from '../types';
import type { RawMesh } from './raw';

/**
 * Point queries on closed RawMesh shells (used to settle landmarks on generated surfaces): ray parity
 * per shell, and pushing a point out of the bone along a direction.
 */
const boxes = new WeakMap<RawMesh, number[]>();
function box(shell: RawMesh): number[] {
  let b = boxes.get(shell);
  if (!b) {
    b = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    const P = shell.positions;
    for (let i = 0; i < P.length; i += 3) for (let a = 0; a < 3; a++) {
      const v = P[i + a]!;
      if (v < b[a]!) b[a] = v;
      if (v > b[a + 3]!) b[a + 3] = v;
    }
    boxes.set(shell, b);
  }
  return b;
}

export function insideRaw(shell: RawMesh, p: Vec3): boolean {
  const b = box(shell);
  if (p[0] < b[0]! || p[1] < b[1]! || p[2] < b[2]! || p[0] > b[3]! || p[1] > b[4]! || p[2] > b[5]!) return false;
  const P = shell.positions, I = shell.indices;
  const d: Vec3 = [0.5773, 0.5774, 0.5775];
  let n = 0;
  for (let k = 0; k < I.length; k += 3) {
    const a = I[k]! * 3, b = I[k + 1]! * 3, c = I[k + 2]! * 3;
    const e1x = P[b]! - P[a]!, e1y = P[b + 1]! - P[a + 1]!, e1z = P[b + 2]! - P[a + 2]!;
    const e2x = P[c]! - P[a]!, e2y = P[c + 1]! - P[a + 1]!, e2z = P[c + 2]! - P[a + 2]!;
    const px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const tx = p[0] - P[a]!, ty = p[1] - P[a + 1]!, tz = p[2] - P[a + 2]!;
    const u = (tx * px + ty * py + tz * pz) * inv;
    if (u < 0 || u > 1) continue;
    const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
    if (v < 0 || u + v > 1) continue;
    if ((e2x * qx + e2y * qy + e2z * qz) * inv >= 0) n++;
  }
  return n % 2 === 1;
}

export function insideAnyRaw(shells: readonly RawMesh[], p: Vec3): boolean {
  return shells.some((s) => insideRaw(s, p));
}

/** Moves p along unit `dir` until it is outside every shell (1 mm steps, then bisection), plus `clearance`. */
export function pushOutside(shells: readonly RawMesh[], p: Vec3, dir: Vec3, step = 1, clearance = 0.4, max = 30): Vec3 {
  const at = (t: number): Vec3 => [p[0] + dir[0] * t, p[1] + dir[1] * t, p[2] + dir[2] * t];
  if (!insideAnyRaw(shells, p)) return at(clearance);
  let lo = 0, hi = step;
  while (hi < max && insideAnyRaw(shells, at(hi))) { lo = hi; hi += step; }
  for (let k = 0; k < 6; k++) {
    const mid = (lo + hi) / 2;
    if (insideAnyRaw(shells, at(mid))) lo = mid; else hi = mid;
  }
  return at(hi + clearance);
}
