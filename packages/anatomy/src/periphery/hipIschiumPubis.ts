import type { BufferGeometry } from 'three';
import { ellipsoidRaw } from '../geometry/ellipsoid';
import { outward } from '../geometry/outward';
import { finishMesh, loopRaw, mergeRaw, type RawMesh } from '../geometry/raw';
import { sectionRing, sweepSections } from '../geometry/sweep';
import { add, cross, dot, lerp, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { centroidOf } from './mesh';
import type { SidePlan } from './plan';

/**
 * The lower hip bone: the posterior column with the ischial spine and tuberosity, and the frame of pubic
 * and ischial rami round the obturator foramen, with the pubic body at the symphysis.
 *
 * Positions are written for the left side relative to a reference hip centre and follow the plan's hip
 * centre. The foramen (male: oval, long diameter running obliquely from before backward — Gray's Anatomy,
 * 20th ed., 1918) is about 50 × 32 mm here (estimate read from standard pelvis figures).
 */
const H0: Vec3 = [80, -24.5, -102];

/** Inner edge of the obturator foramen, from the acetabular notch round the front and back. */
const FORAMEN: readonly Vec3[] = [
  [58, -33, -127], // under the acetabular notch (posterior obturator tubercle)
  [61, -26, -142], // anterior border of the ischial body
  [58, -20, -158], // above the tuberosity
  [48, -28, -163], // ischial ramus
  [37, -40, -161], // ischiopubic junction
  [29, -53, -153], // inferior pubic ramus
  [26, -59, -139], // lateral edge of the pubic body
  [31, -57, -126], // obturator groove, under the superior ramus
  [42, -47, -121], // superior ramus
  [51, -38, -121], // iliopubic eminence
];
/** The outline above, scaled about its centre to ~53 × 40 mm (estimate; male foramen: large and oval). */
const FORAMEN_SCALE = 0.95;
/** Radial half-width (in the foramen's plane, outward) and half-thickness of the frame at each point. */
const FRAME: readonly [number, number][] = [
  [14, 11], [12, 8.5], [13, 10], [7, 4], [6.5, 3.5], [6.5, 3.5], [9, 6], [8, 6.5], [8.5, 7], [12, 9.5],
];

export interface ObturatorForamen { centre: Vec3; normal: Vec3; edge: Vec3[] }

const place = (sp: SidePlan, p: Vec3): Vec3 => [sp.sx * p[0] + sp.hip[0] - sp.sx * H0[0], p[1] + sp.hip[1] - H0[1], p[2] + sp.hip[2] - H0[2]];

/** The foramen's inner edge, centre and outward (lateral-anterior) normal, in LPS. */
export function obturatorForamen(sp: SidePlan): ObturatorForamen {
  const raw = FORAMEN.map((p) => place(sp, p));
  const centre = centroidOf(raw);
  const edge = raw.map((p) => add(centre, scale(sub(p, centre), FORAMEN_SCALE)));
  // Newell normal of the outline, turned to face laterally.
  let nx = 0, ny = 0, nz = 0;
  for (let i = 0; i < edge.length; i++) {
    const a = edge[i]!, b = edge[(i + 1) % edge.length]!;
    nx += (a[1] - b[1]) * (a[2] + b[2]); ny += (a[2] - b[2]) * (a[0] + b[0]); nz += (a[0] - b[0]) * (a[1] + b[1]);
  }
  let normal = normalize([nx, ny, nz]);
  if (normal[0] * sp.sx < 0) normal = scale(normal, -1);
  return { centre, normal, edge };
}

/** Closed Catmull-Rom through a loop of points, `per` samples per span; also interpolates a value per point. */
function closedSpline<T extends number[]>(pts: readonly Vec3[], vals: readonly T[], per: number): { p: Vec3[]; v: number[][] } {
  const m = pts.length, p: Vec3[] = [], v: number[][] = [];
  for (let i = 0; i < m; i++) for (let k = 0; k < per; k++) {
    const t = k / per, t2 = t * t, t3 = t2 * t;
    const P0 = pts[(i - 1 + m) % m]!, P1 = pts[i]!, P2 = pts[(i + 1) % m]!, P3 = pts[(i + 2) % m]!;
    const cr = (c: number) => 0.5 * (2 * P1[c]! + (-P0[c]! + P2[c]!) * t + (2 * P0[c]! - 5 * P1[c]! + 4 * P2[c]! - P3[c]!) * t2 + (-P0[c]! + 3 * P1[c]! - 3 * P2[c]! + P3[c]!) * t3);
    p.push([cr(0), cr(1), cr(2)]);
    const a = vals[i]!, b = vals[(i + 1) % m]!;
    const s = t * t * (3 - 2 * t);
    v.push(a.map((x, j) => x + (b[j]! - x) * s));
  }
  return { p, v };
}

/** One geometry of closed shells, each wound outward, without normals: the hip bone's merge computes them. */
export function buildIschiumPubis(sp: SidePlan, res: { ring: number; along: number; sphere: number }): BufferGeometry {
  const sx = sp.sx;
  const P = (p: Vec3) => place(sp, p);
  const parts: RawMesh[] = [];
  const { centre, normal, edge } = obturatorForamen(sp);

  // Frame round the foramen: each section lies across the rim, wide in the foramen's plane, thin across it.
  // The low tier keeps to its triangle budget with one ring per outline point and six-sided sections.
  const coarse = res.ring <= 8;
  const per = coarse ? 1 : Math.max(2, Math.round(res.along / 4));
  const { p: path, v: size } = closedSpline(edge, FRAME as [number, number][], per);
  const seg = coarse ? 6 : Math.max(8, Math.round(res.ring * 0.6));
  const rings: Vec3[][] = path.map((e, i) => {
    const next = path[(i + 1) % path.length]!, prev = path[(i - 1 + path.length) % path.length]!;
    const tangent = normalize(sub(next, prev));
    let radial = normalize(cross(tangent, normal));
    if (dot(radial, sub(e, centre)) < 0) radial = scale(radial, -1);
    const a = size[i]![0]!, b = size[i]![1]!;
    // A lens: sharp at the foramen's margin (where the obturator membrane attaches), full further out.
    return sectionRing({ c: add(e, scale(radial, a)), u: radial, v: normal, a, b, exponent: 1.6 }, seg);
  });
  parts.push(outward(loopRaw(rings)));

  // Pubic body: a flat oblong block at the symphysis, its medial face sagittal ~2 mm off the midline.
  const pubU = normalize([sx, 0.32, 0]);
  const pubV = normalize(cross([0, 0, 1], pubU));
  const pubTop = P([15, -64, -118]), pubBot = P([15, -61, -160]);
  const pubStations = coarse ? [[0, 10], [0.5, 13], [1, 8]] as const : [[0, 9], [0.2, 12.5], [0.55, 13], [0.85, 11.5], [1, 8]] as const;
  const pubSections = pubStations.map(([t, w]) =>
    ({ c: lerp(pubTop, pubBot, t), u: pubU, v: pubV, a: w, b: 6.5 - 1.5 * t, exponent: 2.6 }));
  parts.push(outward(sweepSections(pubSections, seg, { startCap: 3, endCap: 3 })));
  // Pubic tubercle on the upper border, ~2 cm from the midline.
  if (!coarse) parts.push(ellipsoidRaw(P([21, -68, -120]), [1, 0, 0], [0, 1, 0], [0, 0, 1], [6, 4, 4], Math.max(8, res.sphere - 8)));

  // Posterior column: behind the acetabulum, down to the tuberosity. Its back edge bounds the greater
  // sciatic notch above the spine and the lesser notch below it.
  // It stays outside the acetabular cup (≥ 26 mm from the head centre) and meets the wing's lower border.
  const col: [Vec3, number, number][] = [
    [[71, 14, -84], 12, 11], [[70, 12, -100], 12, 10], [[66, 3, -122], 16, 9.5],
    [[63, -5, -140], 16, 9], [[61, -8, -152], 15, 10],
  ];
  const cs = coarse ? [col[0]!, col[2]!, col[4]!] : col;
  const colSections = cs.map(([c, a, b], i) => {
    const here = P(c), there = P(cs[Math.min(cs.length - 1, i + 1)]![0]), before = P(cs[Math.max(0, i - 1)]![0]);
    const t = normalize(sub(there, before));
    const u = normalize(sub([0, 1, 0], scale(t, t[1])));
    return { c: here, u, v: normalize(cross(t, u)), a, b, exponent: 2.3 };
  });
  parts.push(outward(sweepSections(colSections, seg, { startCap: 4, endCap: 4 })));

  // Ischial tuberosity: the broad rough bulge facing back and down.
  const tubAxis = normalize(sub(P([58, -12, -176]), P([64, 8, -146])));
  parts.push(ellipsoidRaw(P([62, 0, -163]), [sx, 0, 0], normalize(cross(tubAxis, [sx, 0, 0])), tubAxis, [11, 12, 19], coarse ? 8 : res.sphere));
  // Ischial spine: a short triangular point off the back edge, aimed back and medially.
  const spineBase = P([63, 13, -124]), spineTip = P([49, 25, -130]);
  const sd = normalize(sub(spineTip, spineBase));
  const su = normalize(cross(sd, [0, 0, 1]));
  parts.push(outward(sweepSections([
    { c: spineBase, u: su, v: normalize(cross(sd, su)), a: 5, b: 8, exponent: 2 },
    { c: lerp(spineBase, spineTip, 0.5), u: su, v: normalize(cross(sd, su)), a: 3.2, b: 4.5, exponent: 2 },
    { c: spineTip, u: su, v: normalize(cross(sd, su)), a: 1.4, b: 1.8, exponent: 2 },
  ], coarse ? 4 : Math.max(6, seg - 4), { startCap: 1, endCap: 1 })));
  return finishMesh(mergeRaw(parts), undefined, false);
}
