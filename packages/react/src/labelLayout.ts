import type { SpineModel } from '@spine-explainer/anatomy';
import { structureCentre, structureRadius } from './geometry';
import { structureLabel } from './names';
import type { PlacementLike, Vec3 } from './types';

export interface LabelSpec { id: string; text: string; anchor: Vec3; priority: number }

/** The labels worth showing for a placement: the target first, then the level's vertebrae, disc and nerve. */
export function labelSpecs(model: SpineModel | undefined, placement: PlacementLike | undefined, readingLevel: 'patient' | 'clinician', locale: string, max = 5): LabelSpec[] {
  if (!model || !placement) return [];
  const ids: string[] = [];
  const target = placement.needles[0]?.targetStructure ?? placement.leads[0]?.tipStructure;
  if (target) ids.push(target);
  for (const id of placement.highlight) ids.push(id);
  const level = placement.level;
  if (level) {
    const [a, b] = level.split('-');
    if (a) ids.push(`vertebral-body-${a}`);
    if (b) ids.push(`vertebral-body-${b}`, `disc-${level}`);
    const side = placement.side === 'right' ? 'right' : 'left';
    if (a) ids.push(`nerve-root-${a}-${side}`);
  }
  const seen = new Set<string>();
  const out: LabelSpec[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = model.get(id);
    if (!s) continue;
    // Large structures are labelled where the needle is, not at their far-away centre.
    const anchor = structureRadius(s) > 45 ? placement.needles[0]?.target ?? structureCentre(s) : structureCentre(s);
    if (!anchor) continue;
    out.push({ id, text: structureLabel(s, readingLevel, locale), anchor, priority: out.length });
    if (out.length >= max) break;
  }
  return out;
}

interface Box { x0: number; y0: number; x1: number; y1: number }
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Greedy screen-space placement: keeps labels in priority order and hides any that would overlap one already kept. */
export function resolveCollisions(items: { x: number; y: number; w: number; h: number; visible: boolean }[]): boolean[] {
  const kept: Box[] = [];
  return items.map((it) => {
    if (!it.visible) return false;
    const box = { x0: it.x - it.w / 2 - 3, y0: it.y - it.h / 2 - 2, x1: it.x + it.w / 2 + 3, y1: it.y + it.h / 2 + 2 };
    if (kept.some((k) => overlaps(k, box))) return false;
    kept.push(box);
    return true;
  });
}
