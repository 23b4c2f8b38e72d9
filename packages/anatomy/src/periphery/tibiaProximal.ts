import type { BufferGeometry } from 'three';
import { closedLoft, ellipseRing, ellipsoidPart } from './mesh';
import type { Vec3 } from '../types';
import type { Res } from './pelvis';
import type { SidePlan } from './plan';

/**
 * The proximal tibia: a plateau of two shallow condylar dishes with the intercondylar eminence between them, the
 * condyles overhanging a tapering shaft, and the tibial tuberosity in front. Plateau ~76 × 48 mm (body.json:
 * SCHLATTERER_2021 ratio to the condylar width); the tuberosity ~3 cm below the joint line.
 */

/** Depth below the joint centre, half width, half depth, y shift, superellipse exponent. */
const STATIONS: [number, number, number, number, number][] = [
  [10, 39, 24.5, 2, 2.6], [20, 35, 23, 1, 2.4], [32, 27, 21, 0, 2.2], [48, 20, 18, -1, 2.2],
  [70, 16, 16, -1, 2], [110, 13.5, 14.5, 0, 2], [156, 13, 14, 1, 2],
];
const RIM: [number, number, number] = [38, 24, 2]; // half width, half depth, y shift of the plateau rim

/** Depth of the inferomedial genicular station: the shaft–medial condyle junction. */
export const TIBIA_GENICULAR_DEPTH = 32;

/** Height of the plateau above the joint centre at (x lateral+, y) from the knee axis: dishes and the eminence. */
export function plateauHeight(x: number, y: number): number {
  const dish = -1.4 * Math.exp(-(((Math.abs(x) - 19) / 9) ** 2) - ((y - 2) / 13) ** 2);
  const eminence = 2.4 * Math.exp(-((x / 6) ** 2) - ((y - 2) / 11) ** 2);
  return -3.9 + dish + eminence;
}

export interface ProximalTibia {
  geometry: BufferGeometry[];
  /** Surface point at the genicular depth: medial (or lateral) side, `dy` behind the axis, `off` mm out. */
  genicularSurface(lateral: boolean, dy: number, off: number): Vec3;
}

export function proximalTibia(sp: SidePlan, res: Res): ProximalTibia {
  const { sx, knee: K } = sp;
  const n = res.ring;
  const unit = ellipseRing([0, 0, 0], [1, 0, 0], [0, 1, 0], 1, 1, n, 2.6);
  // The plateau: the rim and smaller copies of it toward the eminence, each point at the plateau's height.
  const capRing = (f: number): Vec3[] => unit.map(([ux, uy]) => {
    const x = ux * RIM[0] * f, y = RIM[2] + uy * RIM[1] * f;
    return [K[0] + sx * x, K[1] + y, K[2] + plateauHeight(x, y)];
  });
  const rings: Vec3[][] = (n >= 16 ? [0.3, 0.55, 0.8, 1] : [0.5, 1]).map(capRing);
  for (const [d, w, dp, dy, ex] of n >= 16 ? STATIONS : STATIONS.filter((s) => s[0] !== 20 && s[0] !== 70)) rings.push(ellipseRing([K[0], K[1] + dy, K[2] - d], [sx, 0, 0], [0, 1, 0], w, dp, n, ex));
  const top: Vec3 = [K[0], K[1] + RIM[2], K[2] + plateauHeight(0, RIM[2])];
  const geometry = [closedLoft(rings, top, [K[0], K[1] + 1, K[2] - 160])];
  // Tibial tuberosity: a low oval boss on the front of the proximal shaft, a little lateral.
  geometry.push(ellipsoidPart([K[0] + sx * 4, K[1] - 15, K[2] - 34], [1, 0, 0], [0, 1, 0], [0, 0, 1], [12, 7, 17], Math.max(6, Math.round(res.sphere / 2))));

  const [, w, dp, dy, ex] = STATIONS[2]!;
  const genicularSurface = (lateral: boolean, y: number, off: number): Vec3 => {
    const yy = Math.min(1, Math.abs(y) / dp);
    const x = w * (1 - yy ** ex) ** (1 / ex);
    return [K[0] + sx * (lateral ? 1 : -1) * (x + off), K[1] + dy + y, K[2] - TIBIA_GENICULAR_DEPTH];
  };
  return { geometry, genicularSurface };
}
