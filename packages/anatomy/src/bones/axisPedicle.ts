/**
 * The C2 pedicle and pars interarticularis: a broad isthmus (taller than wide) running back and down from
 * inside the lateral mass, under the superior facet, to the inferior articular process, instead of a round
 * bar from the top of the body. It keeps the measured width through the layout's isthmus (pedicle width
 * 8.8 mm, axis lateral-mass study in morphometry.json) so the canal and pedicle read-backs are unchanged.
 */
import type { RawMesh } from '../geometry/raw';
import { addScaled, lerp } from '../geometry/vec';
import type { Side, Vec3 } from '../types';
import { bar } from './primitives';
import type { Tess } from './parts';
import { sideSign, type VertebraLayout } from './vertebraGeometry';

export function axisPedicle(L: VertebraLayout, side: Side, tess: Tess): RawMesh {
  const s = sideSign(side);
  const S = L.sides[side];
  const pw = L.m.pedicleWidth / 2, ph = L.m.pedicleHeight / 2;
  // Buried in the lateral mass, medial to and under the facet centre.
  const start: Vec3 = [s * (L.W / 2 + 4.5), S.isthmus[1] - 12, S.isthmus[2] + 1.5];
  const path = [start, lerp(start, S.isthmus, 0.55), S.isthmus, lerp(S.isthmus, S.pedEnd, 0.6), addScaled(S.pedEnd, S.pedAxis, 1.5)];
  const width = [1.25, 1.08, 1, 1.05, 1.12];
  const height = [1.9, 1.75, 1.6, 1.6, 1.55];
  return bar(path, [0, 0, 1], (t) => {
    const i = Math.min(4, Math.round(t * 4));
    return [pw * width[i]!, ph * height[i]!];
  }, tess.part, 2.4, [0.5, 1]);
}
