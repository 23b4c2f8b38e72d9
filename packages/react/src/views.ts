import { Quaternion, Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';
import type { PlacementLike, SceneMode, ViewName, Vec3 } from './types';
import { lpsToWorld, structureCentre } from './geometry';

export const VIEW_NAMES: readonly ViewName[] = ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'anterior', 'close-up'];

const OBLIQUE = (35 * Math.PI) / 180;

/** The LPS point the camera looks at: the needle target, the middle of a lead, a highlighted structure, or L3. */
export function focusPoint(model: SpineModel | undefined, placement: PlacementLike | undefined): Vec3 {
  const needle = placement?.needles[0];
  const lead = placement?.leads[0];
  if (lead && lead.path.length > 1) {
    const a = lead.path[0]!;
    const b = lead.path.at(-1)!;
    return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  }
  if (needle) return needle.target;
  for (const id of placement?.highlight ?? []) {
    const c = structureCentre(model?.get(id));
    if (c) return c;
  }
  try {
    if (model) return model.landmark('vertebral-body-centre-L3');
  } catch {
    /* model without that landmark */
  }
  const bone = model?.structures.find((s) => s.id === 'vertebral-body-L3');
  return structureCentre(bone) ?? [0, 0, 120];
}

/** World direction from the target toward the camera for a view. `side` picks the lateral and close-up side. */
export function viewDirection(view: ViewName, side: string | undefined, out = new Vector3()): Vector3 {
  // World: +X = patient right, +Y = superior, +Z = posterior (see LPS_TO_WORLD).
  const toward = side === 'right' ? 1 : -1; // patient's left is world -X
  switch (view) {
    case 'posterior': return out.set(0, 0, 1);
    case 'anterior': return out.set(0, 0, -1);
    case 'lateral': return out.set(toward, 0, 0);
    case 'oblique-left': return out.set(-Math.sin(OBLIQUE), 0, Math.cos(OBLIQUE));
    case 'oblique-right': return out.set(Math.sin(OBLIQUE), 0, Math.cos(OBLIQUE));
    case 'close-up': return out.set(toward * Math.sin(OBLIQUE * 1.2), 0.25, Math.cos(OBLIQUE * 1.2)).normalize();
  }
}

export interface CameraGoal { position: Vector3; target: Vector3; distance: number }

/** How much bone lies between a camera position and its target (world coordinates); lower is clearer. */
export type OcclusionProbe = (from: Vector3, to: Vector3) => number;

/** Camera position and target for a view of a placement. */
export function cameraGoal(opts: {
  view: ViewName; mode: SceneMode; side?: string; model?: SpineModel; placement?: PlacementLike; occlusion?: OcclusionProbe;
  /** Device kinds shown at this step: the framing widens to include them. */
  devices?: readonly string[];
}): CameraGoal {
  const focus = focusPoint(opts.model, opts.placement);
  const target = lpsToWorld(focus);
  const lead = opts.placement?.leads[0];
  const span = lead ? Math.abs(lpsToWorld(lead.path[0]!).y - lpsToWorld(lead.path.at(-1)!).y) : 0;
  let distance = opts.view === 'close-up' ? 170 : Math.max(430, span * 2.6);
  if (opts.mode === 'fluoro') distance = opts.view === 'close-up' ? 220 : Math.max(360, span * 2.2);
  const shown = opts.view === 'close-up' ? [] : (opts.placement?.devices ?? []).filter((d) => opts.devices?.includes(d.kind));
  if (shown.length) {
    // Frame the lead and the devices together (the generator in the buttock or flank, the remote beside it).
    const pts = [lpsToWorld(focus), ...shown.map((d) => lpsToWorld(d.position))];
    if (lead) pts.push(lpsToWorld(lead.path[0]!), lpsToWorld(lead.path.at(-1)!));
    const min = pts[0]!.clone(), max = pts[0]!.clone();
    for (const p of pts) { min.min(p); max.max(p); }
    target.copy(min).add(max).multiplyScalar(0.5);
    distance = Math.max(distance, max.clone().sub(min).length() * 2.1);
  }
  const dir = viewDirection(opts.view, opts.placement?.side === 'right' || opts.side === 'right' ? 'right' : 'left');
  const needle = opts.placement?.needles[0];
  if (opts.view === 'close-up' && lead) {
    // SCS: frame the lead tip and its contacts.
    const tip = lpsToWorld(lead.path.at(-1)!);
    const below = lpsToWorld(lead.path[Math.max(0, lead.path.length - 12)]!);
    target.copy(tip).lerp(below, 0.5);
    distance = 240;
  } else if (opts.view === 'close-up' && needle) {
    // Side-on to the needle, so its whole length and the tip show: perpendicular to the needle, on the side of the
    // default close-up direction.
    const along = lpsToWorld(needle.target).sub(lpsToWorld(needle.entry)).normalize();
    const side = dir.clone().addScaledVector(along, -dir.dot(along));
    if (side.lengthSq() > 1e-4) dir.copy(side.normalize()).lerp(viewDirection('close-up', opts.side), 0.25);
    distance = Math.max(distance, 210);
    if (opts.occlusion) {
      // Turn around the needle to find the clearest side-on view; prefer the default when it is as clear.
      const preferred = dir.clone().normalize();
      let best = preferred.clone();
      let bestScore = Infinity;
      const q = new Quaternion();
      for (let i = 0; i < 12; i++) {
        const d = preferred.clone().applyQuaternion(q.setFromAxisAngle(along, (i / 12) * Math.PI * 2));
        if (d.y < -0.5) continue; // not from below the table
        const score = opts.occlusion(target.clone().addScaledVector(d, distance), target) + (1 - d.dot(preferred)) * 0.75;
        if (score < bestScore) {
          bestScore = score;
          best = d;
        }
      }
      dir.copy(best);
    }
  }
  if (opts.mode !== 'fluoro' && opts.view !== 'close-up') dir.y += 0.12;
  dir.normalize();
  return { position: target.clone().addScaledVector(dir, distance), target, distance };
}
