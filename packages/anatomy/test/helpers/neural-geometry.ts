/** Geometry checks for the neural tests: watertightness and point-in-mesh by ray parity. */
import { BufferGeometry, DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3 } from 'three';
import type { Vec3 } from '../../src/types';

/** Every edge (after welding coincident vertices) is shared by exactly two faces, in opposite directions. */
export function watertightReport(g: BufferGeometry): { ok: boolean; badEdges: number; triangles: number } {
  const pos = g.getAttribute('position');
  const weld = new Map<string, number>();
  const id: number[] = [];
  for (let i = 0; i < pos.count; i++) {
    const k = `${Math.round(pos.getX(i) * 1e4)},${Math.round(pos.getY(i) * 1e4)},${Math.round(pos.getZ(i) * 1e4)}`;
    let w = weld.get(k);
    if (w === undefined) { w = weld.size; weld.set(k, w); }
    id.push(w);
  }
  const index = g.getIndex();
  const tri = index ? Array.from(index.array) : Array.from({ length: pos.count }, (_, i) => i);
  const directed = new Map<string, number>();
  for (let t = 0; t < tri.length; t += 3) {
    const v = [id[tri[t]!]!, id[tri[t + 1]!]!, id[tri[t + 2]!]!];
    if (v[0] === v[1] || v[1] === v[2] || v[0] === v[2]) continue; // degenerate (an apex cap) adds no edge
    for (let e = 0; e < 3; e++) {
      const k = `${v[e]}>${v[(e + 1) % 3]}`;
      directed.set(k, (directed.get(k) ?? 0) + 1);
    }
  }
  let bad = 0;
  for (const [k, n] of directed) {
    const [a, b] = k.split('>');
    if (n !== 1 || directed.get(`${b}>${a}`) !== 1) bad++;
  }
  return { ok: bad === 0, badEdges: bad, triangles: tri.length / 3 };
}

const DIRS: Vec3[] = [
  [0.5773, 0.5774, 0.5773],
  [-0.3123, 0.8422, -0.4394],
  [0.7071, -0.1234, 0.6962],
];

/** Point-in-mesh by ray parity (three's Raycaster, DoubleSide), majority of three skewed rays. */
export function insideTester(g: BufferGeometry): (p: Vec3) => boolean {
  g.computeBoundingBox();
  g.computeBoundingSphere();
  const mesh = new Mesh(g, new MeshBasicMaterial({ side: DoubleSide }));
  const rc = new Raycaster();
  const box = g.boundingBox!;
  return (p: Vec3) => {
    if (p[0] < box.min.x || p[1] < box.min.y || p[2] < box.min.z || p[0] > box.max.x || p[1] > box.max.y || p[2] > box.max.z) return false;
    let votes = 0;
    for (const d of DIRS) {
      const n = Math.hypot(d[0], d[1], d[2]);
      rc.set(new Vector3(p[0], p[1], p[2]), new Vector3(d[0] / n, d[1] / n, d[2] / n));
      const hits = rc.intersectObject(mesh, false);
      let count = 0, last = -Infinity;
      for (const h of hits) { if (h.distance - last > 1e-6) count++; last = h.distance; }
      if (count % 2 === 1) votes++;
    }
    return votes >= 2;
  };
}

export function vertices(g: BufferGeometry): Vec3[] {
  const pos = g.getAttribute('position');
  const out: Vec3[] = [];
  for (let i = 0; i < pos.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)]);
  return out;
}

/** Moves a surface point a little toward a centre (to test "inside" robustly for points on a surface). */
export function toward(p: Vec3, c: Vec3, mm: number): Vec3 {
  const d: Vec3 = [c[0] - p[0], c[1] - p[1], c[2] - p[2]];
  const l = Math.hypot(d[0], d[1], d[2]) || 1;
  return [p[0] + (d[0] / l) * mm, p[1] + (d[1] / l) * mm, p[2] + (d[2] / l) * mm];
}

/**
 * Point-in-solid for meshes built as several overlapping closed shells (bone parts): winding number
 * along a ray (exits − entries by the faces' outward orientation) > 0, majority of three rays.
 */
export function solidTester(g: BufferGeometry): (p: Vec3) => boolean {
  g.computeBoundingBox();
  g.computeBoundingSphere();
  const mesh = new Mesh(g, new MeshBasicMaterial({ side: DoubleSide }));
  const rc = new Raycaster();
  const box = g.boundingBox!;
  return (p: Vec3) => {
    if (p[0] < box.min.x || p[1] < box.min.y || p[2] < box.min.z || p[0] > box.max.x || p[1] > box.max.y || p[2] > box.max.z) return false;
    let votes = 0;
    for (const d of DIRS) {
      const n = Math.hypot(d[0], d[1], d[2]);
      const dir = new Vector3(d[0] / n, d[1] / n, d[2] / n);
      rc.set(new Vector3(p[0], p[1], p[2]), dir);
      let w = 0;
      for (const h of rc.intersectObject(mesh, false)) w += h.face!.normal.dot(dir) > 0 ? 1 : -1;
      if (w > 0) votes++;
    }
    return votes >= 2;
  };
}
