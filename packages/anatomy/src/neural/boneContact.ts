/**
 * Keeping thin nerves on, not in, the bone. Inside-ness is the winding number along a ray (exits − entries
 * by the faces' outward orientation), so bone parts built as several overlapping closed shells are handled.
 * Every query visits only the triangles filed in the grid cells it crosses, so it is cheap at build time.
 */
import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';

const EPS = 1e-9;

/**
 * A mesh's triangles (its positions read through a Uint32 index), their boxes, the mesh's bounding box, and a uniform grid of triangle ids over
 * that box (CSR: cellStart / cellTris), built once per geometry. A ray walks only the cells it crosses
 * (3D DDA); a ball visits only the cells it overlaps. `stamp` marks triangles already tested in a query.
 */
interface Tri {
  /** The mesh's own positions and a Uint32 copy of its index (corners are read through it, not copied). */
  P: Float32Array; I: Uint32Array; box: Float32Array; n: number; min: Vec3; max: Vec3;
  /** Boxes of runs of CHUNK consecutive triangles (generated meshes are spatially coherent in index order). */
  chunk: Float32Array;
  /** Only for large meshes (GRID_MIN triangles and more): smaller ones are scanned with the boxes. */
  grid: boolean;
  gx: number; gy: number; gz: number; cs: [number, number, number];
  cellStart: Int32Array; cellTris: Int32Array; stamp: Uint32Array; epoch: number;
}
/** Below this many triangles a linear box scan is cheaper than filing the triangles in a grid. */
const GRID_MIN = 2000;
const CHUNK = 32;
/**
 * Query structures per geometry. Inside `withBoneQueries` (the neural builder) they live for that call only;
 * outside it (direct calls) they are kept as long as their geometry.
 */
const kept = new WeakMap<BufferGeometry, Tri>();
let scoped: Map<BufferGeometry, Tri> | null = null;

/**
 * Runs `fn` with its own store of bone-query structures, dropped when it returns: the triangle boxes and grids
 * (a few MB for a model's bones) are build-time scratch, not something each generated model should carry.
 */
export function withBoneQueries<T>(fn: () => T): T {
  const outer = scoped;
  scoped = new Map();
  try {
    return fn();
  } finally {
    scoped = outer;
  }
}
/** Triangles are filed in every cell their box, padded by this (mm), overlaps: robust at cell borders. */
const FILE_PAD = 0.01;
const NO_INT = new Int32Array(0), NO_STAMP = new Uint32Array(0), NO_FLOAT = new Float32Array(0);

function tri(g: BufferGeometry): Tri {
  const hit = scoped ? scoped.get(g) : kept.get(g);
  if (hit) return hit;
  const pos = g.getAttribute('position').array as Float32Array;
  const index = g.getIndex()?.array;
  const idx = index instanceof Uint32Array ? index : index ? new Uint32Array(index) : Uint32Array.from({ length: pos.length / 3 }, (_, i) => i);
  const n = idx.length / 3;
  const box = new Float32Array(n * 6);
  // Small meshes are scanned linearly, first over the boxes of runs of CHUNK triangles (same triangles, same
  // order); those boxes are gathered in the same pass, and the mesh's box from them.
  const small = n < GRID_MIN;
  const nc = Math.ceil(n / CHUNK);
  const chunk = small ? new Float32Array(nc * 6) : NO_FLOAT;
  let mnx = Infinity, mny = Infinity, mnz = Infinity, mxx = -Infinity, mxy = -Infinity, mxz = -Infinity;
  let clx = Infinity, cly = Infinity, clz = Infinity, chx = -Infinity, chy = -Infinity, chz = -Infinity;
  for (let t = 0; t < n; t++) {
    const a = idx[t * 3]! * 3, b = idx[t * 3 + 1]! * 3, c = idx[t * 3 + 2]! * 3;
    const ax = pos[a]!, ay = pos[a + 1]!, az = pos[a + 2]!, bx = pos[b]!, by = pos[b + 1]!, bz = pos[b + 2]!, cx = pos[c]!, cy = pos[c + 1]!, cz = pos[c + 2]!;
    const lx = ax < bx ? (ax < cx ? ax : cx) : (bx < cx ? bx : cx), hx = ax > bx ? (ax > cx ? ax : cx) : (bx > cx ? bx : cx);
    const ly = ay < by ? (ay < cy ? ay : cy) : (by < cy ? by : cy), hy = ay > by ? (ay > cy ? ay : cy) : (by > cy ? by : cy);
    const lz = az < bz ? (az < cz ? az : cz) : (bz < cz ? bz : cz), hz = az > bz ? (az > cz ? az : cz) : (bz > cz ? bz : cz);
    const r = t * 6;
    box[r] = lx; box[r + 1] = ly; box[r + 2] = lz; box[r + 3] = hx; box[r + 4] = hy; box[r + 5] = hz;
    if (lx < clx) clx = lx; if (hx > chx) chx = hx;
    if (ly < cly) cly = ly; if (hy > chy) chy = hy;
    if (lz < clz) clz = lz; if (hz > chz) chz = hz;
    if ((t + 1) % CHUNK === 0 || t === n - 1) {
      if (small) { const o = ((t / CHUNK) | 0) * 6; chunk[o] = clx; chunk[o + 1] = cly; chunk[o + 2] = clz; chunk[o + 3] = chx; chunk[o + 4] = chy; chunk[o + 5] = chz; }
      if (clx < mnx) mnx = clx; if (chx > mxx) mxx = chx;
      if (cly < mny) mny = cly; if (chy > mxy) mxy = chy;
      if (clz < mnz) mnz = clz; if (chz > mxz) mxz = chz;
      clx = cly = clz = Infinity; chx = chy = chz = -Infinity;
    }
  }
  const min: Vec3 = [mnx - FILE_PAD, mny - FILE_PAD, mnz - FILE_PAD], max: Vec3 = [mxx + FILE_PAD, mxy + FILE_PAD, mxz + FILE_PAD];
  if (small) {
    const out: Tri = { P: pos, I: idx, box, chunk, n, min, max, grid: false, gx: 0, gy: 0, gz: 0, cs: [0, 0, 0], cellStart: NO_INT, cellTris: NO_INT, stamp: NO_STAMP, epoch: 0 };
    if (scoped) scoped.set(g, out); else kept.set(g, out);
    return out;
  }
  // About eight triangles per cell (filing each triangle in fewer cells is cheaper than the longer cell lists
  // a query then scans), at most 48 cells along an axis.
  const ex = Math.max(max[0] - min[0], 1e-3), ey = Math.max(max[1] - min[1], 1e-3), ez = Math.max(max[2] - min[2], 1e-3);
  const side = Math.cbrt((ex * ey * ez) / Math.max(1, n)) * 2.6;
  const gx = Math.max(1, Math.min(48, Math.ceil(ex / side))), gy = Math.max(1, Math.min(48, Math.ceil(ey / side))), gz = Math.max(1, Math.min(48, Math.ceil(ez / side)));
  const cs: [number, number, number] = [ex / gx, ey / gy, ez / gz];
  const nCells = gx * gy * gz;
  const range = new Uint8Array(n * 6);
  const count = new Int32Array(nCells + 1);
  // The cell range of each padded triangle box (cell = floor((x − min) / size), clamped to the grid).
  const mx0 = min[0], my0 = min[1], mz0 = min[2], sx = cs[0], sy = cs[1], sz = cs[2];
  for (let t = 0; t < n; t++) {
    const r = t * 6;
    const i0 = clampCell(Math.floor((box[r]! - FILE_PAD - mx0) / sx), gx), i1 = clampCell(Math.floor((box[r + 3]! + FILE_PAD - mx0) / sx), gx);
    const j0 = clampCell(Math.floor((box[r + 1]! - FILE_PAD - my0) / sy), gy), j1 = clampCell(Math.floor((box[r + 4]! + FILE_PAD - my0) / sy), gy);
    const k0 = clampCell(Math.floor((box[r + 2]! - FILE_PAD - mz0) / sz), gz), k1 = clampCell(Math.floor((box[r + 5]! + FILE_PAD - mz0) / sz), gz);
    range[r] = i0; range[r + 1] = i1; range[r + 2] = j0; range[r + 3] = j1; range[r + 4] = k0; range[r + 5] = k1;
    for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) count[i + gx * (j + gy * k) + 1]!++;
  }
  for (let c = 0; c < nCells; c++) count[c + 1]! += count[c]!;
  const cellStart = count;
  const fill = cellStart.slice(0, nCells);
  const cellTris = new Int32Array(cellStart[nCells]!);
  for (let t = 0; t < n; t++) {
    const r = t * 6;
    for (let k = range[r + 4]!; k <= range[r + 5]!; k++) for (let j = range[r + 2]!; j <= range[r + 3]!; j++) {
      for (let i = range[r]!; i <= range[r + 1]!; i++) cellTris[fill[i + gx * (j + gy * k)]!++] = t;
    }
  }
  const out: Tri = { P: pos, I: idx, box, chunk: NO_FLOAT, n, min, max, grid: true, gx, gy, gz, cs, cellStart, cellTris, stamp: new Uint32Array(n), epoch: 0 };
  if (scoped) scoped.set(g, out); else kept.set(g, out);
  return out;
}

function clampCell(c: number, g: number): number {
  return c < 0 ? 0 : c > g - 1 ? g - 1 : c;
}

/** A new query on T: a fresh stamp value (triangles tested in an earlier query are not marked). */
function nextEpoch(T: Tri): number {
  if (++T.epoch >= 0xffffffff) { T.stamp.fill(0); T.epoch = 1; }
  return T.epoch;
}

/** Crossings of the last `hits` call (scratch, reused): distance and +1 for an exit, −1 for an entry; sorted by t. */
let HT = new Float64Array(64), HS = new Int8Array(64);

/** Möller–Trumbore on triangle `i` (corners P[I[3i…3i+2]]) against the ray (p, d) within [0, reach]; records into HT/HS at `m`. */
function rayTri(P: Float32Array, I: Uint32Array, i: number, px0: number, py0: number, pz0: number, dx: number, dy: number, dz: number, reach: number, m: number): number {
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
  // Clip the segment to the grid's box.
  let t0 = 0, t1 = reach;
  for (let k = 0; k < 3; k++) {
    const o = p[k]!, dk = d[k]!, lo = T.min[k]!, hi = T.max[k]!;
    if (Math.abs(dk) < 1e-12) { if (o < lo || o > hi) return 0; continue; }
    let a = (lo - o) / dk, b = (hi - o) / dk;
    if (a > b) { const s = a; a = b; b = s; }
    if (a > t0) t0 = a;
    if (b < t1) t1 = b;
    if (t0 > t1) return 0;
  }
  if (!T.grid) {
    // Small mesh: every triangle whose box meets the segment's box.
    const { P, I, box, n } = T;
    const lo0 = Math.min(px, px + dx * reach) - 0.5, hi0 = Math.max(px, px + dx * reach) + 0.5;
    const lo1 = Math.min(py, py + dy * reach) - 0.5, hi1 = Math.max(py, py + dy * reach) + 0.5;
    const lo2 = Math.min(pz, pz + dz * reach) - 0.5, hi2 = Math.max(pz, pz + dz * reach) + 0.5;
    let m = 0;
    const C = T.chunk;
    for (let c = 0, cb = 0; cb < C.length; c++, cb += 6) {
      if (C[cb + 3]! < lo0 || C[cb]! > hi0 || C[cb + 4]! < lo1 || C[cb + 1]! > hi1 || C[cb + 5]! < lo2 || C[cb + 2]! > hi2) continue;
      // An oblique segment's box holds many chunks the segment itself misses: test the segment (padded alike).
      if (!segmentMeetsBox(C, cb, px, py, pz, dx, dy, dz, reach)) continue;
      for (let i = c * CHUNK, e = Math.min(n, i + CHUNK), b = i * 6; i < e; i++, b += 6) {
        if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
        m = rayTri(P, I, i, px, py, pz, dx, dy, dz, reach, m);
      }
    }
    return m;
  }
  const { P, I, gx, gy, gz, cs, cellStart, cellTris, stamp } = T;
  const ep = nextEpoch(T);
  // Amanatides–Woo walk from the entry point.
  const ex = px + dx * t0, ey = py + dy * t0, ez = pz + dz * t0;
  let i = Math.max(0, Math.min(gx - 1, Math.floor((ex - T.min[0]) / cs[0])));
  let j = Math.max(0, Math.min(gy - 1, Math.floor((ey - T.min[1]) / cs[1])));
  let k = Math.max(0, Math.min(gz - 1, Math.floor((ez - T.min[2]) / cs[2])));
  const si = dx > 0 ? 1 : dx < 0 ? -1 : 0, sj = dy > 0 ? 1 : dy < 0 ? -1 : 0, sk = dz > 0 ? 1 : dz < 0 ? -1 : 0;
  const nextB = (c: number, s: number, o: number, dk: number, lo: number, w: number) => (s === 0 ? Infinity : (lo + (c + (s > 0 ? 1 : 0)) * w - o) / dk);
  let tMaxX = nextB(i, si, px, dx, T.min[0], cs[0]), tMaxY = nextB(j, sj, py, dy, T.min[1], cs[1]), tMaxZ = nextB(k, sk, pz, dz, T.min[2], cs[2]);
  const tdx = si === 0 ? Infinity : cs[0] / Math.abs(dx), tdy = sj === 0 ? Infinity : cs[1] / Math.abs(dy), tdz = sk === 0 ? Infinity : cs[2] / Math.abs(dz);
  let m = 0;
  for (;;) {
    const c = i + gx * (j + gy * k);
    for (let q = cellStart[c]!, e = cellStart[c + 1]!; q < e; q++) {
      const tr = cellTris[q]!;
      if (stamp[tr] === ep) continue;
      stamp[tr] = ep;
      m = rayTri(P, I, tr, px, py, pz, dx, dy, dz, reach, m);
    }
    if (tMaxX <= tMaxY && tMaxX <= tMaxZ) {
      if (tMaxX > t1) break;
      i += si; if (i < 0 || i >= gx) break; tMaxX += tdx;
    } else if (tMaxY <= tMaxZ) {
      if (tMaxY > t1) break;
      j += sj; if (j < 0 || j >= gy) break; tMaxY += tdy;
    } else {
      if (tMaxZ > t1) break;
      k += sk; if (k < 0 || k >= gz) break; tMaxZ += tdz;
    }
  }
  return m;
}

/** Whether the segment p + t·d, t in [0, reach], meets the box B[o…o+5] grown by 0.5 mm (slab test). */
function segmentMeetsBox(B: Float32Array, o: number, px: number, py: number, pz: number, dx: number, dy: number, dz: number, reach: number): boolean {
  let t0 = 0, t1 = reach;
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

/** Winding number of `p` in the mesh along `d` (number of shells containing it), 0 when outside. */
function winding(T: Tri, p: Vec3, d: Vec3, reach: number): number {
  const m = hits(T, p, d, reach);
  let w = 0;
  for (let q = 0; q < m; q++) w += HS[q]!;
  return Math.max(0, w);
}

/** Scratch result of `closestOnTriangle` (a typed array: storing a double in a module variable would allocate). */
const C3 = new Float64Array(3);

/** Closest point on the mesh to `p` among triangles within `radius` mm (undefined if none). */
function closest(T: Tri, p: Vec3, radius: number): Vec3 | undefined {
  const { P, I, gx, gy, gz, cs, cellStart, cellTris, stamp } = T;
  const px = p[0], py = p[1], pz = p[2];
  let bestD = radius * radius, found = false, bx = 0, by = 0, bz = 0;
  let lo0 = px - radius, hi0 = px + radius, lo1 = py - radius, hi1 = py + radius, lo2 = pz - radius, hi2 = pz + radius;
  if (hi0 < T.min[0] || lo0 > T.max[0] || hi1 < T.min[1] || lo1 > T.max[1] || hi2 < T.min[2] || lo2 > T.max[2]) return undefined;
  // Once a point is found, only boxes within its distance (and 1e-6 mm, for rounding) can hold a closer one.
  const shrink = () => {
    const r = Math.sqrt(bestD) + 1e-6;
    if (r < hi0 - px) { lo0 = px - r; hi0 = px + r; lo1 = py - r; hi1 = py + r; lo2 = pz - r; hi2 = pz + r; }
  };
  if (!T.grid) {
    const box = T.box;
    const C = T.chunk;
    for (let c = 0, cb = 0; cb < C.length; c++, cb += 6) {
      if (C[cb + 3]! < lo0 || C[cb]! > hi0 || C[cb + 4]! < lo1 || C[cb + 1]! > hi1 || C[cb + 5]! < lo2 || C[cb + 2]! > hi2) continue;
      for (let t = c * CHUNK, e = Math.min(T.n, t + CHUNK), b = t * 6; t < e; t++, b += 6) {
        if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
        const ia = I[t * 3]! * 3, ib = I[t * 3 + 1]! * 3, ic = I[t * 3 + 2]! * 3;
        closestOnTriangle(px, py, pz, P[ia]!, P[ia + 1]!, P[ia + 2]!, P[ib]!, P[ib + 1]!, P[ib + 2]!, P[ic]!, P[ic + 1]!, P[ic + 2]!);
        const qx = C3[0]!, qy = C3[1]!, qz = C3[2]!;
      const dd = (qx - px) ** 2 + (qy - py) ** 2 + (qz - pz) ** 2;
        if (dd < bestD) { bestD = dd; bx = qx; by = qy; bz = qz; found = true; shrink(); }
      }
    }
    return found ? [bx, by, bz] : undefined;
  }
  const i0 = Math.max(0, Math.floor((lo0 - T.min[0]) / cs[0])), i1 = Math.min(gx - 1, Math.floor((hi0 - T.min[0]) / cs[0]));
  const j0 = Math.max(0, Math.floor((lo1 - T.min[1]) / cs[1])), j1 = Math.min(gy - 1, Math.floor((hi1 - T.min[1]) / cs[1]));
  const k0 = Math.max(0, Math.floor((lo2 - T.min[2]) / cs[2])), k1 = Math.min(gz - 1, Math.floor((hi2 - T.min[2]) / cs[2]));
  const ep = nextEpoch(T);
  for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) {
    const c = i + gx * (j + gy * k);
    for (let q = cellStart[c]!, e = cellStart[c + 1]!; q < e; q++) {
      const t = cellTris[q]!;
      if (stamp[t] === ep) continue;
      stamp[t] = ep;
      const b = t * 6, box = T.box;
      if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
      const ia = I[t * 3]! * 3, ib = I[t * 3 + 1]! * 3, ic = I[t * 3 + 2]! * 3;
      closestOnTriangle(px, py, pz, P[ia]!, P[ia + 1]!, P[ia + 2]!, P[ib]!, P[ib + 1]!, P[ib + 2]!, P[ic]!, P[ic + 1]!, P[ic + 2]!);
      const qx = C3[0]!, qy = C3[1]!, qz = C3[2]!;
      const dd = (qx - px) ** 2 + (qy - py) ** 2 + (qz - pz) ** 2;
      if (dd < bestD) { bestD = dd; bx = qx; by = qy; bz = qz; found = true; shrink(); }
    }
  }
  return found ? [bx, by, bz] : undefined;
}

/** Ericson, Real-Time Collision Detection §5.1.5; the result in C3. */
function closestOnTriangle(px: number, py: number, pz: number, ax: number, ay: number, az: number, bx: number, by: number, bz: number, cx: number, cy: number, cz: number): void {
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

function meshesNear(meshes: readonly (BufferGeometry | undefined)[], p: Vec3, r: number): Tri[] {
  const out: Tri[] = [];
  for (const g of meshes) {
    if (!g) continue;
    const b = boxOf(g);
    if (b.max[0] < p[0] - r || b.min[0] > p[0] + r || b.max[1] < p[1] - r || b.min[1] > p[1] + r || b.max[2] < p[2] - r || b.min[2] > p[2] + r) continue;
    out.push(tri(g));
  }
  return out;
}

/**
 * Puts `p` `gap` mm off the nearest bone surface: out of the bone if it is inside, onto it if it is
 * within `radius` mm outside. Farther than `radius` from any bone, `p` is kept.
 */
export function settleOnBone(p: Vec3, meshes: readonly (BufferGeometry | undefined)[], gap = 1, radius = 8, reach = 80): Vec3 {
  const Ts = meshesNear(meshes, p, radius);
  if (!Ts.length) return p;
  let inside = false;
  for (const T of Ts) if (winding(T, p, RAY, reach) > 0) { inside = true; break; }
  let q: Vec3 | undefined, qd = Infinity;
  for (const T of Ts) {
    const c = closest(T, p, inside ? radius * 2 : radius);
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
export function keepOffBone(p: Vec3, dir: Vec3, meshes: readonly (BufferGeometry | undefined)[], gap = 1, reach = 30): Vec3 {
  let q = p;
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (const T of meshesNear(meshes, q, 1)) {
      const m = hits(T, q, dir, reach);
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
export function firstHit(p: Vec3, d: Vec3, meshes: readonly (BufferGeometry | undefined)[], reach: number): number | undefined {
  const e: Vec3 = [p[0] + d[0] * reach, p[1] + d[1] * reach, p[2] + d[2] * reach];
  const lo: Vec3 = [Math.min(p[0], e[0]), Math.min(p[1], e[1]), Math.min(p[2], e[2])];
  const hi: Vec3 = [Math.max(p[0], e[0]), Math.max(p[1], e[1]), Math.max(p[2], e[2])];
  let best: number | undefined;
  for (const g of meshes) {
    if (!g) continue;
    const b = boxOf(g);
    if (b.max[0] < lo[0] || b.min[0] > hi[0] || b.max[1] < lo[1] || b.min[1] > hi[1] || b.max[2] < lo[2] || b.min[2] > hi[2]) continue;
    const m = hits(tri(g), p, d, reach);
    if (m && (best === undefined || HT[0]! < best)) best = HT[0]!;
  }
  return best;
}

const DIRS3: Vec3[] = [[0.5773, 0.5774, 0.5773], [-0.3123, 0.8422, -0.4394], [0.7071, -0.1234, 0.6962]];

/** Inside any of the meshes (winding number along three skewed rays, majority). */
export function insideAny(p: Vec3, meshes: readonly (BufferGeometry | undefined)[], reach = 60): boolean {
  for (const T of meshesNear(meshes, p, 0.5)) {
    // One ray decides "outside" (the common case); an "inside" is confirmed by the majority of three.
    let votes = 0;
    for (let k = 0; k < 3; k++) {
      const d = DIRS3[k]!;
      const n = Math.hypot(d[0], d[1], d[2]);
      if (winding(T, p, [d[0] / n, d[1] / n, d[2] / n], reach) > 0) votes++;
      else if (k === 0) break;
      if (votes >= 2) return true;
    }
  }
  return false;
}

/** Out of the bone by the shortest of `dirs` that really leaves it (`gap` mm clear); kept if already outside. */
export function pushOut(p: Vec3, dirs: readonly Vec3[], meshes: readonly (BufferGeometry | undefined)[], gap = 1): Vec3 {
  if (!insideAny(p, meshes)) return p;
  let best: Vec3 | undefined, bestD = Infinity;
  for (const d of dirs) {
    const q = keepOffBone(p, d, meshes, gap, 40);
    const dd = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (dd < bestD && !insideAny(q, meshes)) { bestD = dd; best = q; }
  }
  return best ?? p;
}
