import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Plane, Vector3, type Mesh, type MeshStandardMaterial } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { useMaterials } from './SceneResources';
import { motionAt } from './store';
import { lpsToWorld, structureRadius } from './geometry';
import { spreadOrigin, spreadRadius } from './spreadShape';
import type { SpreadPlacement } from './types';

function Spread({ spread, index }: { spread: SpreadPlacement; index: number }) {
  const store = useSpineStoreApi();
  const materials = useMaterials();
  const model = useSpineStore((s) => s.model);
  const placement = useSpineStore((s) => s.placement)!;
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const structure = model?.get(spread.structure);
  const origin = spreadOrigin(placement, spread, structure);
  const r = spreadRadius(spread.volumeMl);
  // Elongated structures (the epidural space, a nerve root) carry the fluid along them: fill the structure itself
  // inside a band that widens with progress. Compact ones (a joint) fill as a whole.
  const elongated = structureRadius(structure) > 25;
  const planes = useMemo(() => [new Plane(new Vector3(0, -1, 0), 0), new Plane(new Vector3(0, 1, 0), 0)], []);
  const fill = useMemo(() => {
    const m = materials.spread.clone();
    m.name = 'sx-spread-fill';
    m.clippingPlanes = planes;
    return m;
  }, [materials, planes]);
  useEffect(() => () => fill.dispose(), [fill]);
  const blobRef = useRef<Mesh>(null);
  const fillRef = useRef<Mesh>(null);
  const originWorldY = origin ? lpsToWorld(origin).y : 0;
  const band = Math.max(8, r * 2.6);

  useFrame(() => {
    const s = store.getState();
    const k = motionAt(s, s.frame.progress, 'spread');
    const blob = blobRef.current;
    if (blob) {
      blob.visible = k > 0.001;
      const rr = r * (0.25 + 0.75 * Math.cbrt(k));
      blob.scale.set(rr * (elongated ? 0.75 : 1), rr * (elongated ? 0.75 : 1), rr * (elongated ? 1.5 : 1));
    }
    if (fillRef.current) {
      fillRef.current.visible = k > 0.001;
      planes[0]!.constant = originWorldY + band * k;
      planes[1]!.constant = -(originWorldY - band * k);
      (fillRef.current.material as MeshStandardMaterial).opacity = 0.25 + 0.3 * k;
    }
  });
  if (!origin) return null;
  return (
    <group name={`sx-spread-${index}`} userData={{ structure: spread.structure, volumeMl: spread.volumeMl }}>
      <mesh ref={blobRef} name="sx-spread-blob" position={origin} material={fluoro ? materials.fluoroContrast : materials.spread} renderOrder={8}>
        <icosahedronGeometry args={[1, 3]} />
      </mesh>
      {structure && elongated && !fluoro ? (
        <mesh ref={fillRef} name="sx-spread-fill" geometry={structure.geometry} material={fill} renderOrder={8} dispose={null} />
      ) : null}
      {structure && !elongated && !fluoro ? (
        <mesh ref={fillRef} name="sx-spread-fill" geometry={structure.geometry} material={fill} renderOrder={8} dispose={null} />
      ) : null}
    </group>
  );
}

const NONE: readonly SpreadPlacement[] = [];

export interface SpreadOverlayProps {
  spread?: readonly SpreadPlacement[];
}

/** Injectate as a translucent volume growing in the right space with the step's spread progress. */
export function SpreadOverlay({ spread }: SpreadOverlayProps) {
  const fromPlacement = useSpineStore((s) => s.placement?.spread);
  const list = spread ?? fromPlacement ?? NONE;
  const hasPlacement = useSpineStore((s) => !!s.placement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [list, invalidate]);
  if (!hasPlacement) return null;
  return (
    <group name="sx-spreads">
      {list.map((sp, i) => (
        <Spread key={`${sp.structure}-${i}`} spread={sp} index={i} />
      ))}
    </group>
  );
}
