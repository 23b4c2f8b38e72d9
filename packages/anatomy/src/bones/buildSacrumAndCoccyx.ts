/**
 * Sacrum and coccyx, each one structure. The sacrum is a signed field meshed by surface nets
 * (bones/sacrumField): one watertight plate with the canal, the hiatus and the foramina carved through it
 * and the crests blended on, plus the S1 superior articular processes (the same parts as the lumbar ones,
 * so the L5–S1 facet joints fit). The coccyx is one fused sweep (bones/coccyx).
 * The sacrum is mirror-symmetric (its field folds |x|, the S1 pose lies in x = 0): the plate is meshed on its
 * left half and reflected (surfaceNets mirrorX), and the right SAP and landmarks are the left ones reflected.
 */
import type { BuildContext } from '../build/context';
import { mirrorPoint, rightTwinId } from '../build/mirror';
import { morphometry } from '../morphometry';
import { mergeRaw, type RawMesh } from '../geometry/raw';
import { addScaled } from '../geometry/vec';
import type { Quality, Vec3 } from '../types';
import { superiorArticularProcess } from './parts';
import { boneTess, jointInPose } from './buildVertebrae';
import { sacralAxis, sacralCanalCentre, segmentPose, vertebraLayout } from './vertebraGeometry';
import { finishMesh } from '../geometry/raw';
import { insideRaw } from '../geometry/query';
import { sacrumField, type SacrumField } from './sacrumField';
import { simplifyMesh } from './sacrumSimplify';
import { coccyxMesh } from './coccyx';

const coc = morphometry.coccyx as Record<string, number>;

/**
 * Grid spacing of the sacrum's field per tier (mm; triangles follow the bone's area / step²) and, where
 * the tier's budget is tight, the triangle count it is simplified to (0: kept as meshed). Every vertex is
 * projected onto the field's zero set (surfaceNets `project`), so a coarse grid keeps the crests and the
 * foramen rims where a finer unprojected one put them; the low tier starts from a 5 mm grid, whose mesh is
 * already close to the target, instead of simplifying a fine one.
 */
export const SACRUM_MESH: Record<Quality, { step: number; triangles: number }> = {
  low: { step: 5, triangles: 2600 }, medium: { step: 3, triangles: 0 }, high: { step: 3, triangles: 0 },
};

export function buildSacrumAndCoccyx(ctx: BuildContext): void {
  const frame = ctx.frame;
  const tess = boneTess(ctx.q);
  const ax = sacralAxis(frame);
  const S1 = vertebraLayout(frame, 'S1');
  // The roof starts at the upper edge of the S1 laminae (the lower border of the L5–S1 interlaminar window).
  const roofTop = S1.H / 2 - (S1.lamina.mid[2] + S1.lamina.halfHeight * Math.cos(S1.lamina.slope * Math.PI / 180));
  const field = sacrumField(ax, roofTop);
  const tier = SACRUM_MESH[ctx.quality];
  // One Taubin pass: the projection takes out what a second pass took out of the grid's terracing.
  const plate = field.mesh(tier.step, 4, { project: true, smooth: 1 });
  const meshed = { positions: plate.getAttribute('position').array as Float32Array, indices: plate.getIndex()!.array as Uint32Array };
  const plateRaw: RawMesh = tier.triangles ? simplifyMesh(meshed, tier.triangles) : { positions: Float64Array.from(meshed.positions), indices: meshed.indices };

  // The S1 superior articular processes, built in the S1 pose like every other SAP: the left one, and the right
  // one as its reflection.
  const s1Pose = segmentPose(frame, 'S1');
  const sapLeft = toRawWorld(superiorArticularProcess(S1, 'left', jointInPose(frame, 'L5-S1', 'left', s1Pose), tess), s1Pose);
  const sapWorld = mergeRaw([sapLeft, mirrorRaw(sapLeft)]);
  ctx.add({ id: 'sacrum', kind: 'bone', name: 'sacrum', group: 'sacrum', level: 'S1', geometry: finishMesh(mergeRaw([plateRaw, sapWorld])) });
  sacrumLandmarks(ctx, field, plateRaw, sapLeft);
  buildCoccyx(ctx, ax.length, tess.part);
}

/** `sap`: the left S1 SAP (the landmarks are placed on the left and reflected). */
function sacrumLandmarks(ctx: BuildContext, field: SacrumField, plate: RawMesh, sap: RawMesh): void {
  const frame = ctx.frame;
  const ax = sacralAxis(frame);
  const world = (x: number, s: number, d: number): Vec3 => { const [y, z] = field.coords.toYZ(s, d); return [x, y, z]; };
  const hiatusS = (ax.hiatusApex + ax.length) / 2 + 2;
  const hs = ax.at(hiatusS);
  ctx.landmark('sacral-hiatus', addScaled(hs.p, hs.P, hs.bodyDepth / 2 + hs.canalDepth));
  const s3 = ax.segments[2]!;
  ctx.landmark('sacral-canal-S3', sacralCanalCentre(frame, (s3.top + s3.bottom) / 2));
  const s1Pose = segmentPose(frame, 'S1');
  // On the left (+x); the right side's are their mirror images (the plate and the SAPs are symmetric).
  // Cornu: the end of its capsule, settled on the nearest vertex of the mesh.
  const { to, from, r } = field.cornu;
  const len = Math.hypot(to[0] - from[0], to[1] - from[1], to[2] - from[2]);
  const k = 1 + (r * 0.75) / len;
  const tip = world(from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k, from[2] + (to[2] - from[2]) * k);
  const cornu = nearestVertex(plate, tip);
  // S1 posterior foramen: 1 mm inside its dorsal opening.
  const f = field.foramina[0]!;
  const foramen = world(f.x, f.s, field.dorsalD(f.x, f.s) - 1);
  // L5 dorsal ramus groove: where the S1 SAP's lateral face meets the top of the ala.
  const j = jointInPose(frame, 'L5-S1', 'left', s1Pose);
  const sapBone = addScaled(j.centre, j.normal, -(j.gap / 2 + 3.5));
  const top = ax.at(4);
  const local = [Math.abs(sapBone[0]) + j.halfWidth * 0.7 + 2, sapBone[1] - 2, 0] as Vec3;
  const w = toWorldPose(s1Pose, local);
  // Settle it on the bone: from inside the ala, up (cranially) to its superior surface.
  const plane = addScaled(top.p, top.down, 3);
  const dd = (w[0] - plane[0]) * top.down[0] + (w[1] - plane[1]) * top.down[1] + (w[2] - plane[2]) * top.down[2];
  const start = addScaled(w, top.down, -dd);
  const inBone = (p: Vec3) => field(p[0], p[1], p[2]) < 0 || insideRaw(sap, p);
  const up: Vec3 = [-top.down[0], -top.down[1], -top.down[2]];
  let lo = 0, hi = 0;
  if (inBone(start)) {
    hi = 1;
    while (hi < 30 && inBone(addScaled(start, up, hi))) { lo = hi; hi += 1; }
    for (let i = 0; i < 6; i++) { const m = (lo + hi) / 2; if (inBone(addScaled(start, up, m))) lo = m; else hi = m; }
  }
  const sided: [string, Vec3][] = [
    ['sacral-cornu-left', cornu], ['s1-posterior-foramen-left', foramen], ['sap-ala-junction-S1-left', addScaled(start, up, hi + 0.4)],
  ];
  for (const [name, p] of sided) ctx.landmark(name, p);
  for (const [name, p] of sided) ctx.landmark(rightTwinId(name), mirrorPoint(p));
}

/** The reflection of a mesh in x = 0, its triangles turned so that they still face outward. */
export function mirrorRaw(raw: RawMesh): RawMesh {
  const P = Float64Array.from(raw.positions), I = Uint32Array.from(raw.indices);
  for (let i = 0; i < P.length; i += 3) P[i] = -P[i]!;
  for (let t = 0; t + 2 < I.length; t += 3) { const b = I[t + 1]!; I[t + 1] = I[t + 2]!; I[t + 2] = b; }
  return { positions: P, indices: I };
}

function nearestVertex(raw: RawMesh, p: Vec3): Vec3 {
  const P = raw.positions;
  let best = Infinity, bi = 0;
  for (let i = 0; i < P.length; i += 3) {
    const d = (P[i]! - p[0]) ** 2 + (P[i + 1]! - p[1]) ** 2 + (P[i + 2]! - p[2]) ** 2;
    if (d < best) { best = d; bi = i; }
  }
  return [P[bi]!, P[bi + 1]!, P[bi + 2]!];
}

function toWorldPose(pose: { centre: Vec3; axis: { x: Vec3; y: Vec3; z: Vec3 } }, p: Vec3): Vec3 {
  const { centre: c, axis: a } = pose;
  return [0, 1, 2].map((i) => c[i]! + a.x[i]! * p[0] + a.y[i]! * p[1] + a.z[i]! * p[2]) as Vec3;
}

function toRawWorld(raw: RawMesh, pose: { centre: Vec3; axis: { x: Vec3; y: Vec3; z: Vec3 } }): RawMesh {
  // toWorldPose written out into one typed array (no arrays per vertex), the same sums in the same order.
  const { centre: c, axis: { x: ax, y: ay, z: az } } = pose;
  const P = raw.positions, out = new Float64Array(P.length);
  for (let i = 0; i < P.length; i += 3) {
    const p0 = P[i]!, p1 = P[i + 1]!, p2 = P[i + 2]!;
    out[i] = c[0] + ax[0] * p0 + ay[0] * p1 + az[0] * p2;
    out[i + 1] = c[1] + ax[1] * p0 + ay[1] * p1 + az[1] * p2;
    out[i + 2] = c[2] + ax[2] * p0 + ay[2] * p1 + az[2] * p2;
  }
  return { positions: out, indices: raw.indices };
}

/** The coccyx (bones/coccyx): one fused, tapering piece continuing the sacral curve. */
function buildCoccyx(ctx: BuildContext, sacralLength: number, seg: number): void {
  const apex = sacralAxis(ctx.frame).at(sacralLength);
  const mesh = coccyxMesh({
    apex: apex.p, apexDown: apex.down, curvedLength: coc.curved_length_mm!, segments: coc.segments_count ?? 4,
    sacrococcygealAngle: coc.sacrococcygeal_curvature_angle_deg!, firstToLastAngle: coc.first_to_last_segment_angle_deg!,
  }, seg);
  ctx.add({ id: 'coccyx', kind: 'bone', name: 'coccyx', group: 'coccyx', level: 'Co', geometry: finishMesh(mesh) });
}
