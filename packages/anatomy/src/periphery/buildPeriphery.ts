import type { BuildContext } from '../build/context';
import { buildKneeSide } from './knee';
import { buildFemurSide, buildPelvisSide, resolution, siJointGeometry } from './pelvis';
import { peripheryPlan } from './plan';
import { buildShoulderSide, buildSuprascapularNerve } from './shoulder';

/** Pelvis, hips, knees and shoulders with their joints and the nerves blocked there (LPS mm). */
export function buildPeriphery(ctx: BuildContext): void {
  const plan = peripheryPlan(ctx.frame);
  const res = resolution(ctx);
  const si = siJointGeometry(ctx, plan);
  for (const sp of plan.sides) {
    buildPelvisSide(ctx, sp, plan, si, res);
    buildFemurSide(ctx, sp, res);
    buildKneeSide(ctx, sp, res);
    const sg = buildShoulderSide(ctx, sp, res);
    const c5 = ctx.getLandmark(`root-exit-C5-${sp.side}`) ?? plan.tpTip('C5', sp.sx);
    buildSuprascapularNerve(ctx, sp, sg, res, c5);
  }
}
