// The two primitives the bone parts are made of: a rounded bar swept along a path and a small ellipsoid.
// Apart from parts.ts so the region modules (cervical*, axis*, coccyx) can use them without an import cycle.
import type { RawMesh } from '../geometry/raw';
import { ellipsoidRaw } from '../geometry/ellipsoid';
import { sectionsAlong, sweepSections } from '../geometry/sweep';
import type { Vec3 } from '../types';

const X: Vec3 = [1, 0, 0], Y: Vec3 = [0, 1, 0], Z: Vec3 = [0, 0, 1];

/** Small closed ellipsoid blob (a tubercle, a knob) with axes along local x/y/z unless given. */
export function blob(c: Vec3, r: Vec3, seg: number, axes: [Vec3, Vec3, Vec3] = [X, Y, Z]): RawMesh {
  return ellipsoidRaw(c, axes[0], axes[1], axes[2], r, Math.max(6, seg));
}

/** A rounded bar along a path; `size(t)` gives [half-width, half-height] (height along `up`). */
export function bar(path: Vec3[], up: Vec3 | ((i: number, t: number) => Vec3), size: (t: number) => [number, number], seg: number, exponent = 2.2, caps: [number, number] = [1, 1]): RawMesh {
  // Coarse tiers: keep at most 4 sections along a bar (the ends and two between).
  if (seg <= 6 && path.length > 4) path = [0, 1 / 3, 2 / 3, 1].map((f) => path[Math.round(f * (path.length - 1))]!);
  const sections = sectionsAlong(path, up, (t) => size(t), exponent);
  return sweepSections(sections, seg, { startCap: caps[0], endCap: caps[1] });
}
