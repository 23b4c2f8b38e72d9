import type { BuildContext } from './context';
import { addRightTwin, mirrorPoint, rightTwinId } from './mirror';
import type { Structure, Vec3 } from '../types';

/**
 * Runs `buildLeft` (which adds left-side structures and landmarks only), then adds the right twin of each, in the
 * order the left ones came: the same order a loop over the two sides gave. The twins are made after `buildLeft`
 * returns, so a builder may still change a left geometry it added before (the knee adds the distal femur to the
 * femur). The plan's right side is the exact mirror of its left side, which is why the twin is the right side.
 */
export function buildLeftThenMirror(ctx: BuildContext, buildLeft: (left: BuildContext) => void): void {
  const structures: Structure[] = [];
  const landmarks: string[] = [];
  const left: BuildContext = {
    quality: ctx.quality,
    q: ctx.q,
    frame: ctx.frame,
    add: (s) => { const added = ctx.add(s); structures.push(added); return added; },
    landmark: (name, p) => { ctx.landmark(name, p); landmarks.push(name); },
    get: (id) => ctx.get(id),
    getLandmark: (name) => ctx.getLandmark(name),
  };
  buildLeft(left);
  for (const s of structures) addRightTwin(ctx, s);
  for (const name of landmarks) ctx.landmark(rightTwinId(name), mirrorPoint(ctx.getLandmark(name) as Vec3));
}
