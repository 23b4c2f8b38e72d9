import type { BuildContext } from '../build/context';
import { buildKneeSide } from './knee';
import { distalFemur } from './kneeFemur';
import { buildLeftThenMirror } from '../build/leftThenMirror';
import { buildFemurSide, buildPelvisSide, resolution, siJointGeometry, type Res, type SiJoint } from './pelvis';
import { peripheryPlan, type PeripheryPlan, type SidePlan } from './plan';
import { buildShoulderSide, buildSuprascapularNerve } from './shoulder';

/** Pelvis, hips, knees and shoulders with their joints and the nerves blocked there (LPS mm): the left side, then its mirror. */
export function buildPeriphery(ctx: BuildContext): void {
  const plan = peripheryPlan(ctx.frame);
  const res = resolution(ctx);
  const si = siJointGeometry(ctx, plan);
  buildLeftThenMirror(ctx, (left) => buildPeripherySide(left, plan.left, plan, si, res));
}

/** One side's pelvis, femur, knee and shoulder (either side: tests build the right one this way to check the mirror). */
export function buildPeripherySide(ctx: BuildContext, sp: SidePlan, plan: PeripheryPlan, si: SiJoint, res: Res): void {
  buildPelvisSide(ctx, sp, plan, si, res);
  const df = distalFemur(sp, res);
  buildFemurSide(ctx, sp, res, df.parts);
  buildKneeSide(ctx, sp, res, df);
  const sg = buildShoulderSide(ctx, sp, res);
  const c5 = ctx.getLandmark(`root-exit-C5-${sp.side}`) ?? plan.tpTip('C5', sp.sx);
  buildSuprascapularNerve(ctx, sp, sg, res, c5);
}
