/**
 * The body of C2: taller in front than behind. Its anterior surface climbs toward the root of the dens
 * and its anteroinferior lip hangs down over the front of the C2-C3 disc; the posterior wall, under the
 * canal, is lower. The body front including the dens root is ~23 mm (brief, issue #3; morphometry.json
 * vb_anterior_height_mm 22 is the endplate-to-endplate estimate).
 */
import { loftRaw, type RawMesh } from '../geometry/raw';
import type { Vec3 } from '../types';
import { bodyOutline, type Tess } from './parts';
import type { VertebraLayout } from './vertebraGeometry';

/** Height fraction and radial scale of the rings, as in the subaxial bodies (rim, waist, rim). */
const PROFILE: [number, number][] = [[0, 0.95], [0.07, 1.0], [0.3, 0.93], [0.5, 0.91], [0.72, 0.93], [0.93, 1.0], [1, 0.96]];
const LOW = [0, 1, 3, 5, 6];

/** How far the top falls from front to back, and how far the anteroinferior lip hangs (mm). */
export const AXIS_BODY_TOP_FALL = 1.4;
export const AXIS_BODY_LIP = 2.2;

export function axisBody(L: VertebraLayout, tess: Tess): RawMesh {
  const outline = bodyOutline(L, tess.body);
  const half = L.D / 2;
  // 0 at the back, 1 at the front.
  const front = (y: number) => Math.min(1, Math.max(0, (half - y) / (2 * half)));
  // The top falls only behind the middle, so the endplate read-back and the dens root keep the full height in front.
  const top = (y: number) => L.zSup(y) - AXIS_BODY_TOP_FALL * Math.min(1, Math.max(0, y / half));
  const lipOf = (y: number) => { const f = Math.max(0, (front(y) - 0.55) / 0.45); return f * f * (3 - 2 * f); };
  const rows = tess.bodyRings <= 5 ? LOW.map((i) => PROFILE[i]!) : PROFILE;
  const rings: Vec3[][] = rows.map(([t, s]) => outline.map(([x, y]) => {
    const yy = y < 0 ? y * s : y * (1 - (1 - s) * 0.2);
    // The lip: the lower front rim reaches down and a little forward.
    const lip = lipOf(yy) * (1 - t) ** 3;
    const zb = L.zInf(yy) - AXIS_BODY_LIP * lip;
    // Seen from the front the body narrows downward (a shield between the C3 uncinate processes).
    return [x * s * (0.9 + 0.1 * t), yy - 0.8 * lip, zb * (1 - t) + top(yy) * t] as Vec3;
  }));
  return loftRaw(rings, { startApex: [0, 0, L.zInf(0) + 0.8], endApex: [0, 0, top(0) - 0.8] });
}
