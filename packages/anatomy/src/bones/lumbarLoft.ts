/**
 * The loft the lumbar processes are made of: rings (superellipses, optionally curled like a facet and
 * pushed out by a tubercle) at a few stations along a process, closed by domed ends. A tubercle grown
 * this way is part of the bone's one surface, not a separate blob glued onto it.
 */
import { loftCaps, loftFlat, loftIndexCount, rawBuffers, type RawMesh } from '../geometry/raw';
import { addScaled, cross, dot, normalize, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { unitSuperellipse } from '../geometry/sweep';

/** One station: centre, half-width along u, half-thickness along the normal, share of the curl, tubercle weight. */
export interface Station { c: Vec3; a: number; b: number; curl: number; tubercle: number }

/**
 * The plane the rings lie in (u across, normal through) and how far their edges curl toward +normal;
 * `hook` makes the curl uneven (a J rather than a C): the edge at +u curls (1 + hook) times as far, the
 * edge at −u (1 − hook) times.
 */
export interface RingPlane { u: Vec3; normal: Vec3; bend: number; hook?: number }

/** Pushes a ring point (at unit coordinates du, dn) by [along u, along normal], scaled by the station's tubercle weight. */
export type Tubercle = (du: number, dn: number) => [number, number];

export const smooth = (t: number) => { const x = Math.min(1, Math.max(0, t)); return x * x * (3 - 2 * x); };

/**
 * One ring, written into `out` from `o` (x y z per point). The curl bends both edges toward +normal (a facet:
 * concave seen from the joint for a superior process, convex for an inferior one, so the two nest). `flip`
 * walks the ring the other way round.
 */
function ring(out: Float64Array, o: number, st: Station, p: RingPlane, unit: Float64Array, flip: boolean, bump?: Tubercle): void {
  const n = unit.length / 2;
  const { u, normal: w } = p;
  const curl = p.bend * st.curl, hook = p.hook ?? 0;
  for (let k = 0; k < n; k++) {
    const i = flip ? (n - k) % n : k;
    const du = unit[i * 2]!, dn = unit[i * 2 + 1]!;
    let x = du * st.a, y = dn * st.b + curl * du * du * (1 + hook * du);
    if (bump && st.tubercle > 0) { const [bx, by] = bump(du, dn); x += bx * st.tubercle; y += by * st.tubercle; }
    out[o++] = st.c[0] + u[0] * x + w[0] * y; out[o++] = st.c[1] + u[1] * x + w[1] * y; out[o++] = st.c[2] + u[2] * x + w[2] * y;
  }
}

/** A closed loft through the stations (`points` around each ring), its ends domed out by `caps` mm. */
export function loftStations(stations: readonly Station[], p: RingPlane, points: number, exponent: number, caps: [number, number], bump?: Tubercle): RawMesh {
  const unit = unitSuperellipse(points, exponent);
  // Counter-clockwise seen from the end the loft runs toward (mirrored sides and up/down processes differ).
  const run = sub(stations[stations.length - 1]!.c, stations[0]!.c);
  const flip = dot(cross(p.u, p.normal), run) < 0;
  // The rings go straight into the loft's positions (no array per point).
  const R = stations.length;
  const { positions, indices } = rawBuffers((R * points + loftCaps()) * 3, loftIndexCount(R, points, loftCaps()));
  for (let r = 0; r < R; r++) ring(positions, r * points * 3, stations[r]!, p, unit, flip, bump);
  // Each end is domed straight out of its ring's plane (a push along a sheared run would fold the cap in).
  const axis = normalize(cross(p.u, p.normal));
  const apex = (k: number, k2: number, push: number): Vec3 => {
    const c = stations[k]!.c;
    const d = dot(axis, sub(c, stations[k2]!.c)) >= 0 ? axis : ([-axis[0], -axis[1], -axis[2]] as Vec3);
    // The centre of a curled ring sits toward +normal by half its curl.
    return addScaled(addScaled(c, p.normal, p.bend * stations[k]!.curl * 0.5), d, push);
  };
  const last = stations.length - 1;
  return loftFlat(positions, R, points, { startApex: apex(0, 1, caps[0]), endApex: apex(last, last - 1, caps[1]) }, indices);
}
