import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Plane, Vector3, type Material, type MeshStandardMaterial } from 'three';
import type { Structure, StructureKind } from '@spine-explainer/anatomy';
import { useSpineStore, useSpineStoreApi } from './context';
import { useMaterials } from './SceneResources';
import { byKind, lpsToWorld, mergeStructures, structureRadius } from './geometry';
import { KIND_LOOK } from './materials';
import { highlightIds, layerOfKind } from './highlight';
import { KIND_ORDER } from './palette';

export interface AnatomyMeshesProps {
  /** Extra structure ids to highlight, on top of the placement's. */
  highlight?: readonly string[];
}

/** Structures larger than this (bounding radius, mm) only glow near the target, not along their whole length. */
const LOCAL_GLOW_RADIUS = 45;
const GLOW_BAND_MM = 22;

/**
 * The anatomy: one merged mesh per tissue kind (few draw calls), and the highlighted structures drawn again on top
 * with a glowing material. Merged geometries are ours and disposed; the model's geometries are shared (`dispose={null}`).
 * Must be rendered under the LPS root (see `<SpineRoot>`).
 */
export function AnatomyMeshes({ highlight: extra }: AnatomyMeshesProps) {
  const materials = useMaterials();
  const store = useSpineStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const model = useSpineStore((s) => s.model);
  const placement = useSpineStore((s) => s.placement);
  const track = useSpineStore((s) => s.tracks[s.step]);
  const mode = useSpineStore((s) => s.mode);
  const layers = useSpineStore((s) => s.layers);
  const isolate = useSpineStore((s) => s.isolate);

  const merged = useMemo(() => {
    if (!model) return [];
    const groups = byKind(model.structures);
    return KIND_ORDER.filter((k) => groups.has(k)).map((kind) => ({ kind, geometry: mergeStructures(groups.get(kind)!, { cavityShade: kind === 'bone' }) }));
  }, [model]);
  useEffect(() => () => merged.forEach((m) => m.geometry?.dispose()), [merged]);

  const ids = useMemo(() => {
    if (!model) return [];
    const list = highlightIds(placement, track, (id) => !!model.get(id));
    for (const id of extra ?? []) if (model.get(id) && !list.includes(id)) list.push(id);
    return list;
  }, [model, placement, track, extra]);
  const targets = useMemo(() => new Set([...(placement?.needles.map((n) => n.targetStructure) ?? []), ...(placement?.leads.map((l) => l.tipStructure) ?? [])]), [placement]);
  const highlighted = useMemo(() => ids.map((id) => model!.get(id)!).filter(Boolean) as Structure[], [ids, model]);

  // Large structures (epidural space, dural sac) glow only in a band around the target.
  const localGlow = useMemo(() => {
    const target = placement?.needles[0]?.target ?? placement?.leads[0]?.path.at(-1);
    if (!target) return undefined;
    const y = lpsToWorld(target).y;
    return [new Plane(new Vector3(0, -1, 0), y + GLOW_BAND_MM), new Plane(new Vector3(0, 1, 0), -(y - GLOW_BAND_MM))];
  }, [placement]);
  const localMaterial = useMemo(() => {
    const m = materials.highlightTranslucent.clone();
    m.name = 'sx-highlight-local';
    return m;
  }, [materials]);
  useEffect(() => () => localMaterial.dispose(), [localMaterial]);
  useEffect(() => {
    localMaterial.color.copy(materials.highlightTranslucent.color);
    localMaterial.emissive.copy(materials.highlightTranslucent.emissive);
    localMaterial.clippingPlanes = localGlow ?? null;
    localMaterial.needsUpdate = true;
    invalidate();
  }, [localMaterial, localGlow, materials, invalidate]);

  useEffect(() => {
    const f = store.getState().frame;
    f.glow = 0;
    invalidate();
  }, [ids, store, invalidate]);

  // Glow: a few gentle pulses after each change, then a steady glow (so the idle scene stops rendering).
  const glowMats = useRef<MeshStandardMaterial[]>([]);
  glowMats.current = [materials.highlight, materials.highlightTranslucent, localMaterial];
  useFrame((_, delta) => {
    const f = store.getState().frame;
    if (f.glow > 3.2) return;
    const reduced = store.getState().reducedMotion;
    f.glow = reduced ? 3.3 : f.glow + Math.min(delta, 0.5);
    const k = reduced || f.glow > 3.2 ? 0.55 : 0.45 + 0.35 * Math.sin(f.glow * Math.PI * 1.25) ** 2;
    for (const m of glowMats.current) m.emissiveIntensity = k;
    invalidate();
  });

  const fluoro = mode === 'fluoro';
  const kindVisible = (kind: StructureKind) => {
    if (fluoro) return kind === 'bone';
    if (isolate) return kind === 'bone';
    return layers[layerOfKind(kind)];
  };
  const materialFor = (kind: StructureKind): Material => (fluoro ? materials.fluoroBone : materials.kinds.get(kind)!);
  return (
    <group name="sx-anatomy">
      {merged.map(({ kind, geometry }) =>
        geometry ? (
          <mesh
            key={kind}
            name={`sx-anatomy-${kind}`}
            geometry={geometry}
            material={materialFor(kind)}
            visible={kindVisible(kind)}
            renderOrder={fluoro ? 1 : KIND_LOOK[kind].order}
            userData={{ kind }}
            dispose={null}
          />
        ) : null,
      )}
      {!fluoro &&
        highlighted.map((s) => {
          const large = structureRadius(s) > LOCAL_GLOW_RADIUS;
          // Bones around the target are context: a soft tint. The target and the soft tissues named glow.
          if (s.kind === 'bone' && !targets.has(s.id)) {
            return (
              <mesh key={s.id} name={`sx-highlight-${s.id}`} geometry={s.geometry} material={materials.highlightSoft} renderOrder={7} userData={{ structureId: s.id, highlighted: true, context: true }} dispose={null} />
            );
          }
          const translucent = large || !KIND_LOOK[s.kind].depthWrite || s.kind === 'joint';
          return (
            <group key={s.id}>
            {large ? null : (
              <mesh name={`sx-highlight-occluded-${s.id}`} geometry={s.geometry} material={materials.highlightOccluded} renderOrder={9} dispose={null} />
            )}
            <mesh
              name={`sx-highlight-${s.id}`}
              geometry={s.geometry}
              material={large ? localMaterial : translucent ? materials.highlightTranslucent : materials.highlight}
              renderOrder={translucent ? 7 : 0}
              userData={{ structureId: s.id, highlighted: true }}
              dispose={null}
            />
            </group>
          );
        })}
    </group>
  );
}
