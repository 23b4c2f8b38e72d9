import type { BufferGeometry } from 'three';

export interface WatertightReport {
  /** Number of distinct vertices after merging by position. */
  vertices: number;
  triangles: number;
  /** Edges used by exactly one face (holes) and by more than two faces (non-manifold). */
  boundaryEdges: number;
  nonManifoldEdges: number;
  /** Triangles with two identical (merged) corners. */
  degenerateTriangles: number;
  watertight: boolean;
}

/**
 * Merges vertices by position (to `precision` mm, default 1e-4) and checks that every edge has exactly two
 * faces. A geometry made of several closed shells passes; any hole or fin fails.
 */
export function watertightReport(geometry: BufferGeometry, precision = 1e-4): WatertightReport {
  const pos = geometry.getAttribute('position');
  const index = geometry.getIndex();
  const idOf = new Map<string, number>();
  const remap = new Int32Array(pos.count);
  const k = 1 / precision;
  for (let i = 0; i < pos.count; i++) {
    const key = `${Math.round(pos.getX(i) * k)},${Math.round(pos.getY(i) * k)},${Math.round(pos.getZ(i) * k)}`;
    let id = idOf.get(key);
    if (id === undefined) { id = idOf.size; idOf.set(key, id); }
    remap[i] = id;
  }
  const triCount = index ? index.count / 3 : pos.count / 3;
  const corner = (t: number, c: number) => remap[index ? index.getX(t * 3 + c) : t * 3 + c]!;
  const edges = new Map<number, number>();
  const nV = idOf.size;
  let degenerate = 0;
  for (let t = 0; t < triCount; t++) {
    const a = corner(t, 0), b = corner(t, 1), c = corner(t, 2);
    if (a === b || b === c || a === c) { degenerate++; continue; }
    for (const [p, q] of [[a, b], [b, c], [c, a]] as const) {
      const key = p < q ? p * nV + q : q * nV + p;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  let boundary = 0, nonManifold = 0;
  for (const n of edges.values()) {
    if (n === 1) boundary++;
    else if (n > 2) nonManifold++;
  }
  return {
    vertices: nV, triangles: triCount, boundaryEdges: boundary, nonManifoldEdges: nonManifold,
    degenerateTriangles: degenerate, watertight: boundary === 0 && nonManifold === 0 && degenerate === 0,
  };
}

export function isWatertight(geometry: BufferGeometry, precision = 1e-4): boolean {
  return watertightReport(geometry, precision).watertight;
}
