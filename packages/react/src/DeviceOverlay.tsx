import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { CatmullRomCurve3, TubeGeometry, Vector3, type Group } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { useMaterials } from './SceneResources';
import { DEVICE_SIZE, deviceVisible } from './scsDevices';
import type { DevicePlacement } from './types';

function Device({ device }: { device: DevicePlacement }) {
  const materials = useMaterials();
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const [w, d, h] = DEVICE_SIZE[device.kind];
  const body = fluoro ? materials.fluoroMetal : materials.device;
  return (
    <group name={`sx-device-${device.id}`} position={device.position} userData={{ deviceKind: device.kind }}>
      <mesh name="sx-device-body" material={body}>
        {/* The implanted generator is a flat, rounded can (about 5 × 5.5 × 1.1 cm), its face toward the skin (LPS +y). */}
        {device.kind === 'implanted-generator' ? <cylinderGeometry args={[w / 2, w / 2, d, 40]} /> : <boxGeometry args={[w, d, h]} />}
      </mesh>
      {device.kind !== 'implanted-generator' && !fluoro ? (
        <mesh name="sx-device-screen" position={[0, d / 2 + 0.3, h * 0.15]} material={materials.deviceScreen}>
          <boxGeometry args={[w * 0.7, 0.6, h * 0.35]} />
        </mesh>
      ) : null}
    </group>
  );
}

/** An extension cable along a path (LPS), or from where the lead leaves the spine to the generator. */
function Extension({ path }: { path: readonly (readonly [number, number, number])[] }) {
  const materials = useMaterials();
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const tube = useMemo(() => {
    const pts = path.map((p) => new Vector3(p[0], p[1], p[2]));
    if (pts.length === 2) pts.splice(1, 0, pts[0]!.clone().lerp(pts[1]!, 0.5).add(new Vector3(0, 18, 0)));
    return new TubeGeometry(new CatmullRomCurve3(pts), Math.max(24, pts.length * 2), 0.8, 8, false);
  }, [path]);
  useEffect(() => () => tube.dispose(), [tube]);
  return <mesh name="sx-device-extension" geometry={tube} material={fluoro ? materials.fluoroMetal : materials.lead} dispose={null} />;
}

export interface DeviceOverlayProps {
  devices?: readonly DevicePlacement[];
}

/** SCS devices: the trial generator outside the body, the implanted generator under the skin with its extension, the remote. */
export function DeviceOverlay({ devices }: DeviceOverlayProps) {
  const store = useSpineStoreApi();
  const placement = useSpineStore((s) => s.placement);
  const layer = useSpineStore((s) => s.layers.devices);
  const list = devices ?? placement?.devices ?? [];
  const refs = useRef<(Group | null)[]>([]);
  const extRef = useRef<Group>(null);
  useFrame(() => {
    const s = store.getState();
    const shown = s.tracks[s.step]?.devices;
    list.forEach((d, i) => {
      const g = refs.current[i];
      if (g) g.visible = deviceVisible(shown, d.kind);
    });
    if (extRef.current) extRef.current.visible = deviceVisible(shown, 'implanted-generator');
  });
  const ipg = list.find((d) => d.kind === 'implanted-generator');
  const lead = placement?.leads[0];
  const paths = placement?.extensions?.length ? placement.extensions.map((e) => e.path) : ipg && lead ? [[lead.path[0]!, ipg.position]] : [];
  return (
    <group name="sx-devices" visible={layer}>
      {list.map((d, i) => (
        <group key={d.id} ref={(g) => { refs.current[i] = g; }}>
          <Device device={d} />
        </group>
      ))}
      <group ref={extRef} name="sx-extensions">
        {paths.map((p, i) => (
          <Extension key={i} path={p} />
        ))}
      </group>
    </group>
  );
}
