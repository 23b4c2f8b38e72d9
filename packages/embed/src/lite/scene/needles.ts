import { CapsuleGeometry, CylinderGeometry, Group, Mesh, Quaternion, Vector3, type BufferGeometry, type Material } from 'three';
import { bevelGeometry, GAUGE_HUB, motionAt, needleRadius, needleTipAt, type NeedlePlacement, type SpineMaterials, type SpineState } from '@spine-explainer/react';
import { changed, type PartContext, type ScenePart } from './part';

const UP = new Vector3(0, 1, 0);

interface BuiltNeedle { group: Group; lesion?: Mesh; geometries: BufferGeometry[] }

/** One needle as NeedleOverlay's `<Needle>` builds it: bevel or Tuohy tip, shaft, hub and cap, along +Y from the tip. */
function buildNeedle(needle: NeedlePlacement, materials: SpineMaterials, fluoro: boolean): BuiltNeedle {
  const geometries: BufferGeometry[] = [];
  const group = new Group();
  group.name = `sx-needle-${needle.id}`;
  group.userData = { needleId: needle.id, target: needle.target, entry: needle.entry };
  const dir = new Vector3(needle.entry[0] - needle.target[0], needle.entry[1] - needle.target[1], needle.entry[2] - needle.target[2]).normalize();
  group.quaternion.copy(new Quaternion().setFromUnitVectors(UP, dir));
  const add = (name: string, geometry: BufferGeometry, material: Material, y: number, renderOrder = 0): Mesh => {
    geometries.push(geometry);
    const m = new Mesh(geometry, material);
    m.name = name;
    m.position.set(0, y, 0);
    m.renderOrder = renderOrder;
    group.add(m);
    return m;
  };
  const r = needleRadius(needle.gauge);
  const length = Math.max(needle.lengthMm, Math.hypot(needle.target[0] - needle.entry[0], needle.target[1] - needle.entry[1], needle.target[2] - needle.entry[2]) + 15);
  const tipLen = needle.kind === 'tuohy' ? 5 : needle.kind === 'radiofrequency' ? 10 : 3.5;
  const metal = fluoro ? materials.fluoroMetal : materials.steel;
  const hub = fluoro ? materials.fluoroMetal : materials.hub;
  if (needle.kind === 'tuohy') {
    // Tuohy: blunt, curved tip; the opening faces the side.
    add('sx-needle-tip', new CapsuleGeometry(r * 1.05, 2.6, 4, 12), metal, 1.2).rotation.set(0, 0, 0.35);
  } else {
    add('sx-needle-tip', bevelGeometry(r, 3.5), metal, 0);
  }
  let lesion: Mesh | undefined;
  if (needle.kind === 'radiofrequency') {
    add('sx-needle-active-tip', new CylinderGeometry(r, r, tipLen, 14), metal, tipLen / 2 + 2);
    // The radiofrequency lesion: an ellipsoid of heated tissue along the active tip.
    lesion = add('sx-needle-lesion', new CapsuleGeometry(2.6, tipLen, 4, 12), fluoro ? materials.fluoroContrast : materials.spread, tipLen / 2 + 1, 8);
    lesion.scale.setScalar(0.3);
    lesion.visible = false;
    add('sx-needle-shaft', new CylinderGeometry(r * 1.08, r * 1.08, length - tipLen, 14), fluoro ? metal : materials.lead, (length + tipLen) / 2);
  } else {
    add('sx-needle-shaft', new CylinderGeometry(r, r, length - 3.4, 14), metal, length / 2 + 1.7);
    // The part inside the body, seen through the tissue in front of it.
    if (!fluoro) add('sx-needle-occluded', new CylinderGeometry(r, r, length - 3.4, 10), materials.instrumentOccluded, length / 2 + 1.7, 9);
  }
  add('sx-needle-hub', new CylinderGeometry(2.4, 3.6, 14, 20), hub, length + 7);
  if (!fluoro) materials.hub.color.set(GAUGE_HUB[needle.gauge] ?? '#f4d03f');
  add('sx-needle-cap', new CylinderGeometry(4.2, 4.2, 4, 20), hub, length + 16);
  return { group, lesion, geometries };
}

/** NeedleOverlay in plain three: the placement's needles advance from skin entry to target with the step's progress. */
export function createNeedles({ materials, invalidate }: PartContext): ScenePart {
  const object = new Group();
  object.name = 'sx-needles';
  let built: { needle: NeedlePlacement; parts: BuiltNeedle }[] = [];
  const clear = () => {
    for (const { parts } of built) for (const g of parts.geometries) g.dispose();
    object.clear();
    built = [];
  };
  return {
    object,
    sync(state, previous) {
      const needles = state.placement?.needles;
      if (!previous || needles !== previous.placement?.needles || changed(state, previous, ['mode'])) {
        clear();
        for (const needle of needles ?? []) {
          const parts = buildNeedle(needle, materials, state.mode === 'fluoro');
          built.push({ needle, parts });
          object.add(parts.group);
        }
        invalidate();
      }
      if (object.visible !== state.layers.devices) {
        object.visible = state.layers.devices;
        invalidate();
      }
    },
    frame(state: SpineState) {
      for (const { needle, parts } of built) {
        const depth = motionAt(state, state.frame.progress, 'needle');
        needleTipAt(needle, depth, parts.group.position);
        const track = state.tracks[state.step];
        // Hidden before it enters and once it has been withdrawn.
        parts.group.visible = !track || depth > 0.001 || track.needle[1] > 0;
        parts.group.userData.depth = depth;
        if (parts.lesion) {
          const k = state.tracks.length ? motionAt(state, state.frame.progress, 'lesion') : 0;
          parts.lesion.visible = k > 0.01;
          parts.lesion.scale.setScalar(0.3 + 0.7 * k);
        }
      }
    },
    dispose: clear,
  };
}
