import type { BufferGeometry } from 'three';
import { add, cross, dot, normalize, scale, sub } from '../geometry/vec';
import type { Vec3 } from '../types';
import { closedLoft } from './mesh';

/**
 * The acetabulum: a cup round the femoral head, opening along `axis` (laterally, anteriorly and down),
 * deeper than a hemisphere except at the acetabular notch on its inferior margin, which opens into the
 * obturator foramen. Cup depth ~24–27 mm and notch width ~22–25 mm, from dry hip bones: Khobragade &
 * Vatsalaswamy, Int J Res Med Sci (110 bones: depth 26.9 M / 25.3 F mm); J Neonatal Surg 2025;14(8)
 * (56 bones, North India: depth 24 mm, notch width 22–25 mm, vertical diameter 53 mm).
 */
export interface CupShape {
  centre: Vec3;
  axis: Vec3;
  /** Radius of the socket's articular surface and of the cup's outside. */
  inner: number;
  outer: number;
  /** Polar angle of the rim from the deep pole (degrees; 90 = a hemisphere). */
  rimDeg: number;
  /** Polar angle of the rim at the middle of the notch (degrees). */
  notchDeg: number;
  /** Half-width of the notch as an azimuth (radians). */
  notchHalf: number;
}

/** Unit azimuth of the notch: the part of "down" across the cup's axis. */
export function notchDirection(axis: Vec3): Vec3 {
  const down: Vec3 = [0, 0, -1];
  return normalize(sub(down, scale(axis, dot(down, axis))));
}

/** Rim polar angle (degrees) at azimuth phi from the notch. */
export function rimAngle(c: CupShape, phi: number): number {
  const w = Math.exp(-((phi / c.notchHalf) ** 2));
  return c.rimDeg + (c.notchDeg - c.rimDeg) * w;
}

export function acetabularCup(c: CupShape, segments: number): BufferGeometry {
  const a = normalize(c.axis);
  const u = notchDirection(a), v = normalize(cross(a, u));
  // Profile from the outer pole round the rim to the inner pole, as fractions of the rim angle.
  const outerF = [0.2, 0.43, 0.67, 0.87, 1];
  const innerF = [1, 0.85, 0.63, 0.39, 0.17];
  const ring = (radius: number, frac: number, lip = 0): Vec3[] => {
    const pts: Vec3[] = [];
    for (let j = 0; j < segments; j++) {
      const phi = ((j / segments) * 2 - 1) * Math.PI;
      const th = ((rimAngle(c, phi) * frac + lip) * Math.PI) / 180;
      const dir = add(scale(a, -Math.cos(th)), add(scale(u, Math.sin(th) * Math.cos(phi)), scale(v, Math.sin(th) * Math.sin(phi))));
      pts.push(add(c.centre, scale(dir, radius)));
    }
    return pts;
  };
  const rings = [
    ...outerF.map((f) => ring(c.outer, f)),
    ring((c.outer + c.inner) / 2 + 1, 1, 4),
    ...innerF.map((f) => ring(c.inner, f)),
  ];
  return closedLoft(rings, add(c.centre, scale(a, -c.outer)), add(c.centre, scale(a, -c.inner)));
}
