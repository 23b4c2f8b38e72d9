import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry, Color, FrontSide, MeshStandardMaterial } from 'three';
import {
  DERMATOMES, DERMATOME_LOCALES, PAIN_PATTERNS, dermatomePhrase, dermatomeWeights, localizeDermatome, localizePainPattern,
  painPatternWeights, type DermatomeLocales, type SpineModel,
} from '@spine-explainer/anatomy';

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

/**
 * Plain-words caption for the shaded area in the viewer's locale, honest about what the model cannot show
 * (our skin ends at the elbows and about 20 cm below the knees). Any locale falls back to English, field by
 * field; pass `mergeDermatomeLocales(DERMATOME_LOCALES, { fr: … }).locales` to add one.
 */
export function dermatomeCaption(root?: string, pattern?: string, locale = 'en', locales: DermatomeLocales = DERMATOME_LOCALES): string | undefined {
  if (root && DERMATOMES.some((x) => x.root === root)) {
    const d = localizeDermatome(root, locale, locales);
    const continues = d.continues ? ` ${dermatomePhrase('band', locale, { continues: d.continues }, locales)}` : '';
    return `${d.root}: ${d.description}${continues} ${dermatomePhrase('overlap', locale, {}, locales)}`;
  }
  if (!root && pattern && PAIN_PATTERNS.some((x) => x.id === pattern)) {
    const p = localizePainPattern(pattern, locale, locales);
    const continues = p.continues ? ` ${dermatomePhrase('pattern', locale, { continues: p.continues }, locales)}` : '';
    return `${p.name}: ${p.description}${continues}`;
  }
  return undefined;
}

/** The caption as a live paragraph that follows `locale`, or nothing for no or an unknown root / pattern. */
export function DermatomeCaption({ root, pattern, locale = 'en', locales, className }: { root?: string; pattern?: string; locale?: string; locales?: DermatomeLocales; className?: string }) {
  const caption = dermatomeCaption(root, pattern, locale, locales);
  if (!caption) return null;
  return <p className={className} aria-live="polite">{caption}</p>;
}

/**
 * Shades a dermatome band or a pain pattern on the model's skin: a translucent vertex-colour layer
 * (RGBA, alpha = weight × opacity) over the skin, in LPS (render it inside the scene's LPS root).
 * It owns one geometry and one material and disposes both on unmount; the model's skin is untouched.
 */
export function DermatomeOverlay({ model, root, pattern, color = DERMATOME_DEFAULT_COLOR, opacity = 0.6 }: DermatomeOverlayProps) {
  const skin = model.get('skin');
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
    g.setAttribute('color', new BufferAttribute(new Float32Array(position.count * 4), 4));
    return g;
  }, [skin]);
  const material = useMemo(() => new MeshStandardMaterial({
    name: 'sx-dermatome', vertexColors: true, transparent: true, depthWrite: false, side: FrontSide,
    roughness: 0.8, metalness: 0, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2,
  }), []);
  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => material.dispose(), [material]);

  const weights = useMemo(() => overlayWeights(model, root, pattern), [model, root, pattern]);
  useMemo(() => {
    if (!geometry) return;
    const attr = geometry.getAttribute('color') as BufferAttribute;
    const a = attr.array as Float32Array;
    const c = new Color(color);
    const k = Math.max(0, Math.min(1, opacity));
    for (let i = 0; i < attr.count; i++) {
      a[i * 4] = c.r; a[i * 4 + 1] = c.g; a[i * 4 + 2] = c.b;
      a[i * 4 + 3] = weights ? weights[i]! * k : 0;
    }
    attr.needsUpdate = true;
  }, [geometry, weights, color, opacity]);

  if (!geometry || !weights) return null;
  return (
    <mesh
      name="sx-dermatome"
      geometry={geometry}
      material={material}
      renderOrder={3}
      userData={{ dermatomeRoot: root, painPattern: root ? undefined : pattern }}
    />
  );
}
