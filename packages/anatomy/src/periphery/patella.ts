import type { BufferGeometry } from 'three';
import type { Vec3 } from '../types';
import { closedLoft } from './mesh';
import { smoothClosed, type Res } from './pelvis';
import { body } from './plan';

/**
 * The patella: a flattened, rounded-triangular plate with its apex down. The front is gently domed; the back
 * narrows to the vertical ridge between the larger lateral and the smaller medial facet, which rides in the
 * trochlear groove. Width : thickness ≈ 2 (1.8 with cartilage on MRI of 43 young adults: "How thick is the patella?",
 * Orthop Proc 95-B Supp 14, SAOA 58th congress), height ≈ width; sizes from body.json.
 */

/** Coronal outline (x lateral +, z up), unit width and height, lateral → superior → medial → apex. */
const OUTLINE: [number, number][] = [
  [0.5, 0.09], [0.44, 0.32], [0.22, 0.43], [0, 0.455], [-0.22, 0.43], [-0.44, 0.32],
  [-0.49, 0.09], [-0.38, -0.2], [-0.2, -0.43], [0, -0.545], [0.18, -0.43], [0.36, -0.2],
];

/** Stations front (-1) to back (+1) of the thickness: x scale, z scale, x shift (lateral +), z shift, as fractions. */
const STATIONS: [number, number, number, number, number][] = [
  [-0.9, 0.55, 0.6, 0, 0], [-0.62, 0.86, 0.88, 0, 0], [-0.15, 1, 1, 0, 0],
  [0.3, 0.96, 0.96, 0, 0.01], [0.65, 0.7, 0.78, -0.05, 0.06], [0.92, 0.3, 0.56, -0.08, 0.1],
];

/** `c`: centre of the plate (its apex lies lower than its base lies high); `lat`: the unit lateral direction. */
export function patellaGeometry(c: Vec3, lat: Vec3, res: Res): BufferGeometry {
  const K = body.knee;
  const W = K.patella_width_mm, H = K.patella_height_mm, T = K.patella_thickness_mm;
  const n = Math.max(12, res.ring); // the outline's 12 points at least: the apex survives the low tier
  const ring2d = smoothClosed(OUTLINE, n);
  const p = (x: number, y: number, z: number): Vec3 => [c[0] + lat[0] * x, c[1] + y, c[2] + z];
  const stations = n >= 16 ? STATIONS : [STATIONS[0]!, STATIONS[2]!, STATIONS[4]!, STATIONS[5]!];
  const rings = stations.map(([t, fx, fz, dx, dz]) => ring2d.map(([x, z]) => p(W * (x * fx + dx), (t * T) / 2, H * (z * fz + dz))));
  return closedLoft(rings, p(0, -T / 2, 0), p(-0.08 * W, T / 2, 0.1 * H));
}
