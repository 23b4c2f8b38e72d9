/**
 * Where the neural builder expects the bony landmarks it hangs nerves on: pedicles, foramina,
 * transverse processes. In each vertebra's local frame (x left, y posterior, z superior; mm).
 *
 * Read from the bones' layout (bones/vertebraGeometry.ts), so roots and bone agree by construction.
 */
import type { SpineFrame } from '../frame/spineFrame';
import type { VertebraLevel } from '../levels';
import type { Side, Vec3 } from '../types';
import { vertebraLayout } from '../bones/vertebraGeometry';

export interface PedicleRef {
  level: VertebraLevel;
  side: Side;
  /** Sign of +x for this side (left = +1). */
  sx: 1 | -1;
  /** Centre of the isthmus, local. */
  centre: Vec3;
  /** Medial and lateral pedicle lines (|x|), top and bottom (z) of the isthmus. */
  medialX: number;
  lateralX: number;
  top: number;
  bottom: number;
  /** The posterior wall of the body (y) at this level. */
  bodyBack: number;
}

export function sideSign(side: Side): 1 | -1 {
  return side === 'left' ? 1 : -1;
}

export function pedicleRef(frame: SpineFrame, level: VertebraLevel, side: Side): PedicleRef {
  // The bones' layout is the single source of truth for the pedicle (bones/vertebraGeometry.ts).
  const L = vertebraLayout(frame, level);
  const iso = L.sides[side].isthmus;
  const pw = L.m.pedicleWidth, ph = L.m.pedicleHeight;
  const cx = Math.abs(iso[0]);
  return {
    level, side, sx: sideSign(side), centre: [iso[0], iso[1], iso[2]],
    medialX: cx - pw / 2, lateralX: cx + pw / 2,
    top: iso[2] + ph / 2, bottom: iso[2] - ph / 2,
    bodyBack: L.yb,
  };
}
