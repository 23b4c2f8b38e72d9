/**
 * The canal's dorsal boundary as the bones builder actually made it: at each point of the canal
 * centreline a ray is cast dorsally (+P) to the first lamina, ligamentum flavum, spinous process or
 * sacral roof. The epidural space's dorsal wall follows it, and the dura's dorsal surface lies the
 * measured dorsal epidural depth in front of the ligamentum flavum at each interspace
 * (`epidural_ligament_skin`: cervical 1.5, C7–T1 2, mid-thoracic 3.5, L2–L3 5.5, L5–S1 2 mm),
 * linear in between, and never closer than 1 mm to the wall.
 */
import type { BufferGeometry } from 'three';
import type { BuildContext } from '../build/context';
import { FACET_INTERSPACES, VERTEBRAE } from '../levels';
import type { Canal, DorsalProfile } from './canal';
import { stationOf } from './canal';
import { boneSet, firstHit, type BoneSet } from './boneContact';
import type { Vec3 } from '../types';

export function dorsalProfile(ctx: BuildContext, canal: Canal, interspaceU: (is: string) => number, du = 0.1): DorsalProfile {
  // A ray in the plane x = 0 crosses a right lamina, the mirror image of its left twin (build/mirror.ts), where it
  // crosses the left one: such rays ask the left laminae only. (The canal's centres and posterior directions have
  // x = 0 exactly; any other ray asks both.)
  const midline: (BufferGeometry | undefined)[] = [], rightLaminae: (BufferGeometry | undefined)[] = [];
  for (const l of VERTEBRAE) {
    const left = ctx.get(`lamina-${l}-left`)?.geometry;
    midline.push(left);
    (left ? rightLaminae : midline).push(ctx.get(`lamina-${l}-right`)?.geometry);
    midline.push(ctx.get(`spinous-process-${l}`)?.geometry);
  }
  for (const is of FACET_INTERSPACES) midline.push(ctx.get(`ligamentum-flavum-${is}`)?.geometry);
  midline.push(ctx.get('posterior-arch-C1')?.geometry, ctx.get('sacrum')?.geometry);
  const inPlane = boneSet(midline);
  let all: BoneSet | undefined;
  const bonesFor = (p: Vec3, d: Vec3): BoneSet => (p[0] === 0 && d[0] === 0 ? inPlane : (all ??= boneSet([...midline, ...rightLaminae])));

  const n = Math.floor(canal.uMax / du) + 1;
  // Bone or ligament in front of the nominal canal wall narrows it; a gap (between laminae) may deepen it a little.
  // The landmarks ask again at stations and interspaces the profile has already cast.
  const cast = new Map<number, number>();
  const exact = (u: number) => {
    const known = cast.get(u);
    if (known !== undefined) return known;
    const s = canal.sample(u);
    const half = s.D / 2;
    const bones = bonesFor(s.p, s.P);
    const t = bones.meshes.length ? firstHit(s.p, s.P, bones, half + 4) : undefined;
    const w = t === undefined ? half : Math.max(half * 0.25, Math.min(t, half + 1.5));
    cast.set(u, w);
    return w;
  };
  const raw: number[] = [];
  for (let i = 0; i < n; i++) raw.push(exact(i * du));
  // Smooth (two passes of a 5-tap mean) so the sheaths stay smooth tubes.
  let wall = raw;
  for (let pass = 0; pass < 2; pass++) {
    wall = wall.map((_, i) => {
      let sum = 0, k = 0;
      for (let j = i - 2; j <= i + 2; j++) if (j >= 0 && j < wall.length) { sum += wall[j]!; k++; }
      return sum / k;
    });
  }
  // Smoothing may pull the wall behind a local bony bump: never beyond the raw hit.
  wall = wall.map((w, i) => Math.min(w, raw[i]!));
  const wallAt = (u: number) => {
    const k = Math.max(0, Math.min(n - 1.000001, u / du));
    const j = Math.floor(k);
    return wall[j]! + (wall[Math.min(n - 1, j + 1)]! - wall[j]!) * (k - j);
  };

  // Dura anchors: every interspace (depth measured from the flavum), plus the ends of the canal.
  const anchors: [number, number][] = [];
  const depthAt = (u: number) => canal.sample(u).dorsalEpidural;
  for (const u of [0, stationOf('C1'), stationOf('C2')]) anchors.push([u, wallAt(u) - depthAt(u)]);
  for (const is of FACET_INTERSPACES) {
    // The depth is measured from the flavum at the interspace: use the exact wall there.
    const u = interspaceU(is);
    const w = Math.min(wallAt(u), exact(u));
    anchors.push([u, w - depthAt(u)]);
    // Pin the sampled wall to it around the interspace so the sheaths see the flavum.
    const k = Math.round(u / du);
    for (let j = k - 1; j <= k + 1; j++) if (j >= 0 && j < n) wall[j] = Math.min(wall[j]!, w + Math.abs(j * du - u) * 2);
  }
  for (const l of ['S1', 'S2', 'S3', 'S4', 'S5']) { const u = stationOf(l); anchors.push([u, wallAt(u) - depthAt(u)]); }
  anchors.sort((a, b) => a[0] - b[0]);
  const dura = wall.map((w, i) => {
    const u = i * du;
    let d = anchors[anchors.length - 1]![1];
    for (let k = 0; k < anchors.length - 1; k++) {
      const [ua, da] = anchors[k]!, [ub, db] = anchors[k + 1]!;
      if (u <= ub) { d = da + (db - da) * Math.max(0, (u - ua) / (ub - ua || 1)); break; }
    }
    return Math.min(d, w - 1.0);
  });
  return { du, wall, dura, exact };
}
