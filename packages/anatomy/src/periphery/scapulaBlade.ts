import type { BufferGeometry } from 'three';
import { add, cross, dot, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { bez, centroidOf, closedLoft } from './mesh';

/**
 * A thin plate through rows of quadratic Bézier sections (a → m → b), like `sheet`, with a displacement of the
 * mid-surface per row and across-position: the scapular blade uses it to cut the suprascapular notch into its
 * superior border. `thick(i, s)` is the full thickness; the section rounds off at a and b.
 */
export function displacedPlate(
  a: readonly Vec3[], m: readonly Vec3[], b: readonly Vec3[],
  thick: (i: number, s: number) => number, across: number, outside: Vec3,
  displace: (i: number, s: number) => Vec3 | undefined,
): BufferGeometry {
  const n = a.length;
  const ss: number[] = [];
  for (let k = 0; k <= across; k++) ss.push(0.5 - 0.5 * Math.cos((k / across) * Math.PI));
  const point = (i: number, s: number): Vec3 => {
    const p = bez(a[i]!, m[i]!, b[i]!, s);
    const d = displace(i, s);
    return d ? add(p, d) : p;
  };
  const rings: Vec3[][] = [];
  for (let i = 0; i < n; i++) {
    const i0 = Math.max(0, i - 1), i1 = Math.min(n - 1, i + 1);
    const top: Vec3[] = [], bottom: Vec3[] = [];
    for (const s of ss) {
      const p = point(i, s);
      const tu = sub(point(i1, s), point(i0, s));
      const tv = sub(point(i, Math.min(1, s + 0.01)), point(i, Math.max(0, s - 0.01)));
      let nn = normalize(cross(tu, tv));
      if (dot(nn, outside) < 0) nn = scale(nn, -1);
      const edge = Math.sqrt(Math.max(0, Math.sin(Math.PI * s))) * 0.85 + 0.15;
      const h = (thick(i, s) / 2) * edge;
      top.push(add(p, scale(nn, h)));
      bottom.push(add(p, scale(nn, -h)));
    }
    rings.push([...top, ...bottom.slice(1, -1).reverse()]);
  }
  const c0 = centroidOf(rings[0]!), c1 = centroidOf(rings[n - 1]!);
  const d0 = normalize(sub(c0, centroidOf(rings[1]!))), d1 = normalize(sub(c1, centroidOf(rings[n - 2]!)));
  return closedLoft(rings, add(c0, scale(d0, 2)), add(c1, scale(d1, 2)));
}
