import { BufferGeometry, Float32BufferAttribute, Uint32BufferAttribute } from 'three';
import { vertexNormalsLikeThree } from './normalsLikeThree';
import { giveScratch, takeScratch } from './scratch';

/**
 * Exact area-weighted normals are written straight into a typed array (as three's computeVertexNormals does,
 * float32 accumulation included), so the mesh matches three's own normals bit for bit at a fraction of the cost.
 *
 * Surface nets (dual contouring without normals) of the zero level set of `field` (negative inside), on a
 * regular grid of spacing `step` inside [min, max]. Watertight, edge-manifold and wound outward by
 * construction, as long as the surface stays inside the box.
 *
 * Cost follows the surface, not the volume: a coarse pass (every `coarse` nodes) finds sign changes, each
 * seeds the fine cell it crosses, and a flood fill walks from surface cell to surface cell through the
 * faces the surface crosses, evaluating the field lazily. Ambiguous (checkerboard) faces are resolved with
 * the bilinear saddle value so that every dual edge has exactly two quads.
 * A surface component smaller than the coarse spacing may be missed (it is then absent, never torn).
 */
export interface SurfaceNetsOptions {
  min: [number, number, number];
  max: [number, number, number];
  step: number;
  coarse?: number;
  /** Empty margin around [min, max], in cells (default: `coarse`). */
  pad?: number;
  /** Taubin smoothing passes on the vertices (removes the grid's terracing without shrinking). Default 2. */
  smooth?: number;
}

export function surfaceNets(field: (x: number, y: number, z: number) => number, o: SurfaceNetsOptions): BufferGeometry {
  const h = o.step;
  const c = o.coarse ?? 3;
  const pad = (o.pad ?? c) * h;
  const x0 = o.min[0] - pad, y0 = o.min[1] - pad, z0 = o.min[2] - pad;
  const ncx = Math.ceil((o.max[0] - o.min[0] + 2 * pad) / (c * h));
  const ncy = Math.ceil((o.max[1] - o.min[1] + 2 * pad) / (c * h));
  const ncz = Math.ceil((o.max[2] - o.min[2] + 2 * pad) / (c * h));
  const nx = ncx * c + 1, ny = ncy * c + 1, nz = ncz * c + 1;
  const sxy = nx * ny;
  const cx = nx - 1, cy = ny - 1, cz = nz - 1, cxy = cx * cy;
  // Node values (NaN: not evaluated yet), cell states and cell vertices live in pooled scratch buffers.
  const F = takeScratch('f32', nx * ny * nz).fill(NaN, 0, nx * ny * nz);
  /** Evaluates the field at node `id` (not yet known) into F. */
  const fillNode = (id: number): void => {
    const i = id % nx, j = ((id - i) / nx) % ny, k = Math.floor(id / sxy);
    const v = field(x0 + i * h, y0 + j * h, z0 + k * h);
    F[id] = v === 0 ? 1e-6 : v;
  };
  const val = (id: number): number => {
    if (F[id]! !== F[id]!) fillNode(id);
    return F[id]!;
  };
  /** 1 when node `id` is inside (negative), evaluating it first if needed; no boxed number on the way. */
  const inside = (id: number): number => {
    if (F[id]! !== F[id]!) fillNode(id);
    return F[id]! < 0 ? 1 : 0;
  };
  const off = [0, 1, nx, nx + 1, sxy, sxy + 1, sxy + nx, sxy + nx + 1];

  // Seeds: sign changes along the coarse grid's edges, refined to the fine edge that carries them.
  const queue: number[] = [];
  const cellOfNode = (n: number, di: number, dj: number, dk: number) => {
    const i = (n % nx) + di, j = (((n - (n % nx)) / nx) % ny) + dj, k = Math.floor(n / sxy) + dk;
    return i >= 0 && j >= 0 && k >= 0 && i < cx && j < cy && k < cz ? i + j * cx + k * cxy : -1;
  };
  // The four cells around a fine edge from node m along axis 0 (x), 1 (y) or 2 (z), in surfaceNets.ts's order.
  const seedEdge = (a: number, stride: number, axis: 0 | 1 | 2) => {
    let prev = val(a);
    for (let s = 1; s <= c; s++) {
      const b = a + stride * s;
      const v = val(b);
      if ((prev < 0) !== (v < 0)) {
        const m = b - stride;
        if (axis === 0) queue.push(cellOfNode(m, 0, -1, -1), cellOfNode(m, 0, 0, -1), cellOfNode(m, 0, -1, 0), cellOfNode(m, 0, 0, 0));
        else if (axis === 1) queue.push(cellOfNode(m, -1, 0, -1), cellOfNode(m, 0, 0, -1), cellOfNode(m, -1, 0, 0), cellOfNode(m, 0, 0, 0));
        else queue.push(cellOfNode(m, -1, -1, 0), cellOfNode(m, 0, -1, 0), cellOfNode(m, -1, 0, 0), cellOfNode(m, 0, 0, 0));
      }
      prev = v;
    }
  };
  for (let K = 0; K <= ncz; K++) for (let J = 0; J <= ncy; J++) for (let I = 0; I <= ncx; I++) {
    const n = I * c + J * c * nx + K * c * sxy;
    const v = val(n);
    if (I < ncx && (v < 0) !== (val(n + c) < 0)) seedEdge(n, 1, 0);
    if (J < ncy && (v < 0) !== (val(n + c * nx) < 0)) seedEdge(n, nx, 1);
    if (K < ncz && (v < 0) !== (val(n + c * sxy) < 0)) seedEdge(n, sxy, 2);
  }

  // Flood fill over surface cells through crossed faces.
  const state = takeScratch('u8', cx * cy * cz).fill(0, 0, cx * cy * cz); // 0 unseen, 1 surface cell, 2 seen and empty
  // Corner signs of each surface cell as last walked (bit c: corner c inside): a cell's state goes back to
  // unseen, and it is walked again, whenever one of its corners is nudged, so the mask of a cell in state 1 is current.
  const signs = takeScratch('u8', cx * cy * cz);
  const surface: number[] = [];
  const flood = () => {
    while (queue.length) {
      const cell = queue.pop()!;
      if (cell < 0 || state[cell]) continue;
      const i = cell % cx, j = ((cell - i) / cx) % cy, k = (cell - i - j * cx) / cxy;
      const n0 = i + j * nx + k * sxy;
      const v0 = inside(n0), v1 = inside(n0 + 1), v2 = inside(n0 + nx), v3 = inside(n0 + nx + 1);
      const v4 = inside(n0 + sxy), v5 = inside(n0 + sxy + 1), v6 = inside(n0 + sxy + nx), v7 = inside(n0 + sxy + nx + 1);
      const neg = v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7;
      if (neg === 0 || neg === 8) { state[cell] = 2; continue; }
      state[cell] = 1;
      signs[cell] = v0 | (v1 << 1) | (v2 << 2) | (v3 << 3) | (v4 << 4) | (v5 << 5) | (v6 << 6) | (v7 << 7);
      surface.push(cell);
      // A face is crossed when its four corners disagree. (A neighbour already settled is not queued: during a
      // walk a state only goes from unseen to settled, so surfaceNets.ts would skip it when popped.)
      let f: number;
      f = v0 + v2 + v4 + v6; if (f > 0 && f < 4 && i > 0 && !state[cell - 1]) queue.push(cell - 1);
      f = v1 + v3 + v5 + v7; if (f > 0 && f < 4 && i < cx - 1 && !state[cell + 1]) queue.push(cell + 1);
      f = v0 + v1 + v4 + v5; if (f > 0 && f < 4 && j > 0 && !state[cell - cx]) queue.push(cell - cx);
      f = v2 + v3 + v6 + v7; if (f > 0 && f < 4 && j < cy - 1 && !state[cell + cx]) queue.push(cell + cx);
      f = v0 + v1 + v2 + v3; if (f > 0 && f < 4 && k > 0 && !state[cell - cxy]) queue.push(cell - cxy);
      f = v4 + v5 + v6 + v7; if (f > 0 && f < 4 && k < cz - 1 && !state[cell + cxy]) queue.push(cell + cxy);
    }
  };
  flood();

  // Resolve ambiguous faces of surface cells. A nudged node changes the 8 cells around it: those are
  // re-examined (and the walk continues from them), until no face is ambiguous.
  const EPS = 1e-4 * h;
  const requeueAround = (node: number) => {
    const i = node % nx, j = ((node - i) / nx) % ny, k = (node - i - j * nx) / sxy;
    for (let dk = -1; dk <= 0; dk++) for (let dj = -1; dj <= 0; dj++) for (let di = -1; di <= 0; di++) {
      const ci = i + di, cj = j + dj, ck = k + dk;
      if (ci < 0 || cj < 0 || ck < 0 || ci >= cx || cj >= cy || ck >= cz) continue;
      const cell = ci + cj * cx + ck * cxy;
      state[cell] = 0;
      queue.push(cell);
    }
  };
  let scan = 0;
  for (let pass = 0; pass < 8; pass++) {
    let changed = 0;
    const upto = surface.length;
    for (let s = scan; s < upto; s++) {
      const cell = surface[s]!;
      if (state[cell] !== 1) continue;
      // Most cells have no ambiguous face: decided from the corners' signs by table.
      if (!AMBIGUOUS[signs[cell]!]) continue;
      const i = cell % cx, j = ((cell - i) / cx) % cy, k = (cell - i - j * cx) / cxy;
      const n0 = i + j * nx + k * sxy;
      for (let q = 0; q < 24; q += 4) {
        // (a, d) and (b, c) are the diagonals of the face.
        const ia = n0 + off[FACES[q]!]!, ib = n0 + off[FACES[q + 1]!]!, ic = n0 + off[FACES[q + 2]!]!, id = n0 + off[FACES[q + 3]!]!;
        const a = F[ia]!, b = F[ib]!, cc = F[ic]!, d = F[id]!;
        const sa = a < 0, sb = b < 0;
        if (sa === sb || (d < 0) !== sa || (cc < 0) !== sb) continue;
        const den = a + d - b - cc;
        const saddle = den === 0 ? 0 : (a * d - b * cc) / den;
        let ip: number;
        if (saddle < 0) { ip = sa ? (Math.abs(b) < Math.abs(cc) ? ib : ic) : (Math.abs(a) < Math.abs(d) ? ia : id); F[ip] = -EPS; }
        else { ip = sa ? (Math.abs(a) < Math.abs(d) ? ia : id) : (Math.abs(b) < Math.abs(cc) ? ib : ic); F[ip] = EPS; }
        requeueAround(ip);
        changed++;
      }
    }
    scan = 0;
    if (!changed) break;
    flood();
  }
  // The final surface cells (each once).
  let kept = 0;
  for (let s = 0; s < surface.length; s++) { const cell = surface[s]!; if (state[cell] === 1) { state[cell] = 3; surface[kept++] = cell; } }
  surface.length = kept;

  // One vertex per surface cell at the mean of its edge crossings.
  // Written for the final surface cells (state 3) only, and read through `vert`: no reset of the whole grid.
  const cellVert = takeScratch('i32', cx * cy * cz);
  const vert = (cell: number) => (state[cell] === 3 ? cellVert[cell]! : -1);
  const pos = new Float32Array(surface.length * 3);
  let nv = 0;
  for (let s = 0; s < surface.length; s++) {
    const cell = surface[s]!;
    const i = cell % cx, j = ((cell - i) / cx) % cy, k = Math.floor(cell / cxy);
    const n0 = i + j * nx + k * sxy;
    const c0 = F[n0]!, c1 = F[n0 + 1]!, c2 = F[n0 + nx]!, c3 = F[n0 + nx + 1]!;
    const c4 = F[n0 + sxy]!, c5 = F[n0 + sxy + 1]!, c6 = F[n0 + sxy + nx]!, c7 = F[n0 + sxy + nx + 1]!;
    // The 12 edges in a fixed order (x edges, then y, then z), each crossing adding its corner offsets
    // (0 or 1) and its fraction t along the edge: the sums, and so the vertex, do not depend on the loop form.
    let px = 0, py = 0, pz = 0, cnt = 0, t = 0;
    if ((c0 < 0) !== (c1 < 0)) { t = c0 / (c0 - c1); px += t; cnt++; }
    if ((c2 < 0) !== (c3 < 0)) { t = c2 / (c2 - c3); px += t; py += 1; cnt++; }
    if ((c4 < 0) !== (c5 < 0)) { t = c4 / (c4 - c5); px += t; pz += 1; cnt++; }
    if ((c6 < 0) !== (c7 < 0)) { t = c6 / (c6 - c7); px += t; py += 1; pz += 1; cnt++; }
    if ((c0 < 0) !== (c2 < 0)) { t = c0 / (c0 - c2); py += t; cnt++; }
    if ((c1 < 0) !== (c3 < 0)) { t = c1 / (c1 - c3); px += 1; py += t; cnt++; }
    if ((c4 < 0) !== (c6 < 0)) { t = c4 / (c4 - c6); py += t; pz += 1; cnt++; }
    if ((c5 < 0) !== (c7 < 0)) { t = c5 / (c5 - c7); px += 1; py += t; pz += 1; cnt++; }
    if ((c0 < 0) !== (c4 < 0)) { t = c0 / (c0 - c4); pz += t; cnt++; }
    if ((c1 < 0) !== (c5 < 0)) { t = c1 / (c1 - c5); px += 1; pz += t; cnt++; }
    if ((c2 < 0) !== (c6 < 0)) { t = c2 / (c2 - c6); py += 1; pz += t; cnt++; }
    if ((c3 < 0) !== (c7 < 0)) { t = c3 / (c3 - c7); px += 1; py += 1; pz += t; cnt++; }
    cellVert[cell] = nv;
    pos[nv * 3] = x0 + (i + px / cnt) * h; pos[nv * 3 + 1] = y0 + (j + py / cnt) * h; pos[nv * 3 + 2] = z0 + (k + pz / cnt) * h;
    nv++;
  }

  // One quad per crossed grid edge: each surface cell emits the quads of the three edges at its min corner.
  const index = takeScratch('u32', surface.length * 18);
  let ni = 0;
  const quad = (a: number, b: number, cc: number, d: number) => {
    if (a < 0 || b < 0 || cc < 0 || d < 0) return;
    const d1 = (pos[a * 3]! - pos[cc * 3]!) ** 2 + (pos[a * 3 + 1]! - pos[cc * 3 + 1]!) ** 2 + (pos[a * 3 + 2]! - pos[cc * 3 + 2]!) ** 2;
    const d2 = (pos[b * 3]! - pos[d * 3]!) ** 2 + (pos[b * 3 + 1]! - pos[d * 3 + 1]!) ** 2 + (pos[b * 3 + 2]! - pos[d * 3 + 2]!) ** 2;
    if (d1 <= d2) { index[ni++] = a; index[ni++] = b; index[ni++] = cc; index[ni++] = a; index[ni++] = cc; index[ni++] = d; }
    else { index[ni++] = a; index[ni++] = b; index[ni++] = d; index[ni++] = b; index[ni++] = cc; index[ni++] = d; }
  };
  for (const cell of surface) {
    // Corners 0, 1, 2 and 4 of the cell: its node and the far ends of the x, y and z edges from it.
    const m = signs[cell]!;
    const in0 = (m & 1) === 1;
    const i = cell % cx, j = ((cell - i) / cx) % cy, k = Math.floor(cell / cxy);
    if (j > 0 && k > 0) {
      if (in0 !== ((m & 2) === 2)) {
        const a = vert(cell - cx - cxy), b = vert(cell - cxy), cc = cellVert[cell]!, d = vert(cell - cx);
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
    if (i > 0 && k > 0) {
      if (in0 !== ((m & 4) === 4)) {
        const a = vert(cell - 1 - cxy), b = vert(cell - 1), cc = cellVert[cell]!, d = vert(cell - cxy);
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
    if (i > 0 && j > 0) {
      if (in0 !== ((m & 16) === 16)) {
        const a = vert(cell - 1 - cx), b = vert(cell - cx), cc = cellVert[cell]!, d = vert(cell - 1);
        if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
      }
    }
  }
  giveScratch('f32', F); giveScratch('u8', state); giveScratch('u8', signs); giveScratch('i32', cellVert);
  const I = index.slice(0, ni);
  giveScratch('u32', index);
  const smoothed = taubin(pos, nv, I, ni, o.smooth ?? 2);
  // pos holds exactly nv vertices: the smoothed result is kept as it is when it is pos itself.
  const P = smoothed === pos ? pos : smoothed.slice(0, nv * 3);
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(P, 3));
  g.setAttribute('normal', new Float32BufferAttribute(vertexNormalsLikeThree(P, nv, I), 3));
  g.setIndex(new Uint32BufferAttribute(I, 1));
  return g;
}

/** Face corner quadruples (a, b, c, d) of a cell (corner c at offset off[c]): a face is ambiguous when a, d agree, b, c agree and a, b differ. */
const FACES = [0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 4, 5, 2, 3, 6, 7, 0, 2, 4, 6, 1, 3, 5, 7];
/** 1 for the corner sign masks (bit c: corner c inside) that have an ambiguous face. */
const AMBIGUOUS = (() => {
  const t = new Uint8Array(256);
  for (let m = 0; m < 256; m++) {
    for (let q = 0; q < 24; q += 4) {
      const a = (m >> FACES[q]!) & 1, b = (m >> FACES[q + 1]!) & 1, c = (m >> FACES[q + 2]!) & 1, d = (m >> FACES[q + 3]!) & 1;
      if (a !== b && d === a && c === b) t[m] = 1;
    }
  }
  return t;
})();

/** Taubin λ|μ smoothing over the mesh's edges (each pass: shrink by λ, inflate by μ); returns the smoothed positions. */
function taubin(pos: Float32Array, nv: number, index: Uint32Array, ni: number, passes: number): Float32Array {
  if (passes <= 0 || nv === 0) return pos;
  // Vertex adjacency in CSR form, each neighbour once: the mesh is closed and consistently wound, so every
  // edge a→b appears in exactly one triangle in that direction (surfaceNets.ts lists each neighbour twice;
  // the mean is the same).
  // start (nv + 1 entries), the fill cursors (nv) and the neighbour lists (ni) in one pooled buffer.
  const work = takeScratch('u32', 2 * nv + 1 + ni);
  const start = 0, fill = nv + 1, adj = 2 * nv + 1;
  work.fill(0, 0, nv + 1);
  for (let t = 0; t < ni; t++) work[start + index[t]! + 1]!++;
  for (let i = 0; i < nv; i++) { work[start + i + 1]! += work[start + i]!; work[fill + i] = work[start + i]!; }
  for (let t = 0; t < ni; t += 3) {
    const a = index[t]!, b = index[t + 1]!, c = index[t + 2]!;
    work[adj + work[fill + a]!++] = b; work[adj + work[fill + b]!++] = c; work[adj + work[fill + c]!++] = a;
  }
  // An even number of half passes: the result always ends in pos, and the other buffer is scratch.
  const other = takeScratch('f32', nv * 3);
  let src: Float32Array = pos, dst: Float32Array = other;
  for (let p = 0; p < passes * 2; p++) {
    const factor = p % 2 === 0 ? 0.5 : -0.53;
    for (let i = 0, o = 0; i < nv; i++, o += 3) {
      let sx = 0, sy = 0, sz = 0;
      const s0 = work[start + i]!, s1 = work[start + i + 1]!;
      for (let k = s0; k < s1; k++) { const j = work[adj + k]! * 3; sx += src[j]!; sy += src[j + 1]!; sz += src[j + 2]!; }
      const inv = 1 / (s1 - s0 || 1);
      const x = src[o]!, y = src[o + 1]!, z = src[o + 2]!;
      dst[o] = x + factor * (sx * inv - x);
      dst[o + 1] = y + factor * (sy * inv - y);
      dst[o + 2] = z + factor * (sz * inv - z);
    }
    const t = src; src = dst; dst = t;
  }
  giveScratch('u32', work);
  giveScratch('f32', other);
  return src;
}
