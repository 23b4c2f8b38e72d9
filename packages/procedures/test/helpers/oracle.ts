import { DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Triangle, Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';

type V = [number, number, number];

/**
 * An independent geometry oracle for the tests, built on three.js's own Raycaster and Triangle
 * (the placement code uses its own grid), so a bug in one cannot hide in the other.
 */
export class Oracle {
  readonly model: SpineModel;
  readonly boneMeshes: Mesh[];
  private readonly meshes = new Map<string, Mesh>();
  private readonly tris = new Map<string, Float32Array>();
  private readonly material = new MeshBasicMaterial({ side: DoubleSide });
  private readonly ray = new Raycaster();

  constructor(model: SpineModel) {
    this.model = model;
    this.boneMeshes = model.structures.filter((s) => s.kind === 'bone').map((s) => this.mesh(s.id));
  }

  mesh(id: string): Mesh {
    let m = this.meshes.get(id);
    if (!m) {
      const s = this.model.get(id);
      if (!s) throw new Error(`model has no structure "${id}"`);
      s.geometry.computeBoundingSphere();
      s.geometry.computeBoundingBox();
      m = new Mesh(s.geometry, this.material);
      m.name = id;
      m.updateMatrixWorld();
      this.meshes.set(id, m);
    }
    return m;
  }

  /** Bones the segment entry → target crosses before its last `tipMm` millimetres. */
  boneHitsBefore(entry: V, target: V, tipMm = 3): { bone: string; fromEntry: number }[] {
    const a = new Vector3(...entry);
    const b = new Vector3(...target);
    const len = a.distanceTo(b);
    if (len <= tipMm) return [];
    this.ray.set(a, b.clone().sub(a).normalize());
    this.ray.near = 0;
    this.ray.far = len - tipMm;
    return this.ray.intersectObjects(this.boneMeshes, false).map((h) => ({ bone: h.object.name, fromEntry: +h.distance.toFixed(2) }));
  }

  /** Hits along a ray from p (for "what lies in that direction"). */
  hitsAlong(p: V, dir: V, far: number, ids: string[]): { id: string; distance: number }[] {
    this.ray.set(new Vector3(...p), new Vector3(...dir).normalize());
    this.ray.near = 0;
    this.ray.far = far;
    return this.ray.intersectObjects(ids.map((i) => this.mesh(i)), false).map((h) => ({ id: h.object.name, distance: h.distance }));
  }

  /** Inside the closed mesh `id`? Ray parity with three's Raycaster, voted over three directions. */
  inside(id: string, p: V): boolean {
    const m = this.mesh(id);
    const dirs: V[] = [[0.577, 0.613, 0.54], [-0.71, 0.23, -0.66], [0.12, -0.97, 0.21]];
    let votes = 0;
    for (const d of dirs) {
      this.ray.set(new Vector3(...p), new Vector3(...d).normalize());
      this.ray.near = 0;
      this.ray.far = Infinity;
      if (this.ray.intersectObject(m, false).length % 2 === 1) votes++;
    }
    return votes >= 2;
  }

  private triangles(id: string): Float32Array {
    let t = this.tris.get(id);
    if (!t) {
      const g = this.mesh(id).geometry;
      const pos = g.getAttribute('position');
      const idx = g.getIndex();
      const n = idx ? idx.count : pos.count;
      t = new Float32Array(n * 3);
      for (let i = 0; i < n; i++) {
        const v = idx ? idx.getX(i) : i;
        t[i * 3] = pos.getX(v);
        t[i * 3 + 1] = pos.getY(v);
        t[i * 3 + 2] = pos.getZ(v);
      }
      this.tris.set(id, t);
    }
    return t;
  }

  /** Distance from p to the surface of `id` (brute force over triangles with a bounding-box cut). */
  surfaceDistance(id: string, p: V): number {
    const t = this.triangles(id);
    const tri = new Triangle();
    const q = new Vector3(...p);
    const out = new Vector3();
    let best = Infinity;
    for (let i = 0; i < t.length; i += 9) {
      // cheap reject: the triangle's box is farther than the best so far
      let dx = 0, dy = 0, dz = 0;
      const minx = Math.min(t[i]!, t[i + 3]!, t[i + 6]!), maxx = Math.max(t[i]!, t[i + 3]!, t[i + 6]!);
      const miny = Math.min(t[i + 1]!, t[i + 4]!, t[i + 7]!), maxy = Math.max(t[i + 1]!, t[i + 4]!, t[i + 7]!);
      const minz = Math.min(t[i + 2]!, t[i + 5]!, t[i + 8]!), maxz = Math.max(t[i + 2]!, t[i + 5]!, t[i + 8]!);
      if (p[0] < minx) dx = minx - p[0]; else if (p[0] > maxx) dx = p[0] - maxx;
      if (p[1] < miny) dy = miny - p[1]; else if (p[1] > maxy) dy = p[1] - maxy;
      if (p[2] < minz) dz = minz - p[2]; else if (p[2] > maxz) dz = p[2] - maxz;
      if (dx * dx + dy * dy + dz * dz >= best * best) continue;
      tri.a.set(t[i]!, t[i + 1]!, t[i + 2]!);
      tri.b.set(t[i + 3]!, t[i + 4]!, t[i + 5]!);
      tri.c.set(t[i + 6]!, t[i + 7]!, t[i + 8]!);
      tri.closestPointToPoint(q, out);
      best = Math.min(best, out.distanceTo(q));
    }
    return best;
  }

  /** 0 inside, else the distance to the surface. */
  distance(id: string, p: V): number {
    return this.inside(id, p) ? 0 : this.surfaceDistance(id, p);
  }

  /** Distance from p to the nearest bone surface (bones whose box is farther than `within` are skipped). */
  boneDistance(p: V, within = 20): number {
    let best = Infinity;
    for (const m of this.boneMeshes) {
      const b = m.geometry.boundingBox!;
      const dx = Math.max(b.min.x - p[0], 0, p[0] - b.max.x);
      const dy = Math.max(b.min.y - p[1], 0, p[1] - b.max.y);
      const dz = Math.max(b.min.z - p[2], 0, p[2] - b.max.z);
      if (Math.hypot(dx, dy, dz) > Math.min(within, best)) continue;
      best = Math.min(best, this.surfaceDistance(m.name, p));
    }
    return best;
  }

  /** z range of a structure's bounding box. */
  zRange(id: string): [number, number] {
    const b = this.mesh(id).geometry.boundingBox!;
    return [b.min.z, b.max.z];
  }
}
