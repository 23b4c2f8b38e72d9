import type { Vec3 } from '../types';
import { add, cross, dist, norm, perpendicular, scale } from './geom';
import type { ModelIndex } from './modelIndex';
import { skinExit } from './needle';

/** How far around the landmark (across the trajectory) the contact point may lie. */
const SEARCH_RADIUS_MM = 12;
const SEARCH_STEP_MM = 1.5;
/** The contact point stands off the bone surface by this much, toward the skin. */
const STANDOFF_MM = 0.4;
/** "Within 2 mm of the nerve", with a margin for a different mesh query in the checks. */
const MAX_NERVE_MM = 1.5;
/** Farther than this from a nerve's surface is outside it (nerves here are a few mm thick). */
const NERVE_THICKNESS_MM = 5;
/** Each line starts this far beyond the landmark (deep to it), so bone over the nerve is crossed. */
const DEPTH_MM = 12;
/** Bone farther out than this along a line is not "at the nerve": it blocks the line instead. */
const LOCAL_MM = 15;

/**
 * Where a needle along `dir` (the standard trajectory, or one tilted a little from it) first meets
 * bone beside the target nerve. Bone-contact techniques (medial branch block, L5 dorsal ramus block,
 * RF neurotomy) end on bone: the needle is advanced "to bone contact at the SAP–TP junction"
 * [WIKIMSK_LMBB] or contacts the TP and slides up into the groove [PIJN_RF]. When bone (sacral ala,
 * S1 SAP, TP) covers the nerve along that line, the bone is the target, as long as the contact lies
 * within 2 mm of the nerve.
 *
 * Lines parallel to `dir` are tried across a disc around `landmark`; on each, the outermost bone
 * crossing near the landmark is where the needle stops, if the line is clear from there to the skin.
 * The accepted contact nearest the landmark wins; none farther than `withinMm` is looked for.
 */
export function boneContactTarget(ix: ModelIndex, landmark: Vec3, dir: Vec3, nerve: string, withinMm = SEARCH_RADIUS_MM): Vec3 | undefined {
  const key = `boneContact|${nerve}|${landmark.join(',')}|${dir.join(',')}|${withinMm.toFixed(3)}`;
  return ix.memo(key, () => search(ix, landmark, dir, nerve, withinMm));
}

function search(ix: ModelIndex, landmark: Vec3, dir: Vec3, nerve: string, withinMm: number): Vec3 | undefined {
  const u = norm(perpendicular(dir));
  const v = norm(cross(dir, u));
  let best: { p: Vec3; d: number } | undefined;
  for (const [a, b] of DISC) {
    if (Math.hypot(a, b) > (best ? best.d : withinMm)) break; // offsets come nearest first
    const start = add(add(add(landmark, u, a), v, b), dir, -DEPTH_MM);
    const p = localContact(ix, start, dir);
    if (!p || !nearNerve(ix, nerve, p)) continue;
    const d = dist(p, landmark);
    if (d <= withinMm && (!best || d < best.d) && clearToSkin(ix, p, dir)) best = { p, d };
  }
  return best?.p;
}

/** The last bone crossing near the nerve on the way out from `start`, stood off toward the skin. */
function localContact(ix: ModelIndex, start: Vec3, dir: Vec3): Vec3 | undefined {
  const hits = ix.boneGrid.raycast(start, dir, DEPTH_MM + LOCAL_MM);
  const last = hits[hits.length - 1];
  return last ? add(start, scale(dir, last.t + STANDOFF_MM), 1) : undefined;
}

/** Within MAX_NERVE_MM of the nerve, or inside it. */
function nearNerve(ix: ModelIndex, nerve: string, p: Vec3): boolean {
  const d = ix.surfaceDistance(nerve, p, NERVE_THICKNESS_MM);
  return d <= MAX_NERVE_MM || (d < Infinity && ix.inside(nerve, p));
}

/** No bone between p and the skin along dir. */
function clearToSkin(ix: ModelIndex, p: Vec3, dir: Vec3): boolean {
  const skin = skinExit(ix, p, dir);
  return skin !== undefined && !ix.boneGrid.firstHit(p, dir, 0, skin);
}

/** Grid offsets across the line within the search disc, nearest first. */
function discOffsets(): [number, number][] {
  const out: [number, number][] = [];
  const n = Math.floor(SEARCH_RADIUS_MM / SEARCH_STEP_MM);
  for (let i = -n; i <= n; i++)
    for (let j = -n; j <= n; j++) if (Math.hypot(i, j) * SEARCH_STEP_MM <= SEARCH_RADIUS_MM) out.push([i * SEARCH_STEP_MM, j * SEARCH_STEP_MM]);
  out.sort((x, y) => Math.hypot(...x) - Math.hypot(...y));
  return out;
}

const DISC = discOffsets();
