/**
 * A bone mesh's triangles prepared for ray and closest-point queries (the store behind boneContact.ts).
 *
 * Small meshes (most bone parts) are scanned through the boxes of runs of CHUNK consecutive triangles
 * (generated meshes are spatially coherent in index order); a chunk's per-triangle boxes are computed the
 * first time a query reaches it, since a model's queries touch only a few chunks of each part. Large
 * meshes (the sacrum) get a uniform grid of triangle ids (CSR: cellStart / cellTris). Each pass over the
 * triangles is its own small function with typed-array arguments, so it is optimised once and stays so.
 */
import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';

export interface Tri {
  /** The mesh's own positions and a Uint32 copy of its index (corners are read through it, not copied). */
  P: Float32Array; I: Uint32Array; n: number; min: Vec3; max: Vec3;
  /** Per-triangle boxes (lo xyz, hi xyz); for a small mesh only those of chunks marked in `boxed`. */
  box: Float32Array;
  /** Boxes of runs of CHUNK consecutive triangles (small meshes only) and whether their triangle boxes are filled. */
  chunk: Float32Array; boxed: Uint8Array;
  /** Only for large meshes (GRID_MIN triangles and more): smaller ones are scanned with the boxes. */
  grid: boolean;
  gx: number; gy: number; gz: number; cs: [number, number, number];
  cellStart: Int32Array; cellTris: Int32Array; stamp: Uint32Array; epoch: number;
}

/** Below this many triangles a linear box scan is cheaper than filing the triangles in a grid. */
const GRID_MIN = 2000;
export const CHUNK = 32;
/** Triangles are filed in every cell their box, padded by this (mm), overlaps: robust at cell borders. */
export const FILE_PAD = 0.01;
const NO_INT = new Int32Array(0), NO_STAMP = new Uint32Array(0), NO_FLOAT = new Float32Array(0), NO_BYTE = new Uint8Array(0);

export function buildTri(g: BufferGeometry): Tri {
  const P = g.getAttribute('position').array as Float32Array;
  const index = g.getIndex()?.array;
  const I = index instanceof Uint32Array ? index : index ? new Uint32Array(index) : Uint32Array.from({ length: P.length / 3 }, (_, i) => i);
  const n = I.length / 3;
  const mm = new Float64Array(6);
  if (n < GRID_MIN) {
    const nc = Math.ceil(n / CHUNK);
    const chunk = new Float32Array(nc * 6);
    chunkBoxes(P, I, n, chunk, mm);
    return {
      P, I, n, min: [mm[0]! - FILE_PAD, mm[1]! - FILE_PAD, mm[2]! - FILE_PAD], max: [mm[3]! + FILE_PAD, mm[4]! + FILE_PAD, mm[5]! + FILE_PAD],
      box: new Float32Array(n * 6), chunk, boxed: new Uint8Array(nc),
      grid: false, gx: 0, gy: 0, gz: 0, cs: [0, 0, 0], cellStart: NO_INT, cellTris: NO_INT, stamp: NO_STAMP, epoch: 0,
    };
  }
  const box = new Float32Array(n * 6);
  triangleBoxes(P, I, 0, n, box, mm);
  const min: Vec3 = [mm[0]! - FILE_PAD, mm[1]! - FILE_PAD, mm[2]! - FILE_PAD], max: Vec3 = [mm[3]! + FILE_PAD, mm[4]! + FILE_PAD, mm[5]! + FILE_PAD];
  // About eight triangles per cell (filing each triangle in fewer cells is cheaper than the longer cell lists
  // a query then scans), at most 48 cells along an axis.
  const ex = Math.max(max[0] - min[0], 1e-3), ey = Math.max(max[1] - min[1], 1e-3), ez = Math.max(max[2] - min[2], 1e-3);
  const side = Math.cbrt((ex * ey * ez) / Math.max(1, n)) * 2.6;
  const gx = Math.max(1, Math.min(48, Math.ceil(ex / side))), gy = Math.max(1, Math.min(48, Math.ceil(ey / side))), gz = Math.max(1, Math.min(48, Math.ceil(ez / side)));
  const cs: [number, number, number] = [ex / gx, ey / gy, ez / gz];
  const nCells = gx * gy * gz;
  const range = new Uint8Array(n * 6);
  const cellStart = new Int32Array(nCells + 1);
  const G = new Float64Array([min[0], min[1], min[2], cs[0], cs[1], cs[2], gx, gy, gz]);
  countCells(box, n, G, range, cellStart);
  for (let c = 0; c < nCells; c++) cellStart[c + 1]! += cellStart[c]!;
  const cellTris = new Int32Array(cellStart[nCells]!);
  fileCells(range, n, gx, gy, cellStart.slice(0, nCells), cellTris);
  return {
    P, I, n, min, max, box, chunk: NO_FLOAT, boxed: NO_BYTE,
    grid: true, gx, gy, gz, cs, cellStart, cellTris, stamp: new Uint32Array(n), epoch: 0,
  };
}

/** Chunk boxes (and the mesh's box, into mm) in one pass over the corners; no per-triangle stores. */
function chunkBoxes(P: Float32Array, I: Uint32Array, n: number, chunk: Float32Array, mm: Float64Array): void {
  let mnx = Infinity, mny = Infinity, mnz = Infinity, mxx = -Infinity, mxy = -Infinity, mxz = -Infinity;
  for (let t0 = 0, o = 0; t0 < n; t0 += CHUNK, o += 6) {
    let lx = Infinity, ly = Infinity, lz = Infinity, hx = -Infinity, hy = -Infinity, hz = -Infinity;
    const e = Math.min(n, t0 + CHUNK) * 3;
    for (let k = t0 * 3; k < e; k++) {
      const v = I[k]! * 3;
      const x = P[v]!, y = P[v + 1]!, z = P[v + 2]!;
      if (x < lx) lx = x; if (x > hx) hx = x;
      if (y < ly) ly = y; if (y > hy) hy = y;
      if (z < lz) lz = z; if (z > hz) hz = z;
    }
    chunk[o] = lx; chunk[o + 1] = ly; chunk[o + 2] = lz; chunk[o + 3] = hx; chunk[o + 4] = hy; chunk[o + 5] = hz;
    if (lx < mnx) mnx = lx; if (hx > mxx) mxx = hx;
    if (ly < mny) mny = ly; if (hy > mxy) mxy = hy;
    if (lz < mnz) mnz = lz; if (hz > mxz) mxz = hz;
  }
  mm[0] = mnx; mm[1] = mny; mm[2] = mnz; mm[3] = mxx; mm[4] = mxy; mm[5] = mxz;
}

/** Boxes of triangles [from, to) into `box`; the union of them into mm. */
function triangleBoxes(P: Float32Array, I: Uint32Array, from: number, to: number, box: Float32Array, mm: Float64Array): void {
  let mnx = Infinity, mny = Infinity, mnz = Infinity, mxx = -Infinity, mxy = -Infinity, mxz = -Infinity;
  for (let t = from; t < to; t++) {
    const a = I[t * 3]! * 3, b = I[t * 3 + 1]! * 3, c = I[t * 3 + 2]! * 3;
    const ax = P[a]!, ay = P[a + 1]!, az = P[a + 2]!, bx = P[b]!, by = P[b + 1]!, bz = P[b + 2]!, cx = P[c]!, cy = P[c + 1]!, cz = P[c + 2]!;
    const lx = ax < bx ? (ax < cx ? ax : cx) : (bx < cx ? bx : cx), hx = ax > bx ? (ax > cx ? ax : cx) : (bx > cx ? bx : cx);
    const ly = ay < by ? (ay < cy ? ay : cy) : (by < cy ? by : cy), hy = ay > by ? (ay > cy ? ay : cy) : (by > cy ? by : cy);
    const lz = az < bz ? (az < cz ? az : cz) : (bz < cz ? bz : cz), hz = az > bz ? (az > cz ? az : cz) : (bz > cz ? bz : cz);
    const r = t * 6;
    box[r] = lx; box[r + 1] = ly; box[r + 2] = lz; box[r + 3] = hx; box[r + 4] = hy; box[r + 5] = hz;
    if (lx < mnx) mnx = lx; if (hx > mxx) mxx = hx;
    if (ly < mny) mny = ly; if (hy > mxy) mxy = hy;
    if (lz < mnz) mnz = lz; if (hz > mxz) mxz = hz;
  }
  mm[0] = mnx; mm[1] = mny; mm[2] = mnz; mm[3] = mxx; mm[4] = mxy; mm[5] = mxz;
}

const SCRATCH_MM = new Float64Array(6);

/** Fills the triangle boxes of chunk `c` of a small mesh (once). */
export function ensureChunkBoxes(T: Tri, c: number): void {
  if (T.boxed[c]) return;
  T.boxed[c] = 1;
  triangleBoxes(T.P, T.I, c * CHUNK, Math.min(T.n, c * CHUNK + CHUNK), T.box, SCRATCH_MM);
}

/** The cell range of each padded triangle box (cell = floor((x − min) / size), clamped to the grid), and counts per cell (at c + 1). */
function countCells(box: Float32Array, n: number, G: Float64Array, range: Uint8Array, count: Int32Array): void {
  const mx0 = G[0]!, my0 = G[1]!, mz0 = G[2]!, sx = G[3]!, sy = G[4]!, sz = G[5]!;
  const gx = G[6]!, gy = G[7]!, gz = G[8]!;
  const cx = gx - 1, cy = gy - 1, cz = gz - 1;
  for (let t = 0; t < n; t++) {
    const r = t * 6;
    let i0 = Math.floor((box[r]! - FILE_PAD - mx0) / sx), i1 = Math.floor((box[r + 3]! + FILE_PAD - mx0) / sx);
    let j0 = Math.floor((box[r + 1]! - FILE_PAD - my0) / sy), j1 = Math.floor((box[r + 4]! + FILE_PAD - my0) / sy);
    let k0 = Math.floor((box[r + 2]! - FILE_PAD - mz0) / sz), k1 = Math.floor((box[r + 5]! + FILE_PAD - mz0) / sz);
    i0 = i0 < 0 ? 0 : i0 > cx ? cx : i0; i1 = i1 < 0 ? 0 : i1 > cx ? cx : i1;
    j0 = j0 < 0 ? 0 : j0 > cy ? cy : j0; j1 = j1 < 0 ? 0 : j1 > cy ? cy : j1;
    k0 = k0 < 0 ? 0 : k0 > cz ? cz : k0; k1 = k1 < 0 ? 0 : k1 > cz ? cz : k1;
    range[r] = i0; range[r + 1] = i1; range[r + 2] = j0; range[r + 3] = j1; range[r + 4] = k0; range[r + 5] = k1;
    for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) count[i + gx * (j + gy * k) + 1]!++;
  }
}

function fileCells(range: Uint8Array, n: number, gx: number, gy: number, fill: Int32Array, cellTris: Int32Array): void {
  for (let t = 0; t < n; t++) {
    const r = t * 6;
    const i0 = range[r]!, i1 = range[r + 1]!, j0 = range[r + 2]!, j1 = range[r + 3]!, k0 = range[r + 4]!, k1 = range[r + 5]!;
    for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) {
      for (let i = i0; i <= i1; i++) cellTris[fill[i + gx * (j + gy * k)]!++] = t;
    }
  }
}
