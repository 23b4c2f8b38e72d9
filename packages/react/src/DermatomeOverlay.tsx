import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { BufferAttribute, BufferGeometry, FrontSide, MeshStandardMaterial } from 'three';
import {
  DERMATOMES, PAIN_PATTERNS, dermatomeWeights, painPatternWeights, type DermatomeLocales, type SpineModel,
} from '@spine-explainer/anatomy';
import { dermatomeCaption } from './workbench/whereItHurts';

// The caption is text only: it lives with "where it hurts" so the workbench shell can show it without three or R3F.
export { dermatomeCaption };

export interface DermatomeOverlayProps {
  model: SpineModel;
  /** A dorsal root, `C2` … `S2`: its dermatome is shaded. */
  root?: string;
  /** A pain pattern id (`lumbar-facet`, `sacroiliac`, `radicular-L5`, …): used when no `root` is given. */
  pattern?: string;
  /** Shade colour (CSS colour). A calm blue by default. */
  color?: string;
  /** Opacity where the weight is 1 (default 0.6): the spine stays visible through it. */
  opacity?: number;
}

export const DERMATOME_DEFAULT_COLOR = '#2f7fd6';

/** Per-vertex weights for a root or a pattern; undefined (nothing drawn) for none or an unknown id. */
export function overlayWeights(model: SpineModel, root?: string, pattern?: string): Float32Array | undefined {
  if (root && DERMATOMES.some((d) => d.root === root)) return dermatomeWeights(model, root);
  if (!root && pattern && PAIN_PATTERNS.some((p) => p.id === pattern)) return painPatternWeights(model, pattern);
  return undefined;
}

/** The caption as a live paragraph that follows `locale`, or nothing for no or an unknown root / pattern. */
export function DermatomeCaption({ root, pattern, locale = 'en', locales, className }: { root?: string; pattern?: string; locale?: string; locales?: DermatomeLocales; className?: string }) {
  const caption = dermatomeCaption(root, pattern, locale, locales);
  if (!caption) return null;
  return <p className={className} aria-live="polite">{caption}</p>;
}

/**
 * Shades a dermatome band or a pain pattern on the model's skin: a translucent layer over the skin whose per-vertex
 * alpha is the weight (bytes, RGBA with white RGB), tinted by the material's colour and opacity, in LPS (render it
 * inside the scene's LPS root). A new root or pattern rewrites one byte per vertex; a new colour or opacity rewrites
 * none. It owns one geometry and one material and disposes both on unmount; the model's skin is untouched.
 */
export function DermatomeOverlay({ model, root, pattern, color = DERMATOME_DEFAULT_COLOR, opacity = 0.6 }: DermatomeOverlayProps) {
  const skin = model.get('skin');
  const invalidate = useThree((s) => s.invalidate);
  const geometry = useMemo(() => {
    if (!skin) return undefined;
    const src = skin.geometry;
    const g = new BufferGeometry();
    g.name = 'sx-dermatome';
    const position = src.getAttribute('position') as BufferAttribute;
    g.setAttribute('position', position.clone());
    const normal = src.getAttribute('normal') as BufferAttribute | undefined;
    if (normal) g.setAttribute('normal', normal.clone()); else g.computeVertexNormals();
    if (src.index) g.setIndex(src.index.clone());
    g.setAttribute('color', new BufferAttribute(new Uint8Array(position.count * 4).fill(255), 4, true));
    return g;
  }, [skin]);
  const material = useMemo(() => new MeshStandardMaterial({
    name: 'sx-dermatome', vertexColors: true, transparent: true, depthWrite: false, side: FrontSide,
    roughness: 0.8, metalness: 0, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2,
  }), []);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);

  const weights = useMemo(() => overlayWeights(model, root, pattern), [model, root, pattern]);
  // Written during render so the first frame that shows the mesh already has its alpha (idempotent).
  useMemo(() => {
    if (!geometry || !weights) return;
    const attr = geometry.getAttribute('color') as BufferAttribute;
    const a = attr.array as Uint8Array;
    for (let i = 0; i < attr.count; i++) a[i * 4 + 3] = Math.round(Math.max(0, Math.min(1, weights[i]!)) * 255);
    attr.needsUpdate = true;
  }, [geometry, weights]);
  useMemo(() => {
    material.color.set(color);
    material.opacity = Math.max(0, Math.min(1, opacity));
  }, [material, color, opacity]);
  // The scene renders on demand and the mesh's props stay the same: a new tint or band must ask for a frame.
  useEffect(() => invalidate(), [invalidate, weights, color, opacity]);
  const userData = useMemo(() => ({ dermatomeRoot: root, painPattern: root ? undefined : pattern }), [root, pattern]);

  if (!geometry || !weights) return null;
  return (
    <mesh
      name="sx-dermatome"
      geometry={geometry}
      material={material}
      renderOrder={3}
      userData={userData}
    />
  );
}
