import { BufferAttribute, BufferGeometry } from 'three';
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
  /**
   * One Newton step of every (smoothed) vertex onto the zero set: the field at the vertex, along the gradient of
   * the trilinear interpolant of its cell's corners (no extra evaluation for it). Costs one evaluation per
   * vertex and lets a coarser grid keep the shape. Default false.
   */
  project?: boolean;
  /** Vertex normals in the geometry (default true; a caller that merges the mesh first and recomputes them skips them). */
  normals?: boolean;
  /**
   * The field is mirror-symmetric in the plane x = 0 (f(−x, y, z) = f(x, y, z)). The lattice's x extent is then
   * centred on x = 0, with a column of cells across it (so a row of vertices lies on the midline: a node plane
   * there would cut a midline ridge with the chords between x = ±step / 2); only the half x > 0 is evaluated,
   * walked, smoothed and projected, and the other half of the mesh is its exact reflection (about half the
   * field evaluations and half the walk). The x extent becomes at least ±max(|min.x|, |max.x|). Default false.
   */
  mirrorX?: boolean;
}

/**
 * The field at a grid node. `row` numbers the node's (y, z) grid line, so a field whose cost is mostly a
 * function of y and z can cache that part per row (row = j + k · ny; every node on one line shares it);
 * −1 for a point off the grid lines (a vertex being projected).
 */
export type NetsField = (x: number, y: number, z: number, row: number) => number;

/**
 * The same field evaluated in place: `at(row)` reads the point from io[0 … 2] and leaves the value in io[3].
 * A number passed to or returned from a call that is not inlined is boxed (a 16-byte heap object each), and a
 * field too large to inline cost four of them per node: some 0.6 MB of garbage per mesh, which is what brings
 * the next scavenge on. Numbers written to and read from a Float64Array are not boxed.
 */
export interface NetsFieldInPlace {
  io: Float64Array;
  at(row: number): void;
}

export function surfaceNets(field: NetsField | NetsFieldInPlace, o: SurfaceNetsOptions): BufferGeometry {
  const { positions: P, indices: I, vertices: nv, mirror } = surfaceNetsRaw(field, o);
  const g = new BufferGeometry();
  // (The arrays are fresh and the geometry's own: Float32BufferAttribute would copy them.)
  g.setAttribute('position', new BufferAttribute(P, 3));
  if (o.normals !== false) g.setAttribute('normal', new BufferAttribute(mirror ? mirroredNormals(P, nv, I, mirror) : vertexNormalsLikeThree(P, nv, I), 3));
  g.setIndex(new BufferAttribute(I, 1));
  return g;
}

/** Grid lines (y, z) of the node lattice `surfaceNets` walks for these options: rows are numbered j + k · ny, j < ny, k < nz. */
export function netsRows(o: SurfaceNetsOptions): { ny: number; nz: number } {
  const c = o.coarse ?? 3, h = o.step, pad = (o.pad ?? c) * h;
  return { ny: Math.ceil((o.max[1] - o.min[1] + 2 * pad) / (c * h)) * c + 1, nz: Math.ceil((o.max[2] - o.min[2] + 2 * pad) / (c * h)) * c + 1 };
}

/** Surface nets as plain arrays: float32 positions (vertices · 3) and triangle indices. */
export function surfaceNetsRaw(field: NetsField | NetsFieldInPlace, o: SurfaceNetsOptions): { positions: Float32Array; indices: Uint32Array; vertices: number; mirror?: MirrorPairs } {
  const h = o.step;
  const c = o.coarse ?? 3;
  const pad = (o.pad ?? c) * h;
  const mirror = o.mirrorX === true;
  // Mirrored, the lattice holds the half x > 0 only, and the two node planes left of it: node 0 (border) at
  // x = −1.5 h, node 1 at −0.5 h, node 2 at 0.5 h and so on. Node 1 is the mirror image of node 2 and holds
  // its value; the cell column xc = 1 between them is cut in half by x = 0; the coarse grid starts at node 1.
  const xc = 1, sx0 = mirror ? 1 : 0;
  const call = typeof field === 'function' ? field : undefined;
  const inPlace = typeof field === 'function' ? undefined : field;
  const io = inPlace ? inPlace.io : undefined;
  const value = (x: number, y: number, z: number, row: number): number => {
    if (call) return call(x, y, z, row);
    io![0] = x; io![1] = y; io![2] = z;
    inPlace!.at(row);
    return io![3]!;
  };
  const x0 = mirror ? -1.5 * h : o.min[0] - pad, y0 = o.min[1] - pad, z0 = o.min[2] - pad;
  const ncx = Math.ceil((mirror ? Math.max(-o.min[0], o.max[0]) + pad : o.max[0] - o.min[0] + 2 * pad) / (c * h));
  const ncy = Math.ceil((o.max[1] - o.min[1] + 2 * pad) / (c * h));
  const ncz = Math.ceil((o.max[2] - o.min[2] + 2 * pad) / (c * h));
  const nx = ncx * c + 1 + 2 * sx0, ny = ncy * c + 1, nz = ncz * c + 1;
  const sxy = nx * ny, nn = sxy * nz;
  // Node values (NaN: not evaluated yet), cell states and cell vertices live in pooled scratch buffers.
  // A cell is named by its lowest node, so the cell arrays have one entry per node and a neighbour cell is
  // cell ± 1, ± nx, ± sxy: no division in the walk.
  const F = takeScratch('f32', nn).fill(NaN, 0, nn);
  // Node index → (i, j, k) by multiplying with the reciprocals and correcting the rounding (a division and a
  // floor per coordinate cost more than the rest of a walk step). The result is left in ijk.
  const isxy = 1 / sxy, inx = 1 / nx;
  const ijk = new Int32Array(3);
  const decode = (id: number): void => {
    let k = (id * isxy) | 0, r = id - k * sxy;
    if (r < 0) { k--; r += sxy; } else if (r >= sxy) { k++; r -= sxy; }
    let j = (r * inx) | 0, i = r - j * nx;
    if (i < 0) { j--; i += nx; } else if (i >= nx) { j++; i -= nx; }
    ijk[0] = i; ijk[1] = j; ijk[2] = k;
  };
  /** Evaluates the field at node `id` (not yet known) into F. */
  const fillNode = (id: number): void => {
    decode(id);
    const i = ijk[0]!, j = ijk[1]!, k = ijk[2]!;
    if (mirror && i <= xc) {
      // Left of the plane (only node 1 is read): the mirror node's value, evaluated for both if needed.
      const m = id + 2 * (xc - i) + 1;
      if (F[m]! !== F[m]!) evalNode(m, 2 * xc + 1 - i, j, k);
      F[id] = F[m]!;
      return;
    }
    evalNode(id, i, j, k);
  };
  /** The field at node (i, j, k) into F[id]; no number crosses a call that may not be inlined (see NetsFieldInPlace). */
  const evalNode = (id: number, i: number, j: number, k: number): void => {
    const x = x0 + i * h, y = y0 + j * h, z = z0 + k * h, row = j + k * ny;
    let v: number;
    if (call) v = call(x, y, z, row);
    else { io![0] = x; io![1] = y; io![2] = z; inPlace!.at(row); v = io![3]!; }
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

  // Cell states: 0 unseen, 1 surface cell, 2 seen and empty, 3 final surface cell, 4 border. The cells on the
  // faces of the lattice (and the node planes past its last cells) are border: never walked, so the neighbours
  // of every walked cell exist. The pad keeps the surface away from them.
  // Mirrored, the walk is folded onto the cells from the column xc on (a step from cell xc to its left
  // neighbour, the border, would be to the mirror image of its right one, which the walk takes anyway), and a
  // path over the whole surface folds onto one over that half, so the half walk finds every cell that the
  // whole walk would, or its mirror image.
  const state = takeScratch('u8', nn).fill(0, 0, nn);
  for (let k = 0; k < nz; k++) {
    const kb = k === 0 || k >= nz - 2;
    for (let j = 0; j < ny; j++) {
      const b = k * sxy + j * nx;
      if (kb || j === 0 || j >= ny - 2) { state.fill(4, b, b + nx); continue; }
      state[b] = 4; state[b + nx - 2] = 4; state[b + nx - 1] = 4;
    }
  }

  // Seeds: sign changes along the coarse grid's edges, refined to the fine edge that carries them.
  const queue = new IntStack(1024);
  // The four cells around a fine edge from node m along axis 0 (x), 1 (y) or 2 (z).
  const seedEdge = (a: number, stride: number, axis: 0 | 1 | 2) => {
    let prev = val(a);
    for (let s = 1; s <= c; s++) {
      const b = a + stride * s;
      const v = val(b);
      if ((prev < 0) !== (v < 0)) {
        const m = b - stride;
        // (The four cells around the fine edge from m, in a fixed order.)
        const u = axis === 0 ? nx : 1, v = axis === 2 ? nx : sxy;
        queue.push(m - u - v); queue.push(m - v); queue.push(m - u); queue.push(m);
      }
      prev = v;
    }
  };
  for (let K = 0; K <= ncz; K++) for (let J = 0; J <= ncy; J++) for (let I = 0; I <= ncx; I++) {
    const n = sx0 + I * c + J * c * nx + K * c * sxy;
    const v = val(n);
    if (I < ncx && (v < 0) !== (val(n + c) < 0)) seedEdge(n, 1, 0);
    if (J < ncy && (v < 0) !== (val(n + c * nx) < 0)) seedEdge(n, nx, 1);
    if (K < ncz && (v < 0) !== (val(n + c * sxy) < 0)) seedEdge(n, sxy, 2);
  }

  // Flood fill over surface cells through crossed faces.
  // Corner signs of each surface cell as last walked (bit c: corner c inside): a cell's state goes back to
  // unseen, and it is walked again, whenever one of its corners is nudged, so the mask of a cell in state 1 is current.
  const signs = takeScratch('u8', nn);
  const surface = new IntStack(1024);
  const flood = () => {
    while (queue.n) {
      const n0 = queue.pop()!;
      // Seeds next to the lattice's faces may lie outside it (negative or past the end: undefined, not 0).
      if (state[n0] !== 0) continue;
      const v0 = inside(n0), v1 = inside(n0 + 1), v2 = inside(n0 + nx), v3 = inside(n0 + nx + 1);
      const v4 = inside(n0 + sxy), v5 = inside(n0 + sxy + 1), v6 = inside(n0 + sxy + nx), v7 = inside(n0 + sxy + nx + 1);
      const mask = v0 | (v1 << 1) | (v2 << 2) | (v3 << 3) | (v4 << 4) | (v5 << 5) | (v6 << 6) | (v7 << 7);
      if (mask === 0 || mask === 255) { state[n0] = 2; continue; }
      state[n0] = 1;
      signs[n0] = mask;
      surface.push(n0);
      // The neighbours across the faces whose four corners disagree (CROSSED, by the corner mask), in a fixed
      // order. (A neighbour already settled is not queued: during a walk a state only goes from unseen to
      // settled, so it would be skipped when popped.)
      const f = CROSSED[mask]!;
      if ((f & 1) !== 0 && !state[n0 - 1]) queue.push(n0 - 1);
      if ((f & 2) !== 0 && !state[n0 + 1]) queue.push(n0 + 1);
      if ((f & 4) !== 0 && !state[n0 - nx]) queue.push(n0 - nx);
      if ((f & 8) !== 0 && !state[n0 + nx]) queue.push(n0 + nx);
      if ((f & 16) !== 0 && !state[n0 - sxy]) queue.push(n0 - sxy);
      if ((f & 32) !== 0 && !state[n0 + sxy]) queue.push(n0 + sxy);
    }
  };
  flood();

  // Resolve ambiguous faces of surface cells. A nudged node changes the 8 cells around it: those are
  // re-examined (and the walk continues from them), until no face is ambiguous.
  const EPS = 1e-4 * h;
  const requeueAround = (node: number) => {
    // In the order (dk, dj, di) = (−1, −1, −1) … (0, 0, 0): the walk, and so the vertex order, is fixed.
    for (let q = 7; q >= 0; q--) {
      const cell = node - off[q]!;
      if (cell < 0 || state[cell] === 4) continue;
      state[cell] = 0;
      queue.push(cell);
    }
  };
  // A node is nudged with its mirror image where that one is read (nodes xc and xc + 1, the column xc's).
  const nudge = (id: number, v: number) => {
    F[id] = v;
    requeueAround(id);
    if (!mirror) return;
    decode(id);
    const i = ijk[0]!;
    if (i !== xc && i !== xc + 1) return;
    const m = id + 2 * (xc - i) + 1;
    F[m] = v;
    requeueAround(m);
  };
  // The saddle rule can oscillate between two neighbouring faces (nudging a node in for one face makes the
  // other ambiguous, whose fix nudges it back out). From the fourth pass every nudge moves an inside node out:
  // the inside nodes then only decrease, so the passes end, and no ambiguous face is left.
  for (let pass = 0; pass < 64; pass++) {
    const outward = pass >= 3;
    let changed = 0;
    const upto = surface.n;
    for (let s = 0; s < upto; s++) {
      const n0 = surface.a[s]!;
      if (state[n0] !== 1) continue;
      // Most cells have no ambiguous face: decided from the corners' signs by table.
      if (!AMBIGUOUS[signs[n0]!]) continue;
      for (let q = 0; q < 24; q += 4) {
        // (a, d) and (b, c) are the diagonals of the face.
        const ia = n0 + off[FACES[q]!]!, ib = n0 + off[FACES[q + 1]!]!, ic = n0 + off[FACES[q + 2]!]!, id = n0 + off[FACES[q + 3]!]!;
        const a = F[ia]!, b = F[ib]!, cc = F[ic]!, d = F[id]!;
        const sa = a < 0, sb = b < 0;
        if (sa === sb || (d < 0) !== sa || (cc < 0) !== sb) continue;
        const den = a + d - b - cc;
        const saddle = den === 0 ? 0 : (a * d - b * cc) / den;
        let ip: number;
        if (outward) { ip = sa ? (Math.abs(a) < Math.abs(d) ? ia : id) : (Math.abs(b) < Math.abs(cc) ? ib : ic); nudge(ip, EPS); }
        else if (saddle < 0) { ip = sa ? (Math.abs(b) < Math.abs(cc) ? ib : ic) : (Math.abs(a) < Math.abs(d) ? ia : id); nudge(ip, -EPS); }
        else { ip = sa ? (Math.abs(a) < Math.abs(d) ? ia : id) : (Math.abs(b) < Math.abs(cc) ? ib : ic); nudge(ip, EPS); }
        changed++;
      }
    }
    if (!changed) break;
    flood();
  }
  // The final surface cells (each once).
  let kept = 0;
  const cells = surface.a;
  for (let s = 0; s < surface.n; s++) { const n0 = cells[s]!; if (state[n0] === 1) { state[n0] = 3; cells[kept++] = n0; } }
  const ns = kept;
  // Mirrored: the vertices of the cells right of the column xc are followed by their reflections; those of
  // the column itself lie on x = 0.
  const mir = mirror ? new MirrorPairs(ns) : undefined;

  // One vertex per surface cell at the mean of its edge crossings.
  // Written for the final surface cells (state 3) only, and read through `vert`: no reset of the whole grid.
  const cellVert = takeScratch('i32', nn);
  const vert = (cell: number) => (state[cell] === 3 ? cellVert[cell]! : -1);
  let pos = new Float32Array((mirror ? 2 * ns : ns) * 3);
  let nv = 0;
  for (let s = 0; s < ns; s++) {
    const n0 = cells[s]!;
    decode(n0);
    const i = ijk[0]!, j = ijk[1]!, k = ijk[2]!;
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
    cellVert[n0] = nv;
    // (A cell of the column xc has mirror-image corners: its vertex lies on x = 0, exactly.)
    pos[nv * 3] = mirror && i === xc ? 0 : x0 + (i + px / cnt) * h; pos[nv * 3 + 1] = y0 + (j + py / cnt) * h; pos[nv * 3 + 2] = z0 + (k + pz / cnt) * h;
    if (mir && i === xc) { mir.centre[mir.nc++] = nv; mir.twin[nv] = nv; }
    nv++;
  }
  if (mir) {
    const twin = mir.twin;
    for (let v = 0; v < ns; v++) {
      if (twin[v] === v) continue;
      twin[v] = nv; twin[nv] = v;
      pos[nv * 3] = -pos[v * 3]!; pos[nv * 3 + 1] = pos[v * 3 + 1]!; pos[nv * 3 + 2] = pos[v * 3 + 2]!;
      nv++;
    }
    // (The column's cells have no reflection: fewer than 2 ns vertices.)
    pos = pos.slice(0, nv * 3);
  }

  // One quad per crossed grid edge: each surface cell emits the quads of the three edges at its min corner.
  // Its neighbours exist (it is not a border cell); a neighbour that is not a surface cell has no vertex.
  // Mirrored, the cells right of the column xc emit their quads and the quads' reflections (the same
  // diagonals: the triangles are exact mirror images too). The column's cells emit nothing: their x edges
  // join mirror nodes (never crossed), and their y and z edges are the reflections of the next column's.
  const index = takeScratch('u32', ns * (mirror ? 36 : 18));
  let ni = 0;
  const twin = mir?.twin;
  const quad = (a: number, b: number, cc: number, d: number) => {
    if (a < 0 || b < 0 || cc < 0 || d < 0) return;
    const d1 = (pos[a * 3]! - pos[cc * 3]!) ** 2 + (pos[a * 3 + 1]! - pos[cc * 3 + 1]!) ** 2 + (pos[a * 3 + 2]! - pos[cc * 3 + 2]!) ** 2;
    const d2 = (pos[b * 3]! - pos[d * 3]!) ** 2 + (pos[b * 3 + 1]! - pos[d * 3 + 1]!) ** 2 + (pos[b * 3 + 2]! - pos[d * 3 + 2]!) ** 2;
    const t0 = ni;
    if (d1 <= d2) { index[ni++] = a; index[ni++] = b; index[ni++] = cc; index[ni++] = a; index[ni++] = cc; index[ni++] = d; }
    else { index[ni++] = a; index[ni++] = b; index[ni++] = d; index[ni++] = b; index[ni++] = cc; index[ni++] = d; }
    if (twin) for (let t = t0; t < t0 + 6; t += 3) { index[ni++] = twin[index[t]!]!; index[ni++] = twin[index[t + 2]!]!; index[ni++] = twin[index[t + 1]!]!; }
  };
  for (let s = 0; s < ns; s++) {
    if (twin && twin[s] === s) continue;
    const cell = cells[s]!;
    // Corners 0, 1, 2 and 4 of the cell: its node and the far ends of the x, y and z edges from it.
    const m = signs[cell]!;
    const in0 = (m & 1) === 1;
    if (in0 !== ((m & 2) === 2)) {
      const a = vert(cell - nx - sxy), b = vert(cell - sxy), cc = cellVert[cell]!, d = vert(cell - nx);
      if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
    }
    if (in0 !== ((m & 4) === 4)) {
      const a = vert(cell - 1 - sxy), b = vert(cell - 1), cc = cellVert[cell]!, d = vert(cell - sxy);
      if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
    }
    if (in0 !== ((m & 16) === 16)) {
      const a = vert(cell - 1 - nx), b = vert(cell - nx), cc = cellVert[cell]!, d = vert(cell - 1);
      if (in0) quad(a, b, cc, d); else quad(d, cc, b, a);
    }
  }
  giveScratch('u8', state); giveScratch('u8', signs); giveScratch('i32', cellVert);
  const I = index.slice(0, ni);
  giveScratch('u32', index);
  const smoothed = taubin(pos, nv, I, ni, o.smooth ?? 2, ns, mir);
  // pos holds exactly nv vertices: the smoothed result is kept as it is when it is pos itself.
  const P = smoothed === pos ? pos : smoothed.slice(0, nv * 3);
  if (o.project) {
    // Vertex v belongs to cell surface[v]. (Mirrored: the first ns, whose reflections follow.)
    for (let v = 0; v < ns; v++) {
      const n0 = cells[v]!;
      decode(n0);
      const i = ijk[0]!, j = ijk[1]!, k = ijk[2]!;
      const px = P[v * 3]!, py = P[v * 3 + 1]!, pz = P[v * 3 + 2]!;
      const u = clamp01((px - x0) / h - i), w = clamp01((py - y0) / h - j), t = clamp01((pz - z0) / h - k);
      const c0 = F[n0]!, c1 = F[n0 + 1]!, c2 = F[n0 + nx]!, c3 = F[n0 + nx + 1]!;
      const c4 = F[n0 + sxy]!, c5 = F[n0 + sxy + 1]!, c6 = F[n0 + sxy + nx]!, c7 = F[n0 + sxy + nx + 1]!;
      const gx = ((c1 - c0) * (1 - w) * (1 - t) + (c3 - c2) * w * (1 - t) + (c5 - c4) * (1 - w) * t + (c7 - c6) * w * t) / h;
      const gy = ((c2 - c0) * (1 - u) * (1 - t) + (c3 - c1) * u * (1 - t) + (c6 - c4) * (1 - u) * t + (c7 - c5) * u * t) / h;
      const gz = ((c4 - c0) * (1 - u) * (1 - w) + (c5 - c1) * u * (1 - w) + (c6 - c2) * (1 - u) * w + (c7 - c3) * u * w) / h;
      const g2 = gx * gx + gy * gy + gz * gz;
      if (!(g2 > 1e-12)) continue;
      let fv: number;
      if (call) fv = call(px, py, pz, -1);
      else { io![0] = px; io![1] = py; io![2] = pz; inPlace!.at(-1); fv = io![3]!; }
      // At most half a cell: the trilinear gradient is only a guide inside the cell.
      let sc = fv / g2;
      const len = Math.abs(sc) * Math.sqrt(g2);
      if (len > 0.5 * h) sc *= (0.5 * h) / len;
      P[v * 3] = px - gx * sc; P[v * 3 + 1] = py - gy * sc; P[v * 3 + 2] = pz - gz * sc;
    }
    mir?.apply(P, ns, nv);
  }
  giveScratch('f32', F);
  return { positions: P, indices: I, vertices: nv, mirror: mir };
}

/** A stack of int32s that grows by doubling (the walk's queue and its list of surface cells). */
class IntStack {
  a: Int32Array;
  n = 0;
  constructor(size: number) { this.a = new Int32Array(size); }
  push(v: number): void {
    if (this.n === this.a.length) { const b = new Int32Array(this.a.length * 2); b.set(this.a); this.a = b; }
    this.a[this.n++] = v;
  }
  pop(): number { return this.a[--this.n]!; }
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);

/** Face corner quadruples (a, b, c, d) of a cell (corner c at offset off[c]): a face is ambiguous when a, d agree, b, c agree and a, b differ. */
const FACES = [0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 4, 5, 2, 3, 6, 7, 0, 2, 4, 6, 1, 3, 5, 7];
/**
 * The faces a cell's surface crosses, by its corner sign mask: bit f for face f in the order −x, +x, −y, +y,
 * −z, +z (corners 0 2 4 6, 1 3 5 7, 0 1 4 5, 2 3 6 7, 0 1 2 3, 4 5 6 7), set when the face's corners disagree.
 */
const CROSSED = (() => {
  const faces = [[0, 2, 4, 6], [1, 3, 5, 7], [0, 1, 4, 5], [2, 3, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7]];
  const t = new Uint8Array(256);
  for (let m = 0; m < 256; m++) {
    faces.forEach((c, f) => {
      const inside = c.reduce((n, q) => n + ((m >> q) & 1), 0);
      if (inside > 0 && inside < 4) t[m] = t[m]! | (1 << f);
    });
  }
  return t;
})();
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

/**
 * Three's normals (vertexNormalsLikeThree, bit for bit) of the vertices right of the plane, and their
 * reflections for the others: a triangle wholly left of it is not visited.
 */
function mirroredNormals(P: Float32Array, nv: number, I: Uint32Array, mir: MirrorPairs): Float32Array {
  const N = new Float32Array(nv * 3);
  const half = mir.half;
  // The second loop's bound is computed before the first: V8 compiles this function while it is in the first
  // loop (on-stack replacement), and a multiplication not yet run has no type feedback there. The compiled code
  // then gave up on reaching it, on every call, and the rest ran in the interpreter.
  const end = half * 3;
  for (let i = 0; i < I.length; i += 3) {
    const ia = I[i]!, ib = I[i + 1]!, ic = I[i + 2]!;
    if (ia >= half && ib >= half && ic >= half) continue;
    const a = ia * 3, b = ib * 3, c = ic * 3;
    const bx = P[b]!, by = P[b + 1]!, bz = P[b + 2]!;
    const cbx = P[c]! - bx, cby = P[c + 1]! - by, cbz = P[c + 2]! - bz;
    const abx = P[a]! - bx, aby = P[a + 1]! - by, abz = P[a + 2]! - bz;
    const x = cby * abz - cbz * aby, y = cbz * abx - cbx * abz, z = cbx * aby - cby * abx;
    const ax0 = N[a]! + x, ay0 = N[a + 1]! + y, az0 = N[a + 2]! + z;
    const bx0 = N[b]! + x, by0 = N[b + 1]! + y, bz0 = N[b + 2]! + z;
    const cx0 = N[c]! + x, cy0 = N[c + 1]! + y, cz0 = N[c + 2]! + z;
    N[a] = ax0; N[a + 1] = ay0; N[a + 2] = az0;
    N[b] = bx0; N[b + 1] = by0; N[b + 2] = bz0;
    N[c] = cx0; N[c + 1] = cy0; N[c + 2] = cz0;
  }
  for (let i = 0; i < end; i += 3) {
    const x = N[i]!, y = N[i + 1]!, z = N[i + 2]!;
    const s = 1 / (Math.sqrt(x * x + y * y + z * z) || 1);
    N[i] = x * s; N[i + 1] = y * s; N[i + 2] = z * s;
  }
  mir.apply(N, half, nv);
  return N;
}

/** A mirrored mesh's vertex pairs: the first `half` vertices are right of the plane or on it (`centre`), the rest reflect them. */
class MirrorPairs {
  /** Each vertex's mirror image (itself for the centre ones). */
  twin: Int32Array;
  centre: Int32Array;
  nc = 0;
  constructor(readonly half: number) { this.twin = new Int32Array(2 * half).fill(-1); this.centre = new Int32Array(half); }
  /** Puts the centre vertices back on x = 0 and the reflections (vertices half … nv − 1) on their sources'. */
  apply(P: Float32Array, half: number, nv: number): void {
    for (let q = 0; q < this.nc; q++) P[this.centre[q]! * 3] = 0;
    for (let v = half; v < nv; v++) {
      const a = this.twin[v]! * 3, b = v * 3;
      P[b] = -P[a]!; P[b + 1] = P[a + 1]!; P[b + 2] = P[a + 2]!;
    }
  }
}

/**
 * Taubin λ|μ smoothing over the mesh's edges (each pass: shrink by λ, inflate by μ); returns the smoothed positions.
 * A mirrored mesh (`mir`): only the first `half` vertices are smoothed and the rest reflected after each half
 * pass (what smoothing the whole mesh gives, up to rounding, but exactly symmetric).
 */
function taubin(pos: Float32Array, nv: number, index: Uint32Array, ni: number, passes: number, half: number, mir?: MirrorPairs): Float32Array {
  if (passes <= 0 || nv === 0) return pos;
  // Vertex adjacency in CSR form, each neighbour once: the mesh is closed and consistently wound, so every
  // edge a→b appears in exactly one triangle in that direction (surfaceNets.ts lists each neighbour twice;
  // the mean is the same).
  // Only the vertices that are smoothed (the first `half`) need their lists.
  // start (half + 1 entries), the fill cursors (half) and the neighbour lists (≤ ni) in one pooled buffer.
  const work = takeScratch('u32', 2 * half + 1 + ni);
  const start = 0, fill = half + 1, adj = 2 * half + 1;
  work.fill(0, 0, half + 1);
  for (let t = 0; t < ni; t++) { const a = index[t]!; if (a < half) work[start + a + 1]!++; }
  for (let i = 0; i < half; i++) { work[start + i + 1]! += work[start + i]!; work[fill + i] = work[start + i]!; }
  for (let t = 0; t < ni; t += 3) {
    const a = index[t]!, b = index[t + 1]!, c = index[t + 2]!;
    if (a < half) work[adj + work[fill + a]!++] = b;
    if (b < half) work[adj + work[fill + b]!++] = c;
    if (c < half) work[adj + work[fill + c]!++] = a;
  }
  // An even number of half passes: the result always ends in pos, and the other buffer is scratch.
  const other = takeScratch('f32', nv * 3);
  let src: Float32Array = pos, dst: Float32Array = other;
  for (let p = 0; p < passes * 2; p++) {
    const factor = p % 2 === 0 ? 0.5 : -0.53;
    for (let i = 0, o = 0; i < half; i++, o += 3) {
      let sx = 0, sy = 0, sz = 0;
      const s0 = work[start + i]!, s1 = work[start + i + 1]!;
      for (let k = s0; k < s1; k++) { const j = work[adj + k]! * 3; sx += src[j]!; sy += src[j + 1]!; sz += src[j + 2]!; }
      const inv = 1 / (s1 - s0 || 1);
      const x = src[o]!, y = src[o + 1]!, z = src[o + 2]!;
      dst[o] = x + factor * (sx * inv - x);
      dst[o + 1] = y + factor * (sy * inv - y);
      dst[o + 2] = z + factor * (sz * inv - z);
    }
    mir?.apply(dst, half, nv);
    const t = src; src = dst; dst = t;
  }
  giveScratch('u32', work);
  giveScratch('f32', other);
  return src;
}
