import { Group, Mesh, Plane, Vector3, type BufferGeometry, type Material, type MeshStandardMaterial } from 'three';
import type { Structure, StructureKind } from '@spine-explainer/anatomy';
import {
  byKind, highlightIds, KIND_LOOK, KIND_ORDER, layerOfKind, lpsToWorld, mergeStructures, structureRadius, type PlacementLike, type SpineState,
} from '@spine-explainer/react';
import { changed, type PartContext, type ScenePart } from './part';

/** Structures larger than this (bounding radius, mm) only glow near the target, not along their whole length. */
const LOCAL_GLOW_RADIUS = 45;
const GLOW_BAND_MM = 22;

/** Clipping planes keeping a band of ±22 mm around the target's height (world Y), or none without a target. */
function localGlowPlanes(placement: PlacementLike | undefined): Plane[] | null {
  const target = placement?.needles[0]?.target ?? placement?.leads[0]?.path.at(-1);
  if (!target) return null;
  const y = lpsToWorld(target).y;
  return [new Plane(new Vector3(0, -1, 0), y + GLOW_BAND_MM), new Plane(new Vector3(0, 1, 0), -(y - GLOW_BAND_MM))];
}

function mesh(name: string, geometry: BufferGeometry, material: Material, renderOrder: number, userData: Record<string, unknown> = {}): Mesh {
  const m = new Mesh(geometry, material);
  m.name = name;
  m.renderOrder = renderOrder;
  m.userData = userData;
  return m;
}

/**
 * AnatomyMeshes in plain three: one merged mesh per tissue kind (few draw calls), and the highlighted structures
 * drawn again with a glowing material. Merged geometries are ours and disposed; the model's are shared.
 */
export function createAnatomy({ store, materials, invalidate }: PartContext): ScenePart {
  const object = new Group();
  object.name = 'sx-anatomy';
  const kinds = new Group();
  const highlights = new Group();
  object.add(kinds, highlights);
  let merged: { kind: StructureKind; mesh: Mesh }[] = [];

  const localMaterial = materials.highlightTranslucent.clone();
  localMaterial.name = 'sx-highlight-local';
  const glowMaterials: MeshStandardMaterial[] = [materials.highlight, materials.highlightTranslucent, localMaterial];

  const rebuildKinds = (state: SpineState) => {
    for (const { mesh: m } of merged) m.geometry.dispose();
    kinds.clear();
    merged = [];
    if (!state.model) return;
    const groups = byKind(state.model.structures);
    for (const kind of KIND_ORDER) {
      const list = groups.get(kind);
      const geometry = list && mergeStructures(list, { cavityShade: kind === 'bone' });
      if (!geometry) continue;
      const m = mesh(`sx-anatomy-${kind}`, geometry, materials.kinds.get(kind)!, KIND_LOOK[kind].order, { kind });
      merged.push({ kind, mesh: m });
      kinds.add(m);
    }
  };

  const rebuildHighlights = (state: SpineState) => {
    highlights.clear();
    const model = state.model;
    if (!model || state.mode === 'fluoro') return;
    const placement = state.placement;
    const ids = highlightIds(placement, state.tracks[state.step], (id) => !!model.get(id));
    const targets = new Set([...(placement?.needles.map((n) => n.targetStructure) ?? []), ...(placement?.leads.map((l) => l.tipStructure) ?? [])]);
    for (const s of ids.map((id) => model.get(id)).filter(Boolean) as Structure[]) {
      const large = structureRadius(s) > LOCAL_GLOW_RADIUS;
      // Bones around the target are context: a soft tint. The target and the soft tissues named glow.
      if (s.kind === 'bone' && !targets.has(s.id)) {
        highlights.add(mesh(`sx-highlight-${s.id}`, s.geometry, materials.highlightSoft, 7, { structureId: s.id, highlighted: true, context: true }));
        continue;
      }
      const translucent = large || !KIND_LOOK[s.kind].depthWrite || s.kind === 'joint';
      const group = new Group();
      if (!large) group.add(mesh(`sx-highlight-occluded-${s.id}`, s.geometry, materials.highlightOccluded, 9));
      const material = large ? localMaterial : translucent ? materials.highlightTranslucent : materials.highlight;
      group.add(mesh(`sx-highlight-${s.id}`, s.geometry, material, translucent ? 7 : 0, { structureId: s.id, highlighted: true }));
      highlights.add(group);
    }
  };

  return {
    object,
    sync(state, previous) {
      if (changed(state, previous, ['model'])) rebuildKinds(state);
      const trackChanged = !previous || state.tracks[state.step] !== previous.tracks[previous.step];
      if (trackChanged || changed(state, previous, ['model', 'placement', 'mode'])) rebuildHighlights(state);
      // The highlighted set is recomputed whenever its inputs change, and each time the glow starts over.
      if (trackChanged || changed(state, previous, ['model', 'placement'])) state.frame.glow = 0;
      if (changed(state, previous, ['placement', 'palette'])) {
        localMaterial.color.copy(materials.highlightTranslucent.color);
        localMaterial.emissive.copy(materials.highlightTranslucent.emissive);
        localMaterial.clippingPlanes = localGlowPlanes(state.placement);
        localMaterial.needsUpdate = true;
      }
      if (!trackChanged && !changed(state, previous, ['model', 'placement', 'mode', 'layers', 'isolate', 'palette'])) return;
      const fluoro = state.mode === 'fluoro';
      for (const { kind, mesh: m } of merged) {
        m.material = fluoro ? materials.fluoroBone : materials.kinds.get(kind)!;
        m.visible = fluoro || state.isolate ? kind === 'bone' : state.layers[layerOfKind(kind)];
        m.renderOrder = fluoro ? 1 : KIND_LOOK[kind].order;
      }
      invalidate();
    },
    frame(state, delta) {
      // Glow: a few gentle pulses after each change, then a steady glow (so the idle scene stops rendering).
      const f = state.frame;
      if (f.glow > 3.2) return;
      const reduced = state.reducedMotion;
      f.glow = reduced ? 3.3 : f.glow + Math.min(delta, 0.5);
      const k = reduced || f.glow > 3.2 ? 0.55 : 0.45 + 0.35 * Math.sin(f.glow * Math.PI * 1.25) ** 2;
      for (const m of glowMaterials) m.emissiveIntensity = k;
      invalidate();
    },
    dispose() {
      for (const { mesh: m } of merged) m.geometry.dispose();
      merged = [];
      kinds.clear();
      highlights.clear();
      localMaterial.dispose();
    },
  };
}
