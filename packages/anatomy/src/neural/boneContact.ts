/**
 * Keeping thin nerves on, not in, the bone. Inside-ness is the winding number along a ray (exits − entries
 * by the faces' outward orientation), so bone parts built as several overlapping closed shells are handled.
 * Every query scans only the triangles near it (a bounding-box prefilter), so it is cheap at build time.
 */
import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';

const EPS = 1e-9;

/** A mesh's triangles flattened (9 floats each) with their boxes (6 floats each), built once per geometry. */
interface Tri { v: Float32Array; box: Float32Array; n: number; min: Vec3; max: Vec3 }
const cache = new WeakMap<BufferGeometry, Tri>();

function tri(g: BufferGeometry): Tri {
  const hit = cache.get(g);
  if (hit) return hit;
  const pos = g.getAttribute('position').array as Float32Array;
  const idx = g.getIndex()?.array ?? null;
  const n = (idx ? idx.length : pos.length / 3) / 3;
  const v = new Float32Array(n * 9), box = new Float32Array(n * 6);
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let t = 0; t < n; t++) {
    for (let c = 0; c < 3; c++) {
      const a = (idx ? idx[t * 3 + c]! : t * 3 + c) * 3;
      v[t * 9 + c * 3] = pos[a]!; v[t * 9 + c * 3 + 1] = pos[a + 1]!; v[t * 9 + c * 3 + 2] = pos[a + 2]!;
    }
    for (let k = 0; k < 3; k++) {
      const x0 = v[t * 9 + k]!, x1 = v[t * 9 + 3 + k]!, x2 = v[t * 9 + 6 + k]!;
      const lo = Math.min(x0, x1, x2), hi = Math.max(x0, x1, x2);
      box[t * 6 + k] = lo; box[t * 6 + 3 + k] = hi;
      if (lo < min[k]!) min[k] = lo;
      if (hi > max[k]!) max[k] = hi;
    }
  }
  const out: Tri = { v, box, n, min, max };
  cache.set(g, out);
  return out;
}

function near(T: Tri, lo: Vec3, hi: Vec3): boolean {
  return !(T.max[0] < lo[0] || T.min[0] > hi[0] || T.max[1] < lo[1] || T.min[1] > hi[1] || T.max[2] < lo[2] || T.min[2] > hi[2]);
}

/** Crossings along the ray (p, d) within `reach` mm: distance and +1 for an exit, −1 for an entry. */
function hits(T: Tri, p: Vec3, d: Vec3, reach: number): { t: number; s: number }[] {
  const { v: V, box, n } = T;
  const lo0 = Math.min(p[0], p[0] + d[0] * reach) - 0.5, hi0 = Math.max(p[0], p[0] + d[0] * reach) + 0.5;
  const lo1 = Math.min(p[1], p[1] + d[1] * reach) - 0.5, hi1 = Math.max(p[1], p[1] + d[1] * reach) + 0.5;
  const lo2 = Math.min(p[2], p[2] + d[2] * reach) - 0.5, hi2 = Math.max(p[2], p[2] + d[2] * reach) + 0.5;
  const out: { t: number; s: number }[] = [];
  for (let i = 0; i < n; i++) {
    const b = i * 6;
    if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
    const o = i * 9;
    const ax = V[o]!, ay = V[o + 1]!, az = V[o + 2]!;
    const bx = V[o + 3]!, by = V[o + 4]!, bz = V[o + 5]!;
    const cx = V[o + 6]!, cy = V[o + 7]!, cz = V[o + 8]!;
    // Möller–Trumbore.
    const e1x = bx - ax, e1y = by - ay, e1z = bz - az;
    const e2x = cx - ax, e2y = cy - ay, e2z = cz - az;
    const px = d[1] * e2z - d[2] * e2y, py = d[2] * e2x - d[0] * e2z, pz = d[0] * e2y - d[1] * e2x;
    const det = e1x * px + e1y * py + e1z * pz;
    if (Math.abs(det) < EPS) continue;
    const inv = 1 / det;
    const tx = p[0] - ax, ty = p[1] - ay, tz = p[2] - az;
    const u = (tx * px + ty * py + tz * pz) * inv;
    if (u < 0 || u > 1) continue;
    const qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
    const v = (d[0] * qx + d[1] * qy + d[2] * qz) * inv;
    if (v < 0 || u + v > 1) continue;
    const t = (e2x * qx + e2y * qy + e2z * qz) * inv;
    if (t < 0 || t > reach) continue;
    // Face normal e1 × e2; an exit when it points along the ray.
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
    out.push({ t, s: nx * d[0] + ny * d[1] + nz * d[2] > 0 ? 1 : -1 });
  }
  return out.sort((x, y) => x.t - y.t);
}

/** Winding number of `p` in the mesh along `d` (number of shells containing it), 0 when outside. */
function winding(T: Tri, p: Vec3, d: Vec3, reach: number): number {
  return Math.max(0, hits(T, p, d, reach).reduce((w, x) => w + x.s, 0));
}

/** Closest point on the mesh to `p` among triangles within `radius` mm (undefined if none). */
function closest(T: Tri, p: Vec3, radius: number): Vec3 | undefined {
  const { v: V, box, n } = T;
  let best: Vec3 | undefined, bestD = radius * radius;
  const lo0 = p[0] - radius, hi0 = p[0] + radius, lo1 = p[1] - radius, hi1 = p[1] + radius, lo2 = p[2] - radius, hi2 = p[2] + radius;
  for (let i = 0; i < n; i++) {
    const b = i * 6;
    if (box[b + 3]! < lo0 || box[b]! > hi0 || box[b + 4]! < lo1 || box[b + 1]! > hi1 || box[b + 5]! < lo2 || box[b + 2]! > hi2) continue;
    const o = i * 9;
    const A: Vec3 = [V[o]!, V[o + 1]!, V[o + 2]!], B: Vec3 = [V[o + 3]!, V[o + 4]!, V[o + 5]!], C: Vec3 = [V[o + 6]!, V[o + 7]!, V[o + 8]!];
    const q = closestOnTriangle(p, A, B, C);
    const dd = (q[0] - p[0]) ** 2 + (q[1] - p[1]) ** 2 + (q[2] - p[2]) ** 2;
    if (dd < bestD) { bestD = dd; best = q; }
  }
  return best;
}

/** Ericson, Real-Time Collision Detection §5.1.5. */
function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const sub = (x: Vec3, y: Vec3): Vec3 => [x[0] - y[0], x[1] - y[1], x[2] - y[2]];
  const dot = (x: Vec3, y: Vec3) => x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
  const at = (o: Vec3, d: Vec3, s: number): Vec3 => [o[0] + d[0] * s, o[1] + d[1] * s, o[2] + d[2] * s];
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b), d3 = dot(ab, bp), d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(a, ab, d1 / (d1 - d3));
  const cp = sub(p, c), d5 = dot(ab, cp), d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(a, ac, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return at(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6)));
  const den = 1 / (va + vb + vc);
  const v = vb * den, w = vc * den;
  return [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w];
}

const RAY: Vec3 = [0.5773, 0.5774, 0.5773];

/** A mesh's bounding box, cached (cheap: no triangle flattening). */
const boxes = new WeakMap<BufferGeometry, { min: Vec3; max: Vec3 }>();
function boxOf(g: BufferGeometry): { min: Vec3; max: Vec3 } {
  const hit = boxes.get(g);
  if (hit) return hit;
  const pos = g.getAttribute('position').array as Float32Array;
  const min: Vec3 = [Infinity, Infinity, Infinity], max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < pos.length; i += 3) {
    const x = pos[i]!, y = pos[i + 1]!, z = pos[i + 2]!;
    if (x < min[0]) min[0] = x; if (x > max[0]) max[0] = x;
    if (y < min[1]) min[1] = y; if (y > max[1]) max[1] = y;
    if (z < min[2]) min[2] = z; if (z > max[2]) max[2] = z;
  }
  const b = { min, max };
  boxes.set(g, b);
  return b;
}

function meshesNear(meshes: readonly (BufferGeometry | undefined)[], p: Vec3, r: number): Tri[] {
  const out: Tri[] = [];
  for (const g of meshes) {
    if (!g) continue;
    const b = boxOf(g);
    if (b.max[0] < p[0] - r || b.min[0] > p[0] + r || b.max[1] < p[1] - r || b.min[1] > p[1] + r || b.max[2] < p[2] - r || b.min[2] > p[2] + r) continue;
    out.push(tri(g));
  }
  return out;
}

/**
 * Puts `p` `gap` mm off the nearest bone surface: out of the bone if it is inside, onto it if it is
 * within `radius` mm outside. Farther than `radius` from any bone, `p` is kept.
 */
export function settleOnBone(p: Vec3, meshes: readonly (BufferGeometry | undefined)[], gap = 1, radius = 8, reach = 80): Vec3 {
  const Ts = meshesNear(meshes, p, radius);
  if (!Ts.length) return p;
  let inside = false;
  for (const T of Ts) if (winding(T, p, RAY, reach) > 0) { inside = true; break; }
  let q: Vec3 | undefined, qd = Infinity;
  for (const T of Ts) {
    const c = closest(T, p, inside ? radius * 2 : radius);
    if (!c) continue;
    const d = Math.hypot(c[0] - p[0], c[1] - p[1], c[2] - p[2]);
    if (d < qd) { qd = d; q = c; }
  }
  if (!q || qd < 1e-6) return p;
  // Direction away from the bone at q: from p to q when inside, from q to p when outside.
  const s = inside ? 1 : -1;
  const dir: Vec3 = [((q[0] - p[0]) / qd) * s, ((q[1] - p[1]) / qd) * s, ((q[2] - p[2]) / qd) * s];
  const out: Vec3 = [q[0] + dir[0] * gap, q[1] + dir[1] * gap, q[2] + dir[2] * gap];
  // Where shells overlap, the nearest surface can be inside another part: step out along dir if so.
  return keepOffBone(out, dir, meshes, gap, reach);
}

/** Moves `p` out of any of the meshes along the unit `dir`, to `gap` mm past the surface. A point outside is kept. */
export function keepOffBone(p: Vec3, dir: Vec3, meshes: readonly (BufferGeometry | undefined)[], gap = 1, reach = 30): Vec3 {
  let q = p;
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (const T of meshesNear(meshes, q, 1)) {
      const h = hits(T, q, dir, reach);
      let w = h.reduce((n, x) => n + x.s, 0); // shells containing q
      if (w <= 0) continue;
      for (const x of h) {
        w -= x.s;
        if (w <= 0) {
          const exit = x.t + gap;
          q = [q[0] + dir[0] * exit, q[1] + dir[1] * exit, q[2] + dir[2] * exit];
          moved = true;
          break;
        }
      }
    }
    if (!moved) break;
  }
  return q;
}

/** Distance along the ray (p, d) to the first surface of any of the meshes within `reach`, if any. */
export function firstHit(p: Vec3, d: Vec3, meshes: readonly (BufferGeometry | undefined)[], reach: number): number | undefined {
  const e: Vec3 = [p[0] + d[0] * reach, p[1] + d[1] * reach, p[2] + d[2] * reach];
  const lo: Vec3 = [Math.min(p[0], e[0]), Math.min(p[1], e[1]), Math.min(p[2], e[2])];
  const hi: Vec3 = [Math.max(p[0], e[0]), Math.max(p[1], e[1]), Math.max(p[2], e[2])];
  let best: number | undefined;
  for (const g of meshes) {
    if (!g) continue;
    const b = boxOf(g);
    if (b.max[0] < lo[0] || b.min[0] > hi[0] || b.max[1] < lo[1] || b.min[1] > hi[1] || b.max[2] < lo[2] || b.min[2] > hi[2]) continue;
    const T = tri(g);
    const h = hits(T, p, d, reach);
    if (h.length && (best === undefined || h[0]!.t < best)) best = h[0]!.t;
  }
  return best;
}

const DIRS3: Vec3[] = [[0.5773, 0.5774, 0.5773], [-0.3123, 0.8422, -0.4394], [0.7071, -0.1234, 0.6962]];

/** Inside any of the meshes (winding number along three skewed rays, majority). */
export function insideAny(p: Vec3, meshes: readonly (BufferGeometry | undefined)[], reach = 60): boolean {
  for (const T of meshesNear(meshes, p, 0.5)) {
    // One ray decides "outside" (the common case); an "inside" is confirmed by the majority of three.
    let votes = 0;
    for (let k = 0; k < 3; k++) {
      const d = DIRS3[k]!;
      const n = Math.hypot(d[0], d[1], d[2]);
      if (winding(T, p, [d[0] / n, d[1] / n, d[2] / n], reach) > 0) votes++;
      else if (k === 0) break;
      if (votes >= 2) return true;
    }
  }
  return false;
}

/** Out of the bone by the shortest of `dirs` that really leaves it (`gap` mm clear); kept if already outside. */
export function pushOut(p: Vec3, dirs: readonly Vec3[], meshes: readonly (BufferGeometry | undefined)[], gap = 1): Vec3 {
  if (!insideAny(p, meshes)) return p;
  let best: Vec3 | undefined, bestD = Infinity;
  for (const d of dirs) {
    const q = keepOffBone(p, d, meshes, gap, 40);
    const dd = Math.hypot(q[0] - p[0], q[1] - p[1], q[2] - p[2]);
    if (dd < bestD && !insideAny(q, meshes)) { bestD = dd; best = q; }
  }
  return best ?? p;
}
