import type { BuildContext } from '../build/context';
import { tubeAlong } from '../geometry/tube';
import { add, lerp, normalize, scale, sub } from '../geometry/vec';
import type { VertebraLevel } from '../levels';
import type { Vec3 } from '../types';
import { closedLoft, resample, sheet } from './mesh';
import { cap, iliacWing, resolution } from './pelvis';
import type { BodyField } from './bodyField';
import { buildLeftThenMirror } from '../build/leftThenMirror';
import { peripheryPlan, type PeripheryPlan, type SidePlan } from './plan';
import { skinField, toDepth } from './skinField';

/**
 * Six muscles per side, smooth and in place: trapezius and gluteus medius as sheets, the rest fusiform.
 * Each sets its usual trigger point as a landmark (`trigger-point-<muscle>-<side>`), mid-depth in the muscle.
 */
export function buildMuscles(ctx: BuildContext): void {
  const plan = peripheryPlan(ctx.frame);
  // The field is memoised per build context: read it from the model's own, where the skin builder finds it again.
  const f = skinField(ctx);
  buildLeftThenMirror(ctx, (left) => buildMusclesSide(left, plan.left, plan, f));
}

/** One side's six muscles and their trigger points (either side: tests build the right one this way to check the mirror). */
export function buildMusclesSide(ctx: BuildContext, sp: SidePlan, plan: PeripheryPlan, f: BodyField): void {
  const res = resolution(ctx);
  const radial = Math.max(6, Math.round(res.ring * 0.6));
  const v = ctx.frame.vertebrae;
  const tip = (l: VertebraLevel): Vec3 => ctx.getLandmark(`spinous-process-tip-${l}`) ?? plan.spinousTip(l);
  const { sx, side } = sp;
  const muscle = (id: string, name: string, geometry: ReturnType<typeof closedLoft>) =>
    ctx.add({ id: `muscle-${id}-${side}`, kind: 'muscle', name: `${cap(side)} ${name}`, side, geometry });

  // --- Erector spinae: paraspinal column over the laminae and transverse processes, sacrum to the neck.
  const esLevels: VertebraLevel[] = ['L5', 'L4', 'L3', 'L2', 'L1', 'T12', 'T10', 'T8', 'T6', 'T4', 'T2', 'C7', 'C5', 'C3'];
  const esPath: Vec3[] = [plan.sacrum.point(62, 38, sx * 20), plan.sacrum.point(30, 46, sx * 26)];
  const esSize: [number, number][] = [[10, 6], [17, 9]];
  for (const l of esLevels) {
    const p = v[l];
    const region = l[0];
    const [x, off, w, d] = region === 'L' ? [33, 27, 24, 19] : region === 'T' ? [27, 19, 17, 12] : [22, 21, 14, 12];
    esPath.push(add(add(p.canalCentre, scale(p.axis.y, p.m.canalDepth / 2 + off)), [sx * x, 0, 0]));
    esSize.push([w, d]);
  }
  const c2 = v.C2;
  esPath.push(add(add(c2.canalCentre, scale(c2.axis.y, c2.m.canalDepth / 2 + 18)), [sx * 18, 0, 8]));
  esSize.push([9, 8]);
  const esSmooth = resample(esPath, Math.max(16, res.along * 3));
  muscle('erector-spinae', 'erector spinae', tubeAlong(esSmooth, { radial, radius: sizesAlong(esSize), up: [0, 1, 0] }));
  const l4 = v.L4;
  ctx.landmark(`trigger-point-erector-spinae-${side}`, add(add(l4.canalCentre, scale(l4.axis.y, l4.m.canalDepth / 2 + 27)), [sx * 33, 0, 0]));

  // --- Quadratus lumborum: 12th rib to the iliac crest, lateral to the lumbar transverse process tips.
  const ql: Vec3[] = [];
  const qlSize: [number, number][] = [];
  const wing = iliacWing(sp, 9);
  const crestPost = wing.crest[5]!;
  ql.push(add(crestPost, [sx * 4, -14, -4])); qlSize.push([24, 8]);
  for (const l of ['L4', 'L3', 'L2', 'L1'] as VertebraLevel[]) {
    const t = plan.tpTip(l, sx);
    ql.push(add(t, [sx * (l === 'L1' ? 16 : 20), -2, 0])); qlSize.push([l === 'L4' ? 24 : 20, 9]);
  }
  const t12 = plan.tpTip('T12', sx);
  ql.push(add(t12, [sx * 30, -4, -10])); qlSize.push([14, 6]);
  const qlPath = resample(ql, Math.max(10, res.along * 2));
  muscle('quadratus-lumborum', 'quadratus lumborum', tubeAlong(qlPath, { radial, radius: sizesAlong(qlSize), up: [0, 1, 0] }));
  // Superficial trigger point just above the iliac crest (lateral border).
  ctx.landmark(`trigger-point-quadratus-lumborum-${side}`, lerp(ql[0]!, ql[1]!, 0.55));

  // --- Gluteus medius: a fan from the outer iliac wing (below the crest) to the greater trochanter.
  const gt = greaterTrochanter(sp);
  const stations = 7;
  const a: Vec3[] = [], b: Vec3[] = [], m: Vec3[] = [];
  for (let i = 0; i < stations; i++) {
    const t = 0.05 + (0.62 * i) / (stations - 1); // ASIS side → posterior gluteal line
    const k = t * (wing.crest.length - 1);
    const j = Math.min(wing.crest.length - 2, Math.floor(k)), r = k - j;
    const crest = lerp(wing.crest[j]!, wing.crest[j + 1]!, r), base = lerp(wing.base[j]!, wing.base[j + 1]!, r);
    const wingNormal = normalize(add([sx * 1, 0, 0], scale(sub(crest, base), 0)));
    const origin = add(lerp(crest, base, 0.2), scale(wingNormal, 10));
    const ins = add(gt, [sx * 8, -14 + (28 * i) / (stations - 1), 10]);
    a.push(origin); b.push(ins);
    m.push(add(lerp(origin, ins, 0.45), [sx * 15, 0, 0]));
  }
  const gm = sheet(a, m, b, (_i, s) => 10 + 16 * Math.sin(Math.PI * Math.min(1, s * 1.15)), Math.max(5, Math.round(res.ring / 3)), [sx, 0, 0]);
  muscle('gluteus-medius', 'gluteus medius', gm);
  const gi = 5;
  ctx.landmark(`trigger-point-gluteus-medius-${side}`, lerp(a[gi]!, m[gi]!, 0.55));

  // --- Piriformis: anterior sacrum (S2–S4) through the greater sciatic foramen to the greater trochanter.
  const S = plan.sacrum;
  const pir = resample([
    S.point(52, -22, sx * 24), S.point(60, -2, sx * 42), add(sp.hip, [sx * -6, 62, 24]), add(sp.hip, [sx * 18, 50, 4]), add(gt, [sx * -10, 10, 22]),
  ], Math.max(10, res.along * 2));
  muscle('piriformis', 'piriformis', tubeAlong(pir, { radial, radius: (t) => [Math.max(3, 12 * Math.sin(Math.PI * (0.12 + 0.8 * t))), Math.max(2.5, 8 * Math.sin(Math.PI * (0.12 + 0.8 * t)))], up: [0, 0, 1] }));
  ctx.landmark(`trigger-point-piriformis-${side}`, pir[Math.round((pir.length - 1) * 0.58)]!);

  // --- Trapezius: a thin sheet just under the skin, midline (occiput → T12) to clavicle, acromion and spine.
  const occ = ctx.getLandmark('occipital-protuberance') ?? add(plan.canal('C1'), [0, 50, 50]);
  const originChain: Vec3[] = [add(occ, [0, 0, -6]), tip('C4'), tip('C7'), tip('T3'), tip('T7'), tip('T12')];
  const s = sp.scapula;
  const clav = sp.clavicle;
  const insertionChain: Vec3[] = [lerp(clav[2]!, clav[3]!, 0.6), clav[4]!, s.acromionAngle, lerp(s.spineRoot, s.acromionAngle, 0.45), add(s.spineRoot, [sx * 6, 4, -4]), add(s.spineRoot, [sx * 4, 6, -10])];
  const nSt = Math.max(7, res.along + 1);
  const org = resample(originChain, nSt), ins = resample(insertionChain, nSt);
  const across = Math.max(5, Math.round(res.ring / 3));
  // The sheet needs each row's two edges and its middle only: project just those three columns onto the depth.
  const column = (k: number): Vec3[] => org.map((o, i) => toDepth(f, add(lerp(o, ins[i]!, k / across), [0, 10, 0]), 15 - 4 * (i / (nSt - 1))));
  const trapA = column(0), trapB = column(across), trapM = column(Math.round(across / 2));
  // The sheet builder wants a (start, mid, end) per station: use the projected midpoint as the control.
  const ctrl = trapM.map((mm, i) => sub(scale(mm, 2), scale(add(trapA[i]!, trapB[i]!), 0.5)));
  muscle('trapezius', 'trapezius', sheet(trapA, ctrl, trapB, (i, u) => (i < nSt * 0.45 ? 11 : 6) * (0.55 + 0.45 * Math.sin(Math.PI * u)), across, [0, 1, 0.4]));
  const c7 = tip('C7');
  const trapTarget = toDepth(f, lerp(c7, s.acromionAngle, 0.5), 13);
  ctx.landmark(`trigger-point-trapezius-${side}`, trapTarget);

  // --- Levator scapulae: transverse processes C1–C4 to the superior angle of the scapula.
  const top = lerp(plan.tpTip('C2', sx), plan.tpTip('C3', sx), 0.5);
  const lev = resample([add(top, [sx * 2, 2, 6]), add(lerp(top, s.superiorAngle, 0.45), [sx * 8, 12, 0]), add(lerp(top, s.superiorAngle, 0.8), [sx * 4, 8, 0]), add(s.superiorAngle, [0, 6, 4])], Math.max(8, res.along));
  muscle('levator-scapulae', 'levator scapulae', tubeAlong(lev, { radial, radius: (t) => [7 + 5 * Math.sin(Math.PI * t), 5 + 3 * Math.sin(Math.PI * t)], up: [0, 1, 0] }));
  ctx.landmark(`trigger-point-levator-scapulae-${side}`, lev[Math.round((lev.length - 1) * 0.62)]!);
}

/** Centre of the greater trochanter's lateral-superior bulk (matches the femur builder). */
export function greaterTrochanter(sp: SidePlan): Vec3 {
  return add(add(add(sp.neckBase, scale(sp.shaftUp, 12)), [sp.sx * 12, 0, 0]), [0, 5, 0]);
}

/** Half-axes along a tube (t in [0, 1]), interpolated linearly between sizes given at evenly spaced stations. */
function sizesAlong(sizes: readonly [number, number][]): (t: number) => [number, number] {
  return (t) => {
    const u = t * (sizes.length - 1);
    const i = Math.min(sizes.length - 2, Math.floor(u)), k = u - i;
    const a = sizes[i]!, b = sizes[i + 1]!;
    return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
  };
}
