/**
 * Keeping thin nerves on, not in, the bone. Inside-ness is the winding number along a ray (exits − entries
 * by the faces' outward orientation), so bone parts built as several overlapping closed shells are handled.
 * Every query visits only the runs of triangles whose boxes it meets (boneTriangles.ts), so it is cheap at build time.
 */
import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { buildTri, CHUNK, ensureChunkBoxes, PAD, StorePool, type Tri } from './boneTriangles';

const EPS = 1e-9;

/**
 * Query structures per geometry (boneTriangles.ts). Inside `withBoneQueries` (the neural builder) they live for
 * that call only; outside it (direct calls) they are kept as long as their geometry.
 */
const kept = new WeakMap<BufferGeometry, Tri>();

/**
 * Half-width (mm) of the midline slab: the canal's dorsal-wall rays lie in x = 0, so they are answered from the
 * triangles that cross the slab only (a triangle outside a query's x-range can be neither crossed nor within its
 * radius: the answers are the same). Every other query uses all of a mesh's triangles. (A store of the triangles at
 * x ≥ −margin only does not pay: the left nerves' push-outs reach 25 mm across the midline, which keeps 88% of the
 * sacrum, and the filtering pass costs more than it saves; the right-side bones are never filed anyway, as no
 * query reaches them now that the right nerves are mirrors.)
 */
const MIDLINE_HALF = 0.01;
const FULL = 0, MIDLINE = 1;

/** The stores of the current query scope, and the pool their arrays are cut from. */
interface Scope { stores: Map<BufferGeometry, (Tri | undefined)[]>; pool: StorePool }
let scoped: Scope | null = null;

/**
 * Runs `fn` with its own store of bone-query structures, dropped when it returns: the triangle boxes
 * (about 1.5 MB for a model's bones) are build-time scratch, not something each generated model should carry.
 */
export function withBoneQueries<T>(fn: () => T): T {
  const outer = scoped;
  scoped = { stores: new Map(), pool: new StorePool() };
  try {
    return fn();
  } finally {
    scoped = outer;
  }
}

/** The store of `g` for a query that stays within x in [lo, hi]. */
function tri(g: BufferGeometry, lo: number, hi: number): Tri {
  if (!scoped) {
    let t = kept.get(g);
    if (!t) kept.set(g, (t = buildTri(g)));
    return t;
  }
  let w = lo >= -MIDLINE_HALF && hi <= MIDLINE_HALF ? MIDLINE : FULL;
  // A mesh that lies inside the slab keeps all its triangles there: one store serves both.
  if (w === MIDLINE) { const box = boxOf(g); if (box.min[0] >= -MIDLINE_HALF && box.max[0] <= MIDLINE_HALF) w = FULL; }
  let slots = scoped.stores.get(g);
  if (!slots) scoped.stores.set(g, (slots = []));
  return slots[w] ??= w === MIDLINE ? buildTri(g, -MIDLINE_HALF, MIDLINE_HALF, scoped.pool) : buildTri(g, -Infinity, Infinity, scoped.pool);
}

/** The store for a ray from `p` along `d` within `reach`. */
function triForRay(g: BufferGeometry, p: Vec3, d: Vec3, reach: number): Tri {
  const a = p[0], b = p[0] + d[0] * reach;
  return a < b ? tri(g, a, b) : tri(g, b, a);
}

/** The store for a search within `radius` of `p`. */
function triForBall(g: BufferGeometry, p: Vec3, radius: number): Tri {
  return tri(g, p[0] - radius, p[0] + radius);
}

/** Crossings of the last `hits` call (scratch, reused): distance and +1 for an exit, −1 for an entry; sorted by t. */
let HT = new Float64Array(64), HS = new Int8Array(64);

/**
 * The ray of the current `hits` call (px, py, pz, dx, dy, dz, reach, and the clipped t0, t1), read by its helpers:
 * doubles passed as arguments to a call that is not inlined are boxed, one heap number each per call.
 */
const RS = new Float64Array(9);

/** Möller–Trumbore on triangle `i` (corners P[I[3i…3i+2]]) against the ray in RS within [0, reach]; records into HT/HS at `m`. */
function rayTri(P: Float32Array, I: Uint32Array, i: number, m: number): number {
  const px0 = RS[0]!, py0 = RS[1]!, pz0 = RS[2]!, dx = RS[3]!, dy = RS[4]!, dz = RS[5]!, reach = RS[6]!;
  const a = I[i * 3]! * 3, b = I[i * 3 + 1]! * 3, c = I[i * 3 + 2]! * 3;
  const ax = P[a]!, ay = P[a + 1]!, az = P[a + 2]!;
  const e1x = P[b]! - ax, e1y = P[b + 1]! - ay, e1z = P[b + 2]! - az;
  const e2x = P[c]! - ax, e2y = P[c + 1]! - ay, e2z = P[c + 2]! - az;
  const px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
  const det = e1x * px + e1y * py + e1z * pz;
  if (Math.abs(det) < EPS) return m;
  const inv = 1 / det;
  const tx = px0 - ax, ty = py0 - ay, tz = pz0 - az;
  const u = (tx * px + ty * py + tz * pz) * inv;
  if (u < 0 || u > 1) return m;
  const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
  const v = (dx * qx + dy * qy + dz * qz) * inv;
  if (v < 0 || u + v > 1) return m;
  const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
  if (t < 0 || t > reach) return m;
  // Face normal e1 × e2; an exit when it points along the ray.
  const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
  const s = nx * dx + ny * dy + nz * dz > 0 ? 1 : -1;
  if (m === HT.length) {
    const t2 = new Float64Array(m * 2), s2 = new Int8Array(m * 2);
    t2.set(HT); s2.set(HS); HT = t2; HS = s2;
  }
  // Insertion keeps the list sorted by t (stable: equal t keep their order of discovery).
  let j = m;
  while (j > 0 && HT[j - 1]! > t) { HT[j] = HT[j - 1]!; HS[j] = HS[j - 1]!; j--; }
  HT[j] = t; HS[j] = s;
  return m + 1;
}

/** Crossings along the ray (p, d) within `reach` mm, into HT/HS (sorted by t); returns their number. */
function hits(T: Tri, p: Vec3, d: Vec3, reach: number): number {
  const px = p[0], py = p[1], pz = p[2], dx = d[0], dy = d[1], dz = d[2];
  // Clip the segment to the mesh's box.
  if (!clipSegment(p, d, reach, T.min, T.max, 0)) return 0;
  const t0 = CLIP[0]!, t1 = CLIP[1]!;
  // Small mesh: every triangle whose box meets the box of the segment's part inside the mesh's box (a
  // triangle lies in that box, so a crossing outside [t0, t1] cannot exist).
  const { P, I, box, n } = T;
  const ax = px + dx * t0, bx = px + dx * t1, ay = py + dy * t0, by = py + dy * t1, az = pz + dz * t0, bz = pz + dz * t1;
  const lo0 = Math.min(ax, bx) - 0.5, hi0 = Math.max(ax, bx) + 0.5;
  const lo1 = Math.min(ay, by) - 0.5, hi1 = Math.max(ay, by) + 0.5;
  const lo2 = Math.min(az, bz) - 0.5, hi2 = Math.max(az, bz) + 0.5;
  let m = 0;
  const C = T.chunk;
  RS[0] = px; RS[1] = py; RS[2] = pz; RS[3] = dx; RS[4] = dy; RS[5] = dz; RS[6] = reach; RS[7] = t0; RS[8] = t1;
  for (let c = 0, cb = 0; cb < C.length; c++, cb += 6) {
    if (C[cb + 3]! < lo0 || C[cb]! > hi0 || C[cb + 4]! < lo1 || C[cb + 1]! > hi1 || C[cb + 5]! < lo2 || C[cb + 2]! > hi2) continue;
    // An oblique segment's box holds many chunks the segment itself misses: test the segment (padded alike).
    if (!segmentMeetsBox(C, cb)) continue;
    ensureChunkBoxes(T, c);
    for (let i = c * CHUNK, e = Math.min(n, i + CHUNK), b = i * 6; i < e; i++, b += 6) {
      if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
      m = rayTri(P, I, i, m);
    }
  }
  return m;
}

/** Whether the segment p + t·d, t in [t0, t1] (the ray in RS), meets the box B[o…o+5] grown by 0.5 mm (slab test). */
function segmentMeetsBox(B: Float32Array, o: number): boolean {
  const px = RS[0]!, py = RS[1]!, pz = RS[2]!, dx = RS[3]!, dy = RS[4]!, dz = RS[5]!;
  let t0 = RS[7]!, t1 = RS[8]!;
  if (Math.abs(dx) < 1e-12) { if (px < B[o]! - 0.5 || px > B[o + 3]! + 0.5) return false; } else {
    let a = (B[o]! - 0.5 - px) / dx, b = (B[o + 3]! + 0.5 - px) / dx;
    if (a > b) { const s = a; a = b; b = s; }
    if (a > t0) t0 = a; if (b < t1) t1 = b;
    if (t0 > t1) return false;
  }
  if (Math.abs(dy) < 1e-12) { if (py < B[o + 1]! - 0.5 || py > B[o + 4]! + 0.5) return false; } else {
    let a = (B[o + 1]! - 0.5 - py) / dy, b = (B[o + 4]! + 0.5 - py) / dy;
    if (a > b) { const s = a; a = b; b = s; }
    if (a > t0) t0 = a; if (b < t1) t1 = b;
    if (t0 > t1) return false;
  }
  if (Math.abs(dz) < 1e-12) { if (pz < B[o + 2]! - 0.5 || pz > B[o + 5]! + 0.5) return false; } else {
    let a = (B[o + 2]! - 0.5 - pz) / dz, b = (B[o + 5]! + 0.5 - pz) / dz;
    if (a > b) { const s = a; a = b; b = s; }
    if (a > t0) t0 = a; if (b < t1) t1 = b;
    if (t0 > t1) return false;
  }
  return true;
}

/**
 * Crossings of `g` along the ray (p, d) within `reach`, into HT/HS, as `hits` gives them; a ray that misses the
 * mesh's box (all its vertices, padded as a store's box is: it holds that box) crosses nothing, and the store is
 * not filed for it (one store in eight would be filed for such rays only).
 */
function rayHits(g: BufferGeometry, p: Vec3, d: Vec3, reach: number): number {
  const b = boxOf(g);
  // The clip of `hits` on a box that holds the store's box: empty here, so it is empty there.
  if (!clipSegment(p, d, reach, b.min, b.max, PAD)) return 0;
  return hits(triForRay(g, p, d, reach), p, d, reach);
}

/** [t0, t1] of the last clipSegment that met its box (read right after the call). */
const CLIP = new Float64Array(2);

/** Clips the segment p + t·d, t in [0, reach], to the box [min − pad, max + pad] (slab test): false when it misses, else its part inside in CLIP. */
function clipSegment(p: Vec3, d: Vec3, reach: number, min: Vec3, max: Vec3, pad: number): boolean {
  let t0 = 0, t1 = reach;
  for (let k = 0; k < 3; k++) {
    const o = p[k]!, dk = d[k]!, lo = min[k]! - pad, hi = max[k]! + pad;
    if (Math.abs(dk) < 1e-12) { if (o < lo || o > hi) return false; continue; }
    let a = (lo - o) / dk, b = (hi - o) / dk;
    if (a > b) { const s = a; a = b; b = s; }
    if (a > t0) t0 = a;
    if (b < t1) t1 = b;
    if (t0 > t1) return false;
  }
  CLIP[0] = t0; CLIP[1] = t1;
  return true;
}

/** Whether the ball of `radius` about `p` misses the box of `g` (padded as a store's is): `closest` finds nothing there. */
function ballMissesMesh(g: BufferGeometry, p: Vec3, radius: number): boolean {
  const b = boxOf(g);
  return p[0] + radius < b.min[0] - PAD || p[0] - radius > b.max[0] + PAD || p[1] + radius < b.min[1] - PAD ||
    p[1] - radius > b.max[1] + PAD || p[2] + radius < b.min[2] - PAD || p[2] - radius > b.max[2] + PAD;
}

/** Winding number of `p` in `g` along `d` (number of shells containing it), 0 when outside. */
function windingAlong(g: BufferGeometry, p: Vec3, d: Vec3, reach: number): number {
  const m = rayHits(g, p, d, reach);
  let w = 0;
  for (let q = 0; q < m; q++) w += HS[q]!;
  return Math.max(0, w);
}

/**
 * Scratch query point and result of `closestOnTriangle` (typed arrays: storing a double in a module variable would
 * allocate, and so would passing it to a call that is not inlined).
 */
const Q3 = new Float64Array(3), C3 = new Float64Array(3);

/** Closest point on the mesh to `p` among triangles within `radius` mm (undefined if none). */
function closest(T: Tri, p: Vec3, radius: number): Vec3 | undefined {
  const { P, I, box, chunk: C } = T;
  const px = p[0], py = p[1], pz = p[2];
  let bestD = radius * radius, found = false, bx = 0, by = 0, bz = 0;
  let lo0 = px - radius, hi0 = px + radius, lo1 = py - radius, hi1 = py + radius, lo2 = pz - radius, hi2 = pz + radius;
  if (hi0 < T.min[0] || lo0 > T.max[0] || hi1 < T.min[1] || lo1 > T.max[1] || hi2 < T.min[2] || lo2 > T.max[2]) return undefined;
  Q3[0] = px; Q3[1] = py; Q3[2] = pz;
  for (let c = 0, cb = 0; cb < C.length; c++, cb += 6) {
    if (C[cb + 3]! < lo0 || C[cb]! > hi0 || C[cb + 4]! < lo1 || C[cb + 1]! > hi1 || C[cb + 5]! < lo2 || C[cb + 2]! > hi2) continue;
    ensureChunkBoxes(T, c);
    for (let t = c * CHUNK, e = Math.min(T.n, t + CHUNK), b = t * 6; t < e; t++, b += 6) {
      if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
      const ia = I[t * 3]! * 3, ib = I[t * 3 + 1]! * 3, ic = I[t * 3 + 2]! * 3;
      closestOnTriangle(P, ia, ib, ic);
      const qx = C3[0]!, qy = C3[1]!, qz = C3[2]!;
      const dd = (qx - px) ** 2 + (qy - py) ** 2 + (qz - pz) ** 2;
      if (dd < bestD) {
        bestD = dd; bx = qx; by = qy; bz = qz; found = true;
        // Only boxes within this distance (and 1e-6 mm, for rounding) can hold a closer point. (Inline: a closure
        // over these bounds would box every update.)
        const r = Math.sqrt(bestD) + 1e-6;
        if (r < hi0 - px) { lo0 = px - r; hi0 = px + r; lo1 = py - r; hi1 = py + r; lo2 = pz - r; hi2 = pz + r; }
      }
    }
  }
  return found ? [bx, by, bz] : undefined;
}

/** Ericson, Real-Time Collision Detection §5.1.5: the point of triangle (P[ia], P[ib], P[ic]) closest to Q3, into C3. */
function closestOnTriangle(P: Float32Array, ia: number, ib: number, ic: number): void {
  const px = Q3[0]!, py = Q3[1]!, pz = Q3[2]!;
  const ax = P[ia]!, ay = P[ia + 1]!, az = P[ia + 2]!, bx = P[ib]!, by = P[ib + 1]!, bz = P[ib + 2]!, cx = P[ic]!, cy = P[ic + 1]!, cz = P[ic + 2]!;
  const abx = bx - ax, aby = by - ay, abz = bz - az, acx = cx - ax, acy = cy - ay, acz = cz - az;
  const apx = px - ax, apy = py - ay, apz = pz - az;
  const d1 = abx * apx + aby * apy + abz * apz, d2 = acx * apx + acy * apy + acz * apz;
  if (d1 <= 0 && d2 <= 0) { C3[0] = ax; C3[1] = ay; C3[2] = az; return; }
  const bpx = px - bx, bpy = py - by, bpz = pz - bz;
  const d3 = abx * bpx + aby * bpy + abz * bpz, d4 = acx * bpx + acy * bpy + acz * bpz;
  if (d3 >= 0 && d4 <= d3) { C3[0] = bx; C3[1] = by; C3[2] = bz; return; }
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) { const s = d1 / (d1 - d3); C3[0] = ax + abx * s; C3[1] = ay + aby * s; C3[2] = az + abz * s; return; }
  const cpx = px - cx, cpy = py - cy, cpz = pz - cz;
  const d5 = abx * cpx + aby * cpy + abz * cpz, d6 = acx * cpx + acy * cpy + acz * cpz;
  if (d6 >= 0 && d5 <= d6) { C3[0] = cx; C3[1] = cy; C3[2] = cz; return; }
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) { const s = d2 / (d2 - d6); C3[0] = ax + acx * s; C3[1] = ay + acy * s; C3[2] = az + acz * s; return; }
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
    const s = (d4 - d3) / (d4 - d3 + (d5 - d6));
    C3[0] = bx + (cx - bx) * s; C3[1] = by + (cy - by) * s; C3[2] = bz + (cz - bz) * s; return;
  }
  const den = 1 / (va + vb + vc);
  const v = vb * den, w = vc * den;
  C3[0] = ax + abx * v + acx * w; C3[1] = ay + aby * v + acy * w; C3[2] = az + abz * v + acz * w;
}

const RAY: Vec3 = [0.5773, 0.5774, 0.5773];

/** A mesh's bounding box, cached (cheap: no triangle flattening). */
const boxes = new WeakMap<BufferGeometry, { min: Vec3; max: Vec3 }>();
function boxOf(g: BufferGeometry): { min: Vec3; max: Vec3 } {
  const hit = boxes.get(g);
  if (hit) return hit;
  const pos = g.getAttribute('position').array as Float32Array;
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < pos.length; i += 3) {
    const x = pos[i]!, y = pos[i + 1]!, z = pos[i + 2]!;
    if (x < min[0]) min[0] = x; if (x > max[0]) max[0] = x;
    if (y < min[1]) min[1] = y; if (y > max[1]) max[1] = y;
    if (z < min[2]) min[2] = z; if (z > max[2]) max[2] = z;
  }
  const b = { min, max };
  boxes.set(g, b);
  return b;
}

/** Bone meshes with their bounding boxes in one typed array (lo xyz, hi xyz each), for many queries against one list. */
export interface BoneSet { readonly meshes: readonly BufferGeometry[]; readonly box: Float64Array }
/** A prepared set, or a plain list of meshes (missing parts allowed) prepared on each call. */
export type Bones = BoneSet | readonly (BufferGeometry | undefined)[];

export function boneSet(meshes: readonly (BufferGeometry | undefined)[]): BoneSet {
  const present = meshes.filter((g): g is BufferGeometry => !!g);
  const box = new Float64Array(present.length * 6);
  for (let i = 0; i < present.length; i++) {
    const b = boxOf(present[i]!);
    box[i * 6] = b.min[0]; box[i * 6 + 1] = b.min[1]; box[i * 6 + 2] = b.min[2];
    box[i * 6 + 3] = b.max[0]; box[i * 6 + 4] = b.max[1]; box[i * 6 + 5] = b.max[2];
  }
  return { meshes: present, box };
}

function asSet(bones: Bones): BoneSet {
  return 'box' in bones ? bones : boneSet(bones);
}

function meshesNear(set: BoneSet, p: Vec3, r: number): BufferGeometry[] {
  const out: BufferGeometry[] = [];
  const B = set.box;
  const lx = p[0] - r, hx = p[0] + r, ly = p[1] - r, hy = p[1] + r, lz = p[2] - r, hz = p[2] + r;
  for (let i = 0, o = 0; i < set.meshes.length; i++, o += 6) {
    if (B[o + 3]! < lx || B[o]! > hx || B[o + 4]! < ly || B[o + 1]! > hy || B[o + 5]! < lz || B[o + 2]! > hz) continue;
    out.push(set.meshes[i]!);
  }
  return out;
}

/**
 * Puts `p` `gap` mm off the nearest bone surface: out of the bone if it is inside, onto it if it is
 * within `radius` mm outside. Farther than `radius` from any bone, `p` is kept.
 */
export function settleOnBone(p: Vec3, bones: Bones, gap = 1, radius = 8, reach = 80): Vec3 {
  const meshes = asSet(bones);
  const near = meshesNear(meshes, p, radius);
  if (!near.length) return p;
  let inside = false;
  for (const g of near) if (windingAlong(g, p, RAY, reach) > 0) { inside = true; break; }
  let q: Vec3 | undefined, qd = Infinity;
  for (const g of near) {
    // Only a point closer than the best so far can win: search no farther than that.
    const r = Math.min(inside ? radius * 2 : radius, qd);
    const c = ballMissesMesh(g, p, r) ? undefined : closest(triForBall(g, p, r), p, r);
    if (!c) continue;
    const d = Math.hypot(c[0] - p[0], c[1] - p[1], c[2] - p[2]);
    if (d < qd) { qd = d; q = c; }
  }
  if (!q || qd < 1e-6) return p;
  // Direction away from the bone at q: from p to q when inside, from q to p when outside.
  const s = inside ? 1 : -1;
  const dir: Vec3 = [((q[0] - p[0]) / qd) * s, ((q[1] - p[1]) / qd) * s, ((q[2] - p[2]) / qd) * s];
  const out: Vec3 = [q[0] + dir[0] * gap, q[1] + dir[1] * gap, q[2] + dir[2] * gap];
  // Where shells overlap, the nearest surface can be inside another part: step out along dir if so.
  return keepOffBone(out, dir, meshes, gap, reach);
}

/** Moves `p` out of any of the meshes along the unit `dir`, to `gap` mm past the surface. A point outside is kept. */
export function keepOffBone(p: Vec3, dir: Vec3, bones: Bones, gap = 1, reach = 30): Vec3 {
  const meshes = asSet(bones);
  let q = p;
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (const g of meshesNear(meshes, q, 1)) {
      const m = rayHits(g, q, dir, reach);
      let w = 0; // shells containing q
      for (let k = 0; k < m; k++) w += HS[k]!;
      if (w <= 0) continue;
      for (let k = 0; k < m; k++) {
        w -= HS[k]!;
        if (w <= 0) {
          const exit = HT[k]! + gap;
          q = [q[0] + dir[0] * exit, q[1] + dir[1] * exit, q[2] + dir[2] * exit];
          moved = true;
          break;
        }
      }
    }
    if (!moved) break;
  }
  return q;
}

/** Distance along the ray (p, d) to the first surface of any of the meshes within `reach`, if any. */
export function firstHit(p: Vec3, d: Vec3, bones: Bones, reach: number): number | undefined {
  const set = asSet(bones);
  const ex = p[0] + d[0] * reach, ey = p[1] + d[1] * reach, ez = p[2] + d[2] * reach;
  const lx = Math.min(p[0], ex), ly = Math.min(p[1], ey), lz = Math.min(p[2], ez);
  const hx = Math.max(p[0], ex), hy = Math.max(p[1], ey), hz = Math.max(p[2], ez);
  const B = set.box;
  let best: number | undefined;
  for (let i = 0, o = 0; i < set.meshes.length; i++, o += 6) {
    if (B[o + 3]! < lx || B[o]! > hx || B[o + 4]! < ly || B[o + 1]! > hy || B[o + 5]! < lz || B[o + 2]! > hz) continue;
    const m = rayHits(set.meshes[i]!, p, d, reach);
    if (m && (best === undefined || HT[0]! < best)) best = HT[0]!;
  }
  return best;
}

const DIRS3: Vec3[] = [[0.5773, 0.5774, 0.5773], [-0.3123, 0.8422, -0.4394], [0.7071, -0.1234, 0.6962]];

/** Inside any of the meshes (winding number along three skewed rays, majority). */
export function insideAny(p: Vec3, bones: Bones, reach = 60): boolean {
  for (const g of meshesNear(asSet(bones), p, 0.5)) {
    // One ray decides "outside" (the common case); an "inside" is confirmed by the majority of three.
    let votes = 0;
    for (let k = 0; k < 3; k++) {
      const d = DIRS3[k]!;
      const n = Math.hypot(d[0], d[1], d[2]);
      const u: Vec3 = [d[0] / n, d[1] / n, d[2] / n];
      if (windingAlong(g, p, u, reach) > 0) votes++;
      else if (k === 0) break;
      if (votes >= 2) return true;
    }
  }
  return false;
}

/** Out of the bone by the shortest of `dirs` that really leaves it (`gap` mm clear); kept if already outside. */
export function pushOut(p: Vec3, dirs: readonly Vec3[], bones: Bones, gap = 1): Vec3 {
  const meshes = asSet(bones);
  if (!insideAny(p, meshes)) return p;
  let best: Vec3 | undefined, bestD = Infinity;
  for (const d of dirs) {
    const q = keepOffBone(p, d, meshes, gap, 40);
    const dd = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (dd < bestD && !insideAny(q, meshes)) { bestD = dd; best = q; }
  }
  return best ?? p;
}
