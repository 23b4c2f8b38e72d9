import { BoxGeometry, CylinderGeometry, Group, Mesh, Vector3, type BufferGeometry } from 'three';
import { DEVICE_SIZE, deviceVisible, type DevicePlacement, type SpineMaterials, type SpineState, type Vec3 } from '@spine-explainer/react';
import { changed, type PartContext, type ScenePart } from './part';
import { tubeGeometry } from './tube';
import { centripetalPath } from './centripetalPath';

function buildDevice(device: DevicePlacement, materials: SpineMaterials, fluoro: boolean, geometries: BufferGeometry[]): Group {
  const [w, d, h] = DEVICE_SIZE[device.kind];
  const group = new Group();
  group.name = `sx-device-${device.id}`;
  group.position.set(device.position[0], device.position[1], device.position[2]);
  group.userData = { deviceKind: device.kind };
  // The implanted generator is a flat, rounded can (about 5 × 5.5 × 1.1 cm), its face toward the skin (LPS +y).
  const bodyGeometry = device.kind === 'implanted-generator' ? new CylinderGeometry(w / 2, w / 2, d, 40) : new BoxGeometry(w, d, h);
  geometries.push(bodyGeometry);
  const body = new Mesh(bodyGeometry, fluoro ? materials.fluoroMetal : materials.device);
  body.name = 'sx-device-body';
  group.add(body);
  if (device.kind !== 'implanted-generator' && !fluoro) {
    const screenGeometry = new BoxGeometry(w * 0.7, 0.6, h * 0.35);
    geometries.push(screenGeometry);
    const screen = new Mesh(screenGeometry, materials.deviceScreen);
    screen.name = 'sx-device-screen';
    screen.position.set(0, d / 2 + 0.3, h * 0.15);
    group.add(screen);
  }
  return group;
}

/** An extension cable along a path (LPS); a two-point path sags 18 mm toward the skin in the middle. */
function extensionGeometry(path: readonly Vec3[]): BufferGeometry {
  const pts = path.map((p) => new Vector3(p[0], p[1], p[2]));
  if (pts.length === 2) pts.splice(1, 0, pts[0]!.clone().lerp(pts[1]!, 0.5).add(new Vector3(0, 18, 0)));
  return tubeGeometry(centripetalPath(pts), Math.max(24, pts.length * 2), 0.8, 8);
}

/** DeviceOverlay in plain three: trial generator, implanted generator with its extension, remote; shown per step. */
export function createDevices({ materials, invalidate }: PartContext): ScenePart {
  const object = new Group();
  object.name = 'sx-devices';
  const extensions = new Group();
  extensions.name = 'sx-extensions';
  let geometries: BufferGeometry[] = [];
  let items: { kind: string; holder: Group }[] = [];
  const clear = () => {
    for (const g of geometries) g.dispose();
    geometries = [];
    items = [];
    extensions.clear();
    object.clear();
  };
  const apply = (state: SpineState) => {
    const shown = state.tracks[state.step]?.devices;
    for (const { kind, holder } of items) holder.visible = deviceVisible(shown, kind);
    extensions.visible = deviceVisible(shown, 'implanted-generator');
  };
  return {
    object,
    sync(state, previous) {
      if (changed(state, previous, ['placement', 'mode'])) {
        clear();
        const placement = state.placement;
        const fluoro = state.mode === 'fluoro';
        for (const device of placement?.devices ?? []) {
          const holder = new Group();
          holder.add(buildDevice(device, materials, fluoro, geometries));
          items.push({ kind: device.kind, holder });
          object.add(holder);
        }
        const ipg = placement?.devices.find((d) => d.kind === 'implanted-generator');
        const lead = placement?.leads[0];
        const paths = placement?.extensions?.length ? placement.extensions.map((e) => e.path) : ipg && lead ? [[lead.path[0]!, ipg.position]] : [];
        for (const path of paths) {
          const geometry = extensionGeometry(path);
          geometries.push(geometry);
          const cable = new Mesh(geometry, fluoro ? materials.fluoroMetal : materials.lead);
          cable.name = 'sx-device-extension';
          extensions.add(cable);
        }
        object.add(extensions);
        invalidate();
      }
      object.visible = state.layers.devices;
      if (!previous || state.layers.devices !== previous.layers.devices) invalidate();
    },
    frame: apply,
    dispose: clear,
  };
}
