/**
 * A light model of the sacral segments, enough to run the sacral canal, the S1 root and the
 * sympathetic chain: body centres, axes and canal sizes per segment S1…S5, laid down from the S1
 * endplate (the LPS origin) along a curve that bends forward (sacral kyphosis).
 *
 * Measured: sacral slope 39.5°, S1 body depth 33 mm, hiatus intercornual width 11.8 mm and AP depth
 * 4.7 mm, hiatus apex at S4, sacral height 106.7 mm (morphometry `sacrum`). Segment heights, the
 * forward bend per segment and the canal sizes above the hiatus are estimates (ours).
 * The bones builder owns the sacrum; when it publishes canal landmarks we follow those instead
 * (see `alignToBones` in buildNeural).
 */
import type { SpineFrame } from '../frame/spineFrame';
import { morphometry } from '../morphometry';
import type { Vec3 } from '../types';
import { addScaled } from '../geometry/vec';
import { S1_ESTIMATES } from '../bones/vertebraGeometry';

export interface SacralSegment {
  label: 'S1' | 'S2' | 'S3' | 'S4' | 'S5';
  /** Body centre, the caudal axis direction (down the segment) and the posterior unit. */
  centre: Vec3;
  down: Vec3;
  P: Vec3;
  /** Superior and inferior centres of the segment's body along `down`. */
  top: Vec3;
  bottom: Vec3;
  height: number;
  bodyWidth: number;
  bodyDepth: number;
  canalCentre: Vec3;
  canalWidth: number;
  canalDepth: number;
}

const DEG = Math.PI / 180;

export function sacralSegments(frame: SpineFrame): SacralSegment[] {
  const s = morphometry.sacrum as Record<string, number>;
  const slope = frame.s1.tilt; // 39.5: the S1 endplate normal leans forward by this much
  const total = s.height_mm!; // straight height; the segment arc is a little longer
  // Estimates: segment heights (share of the arc), forward bend of each segment's axis, body and canal sizes.
  // S1 as the bones lay it out (S1_ESTIMATES); the rest of the arc shared caudally (estimate).
  const arc = total * 1.04;
  const rest = [0.23, 0.2, 0.16, 0.14];
  const restSum = rest.reduce((a, b) => a + b, 0);
  const heights = [S1_ESTIMATES.bodyHeight, ...rest.map((r) => ((arc - S1_ESTIMATES.bodyHeight) * r) / restSum)];
  const bend = [0, 10, 22, 36, 50];
  const bodyW = [s.s1_body_width_mm!, 34, 26, 20, 15];
  const bodyD = [s.s1_body_depth_mm!, 24, 18, 14, 10];
  const canalW = [S1_ESTIMATES.canalWidth, 24, 18, 14, s.hiatus_intercornual_distance_mm!];
  const canalD = [S1_ESTIMATES.canalDepth, 10.5, 8, 6, s.hiatus_ap_depth_mm!];
  const labels = ['S1', 'S2', 'S3', 'S4', 'S5'] as const;
  const out: SacralSegment[] = [];
  let top: Vec3 = frame.s1.centre;
  for (let k = 0; k < 5; k++) {
    const tilt = (slope - bend[k]!) * DEG; // posterior lean of the caudal axis from straight down
    const down: Vec3 = [0, Math.sin(tilt), -Math.cos(tilt)];
    const P: Vec3 = [0, Math.cos(tilt), Math.sin(tilt)];
    const h = heights[k]!;
    const centre = addScaled(top, down, h / 2);
    const bottom = addScaled(top, down, h);
    out.push({
      label: labels[k]!, centre, down, P, top, bottom, height: h,
      bodyWidth: bodyW[k]!, bodyDepth: bodyD[k]!,
      canalCentre: addScaled(centre, P, bodyD[k]! / 2 + canalD[k]! / 2),
      canalWidth: canalW[k]!, canalDepth: canalD[k]!,
    });
    top = bottom;
  }
  return out;
}
