import type { BufferGeometry } from 'three';

type V3 = [number, number, number];

/** Every edge is shared by exactly two triangles, once in each direction (closed and consistently wound). */
export function meshIssues(g: BufferGeometry): { open: number; nonManifold: number; misoriented: number; triangles: number } {
  const idx = g.getIndex()!.array;
  const pos = g.getAttribute('position').array;
  // Merge vertices by position so that seams of duplicated vertices do not count as holes.
  const key = new Map<string, number>();
  const canon = new Int32Array(pos.length / 3);
  for (let i = 0; i < canon.length; i++) {
    const k = `${Math.round(pos[i * 3]! * 1e4)},${Math.round(pos[i * 3 + 1]! * 1e4)},${Math.round(pos[i * 3 + 2]! * 1e4)}`;
    let c = key.get(k);
    if (c === undefined) { c = i; key.set(k, i); }
    canon[i] = c;
  }
  const dir = new Map<string, number>();
  for (let t = 0; t < idx.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = canon[idx[t + e]!]!, b = canon[idx[t + ((e + 1) % 3)]!]!;
      if (a === b) continue;
      const k = `${a}>${b}`;
      dir.set(k, (dir.get(k) ?? 0) + 1);
    }
  }
  let open = 0, nonManifold = 0, misoriented = 0;
  for (const [k, n] of dir) {
    const [a, b] = k.split('>');
    const back = dir.get(`${b}>${a}`) ?? 0;
    if (n > 1) misoriented++;
    if (back === 0) open++;
    else if (n + back > 2) nonManifold++;
  }
  return { open, nonManifold, misoriented, triangles: idx.length / 3 };
}

/** Point-in-mesh by ray parity along an oblique direction (robust to axis-aligned grids). */
export function inside(g: BufferGeometry, p: V3): boolean {
  const d: V3 = [0.5773, 0.5774, 0.5775];
  const idx = g.getIndex()!.array;
  const pos = g.getAttribute('position').array;
  let hits = 0;
  for (let t = 0; t < idx.length; t += 3) {
    const a = idx[t]! * 3, b = idx[t + 1]! * 3, c = idx[t + 2]! * 3;
    const e1: V3 = [pos[b]! - pos[a]!, pos[b + 1]! - pos[a + 1]!, pos[b + 2]! - pos[a + 2]!];
    const e2: V3 = [pos[c]! - pos[a]!, pos[c + 1]! - pos[a + 1]!, pos[c + 2]! - pos[a + 2]!];
    const h: V3 = [d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]];
    const det = e1[0] * h[0] + e1[1] * h[1] + e1[2] * h[2];
    if (Math.abs(det) < 1e-12) continue;
    const inv = 1 / det;
    const s: V3 = [p[0] - pos[a]!, p[1] - pos[a + 1]!, p[2] - pos[a + 2]!];
    const u = (s[0] * h[0] + s[1] * h[1] + s[2] * h[2]) * inv;
    if (u < 0 || u > 1) continue;
    const q: V3 = [s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]];
    const v = (d[0] * q[0] + d[1] * q[1] + d[2] * q[2]) * inv;
    if (v < 0 || u + v > 1) continue;
    const tt = (e2[0] * q[0] + e2[1] * q[1] + e2[2] * q[2]) * inv;
    if (tt > 0) hits++;
  }
  return hits % 2 === 1;
}

/** Distance from p to the nearest vertex-sampled point of the mesh surface (triangle-exact). */
export function distanceToMesh(g: BufferGeometry, p: V3): number {
  const idx = g.getIndex()!.array;
  const pos = g.getAttribute('position').array;
  let best = Infinity;
  for (let t = 0; t < idx.length; t += 3) {
    const A: V3 = [pos[idx[t]! * 3]!, pos[idx[t]! * 3 + 1]!, pos[idx[t]! * 3 + 2]!];
    const B: V3 = [pos[idx[t + 1]! * 3]!, pos[idx[t + 1]! * 3 + 1]!, pos[idx[t + 1]! * 3 + 2]!];
    const C: V3 = [pos[idx[t + 2]! * 3]!, pos[idx[t + 2]! * 3 + 1]!, pos[idx[t + 2]! * 3 + 2]!];
    best = Math.min(best, pointTriangle(p, A, B, C));
  }
  return best;
}

function pointTriangle(p: V3, a: V3, b: V3, c: V3): number {
  const sub = (x: V3, y: V3): V3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  const dot = (x: V3, y: V3) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  let q: V3;
  if (d1 <= 0 && d2 <= 0) q = a;
  else {
    const bp = sub(p, b); const d3 = dot(ab, bp), d4 = dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) q = b;
    else {
      const vc = d1 * d4 - d3 * d2;
      if (vc <= 0 && d1 >= 0 && d3 <= 0) { const v = d1 / (d1 - d3); q = [a[0] + ab[0] * v, a[1] + ab[1] * v, a[2] + ab[2] * v]; }
      else {
        const cp = sub(p, c); const d5 = dot(ab, cp), d6 = dot(ac, cp);
        if (d6 >= 0 && d5 <= d6) q = c;
        else {
          const vb = d5 * d2 - d1 * d6;
          if (vb <= 0 && d2 >= 0 && d6 <= 0) { const w = d2 / (d2 - d6); q = [a[0] + ac[0] * w, a[1] + ac[1] * w, a[2] + ac[2] * w]; }
          else {
            const va = d3 * d6 - d5 * d4;
            if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) { const w = (d4 - d3) / (d4 - d3 + (d5 - d6)); q = [b[0] + (c[0] - b[0]) * w, b[1] + (c[1] - b[1]) * w, b[2] + (c[2] - b[2]) * w]; }
            else { const den = 1 / (va + vb + vc); const v = vb * den, w = vc * den; q = [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w]; }
          }
        }
      }
    }
  }
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/**
 * A fast point-in-mesh test for big meshes: ray parity along +y, with the triangles bucketed on an (x, z)
 * grid so that each query only looks at the triangles its ray can cross.
 */
export function insideTester(g: BufferGeometry, cell = 20): (p: V3) => boolean {
  const idx = g.getIndex()!.array;
  const pos = g.getAttribute('position').array;
  g.computeBoundingBox();
  const bb = g.boundingBox!;
  const nx = Math.ceil((bb.max.x - bb.min.x) / cell) + 1, nz = Math.ceil((bb.max.z - bb.min.z) / cell) + 1;
  const buckets: number[][] = Array.from({ length: nx * nz }, () => []);
  for (let t = 0; t < idx.length; t += 3) {
    let x0 = Infinity, x1 = -Infinity, z0 = Infinity, z1 = -Infinity;
    for (let e = 0; e < 3; e++) {
      const v = idx[t + e]! * 3;
      x0 = Math.min(x0, pos[v]!); x1 = Math.max(x1, pos[v]!); z0 = Math.min(z0, pos[v + 2]!); z1 = Math.max(z1, pos[v + 2]!);
    }
    for (let i = Math.floor((x0 - bb.min.x) / cell); i <= Math.floor((x1 - bb.min.x) / cell); i++)
      for (let k = Math.floor((z0 - bb.min.z) / cell); k <= Math.floor((z1 - bb.min.z) / cell); k++) buckets[i + k * nx]!.push(t);
  }
  return (p0: V3) => {
    const p: V3 = [p0[0] + 1.234e-4, p0[1], p0[2] + 2.345e-4];
    const i = Math.floor((p[0] - bb.min.x) / cell), k = Math.floor((p[2] - bb.min.z) / cell);
    if (i < 0 || k < 0 || i >= nx || k >= nz) return false;
    let hits = 0;
    for (const t of buckets[i + k * nx]!) {
      // 2D point-in-triangle in (x, z), then the crossing's y must be above p.
      const a = idx[t]! * 3, b = idx[t + 1]! * 3, c = idx[t + 2]! * 3;
      const ax = pos[a]!, az = pos[a + 2]!, bx = pos[b]!, bz = pos[b + 2]!, cx = pos[c]!, cz = pos[c + 2]!;
      const d = (bz - cz) * (ax - cx) + (cx - bx) * (az - cz);
      if (d === 0) continue;
      const l1 = ((bz - cz) * (p[0] - cx) + (cx - bx) * (p[2] - cz)) / d;
      const l2 = ((cz - az) * (p[0] - cx) + (ax - cx) * (p[2] - cz)) / d;
      const l3 = 1 - l1 - l2;
      if (l1 < 0 || l2 < 0 || l3 < 0) continue;
      const y = l1 * pos[a + 1]! + l2 * pos[b + 1]! + l3 * pos[c + 1]!;
      if (y > p[1]) hits++;
    }
    return hits % 2 === 1;
  };
}
