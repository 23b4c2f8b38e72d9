/**
 * Edge-collapse simplification with quadric error (Garland & Heckbert 1997), for the low tier's sacrum:
 * surface nets spends its triangles evenly, so flat stretches of the plate carry as many as the crests and
 * foramen rims. Each collapse keeps the mesh closed and edge-manifold (the link condition) and never flips
 * a triangle; the new vertex is the best of the two ends and the midpoint. (Generic enough to move to
 * geometry/ if another builder needs it.)
 */
export interface IndexedMesh { positions: Float32Array | Float64Array; indices: Uint32Array }

/** Adds the plane (n, d)'s quadric, weighted by w, to the 10 numbers at Q[o…o+9]. */
function addQuadric(Q: Float64Array, o: number, nx: number, ny: number, nz: number, d: number, w: number): void {
  Q[o]! += nx * nx * w; Q[o + 1]! += nx * ny * w; Q[o + 2]! += nx * nz * w; Q[o + 3]! += nx * d * w; Q[o + 4]! += ny * ny * w;
  Q[o + 5]! += ny * nz * w; Q[o + 6]! += ny * d * w; Q[o + 7]! += nz * nz * w; Q[o + 8]! += nz * d * w; Q[o + 9]! += d * d * w;
}

/**
 * Edge indices sorted by cost bin (floor(64 log2(cost)), 1/64 octave) and, within a bin, by index: a counting
 * sort over the bins (the same order as sorting bin · 2^20 + index numerically).
 */
function edgeOrder(cost: readonly number[]): Uint32Array {
  const n = cost.length;
  const bin = new Int32Array(n);
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const b = Math.floor(Math.log2(cost[i]! + 1e-12) * 64 + 4096);
    bin[i] = b;
    if (b < lo) lo = b; if (b > hi) hi = b;
  }
  const order = new Uint32Array(n);
  if (n === 0) return order;
  const count = new Uint32Array(hi - lo + 2);
  for (let i = 0; i < n; i++) count[bin[i]! - lo + 1]!++;
  for (let k = 1; k < count.length; k++) count[k]! += count[k - 1]!;
  for (let i = 0; i < n; i++) order[count[bin[i]! - lo]!++] = i;
  return order;
}

export function simplifyMesh(mesh: IndexedMesh, targetTriangles: number): { positions: Float64Array; indices: Uint32Array } {
  const P = Float64Array.from(mesh.positions);
  const I = Uint32Array.from(mesh.indices);
  const nv = P.length / 3, nt = I.length / 3;
  const alive = new Uint8Array(nt).fill(1);
  const Q = new Float64Array(nv * 10);
  const faces: number[][] = Array.from({ length: nv }, () => []);
  for (let t = 0; t < nt; t++) {
    const a = I[t * 3]!, b = I[t * 3 + 1]!, c = I[t * 3 + 2]!;
    faces[a]!.push(t); faces[b]!.push(t); faces[c]!.push(t);
    const ux = P[b * 3]! - P[a * 3]!, uy = P[b * 3 + 1]! - P[a * 3 + 1]!, uz = P[b * 3 + 2]! - P[a * 3 + 2]!;
    const vx = P[c * 3]! - P[a * 3]!, vy = P[c * 3 + 1]! - P[a * 3 + 1]!, vz = P[c * 3 + 2]! - P[a * 3 + 2]!;
    let nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const len = Math.hypot(nx, ny, nz);
    if (len === 0) continue;
    const w = len / 2; // area weight
    nx /= len; ny /= len; nz /= len;
    const d = -(nx * P[a * 3]! + ny * P[a * 3 + 1]! + nz * P[a * 3 + 2]!);
    addQuadric(Q, a * 10, nx, ny, nz, d, w); addQuadric(Q, b * 10, nx, ny, nz, d, w); addQuadric(Q, c * 10, nx, ny, nz, d, w);
  }
  const err = (u: number, v: number, x: number, y: number, z: number) => {
    let e = 0;
    for (let o = u * 10, r = 0; r < 2; r++, o = v * 10) {
      e += Q[o]! * x * x + 2 * Q[o + 1]! * x * y + 2 * Q[o + 2]! * x * z + 2 * Q[o + 3]! * x
        + Q[o + 4]! * y * y + 2 * Q[o + 5]! * y * z + 2 * Q[o + 6]! * y + Q[o + 7]! * z * z + 2 * Q[o + 8]! * z + Q[o + 9]!;
    }
    return e;
  };
  const best = new Float64Array(4);
  const plan = (u: number, v: number) => {
    best[0] = Infinity;
    for (let f = 0; f <= 1; f += 0.5) {
      const x = P[u * 3]! + (P[v * 3]! - P[u * 3]!) * f, y = P[u * 3 + 1]! + (P[v * 3 + 1]! - P[u * 3 + 1]!) * f, z = P[u * 3 + 2]! + (P[v * 3 + 2]! - P[u * 3 + 2]!) * f;
      const e = err(u, v, x, y, z);
      if (e < best[0]!) { best[0] = e; best[1] = x; best[2] = y; best[3] = z; }
    }
    return best[0]!;
  };

  // Marks for the link condition (no allocation per collapse).
  const mark = new Int32Array(nv), seen = new Int32Array(nv);
  let markId = 0;
  const link = (u: number, v: number) => {
    markId++;
    for (const t of faces[u]!) if (alive[t]) for (let k = 0; k < 3; k++) mark[I[t * 3 + k]!] = markId;
    let common = 0;
    for (const t of faces[v]!) {
      if (!alive[t]) continue;
      for (let k = 0; k < 3; k++) {
        const w = I[t * 3 + k]!;
        if (w === u || w === v || seen[w] === markId) continue;
        seen[w] = markId;
        if (mark[w] === markId) common++;
      }
    }
    return common;
  };
  // Normal of triangle t, with vertex `moved` (−1: none) at (x, y, z); written into out.
  const normalOf = (t: number, moved: number, x: number, y: number, z: number, out: number[]) => {
    const a = I[t * 3]!, b = I[t * 3 + 1]!, c = I[t * 3 + 2]!;
    const ax = a === moved ? x : P[a * 3]!, ay = a === moved ? y : P[a * 3 + 1]!, az = a === moved ? z : P[a * 3 + 2]!;
    const bx = b === moved ? x : P[b * 3]!, by = b === moved ? y : P[b * 3 + 1]!, bz = b === moved ? z : P[b * 3 + 2]!;
    const cx = c === moved ? x : P[c * 3]!, cy = c === moved ? y : P[c * 3 + 1]!, cz = c === moved ? z : P[c * 3 + 2]!;
    const ux = bx - ax, uy = by - ay, uz = bz - az, vx = cx - ax, vy = cy - ay, vz = cz - az;
    out[0] = uy * vz - uz * vy; out[1] = uz * vx - ux * vz; out[2] = ux * vy - uy * vx;
  };
  const n0 = [0, 0, 0], n1 = [0, 0, 0];
  // Moving vertex `w` (one end of the edge u–v) to (x, y, z) must not flip or flatten its other triangles.
  const flips = (w: number, u: number, v: number, x: number, y: number, z: number) => {
    for (const t of faces[w]!) {
      if (!alive[t]) continue;
      let hasU = false, hasV = false;
      for (let k = 0; k < 3; k++) { const c = I[t * 3 + k]!; if (c === u) hasU = true; if (c === v) hasV = true; }
      if (hasU && hasV) continue;
      normalOf(t, -1, 0, 0, 0, n0); normalOf(t, w, x, y, z, n1);
      // (Math.hypot is several times slower than the square root of the sum here.)
      const q0 = n0[0]! * n0[0]! + n0[1]! * n0[1]! + n0[2]! * n0[2]!, q1 = n1[0]! * n1[0]! + n1[1]! * n1[1]! + n1[2]! * n1[2]!;
      if (q1 < 1e-18 || (n0[0]! * n1[0]! + n0[1]! * n1[1]! + n0[2]! * n1[2]!) < 0.3 * Math.sqrt(q0 * q1)) return true;
    }
    return false;
  };

  // Passes: order every edge by its cost and collapse from the cheapest, each merged vertex at most once
  // per pass (its neighbours' costs may then be a pass old: validity is checked on the current mesh),
  // until the target is met or nothing more can go.
  let live = nt;
  const touched = new Int32Array(nv);
  for (let pass = 1; live > targetTriangles && pass < 40; pass++) {
    const eu: number[] = [], ev: number[] = [], ec: number[] = [];
    for (let t = 0; t < nt; t++) {
      if (!alive[t]) continue;
      for (let e = 0; e < 3; e++) {
        const a = I[t * 3 + e]!, b = I[t * 3 + ((e + 1) % 3)]!;
        if (a < b) { eu.push(a); ev.push(b); ec.push(plan(a, b)); }
      }
    }
    // Order: by the cost's log (1/64 octave bins), then by the edge's index.
    const order = edgeOrder(ec);
    let done = 0;
    for (let o = 0; o < order.length; o++) {
      const e = order[o]!;
      if (live <= targetTriangles) break;
      const u = eu[e]!, v = ev[e]!;
      if (touched[u] === pass || touched[v] === pass) continue;
      // Shared triangles of the edge: exactly two on a closed manifold.
      let s0 = -1, s1 = -1, ns = 0;
      for (const t of faces[u]!) if (alive[t] && (I[t * 3] === v || I[t * 3 + 1] === v || I[t * 3 + 2] === v)) { if (ns === 0) s0 = t; else s1 = t; ns++; }
      if (ns !== 2) continue;
      // Link condition: the two rings meet only in the two opposite vertices.
      if (link(u, v) !== 2) continue;
      plan(u, v);
      const x = best[1]!, y = best[2]!, z = best[3]!;
      if (flips(u, u, v, x, y, z) || flips(v, u, v, x, y, z)) continue;
      // Collapse v into u.
      alive[s0] = 0; alive[s1] = 0; live -= 2;
      for (const t of faces[v]!) {
        if (!alive[t]) continue;
        for (let k = 0; k < 3; k++) if (I[t * 3 + k] === v) I[t * 3 + k] = u;
        faces[u]!.push(t);
      }
      faces[v] = [];
      faces[u] = faces[u]!.filter((t) => alive[t]);
      P[u * 3] = x; P[u * 3 + 1] = y; P[u * 3 + 2] = z;
      for (let k = 0; k < 10; k++) Q[u * 10 + k]! += Q[v * 10 + k]!;
      touched[u] = pass;
      done++;
    }
    if (!done) break;
  }

  // Compact.
  const remap = new Int32Array(nv).fill(-1);
  const outI: number[] = [], outP: number[] = [];
  for (let t = 0; t < nt; t++) {
    if (!alive[t]) continue;
    for (let k = 0; k < 3; k++) {
      const v = I[t * 3 + k]!;
      if (remap[v] === -1) { remap[v] = outP.length / 3; outP.push(P[v * 3]!, P[v * 3 + 1]!, P[v * 3 + 2]!); }
      outI.push(remap[v]!);
    }
  }
  return { positions: Float64Array.from(outP), indices: Uint32Array.from(outI) };
}
