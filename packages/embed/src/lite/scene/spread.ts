import { Group, IcosahedronGeometry, Mesh, Plane, Vector3, type MeshStandardMaterial } from 'three';
import {
  lpsToWorld, motionAt, spreadOrigin, spreadRadius, structureRadius, type SpineMaterials, type SpineState, type SpreadPlacement,
} from '@spine-explainer/react';
import { changed, type PartContext, type ScenePart } from './part';

interface BuiltSpread {
  group: Group;
  blob: Mesh;
  fill?: Mesh;
  fillMaterial?: MeshStandardMaterial;
  planes: [Plane, Plane];
  radius: number;
  elongated: boolean;
  originY: number;
  band: number;
}

/** One injectate as SpreadOverlay's `<Spread>` builds it: a growing blob at the origin and, outside fluoroscopy, the structure filling. */
function buildSpread(state: SpineState, spread: SpreadPlacement, index: number, materials: SpineMaterials, blobGeometry: IcosahedronGeometry): BuiltSpread | undefined {
  const structure = state.model?.get(spread.structure);
  const origin = spreadOrigin(state.placement!, spread, structure);
  if (!origin) return undefined;
  const fluoro = state.mode === 'fluoro';
  const radius = spreadRadius(spread.volumeMl);
  const group = new Group();
  group.name = `sx-spread-${index}`;
  group.userData = { structure: spread.structure, volumeMl: spread.volumeMl };
  const blob = new Mesh(blobGeometry, fluoro ? materials.fluoroContrast : materials.spread);
  blob.name = 'sx-spread-blob';
  blob.position.set(origin[0], origin[1], origin[2]);
  blob.renderOrder = 8;
  group.add(blob);
  const planes: [Plane, Plane] = [new Plane(new Vector3(0, -1, 0), 0), new Plane(new Vector3(0, 1, 0), 0)];
  let fill: Mesh | undefined;
  let fillMaterial: MeshStandardMaterial | undefined;
  if (structure && !fluoro) {
    fillMaterial = materials.spread.clone();
    fillMaterial.name = 'sx-spread-fill';
    fillMaterial.clippingPlanes = planes;
    fill = new Mesh(structure.geometry, fillMaterial);
    fill.name = 'sx-spread-fill';
    fill.renderOrder = 8;
    group.add(fill);
  }
  return {
    group, blob, fill, fillMaterial, planes, radius,
    // Elongated structures (the epidural space, a nerve root) carry the fluid along them; compact ones fill whole.
    elongated: structureRadius(structure) > 25,
    originY: lpsToWorld(origin).y,
    band: Math.max(8, radius * 2.6),
  };
}

/** SpreadOverlay in plain three: injectate as a translucent volume growing in the right space with the step's spread progress. */
export function createSpread({ materials, invalidate }: PartContext): ScenePart {
  const object = new Group();
  object.name = 'sx-spreads';
  // One unit sphere for every blob of this viewer (R3F makes one per blob; the pixels are the same).
  const blobGeometry = new IcosahedronGeometry(1, 3);
  let built: BuiltSpread[] = [];
  const clear = () => {
    for (const b of built) b.fillMaterial?.dispose();
    object.clear();
    built = [];
  };
  return {
    object,
    sync(state, previous) {
      if (!changed(state, previous, ['placement', 'model', 'mode'])) return;
      clear();
      if (state.placement) {
        state.placement.spread.forEach((sp, i) => {
          const b = buildSpread(state, sp, i, materials, blobGeometry);
          if (!b) return;
          built.push(b);
          object.add(b.group);
        });
      }
      invalidate();
    },
    frame(state) {
      const k = motionAt(state, state.frame.progress, 'spread');
      for (const b of built) {
        b.blob.visible = k > 0.001;
        const rr = b.radius * (0.25 + 0.75 * Math.cbrt(k));
        const across = rr * (b.elongated ? 0.75 : 1);
        b.blob.scale.set(across, across, rr * (b.elongated ? 1.5 : 1));
        if (b.fill && b.fillMaterial) {
          b.fill.visible = k > 0.001;
          b.planes[0].constant = b.originY + b.band * k;
          b.planes[1].constant = -(b.originY - b.band * k);
          b.fillMaterial.opacity = 0.25 + 0.3 * k;
        }
      }
    },
    dispose() {
      clear();
      blobGeometry.dispose();
    },
  };
}
