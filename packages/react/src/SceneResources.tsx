import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { SpineMaterials } from './materials';
import { useThree } from '@react-three/fiber';
import { useSpineStore } from './context';

const MaterialsContext = /* @__PURE__ */ createContext<SpineMaterials | null>(null);

export interface SceneResourcesProps { children?: ReactNode }

/**
 * Owns the materials of one viewer: created once, re-coloured on theme change, disposed on unmount.
 * `<SpineScene>` renders it; wrap building blocks in it when composing your own `<Canvas>`.
 */
export function SceneResources({ children }: SceneResourcesProps) {
  const [materials] = useState(() => new SpineMaterials());
  const palette = useSpineStore((s) => s.palette);
  const xray = useSpineStore((s) => s.xray || s.isolate);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    if (palette) materials.setPalette(palette);
    materials.setXray(xray);
    invalidate();
  }, [materials, palette, xray, invalidate]);
  useEffect(() => () => materials.dispose(), [materials]);
  return <MaterialsContext.Provider value={materials}>{children}</MaterialsContext.Provider>;
}

export function useMaterials(): SpineMaterials {
  const m = useContext(MaterialsContext);
  if (!m) throw new Error('spine-explainer: building blocks need <SceneResources> (rendered by <SpineScene>) around them.');
  return m;
}
