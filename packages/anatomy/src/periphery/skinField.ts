import type { BuildContext } from '../build/context';
import { VERTEBRAE } from '../levels';
import type { Vec3 } from '../types';
import { bodyField, type BodyField } from './bodyField';

const memo = new WeakMap<BuildContext, BodyField>();

/** The body envelope for this build (shared by the muscles, which follow it, and the skin, which meshes it). */
export function skinField(ctx: BuildContext): BodyField {
  let f = memo.get(ctx);
  if (!f) {
    const spinousTips = VERTEBRAE.map((l) => ctx.getLandmark(`spinous-process-tip-${l}`)).filter((p): p is Vec3 => !!p);
    f = bodyField(ctx.frame, { occiput: ctx.getLandmark('occipital-protuberance'), spinousTips });
    memo.set(ctx, f);
  }
  return f;
}

/** Moves p onto the level set f = -depth (inside the skin) by Newton steps along the field's gradient. */
export function toDepth(f: BodyField, p: Vec3, depth: number, iterations = 5): Vec3 {
  let q: Vec3 = [p[0], p[1], p[2]];
  const e = 0.5;
  for (let it = 0; it < iterations; it++) {
    const v = f(q[0], q[1], q[2]) + depth;
    const gx = (f(q[0] + e, q[1], q[2]) - f(q[0] - e, q[1], q[2])) / (2 * e);
    const gy = (f(q[0], q[1] + e, q[2]) - f(q[0], q[1] - e, q[2])) / (2 * e);
    const gz = (f(q[0], q[1], q[2] + e) - f(q[0], q[1], q[2] - e)) / (2 * e);
    const g2 = gx * gx + gy * gy + gz * gz || 1;
    const s = Math.max(-40, Math.min(40, v / g2));
    q = [q[0] - gx * s, q[1] - gy * s, q[2] - gz * s];
    if (Math.abs(v) < 0.2) break;
  }
  return q;
}

export function gradient(f: BodyField, q: Vec3): Vec3 {
  const e = 0.5;
  const g: Vec3 = [
    f(q[0] + e, q[1], q[2]) - f(q[0] - e, q[1], q[2]),
    f(q[0], q[1] + e, q[2]) - f(q[0], q[1] - e, q[2]),
    f(q[0], q[1], q[2] + e) - f(q[0], q[1], q[2] - e),
  ];
  const l = Math.hypot(g[0], g[1], g[2]) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
}
