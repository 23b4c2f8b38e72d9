import { BufferAttribute, BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { readVec3 } from './vec';

/**
 * A light mesh under construction: flat positions and triangle indices. Generators build RawMeshes,
 * merge them and call `finishMesh` once per structure (transform, normals, typed arrays): this avoids
 * three's per-vertex accessors and keeps the whole model's generation fast.
 */
export interface RawMesh {
  positions: number[] | Float64Array;
  indices: number[] | Uint32Array;
}

/** A RawMesh being grown with push. */
export interface GrowingRaw { positions: number[]; indices: number[] }

/**
 * Typed positions (x y z per vertex) and indices for a generator. A typed array with a buffer of its own is an
 * allocation outside the JS heap (about 1.5 µs, plus bookkeeping that every scavenge sweeps), and a model makes
 * a couple of thousand of these short-lived meshes; so they are views cut one after another from shared
 * chunks. A chunk is never reused (it is freed when its last view is), so every view starts zeroed, as a fresh
 * array would, and no two views overlap: meshes of different models or widgets cannot see each other.
 */
export function rawBuffers(positionCount: number, indexCount: number): { positions: Float64Array; indices: Uint32Array } {
  const bytes = positionCount * 8 + indexCount * 4;
  const size = bytes + 7 - ((bytes + 7) % 8); // the next view starts 8-byte aligned, as a Float64Array must
  let buffer: ArrayBuffer, at = 0;
  if (size > CHUNK_BYTES / 4) buffer = new ArrayBuffer(bytes);
  else {
    if (!chunk || chunkUsed + size > CHUNK_BYTES) { chunk = new ArrayBuffer(CHUNK_BYTES); chunkUsed = 0; }
    buffer = chunk; at = chunkUsed; chunkUsed += size;
  }
  return { positions: new Float64Array(buffer, at, positionCount), indices: new Uint32Array(buffer, at + positionCount * 8, indexCount) };
}

/** The chunk being cut (the only one this module holds on to: 256 KiB at most). */
const CHUNK_BYTES = 1 << 18;
let chunk: ArrayBuffer | undefined;
let chunkUsed = 0;

export function emptyRaw(): GrowingRaw {
  return { positions: [], indices: [] };
}

/** Appends b to a (a is modified and returned). Shells keep their own vertices. */
export function appendRaw(a: GrowingRaw, b: RawMesh): GrowingRaw {
  const off = a.positions.length / 3;
  const P = a.positions, I = a.indices, bp = b.positions, bi = b.indices;
  for (let i = 0; i < bp.length; i++) P.push(bp[i]!);
  for (let i = 0; i < bi.length; i++) I.push(bi[i]! + off);
  return a;
}

/**
 * Several RawMeshes as one, without copying: the parts are kept and only concatenated if someone reads
 * `positions` / `indices`; `finishMesh` writes them straight into the final typed arrays.
 */
class MergedRaw implements RawMesh {
  private p?: number[];
  private i?: number[];
  constructor(readonly parts: readonly RawMesh[]) {}
  private materialize(): void {
    if (this.p) return;
    const out: GrowingRaw = { positions: [], indices: [] };
    for (const leaf of leaves(this)) appendRaw(out, leaf);
    this.p = out.positions; this.i = out.indices;
  }
  get positions(): number[] { this.materialize(); return this.p!; }
  get indices(): number[] { this.materialize(); return this.i!; }
}

function leaves(raw: RawMesh, out: RawMesh[] = []): RawMesh[] {
  if (raw instanceof MergedRaw) for (const p of raw.parts) leaves(p, out);
  else out.push(raw);
  return out;
}

export function mergeRaw(parts: readonly RawMesh[]): RawMesh {
  if (parts.length === 1) return parts[0]!;
  return new MergedRaw(parts);
}

export interface LoftRawOptions {
  closeStart?: boolean;
  closeEnd?: boolean;
  startApex?: Vec3;
  endApex?: Vec3;
}

/** Watertight loft through rings (same point count, counter-clockwise seen from the end it runs toward). */
export function loftRaw(rings: readonly (readonly Vec3[])[], options: LoftRawOptions = {}): RawMesh {
  const n = rings[0]?.length ?? 0;
  const R = rings.length;
  if (R < 2 || n < 3) throw new Error('loftRings needs at least 2 rings of 3 points');
  const caps = loftCaps(options);
  const { positions, indices } = rawBuffers((R * n + caps) * 3, loftIndexCount(R, n, caps));
  let o = 0;
  for (let r = 0; r < R; r++) {
    const ring = rings[r]!;
    if (ring.length !== n) throw new Error('loftRings: every ring needs the same number of points');
    for (let i = 0; i < n; i++) { readVec3(positions, o, ring[i]!); o += 3; }
  }
  return loftFlat(positions, R, n, options, indices);
}

/** How many indices a loft of R rings of n points with `caps` apices has (for `loftFlat`'s `into`). */
export function loftIndexCount(R: number, n: number, caps: number): number {
  return (R - 1) * n * 6 + caps * n * 3;
}

/** How many cap apices a loft with these options appends after its rings. */
export function loftCaps(options: LoftRawOptions = {}): number {
  return (options.closeStart ?? true ? 1 : 0) + (options.closeEnd ?? true ? 1 : 0);
}

/**
 * `loftRaw` for rings already written into `positions` (R rings of n points, x y z each, then room for
 * `loftCaps(options)` apices): a caller that computes its points can skip one small array per point.
 */
export function loftFlat(positions: Float64Array, R: number, n: number, options: LoftRawOptions = {}, into?: Uint32Array): RawMesh {
  const { closeStart = true, closeEnd = true } = options;
  if (R < 2 || n < 3) throw new Error('loftRings needs at least 2 rings of 3 points');
  const caps = (closeStart ? 1 : 0) + (closeEnd ? 1 : 0);
  if (positions.length !== (R * n + caps) * 3) throw new Error('loftFlat: positions must hold the rings and the cap apices');
  const indices = into ?? new Uint32Array(loftIndexCount(R, n, caps));
  let o = R * n * 3;
  let q = 0;
  for (let r = 0; r < R - 1; r++) {
    const a0 = r * n, b0 = (r + 1) * n;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      indices[q++] = a0 + i; indices[q++] = a0 + j; indices[q++] = b0 + j;
      indices[q++] = a0 + i; indices[q++] = b0 + j; indices[q++] = b0 + i;
    }
  }
  const cap = (ri: number, flip: boolean, apex?: Vec3) => {
    const base = ri * n;
    let cx: number, cy: number, cz: number;
    if (apex) { cx = apex[0]; cy = apex[1]; cz = apex[2]; } else {
      let x = 0, y = 0, z = 0;
      for (let i = 0, p = base * 3; i < n; i++, p += 3) { x += positions[p]!; y += positions[p + 1]!; z += positions[p + 2]!; }
      cx = x / n; cy = y / n; cz = z / n;
    }
    const ci = o / 3;
    positions[o++] = cx; positions[o++] = cy; positions[o++] = cz;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      indices[q++] = ci;
      if (flip) { indices[q++] = base + j; indices[q++] = base + i; } else { indices[q++] = base + i; indices[q++] = base + j; }
    }
  };
  if (closeStart) cap(0, true, options.startApex);
  if (closeEnd) cap(R - 1, false, options.endApex);
  return { positions, indices };
}

/** A closed loop of rings (a torus-like tube), the last ring joined back to the first. */
export function loopRaw(rings: readonly (readonly Vec3[])[]): RawMesh {
  const n = rings[0]!.length;
  const R = rings.length;
  const { positions, indices } = rawBuffers(R * n * 3, R * n * 6);
  let o = 0, q = 0;
  for (let r = 0; r < R; r++) {
    const ring = rings[r]!;
    for (let i = 0; i < n; i++) { readVec3(positions, o, ring[i]!); o += 3; }
  }
  for (let r = 0; r < R; r++) {
    const a0 = r * n, b0 = ((r + 1) % R) * n;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      indices[q++] = a0 + i; indices[q++] = a0 + j; indices[q++] = b0 + j;
      indices[q++] = a0 + i; indices[q++] = b0 + j; indices[q++] = b0 + i;
    }
  }
  return { positions, indices };
}

/** A 4×4 affine transform given as its columns: x, y, z axes and the origin. */
export interface Affine { x: Vec3; y: Vec3; z: Vec3; o: Vec3 }

/**
 * Turns a RawMesh into an indexed BufferGeometry: optionally maps positions through `t`, computes smooth
 * area-weighted vertex normals (shared vertices only, so shells stay separate) with typed arrays. With
 * `normals` false the geometry has positions and index only (for a caller that computes its own normals).
 */
export function finishMesh(raw: RawMesh, t?: Affine, normals = true): BufferGeometry {
  const list = leaves(raw);
  let np = 0, ni = 0;
  for (const l of list) { np += l.positions.length; ni += l.indices.length; }
  const big = np / 3 > 65535;
  // Positions, normals and index are views of one buffer (see rawBuffers): one allocation per structure, not three.
  const posBytes = np * 4, norBytes = normals ? np * 4 : 0;
  const buffer = new ArrayBuffer(posBytes + norBytes + ni * (big ? 4 : 2));
  const pos = new Float32Array(buffer, 0, np);
  const idx = big ? new Uint32Array(buffer, posBytes + norBytes, ni) : new Uint16Array(buffer, posBytes + norBytes, ni);
  let po = 0, io = 0;
  const A = t ? affineColumns(t, affineScratch) : undefined;
  for (const l of list) {
    const P = l.positions, I = l.indices;
    // Typed leaves (every generator here) and plain arrays (a caller's own) each get a monomorphic copy.
    if (P instanceof Float64Array) writePositionsTyped(P, pos, po, A);
    else writePositionsArray(P, pos, po, A);
    const off = po / 3;
    // The first part needs no offset: a typed copy (converting to 16 bits where the index is) is native.
    if (off === 0 && I instanceof Uint32Array) idx.set(I, io);
    else if (I instanceof Uint32Array) {
      if (big) writeIndices32(I, idx as Uint32Array, io, off); else writeIndices16(I, idx as Uint16Array, io, off);
    } else writeIndicesArray(I, idx, io, off);
    po += P.length; io += I.length;
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new BufferAttribute(pos, 3));
  if (normals) {
    const nor = new Float32Array(buffer, posBytes, np);
    if (big) accumulateNormals32(pos, idx as Uint32Array, nor);
    else accumulateNormals16(pos, idx as Uint16Array, nor);
    normalizeNormals(nor);
    g.setAttribute('normal', new BufferAttribute(nor, 3));
  }
  g.setIndex(new BufferAttribute(idx, 1));
  return g;
}

/**
 * The affine's columns x, y, z, o as 12 numbers (read through the shared vector reader) into `A`, read once
 * per finishMesh: a fresh 12-double array per mesh part was an off-heap buffer (malloc, then swept at every
 * scavenge) for each of some two thousand parts a model.
 */
function affineColumns(t: Affine, A: Float64Array): Float64Array {
  readVec3(A, 0, t.x); readVec3(A, 3, t.y); readVec3(A, 6, t.z); readVec3(A, 9, t.o);
  return A;
}
/** Scratch for affineColumns: read within one finishMesh call, never kept across calls. */
const affineScratch = new Float64Array(12);

function writePositionsTyped(P: Float64Array, pos: Float32Array, po: number, A?: Float64Array): void {
  if (!A) { pos.set(P, po); return; }
  const x0 = A[0]!, x1 = A[1]!, x2 = A[2]!, y0 = A[3]!, y1 = A[4]!, y2 = A[5]!;
  const z0 = A[6]!, z1 = A[7]!, z2 = A[8]!, o0 = A[9]!, o1 = A[10]!, o2 = A[11]!;
  for (let i = 0; i < P.length; i += 3) {
    const a = P[i]!, b = P[i + 1]!, c = P[i + 2]!;
    pos[po++] = o0 + x0 * a + y0 * b + z0 * c;
    pos[po++] = o1 + x1 * a + y1 * b + z1 * c;
    pos[po++] = o2 + x2 * a + y2 * b + z2 * c;
  }
}

function writePositionsArray(P: ArrayLike<number>, pos: Float32Array, po: number, A?: Float64Array): void {
  if (!A) { for (let i = 0; i < P.length; i++) pos[po++] = P[i]!; return; }
  const x0 = A[0]!, x1 = A[1]!, x2 = A[2]!, y0 = A[3]!, y1 = A[4]!, y2 = A[5]!;
  const z0 = A[6]!, z1 = A[7]!, z2 = A[8]!, o0 = A[9]!, o1 = A[10]!, o2 = A[11]!;
  for (let i = 0; i < P.length; i += 3) {
    const a = P[i]!, b = P[i + 1]!, c = P[i + 2]!;
    pos[po++] = o0 + x0 * a + y0 * b + z0 * c;
    pos[po++] = o1 + x1 * a + y1 * b + z1 * c;
    pos[po++] = o2 + x2 * a + y2 * b + z2 * c;
  }
}

/** One loop per index type: a loop storing into either kind of array was polymorphic, and slow. */
function writeIndices16(I: Uint32Array, idx: Uint16Array, io: number, off: number): void {
  for (let i = 0; i < I.length; i++) idx[io++] = I[i]! + off;
}

function writeIndices32(I: Uint32Array, idx: Uint32Array, io: number, off: number): void {
  for (let i = 0; i < I.length; i++) idx[io++] = I[i]! + off;
}

function writeIndicesArray(I: ArrayLike<number>, idx: Uint16Array | Uint32Array, io: number, off: number): void {
  for (let i = 0; i < I.length; i++) idx[io++] = I[i]! + off;
}

/** Area-weighted vertex normals (monomorphic typed-array loops, one per index type). */
function accumulateNormals16(pos: Float32Array, idx: Uint16Array, nor: Float32Array): void {
  for (let f = 0; f < idx.length; f += 3) {
    const ia = idx[f]! * 3, ib = idx[f + 1]! * 3, ic = idx[f + 2]! * 3;
    const ux = pos[ib]! - pos[ia]!, uy = pos[ib + 1]! - pos[ia + 1]!, uz = pos[ib + 2]! - pos[ia + 2]!;
    const vx = pos[ic]! - pos[ia]!, vy = pos[ic + 1]! - pos[ia + 1]!, vz = pos[ic + 2]! - pos[ia + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    nor[ia]! += nx; nor[ia + 1]! += ny; nor[ia + 2]! += nz;
    nor[ib]! += nx; nor[ib + 1]! += ny; nor[ib + 2]! += nz;
    nor[ic]! += nx; nor[ic + 1]! += ny; nor[ic + 2]! += nz;
  }
}

function accumulateNormals32(pos: Float32Array, idx: Uint32Array, nor: Float32Array): void {
  for (let f = 0; f < idx.length; f += 3) {
    const ia = idx[f]! * 3, ib = idx[f + 1]! * 3, ic = idx[f + 2]! * 3;
    const ux = pos[ib]! - pos[ia]!, uy = pos[ib + 1]! - pos[ia + 1]!, uz = pos[ib + 2]! - pos[ia + 2]!;
    const vx = pos[ic]! - pos[ia]!, vy = pos[ic + 1]! - pos[ia + 1]!, vz = pos[ic + 2]! - pos[ia + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    nor[ia]! += nx; nor[ia + 1]! += ny; nor[ia + 2]! += nz;
    nor[ib]! += nx; nor[ib + 1]! += ny; nor[ib + 2]! += nz;
    nor[ic]! += nx; nor[ic + 1]! += ny; nor[ic + 2]! += nz;
  }
}

function normalizeNormals(nor: Float32Array): void {
  for (let i = 0; i < nor.length; i += 3) {
    const l = Math.sqrt(nor[i]! * nor[i]! + nor[i + 1]! * nor[i + 1]! + nor[i + 2]! * nor[i + 2]!) || 1;
    nor[i]! /= l; nor[i + 1]! /= l; nor[i + 2]! /= l;
  }
}

