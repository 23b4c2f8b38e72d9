import { useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Html } from '@react-three/drei/web/Html';
import { Vector3 } from 'three';
import type { SpineModel } from '@spine-explainer/anatomy';
import { useSpineStore, useSpineStoreApi } from './context';
import { lpsToWorld, structureCentre, structureRadius } from './geometry';
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

const _w = /* @__PURE__ */ new Vector3();

export interface StructureLabelsProps {
  /** Maximum number of labels. @defaultValue 5 */
  max?: number;
}

/** Labels anchored to structures, named for the reading level, never piled on top of each other. */
export function StructureLabels({ max = 5 }: StructureLabelsProps) {
  const store = useSpineStoreApi();
  const connected = useThree((s) => s.events.connected);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const model = useSpineStore((s) => s.model);
  const placement = useSpineStore((s) => s.placement);
  const readingLevel = useSpineStore((s) => s.readingLevel);
  const locale = useSpineStore((s) => s.locale);
  const show = useSpineStore((s) => s.labels);
  const specs = useMemo(() => labelSpecs(model, placement, readingLevel, locale, max), [model, placement, readingLevel, locale, max]);
  const refs = useRef<(HTMLDivElement | null)[]>([]);

  useFrame(() => {
    const items = specs.map((sp, i) => {
      lpsToWorld(sp.anchor, _w).project(camera);
      const el = refs.current[i];
      return {
        x: ((_w.x + 1) / 2) * size.width,
        // Labels sit just above their anchor (see .sx-label), so the anchored spot itself stays visible.
        y: ((1 - _w.y) / 2) * size.height - 16 - (el?.offsetHeight || 22) / 2,
        w: el?.offsetWidth || sp.text.length * 7 + 16,
        h: el?.offsetHeight || 22,
        visible: _w.z < 1 && _w.z > -1,
      };
    });
    // The toolbar occupies the bottom of the stage: a label there would sit under it.
    const keep = resolveCollisions([{ x: size.width / 2, y: size.height - 26, w: size.width, h: 52, visible: true }, ...items]).slice(1);
    keep.forEach((k, i) => {
      const el = refs.current[i];
      if (el) el.dataset.hidden = k ? 'false' : 'true';
    });
    void store;
  });

  // NOTE: drei <Html> renders empty when mounted before the canvas's events connect (r3f 9 + React 19). @see ../shared/TOOLCHAIN.md
  if (!connected || !show) return null;
  return (
    <group name="sx-labels">
      {specs.map((sp, i) => (
        <Html key={sp.id} position={sp.anchor} center zIndexRange={[20, 0]} style={{ pointerEvents: 'none' }}>
          <div
            ref={(el) => {
              refs.current[i] = el;
            }}
            className={`sx-label${i === 0 ? ' sx-label--target' : ''}`}
            data-structure={sp.id}
          >
            {sp.text}
          </div>
        </Html>
      ))}
    </group>
  );
}
