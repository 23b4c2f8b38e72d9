/**
 * Test helpers for the bones: build only the bone builders (so bone tests do not depend on the other
 * builders), and read a vertebra's measurements back from its generated geometry.
 */
import type { BufferGeometry } from 'three';
import type { BuildContext, StructureInput } from '../../src/build/context';
import { buildVertebrae } from '../../src/bones/buildVertebrae';
import { buildSacrumAndCoccyx } from '../../src/bones/buildSacrumAndCoccyx';
import { buildJoints } from '../../src/bones/buildJoints';
import { vertebraLayout, type SegmentLevel } from '../../src/bones/vertebraGeometry';
import { computeSpineFrame, type SpineFrame } from '../../src/frame/spineFrame';
import { QUALITY } from '../../src/quality';
import type { Quality, Structure, Vec3 } from '../../src/types';
import { chordThrough, localExtent, localRayHits, type LocalFrame } from './measure';

export interface BoneModel {
  frame: SpineFrame;
  structures: Structure[];
  get(id: string): Structure;
  landmarks: Map<string, Vec3>;
  ms: number;
}

export function buildBones(quality: Quality = 'medium'): BoneModel {
  const structures: Structure[] = [];
  const byId = new Map<string, Structure>();
  const landmarks = new Map<string, Vec3>();
  const frame = computeSpineFrame();
  const ctx: BuildContext = {
    quality, q: QUALITY[quality], frame,
    add(input: StructureInput) {
      if (byId.has(input.id)) throw new Error(`Duplicate structure id "${input.id}"`);
      const s: Structure = { ...input };
      structures.push(s); byId.set(s.id, s);
      return s;
    },
    landmark(name, p) {
      if (landmarks.has(name)) throw new Error(`Duplicate landmark "${name}"`);
      if (!p.every(Number.isFinite)) throw new Error(`Landmark "${name}" is not finite`);
      landmarks.set(name, [p[0], p[1], p[2]]);
    },
    get: (id) => byId.get(id),
    getLandmark: (n) => landmarks.get(n),
  };
  const t0 = performance.now();
  buildVertebrae(ctx); buildSacrumAndCoccyx(ctx); buildJoints(ctx);
  const ms = performance.now() - t0;
  return {
    frame, structures, landmarks, ms,
    get(id) { const s = byId.get(id); if (!s) throw new Error(`missing structure ${id}`); return s; },
  };
}

export interface ReadBack {
  width: number; depth: number; anteriorHeight: number; posteriorHeight: number;
  pedicleWidth: number; canalWidth: number; canalDepth: number; transverseSpan: number;
}

/** A vertebra's measurements read back from its geometry, in its own local frame. */
export function readVertebra(m: BoneModel, level: SegmentLevel): ReadBack {
  const L = vertebraLayout(m.frame, level);
  const f: LocalFrame = L.pose;
  const body = m.get(`vertebral-body-${level}`).geometry;
  // Endplate width / depth: chords through the rim just inside the superior endplate.
  const zRim = L.zSup(0) - 0.07 * L.H;
  const width = chordThrough(body, f, [0, 0, zRim], [1, 0, 0], 200, true);
  const depth = chordThrough(body, f, [0, 0, zRim], [0, 1, 0]);
  const anteriorHeight = chordThrough(body, f, [0, -L.D / 2 + 2, 0], [0, 0, 1]);
  const posteriorHeight = chordThrough(body, f, [0, L.D / 2 - 2, 0], [0, 0, 1]);
  // Pedicle: chord across the isthmus, perpendicular to the pedicle axis in the axial plane.
  const S = L.sides.left;
  const a = S.pedAxis;
  const across: Vec3 = [a[1], -a[0], 0];
  const ped = m.get(`pedicle-${level}-left`).geometry;
  const pedicleWidth = chordThrough(ped, f, S.isthmus, across);
  // Canal width: from the midline at the isthmus, out to each pedicle's medial wall.
  const hitL = localRayHits(ped, f, [0, S.isthmus[1], S.isthmus[2]], [1, 0, 0])[0] ?? NaN;
  const hitR = localRayHits(m.get(`pedicle-${level}-right`).geometry, f, [0, S.isthmus[1], S.isthmus[2]], [-1, 0, 0])[0] ?? NaN;
  // Canal depth: at the lamina's mid-height, from the body's posterior wall to the laminae's anterior face.
  const zc = L.lamina.mid[2];
  const wall = localRayHits(body, f, [0, 0, zc], [0, 1, 0]);
  const lam = localRayHits([m.get(`lamina-${level}-left`).geometry, m.get(`lamina-${level}-right`).geometry], f, [0, 0, zc], [0, 1, 0]);
  const canalDepth = (lam[0] ?? NaN) - (wall[wall.length - 1] ?? NaN);
  const tps: BufferGeometry[] = [m.get(`transverse-process-${level}-left`).geometry, m.get(`transverse-process-${level}-right`).geometry];
  const [x0, x1] = localExtent(tps, f, 0);
  return {
    width, depth, anteriorHeight, posteriorHeight, pedicleWidth,
    canalWidth: hitL + hitR, canalDepth, transverseSpan: x1 - x0,
  };
}
