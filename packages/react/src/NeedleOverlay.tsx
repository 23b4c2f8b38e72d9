import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Quaternion, Vector3, type Group, type Mesh } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { useMaterials } from './SceneResources';
import { motionAt } from './store';
import { bevelGeometry, GAUGE_HUB, needleRadius, needleTipAt } from './needleShape';
import type { NeedlePlacement } from './types';

const _up = /* @__PURE__ */ new Vector3(0, 1, 0);
const _dir = /* @__PURE__ */ new Vector3();

function Needle({ needle }: { needle: NeedlePlacement }) {
  const materials = useMaterials();
  const store = useSpineStoreApi();
  const ref = useRef<Group>(null);
  const lesionRef = useRef<Mesh>(null);
  const r = needleRadius(needle.gauge);
  const length = Math.max(needle.lengthMm, Math.hypot(needle.target[0] - needle.entry[0], needle.target[1] - needle.entry[1], needle.target[2] - needle.entry[2]) + 15);
  const tipLen = needle.kind === 'tuohy' ? 5 : needle.kind === 'radiofrequency' ? 10 : 3.5;
  const quaternion = useMemo(() => {
    _dir.set(needle.entry[0] - needle.target[0], needle.entry[1] - needle.target[1], needle.entry[2] - needle.target[2]).normalize();
    return new Quaternion().setFromUnitVectors(_up, _dir);
  }, [needle]);
  const bevel = useMemo(() => bevelGeometry(r, needle.kind === 'tuohy' ? 2.5 : 3.5), [r, needle.kind]);
  useEffect(() => () => bevel.dispose(), [bevel]);
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const metal = fluoro ? materials.fluoroMetal : materials.steel;
  const hub = fluoro ? materials.fluoroMetal : materials.hub;

  useFrame(() => {
    const g = ref.current;
    if (!g) return;
    const s = store.getState();
    const depth = motionAt(s, s.frame.progress, 'needle');
    needleTipAt(needle, depth, g.position);
    const track = s.tracks[s.step];
    // Hidden before it enters and once it has been withdrawn.
    g.visible = !track || depth > 0.001 || track.needle[1] > 0;
    g.userData.depth = depth;
    if (lesionRef.current) {
      const k = s.tracks.length ? motionAt(s, s.frame.progress, 'lesion') : 0;
      lesionRef.current.visible = k > 0.01;
      lesionRef.current.scale.setScalar(0.3 + 0.7 * k);
    }
  });

  return (
    <group ref={ref} name={`sx-needle-${needle.id}`} quaternion={quaternion} userData={{ needleId: needle.id, target: needle.target, entry: needle.entry }}>
      {needle.kind === 'tuohy' ? (
        // Tuohy: blunt, curved tip; the opening faces the side.
        <mesh name="sx-needle-tip" position={[0, 1.2, 0]} rotation={[0, 0, 0.35]} material={metal}>
          <capsuleGeometry args={[r * 1.05, 2.6, 4, 12]} />
        </mesh>
      ) : (
        <mesh name="sx-needle-tip" geometry={bevel} material={metal} dispose={null} />
      )}
      {needle.kind === 'radiofrequency' ? (
        <>
          <mesh name="sx-needle-active-tip" position={[0, tipLen / 2 + 2, 0]} material={metal}>
            <cylinderGeometry args={[r, r, tipLen, 14]} />
          </mesh>
          {/* The radiofrequency lesion: an ellipsoid of heated tissue along the active tip. */}
          <mesh ref={lesionRef} name="sx-needle-lesion" position={[0, tipLen / 2 + 1, 0]} scale={0.3} visible={false} material={fluoro ? materials.fluoroContrast : materials.spread} renderOrder={8}>
            <capsuleGeometry args={[2.6, tipLen, 4, 12]} />
          </mesh>
          <mesh name="sx-needle-shaft" position={[0, (length + tipLen) / 2, 0]} material={fluoro ? metal : materials.lead}>
            <cylinderGeometry args={[r * 1.08, r * 1.08, length - tipLen, 14]} />
          </mesh>
        </>
      ) : (
        <>
          <mesh name="sx-needle-shaft" position={[0, length / 2 + 1.7, 0]} material={metal}>
            <cylinderGeometry args={[r, r, length - 3.4, 14]} />
          </mesh>
          {/* The part inside the body, seen through the tissue in front of it. */}
          {fluoro ? null : (
            <mesh name="sx-needle-occluded" position={[0, length / 2 + 1.7, 0]} material={materials.instrumentOccluded} renderOrder={9}>
              <cylinderGeometry args={[r, r, length - 3.4, 10]} />
            </mesh>
          )}
        </>
      )}
      <mesh name="sx-needle-hub" position={[0, length + 7, 0]} material={hub} onUpdate={() => { if (!fluoro) materials.hub.color.set(GAUGE_HUB[needle.gauge] ?? '#f4d03f'); }}>
        <cylinderGeometry args={[2.4, 3.6, 14, 20]} />
      </mesh>
      <mesh name="sx-needle-cap" position={[0, length + 16, 0]} material={hub}>
        <cylinderGeometry args={[4.2, 4.2, 4, 20]} />
      </mesh>
    </group>
  );
}

export interface NeedleOverlayProps {
  /** Needles to draw; defaults to the placement's. */
  needles?: readonly NeedlePlacement[];
}

/** The needles of the current placement, advancing from skin entry to target with the step's needle progress. */
export function NeedleOverlay({ needles }: NeedleOverlayProps) {
  const placementNeedles = useSpineStore((s) => s.placement?.needles);
  const visible = useSpineStore((s) => s.layers.devices);
  const list = needles ?? placementNeedles ?? [];
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [list, invalidate]);
  return (
    <group name="sx-needles" visible={visible}>
      {list.map((n) => (
        <Needle key={n.id} needle={n} />
      ))}
    </group>
  );
}
