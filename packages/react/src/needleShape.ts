import { CylinderGeometry, Vector3 } from 'three';
import type { NeedlePlacement } from './types';

/** Outer diameter (mm) per gauge, each within the range ISO 9626:2016 (stainless steel needle tubing) gives for it. */
const GAUGE_OD: Record<number, number> = { 14: 2.11, 16: 1.65, 17: 1.47, 18: 1.27, 20: 0.91, 21: 0.82, 22: 0.72, 23: 0.64, 25: 0.51, 26: 0.46, 27: 0.41 };
/** Hub colours follow the ISO 6009 gauge colour code. */
export const GAUGE_HUB: Readonly<Record<number, string>> = { 14: '#6a8e3a', 16: '#f2f2f2', 17: '#c8102e', 18: '#f5a3b5', 20: '#f4d03f', 21: '#2e8b57', 22: '#2b2b2b', 23: '#3f6fd1', 25: '#f39c12', 26: '#8b5a2b', 27: '#9aa1a8' };

/** Visual radius: true to size but never thinner than 0.55 mm, so it reads at whole-spine zoom. */
export function needleRadius(gauge: number): number {
  return Math.max(0.55, ((GAUGE_OD[gauge] ?? 0.72) / 2) * 1.4);
}

/** The tip of a needle at a depth 0…1 along its path (LPS). */
export function needleTipAt(n: NeedlePlacement, depth: number, out = new Vector3()): Vector3 {
  return out.set(n.entry[0] + (n.target[0] - n.entry[0]) * depth, n.entry[1] + (n.target[1] - n.entry[1]) * depth, n.entry[2] + (n.target[2] - n.entry[2]) * depth);
}

/** A short cylinder whose end is cut on a slant: a Quincke bevel. */
export function bevelGeometry(radius: number, length: number): CylinderGeometry {
  const g = new CylinderGeometry(radius, radius, length, 14, 1, false);
  g.translate(0, length / 2, 0);
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    if (pos.getY(i) < 1e-3) pos.setY(i, (pos.getX(i) + radius) * (length / (2 * radius)) * 0.9);
  }
  pos.needsUpdate = true;
  g.computeVertexNormals();
  return g;
}
