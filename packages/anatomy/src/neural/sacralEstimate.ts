/**
 * The sacral segments as the neural model uses them (the sacral canal, the S1 root and the sympathetic
 * chain): body centre, axes and canal sizes per segment S1…S5, read off the bones' curved sacral axis.
 */
import type { SpineFrame } from '../frame/spineFrame';
import type { Vec3 } from '../types';
import { sacralAxis, sacralCanalCentre } from '../bones/vertebraGeometry';

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


export function sacralSegments(frame: SpineFrame): SacralSegment[] {
  // The bones' sacral axis is the single source of truth (bones/vertebraGeometry.ts `sacralAxis`).
  const ax = sacralAxis(frame);
  return ax.segments.map((g, k) => {
    const mid = ax.at((g.top + g.bottom) / 2);
    return {
      label: (['S1', 'S2', 'S3', 'S4', 'S5'] as const)[k]!,
      centre: mid.p, down: mid.down, P: mid.P,
      top: ax.at(g.top).p, bottom: ax.at(g.bottom).p, height: g.bottom - g.top,
      bodyWidth: mid.bodyWidth, bodyDepth: mid.bodyDepth,
      canalCentre: sacralCanalCentre(frame, (g.top + g.bottom) / 2),
      canalWidth: mid.canalWidth, canalDepth: mid.canalDepth,
    };
  });
}
