/**
 * The epidural space continues out into each intervertebral foramen as a fat-filled sleeve around the
 * root: its floor is the pedicle below, its roof the pedicle above, the body/disc in front and the
 * facet behind. We model it, for the thoracolumbar foramina (T1-T2 … L5-S1), as a closed boxy
 * sleeve that starts just lateral to the canal tube (never overlapping it, so ray-parity
 * "inside the epidural space" stays exact) and ends 2 mm past the lateral pedicle line. The
 * transforaminal safe triangle lies inside it.
 */
import type { BufferGeometry } from 'three';
import type { SpineFrame } from '../frame/spineFrame';
import type { VertebraLevel } from '../levels';
import type { Vec3 } from '../types';
import { loftRings } from '../geometry/loft';
import { orientOutward } from './mesh';
import type { PedicleRef } from './boneRef';
import { EPIDURAL_INSET } from './sheaths';

export interface ForamenBox {
  /** Local frame of the upper vertebra A. */
  level: VertebraLevel;
  sx: 1 | -1;
  x0: number;
  x1: number;
  yc: number;
  ry: number;
  zc: number;
  rz: number;
}

/** The sleeve's extent for the foramen under pedicle A, in A's local frame. */
export function foramenBox(frame: SpineFrame, level: VertebraLevel, ped: PedicleRef, canalWidthBelow: number): ForamenBox {
  const v = frame.vertebrae[level];
  const m = v.m;
  const zTop = ped.bottom - 0.3;
  const zBottom = -v.height / 2 - m.discBelowHeight - 0.5; // at the superior endplate of the level below
  // Start just outside the widest canal tube between the two stations.
  const x0 = Math.max(m.canalWidth, canalWidthBelow) / 2 - EPIDURAL_INSET + 0.15;
  return {
    level, sx: ped.sx, x0: Math.max(x0, Math.min(ped.medialX, x0)), x1: ped.lateralX + 2,
    yc: ped.bodyBack + 5.2, ry: 4.8,
    zc: (zTop + zBottom) / 2, rz: (zTop - zBottom) / 2,
  };
}

export function foramenSleeve(frame: SpineFrame, box: ForamenBox): BufferGeometry {
  const rings: Vec3[][] = [];
  // A straight prism with a slightly narrowed lateral end.
  const xs = [box.x0, box.x1 - 1.2, box.x1];
  xs.forEach((x, i) => {
    const k = i === xs.length - 1 ? 0.85 : 1;
    const c = frame.toWorld(box.level, [box.sx * x, box.yc, box.zc]);
    const u = frame.dirToWorld(box.level, [0, 1, 0]);
    const w = frame.dirToWorld(box.level, [0, 0, 1]);
    // An octagon with a flat roof and floor (the pedicles), flat front and back.
    const a = box.ry * k, b = box.rz * k;
    const pts: [number, number][] = [[a, -0.6 * b], [a, 0.6 * b], [0.6 * a, b], [-0.6 * a, b], [-a, 0.6 * b], [-a, -0.6 * b], [-0.6 * a, -b], [0.6 * a, -b]];
    rings.push(pts.map(([p, q]) => [c[0] + u[0] * p + w[0] * q, c[1] + u[1] * p + w[1] * q, c[2] + u[2] * p + w[2] * q] as Vec3));
  });
  return orientOutward(loftRings(rings));
}

/** Is a local point (frame of box.level) inside the sleeve box (superellipse test)? */
export function inForamenBox(box: ForamenBox, p: Vec3): boolean {
  const x = p[0] * box.sx;
  if (x < box.x0 || x > box.x1) return false;
  const a = Math.abs((p[1] - box.yc) / box.ry), b = Math.abs((p[2] - box.zc) / box.rz);
  return a < 1 && b < 1 && (a <= 0.6 || b <= 0.6 || (a - 0.6) / 0.4 + (b - 0.6) / 0.4 < 1);
}
