import type { BuildContext } from '../build/context';
import { buildFemurSide, buildPelvisSide, resolution, siJointGeometry } from './pelvis';
import { peripheryPlan } from './plan';

/** Pelvis, hips, knees and shoulders with their joints and the nerves blocked there (LPS mm). */
export function buildPeriphery(ctx: BuildContext): void {
  const plan = peripheryPlan(ctx.frame);
  const res = resolution(ctx);
  const si = siJointGeometry(ctx, plan);
  for (const sp of plan.sides) {
    buildPelvisSide(ctx, sp, plan, si, res);
    buildFemurSide(ctx, sp, res);
  }
}
