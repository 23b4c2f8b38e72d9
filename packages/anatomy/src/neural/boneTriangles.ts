/**
 * A bone mesh's triangles prepared for ray and closest-point queries (the store behind boneContact.ts): the
 * boxes of runs of CHUNK consecutive triangles, and each chunk's triangle boxes computed the first time a
 * query reaches it. A model's queries reach a few hundred chunks of its bones, so a structure over every
 * triangle costs more than it saves (a uniform grid over the sacrum took longer to file than the chunk scans
 * it replaced, which also test fewer triangles). Each pass over the triangles is its own small function with
 * typed-array arguments, so it is optimised once and stays so.
 */
import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';

export interface Tri {
  /**
   * The mesh's own positions and a Uint32 copy of its index (corners are read through it, not copied); for a
   * store of an x-window, only the triangles whose x-range meets the window.
   */
  P: Float32Array; I: Uint32Array; n: number;
  /** The mesh's box, padded by PAD. */
  min: Vec3; max: Vec3;
  /** Boxes of runs of CHUNK consecutive triangles (lo xyz, hi xyz); generated meshes are mostly coherent in index order. */
  chunk: Float32Array;
  /** Per-triangle boxes, filled only for chunks marked in `boxed`. */
  box: Float32Array; boxed: Uint8Array;
}

export const CHUNK = 32;
/** The mesh's box is padded by this (mm), so a crossing on its surface is not clipped away by rounding. */
export const PAD = 0.01;

/**
 * The query store of `g`, or of its triangles whose x-range meets [xlo, xhi] (a query that stays inside that
 * window meets no other triangle, so it gets the same answer from the smaller store).
 */
export function buildTri(g: BufferGeometry, xlo = -Infinity, xhi = Infinity, pool: StorePool = new StorePool(0)): Tri {
  const P = g.getAttribute('position').array as Float32Array;
  const index = g.getIndex()?.array as Uint16Array | Uint32Array | undefined;
  let I: Uint32Array;
  if (index && (xlo > -Infinity || xhi < Infinity)) {
    const kept = pool.uints(index.length);
    const m = cornersInWindow(P, index, index.length / 3, xlo, xhi, kept, pool.bytes(P.length / 3));
    pool.returnUints(index.length - m);
    I = kept.subarray(0, m);
  } else if (index instanceof Uint32Array) {
    I = index;
  } else if (index) {
    I = pool.uints(index.length);
    I.set(index);
  } else {
    I = Uint32Array.from({ length: P.length / 3 }, (_, i) => i);
  }
  const n = I.length / 3;
  const nc = Math.ceil(n / CHUNK);
  const chunk = pool.floats(nc * 6);
  const mm = new Float64Array(6);
  chunkBoxes(P, I, n, chunk, mm);
  return {
    P, I, n, min: [mm[0]! - PAD, mm[1]! - PAD, mm[2]! - PAD], max: [mm[3]! + PAD, mm[4]! + PAD, mm[5]! + PAD],
    chunk, box: pool.floats(n * 6), boxed: pool.bytes(nc),
  };
}

/**
 * Typed arrays for the stores of one query scope, cut from shared blocks: a model files about 150 meshes, and a
 * few separately allocated buffers per store (each with its own backing store to allocate, zero and sweep) cost
 * more than the filing itself. Views into a block stay valid after the pool moves on to a new one. Floats and bytes
 * come zero-filled (blocks are fresh and never handed out twice); uints may hold what a returned tail held.
 */
export class StorePool {
  private f = new Float32Array(0); private fo = 0;
  private u = new Uint32Array(0); private uo = 0;
  private b = new Uint8Array(0); private bo = 0;
  /** `block`: elements per block (0: every request gets its own array, as outside a query scope). */
  constructor(private readonly block = 1 << 16) {}

  floats(n: number): Float32Array {
    if (this.fo + n > this.f.length) { this.f = new Float32Array(Math.max(this.block, n)); this.fo = 0; }
    this.fo += n;
    return this.f.subarray(this.fo - n, this.fo);
  }

  uints(n: number): Uint32Array {
    if (this.uo + n > this.u.length) { this.u = new Uint32Array(Math.max(this.block, n)); this.uo = 0; }
    this.uo += n;
    return this.u.subarray(this.uo - n, this.uo);
  }

  /** Gives back the last `n` elements of the latest `uints` request. */
  returnUints(n: number): void {
    this.uo -= n;
  }

  bytes(n: number): Uint8Array {
    if (this.bo + n > this.b.length) { this.b = new Uint8Array(Math.max(this.block, n)); this.bo = 0; }
    this.bo += n;
    return this.b.subarray(this.bo - n, this.bo);
  }
}

/**
 * Copies the corners of the triangles whose x-range meets [lo, hi] into `out`; returns how many it wrote. Each
 * vertex is classed once, in order (below, in, above the window), so the triangle pass reads bytes, not positions.
 */
function cornersInWindow(P: Float32Array, I: Uint16Array | Uint32Array, n: number, lo: number, hi: number, out: Uint32Array, side: Uint8Array): number {
  for (let v = 0, o = 0; o < P.length; v++, o += 3) { const x = P[o]!; side[v] = x < lo ? 1 : x > hi ? 2 : 0; }
  let m = 0;
  for (let k = 0, e = n * 3; k < e; k += 3) {
    const a = I[k]!, b = I[k + 1]!, c = I[k + 2]!;
    const sa = side[a]!;
    if (sa !== 0 && sa === side[b] && sa === side[c]) continue;
    out[m] = a; out[m + 1] = b; out[m + 2] = c; m += 3;
  }
  return m;
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

/** Boxes of triangles [from, to) into `box`. */
function triangleBoxes(P: Float32Array, I: Uint32Array, from: number, to: number, box: Float32Array): void {
  for (let t = from; t < to; t++) {
    const a = I[t * 3]! * 3, b = I[t * 3 + 1]! * 3, c = I[t * 3 + 2]! * 3;
    const ax = P[a]!, ay = P[a + 1]!, az = P[a + 2]!, bx = P[b]!, by = P[b + 1]!, bz = P[b + 2]!, cx = P[c]!, cy = P[c + 1]!, cz = P[c + 2]!;
    const lx = ax < bx ? (ax < cx ? ax : cx) : (bx < cx ? bx : cx), hx = ax > bx ? (ax > cx ? ax : cx) : (bx > cx ? bx : cx);
    const ly = ay < by ? (ay < cy ? ay : cy) : (by < cy ? by : cy), hy = ay > by ? (ay > cy ? ay : cy) : (by > cy ? by : cy);
    const lz = az < bz ? (az < cz ? az : cz) : (bz < cz ? bz : cz), hz = az > bz ? (az > cz ? az : cz) : (bz > cz ? bz : cz);
    const r = t * 6;
    box[r] = lx; box[r + 1] = ly; box[r + 2] = lz; box[r + 3] = hx; box[r + 4] = hy; box[r + 5] = hz;
  }
}

/** Fills the triangle boxes of chunk `c` (once). */
export function ensureChunkBoxes(T: Tri, c: number): void {
  if (T.boxed[c]) return;
  T.boxed[c] = 1;
  triangleBoxes(T.P, T.I, c * CHUNK, Math.min(T.n, c * CHUNK + CHUNK), T.box);
}
