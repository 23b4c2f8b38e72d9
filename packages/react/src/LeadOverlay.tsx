import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { CatmullRomCurve3, TubeGeometry, Vector3, type Group, type Mesh } from 'three';
import { useSpineStore, useSpineStoreApi } from './context';
import { useMaterials } from './SceneResources';
import { motionAt } from './store';
import { CONTACT_LEN, contactStations, LEAD_RADIUS } from './leadContacts';
import type { LeadPlacement } from './types';

function Lead({ lead }: { lead: LeadPlacement }) {
  const store = useSpineStoreApi();
  const materials = useMaterials();
  const fluoro = useSpineStore((s) => s.mode === 'fluoro');
  const { curve, tube, length } = useMemo(() => {
    const curve = new CatmullRomCurve3(lead.path.map((p) => new Vector3(p[0], p[1], p[2])), false, 'centripetal');
    const length = curve.getLength();
    const tube = new TubeGeometry(curve, Math.max(16, Math.round(length / 3)), LEAD_RADIUS, 10, false);
    return { curve, tube, length };
  }, [lead]);
  useEffect(() => () => tube.dispose(), [tube]);
  const stations = useMemo(() => contactStations(length, lead.contacts), [length, lead.contacts]);
  const contacts = useMemo(
    () =>
      stations.map((t) => {
        const p = curve.getPointAt(t);
        const tangent = curve.getTangentAt(t);
        return { p, q: new Vector3(0, 1, 0), tangent, t };
      }),
    [curve, stations],
  );
  const tubeRef = useRef<Mesh>(null);
  const ghostRef = useRef<Mesh>(null);
  const contactRefs = useRef<(Group | null)[]>([]);
  const segments = tube.parameters.tubularSegments;
  const radial = tube.parameters.radialSegments;

  useFrame((_, delta) => {
    const s = store.getState();
    const k = motionAt(s, s.frame.progress, 'lead');
    const m = tubeRef.current;
    if (m) {
      m.visible = k > 0.001;
      // TubeGeometry indexes run along the path, so a draw range reveals the lead as it advances.
      m.geometry.setDrawRange(0, Math.ceil(segments * k) * radial * 6);
    }
    if (ghostRef.current) ghostRef.current.visible = k > 0.001;
    const track = s.tracks[s.step];
    const pulsing = !!track?.pulses && !s.reducedMotion;
    if (pulsing && s.frame.pulse < 8) s.frame.pulse += Math.min(delta, 0.1);
    for (let i = 0; i < contactRefs.current.length; i++) {
      const g = contactRefs.current[i];
      if (!g) continue;
      g.visible = k >= stations[i]! - 0.002;
    }
    const active = track?.pulses ? (pulsing && s.frame.pulse < 8 ? 0.4 + 0.6 * Math.max(0, Math.sin(s.frame.pulse * 6 - 0)) : 0.8) : 0;
    materials.contactActive.emissiveIntensity = active;
    if (pulsing && s.frame.pulse < 8) s.runtime.invalidate?.();
  });

  return (
    <group name={`sx-lead-${lead.id}`} userData={{ leadId: lead.id, tip: lead.path.at(-1) }}>
      <mesh ref={tubeRef} name="sx-lead-body" geometry={tube} material={fluoro ? materials.fluoroMetal : materials.lead} dispose={null} />
      {/* The lead runs inside the canal, behind the laminae: show it through them. Same geometry, so the same draw range. */}
      {fluoro ? null : <mesh ref={ghostRef} name="sx-lead-occluded" geometry={tube} material={materials.instrumentOccluded} renderOrder={9} dispose={null} />}
      {contacts.map((c, i) => (
        <group
          key={i}
          ref={(g) => {
            contactRefs.current[i] = g;
          }}
          position={c.p}
          onUpdate={(g) => g.quaternion.setFromUnitVectors(c.q, c.tangent)}
        >
          <mesh name="sx-lead-contact" material={fluoro ? materials.fluoroMetal : i < 4 ? materials.contactActive : materials.contact}>
            <cylinderGeometry args={[LEAD_RADIUS * 1.08, LEAD_RADIUS * 1.08, CONTACT_LEN, 12]} />
          </mesh>
        </group>
      ))}
    </group>
  );
}

export interface LeadOverlayProps {
  leads?: readonly LeadPlacement[];
}

/** Spinal cord stimulator leads threading up the dorsal epidural space; active contacts pulse. */
export function LeadOverlay({ leads }: LeadOverlayProps) {
  const placementLeads = useSpineStore((s) => s.placement?.leads);
  const visible = useSpineStore((s) => s.layers.devices);
  const list = leads ?? placementLeads ?? [];
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [list, invalidate]);
  return (
    <group name="sx-leads" visible={visible}>
      {list.map((l) => (
        <Lead key={l.id} lead={l} />
      ))}
    </group>
  );
}
