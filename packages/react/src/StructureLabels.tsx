import { useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Html } from '@react-three/drei/web/Html';
import { Vector3 } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { lpsToWorld } from './geometry';
import { labelSpecs, resolveCollisions } from './labelLayout';

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
