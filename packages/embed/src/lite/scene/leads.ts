import { CylinderGeometry, Group, Mesh, Vector3, type BufferGeometry } from 'three';
import { CONTACT_LEN, contactStations, LEAD_RADIUS, motionAt, type LeadPlacement, type SpineMaterials } from '@spine-explainer/react';
import { changed, type PartContext, type ScenePart } from './part';
import { tubeGeometry } from './tube';
import { centripetalPath } from './centripetalPath';

/** Sides of the lead's cross-section. */
const RADIAL = 10;

interface BuiltLead { group: Group; tube: BufferGeometry; segments: number; body: Mesh; ghost?: Mesh; contacts: Group[]; stations: number[] }

function buildLead(lead: LeadPlacement, materials: SpineMaterials, fluoro: boolean, contactGeometry: CylinderGeometry): BuiltLead {
  const curve = centripetalPath(lead.path.map((p) => new Vector3(p[0], p[1], p[2])));
  const length = curve.getLength();
  const segments = Math.max(16, Math.round(length / 3));
  const tube = tubeGeometry(curve, segments, LEAD_RADIUS, RADIAL);
  const group = new Group();
  group.name = `sx-lead-${lead.id}`;
  group.userData = { leadId: lead.id, tip: lead.path.at(-1) };
  const body = new Mesh(tube, fluoro ? materials.fluoroMetal : materials.lead);
  body.name = 'sx-lead-body';
  group.add(body);
  let ghost: Mesh | undefined;
  if (!fluoro) {
    // The lead runs inside the canal, behind the laminae: show it through them. Same geometry, same draw range.
    ghost = new Mesh(tube, materials.instrumentOccluded);
    ghost.name = 'sx-lead-occluded';
    ghost.renderOrder = 9;
    group.add(ghost);
  }
  const stations = contactStations(length, lead.contacts);
  const up = new Vector3(0, 1, 0);
  const contacts = stations.map((t, i) => {
    const holder = new Group();
    holder.position.copy(curve.getPointAt(t));
    holder.quaternion.setFromUnitVectors(up, curve.getTangentAt(t));
    const contact = new Mesh(contactGeometry, fluoro ? materials.fluoroMetal : i < 4 ? materials.contactActive : materials.contact);
    contact.name = 'sx-lead-contact';
    holder.add(contact);
    group.add(holder);
    return holder;
  });
  return { group, tube, segments, body, ghost, contacts, stations };
}

/** LeadOverlay in plain three: SCS leads threading up the dorsal epidural space; active contacts pulse. */
export function createLeads({ materials, invalidate }: PartContext): ScenePart {
  const object = new Group();
  object.name = 'sx-leads';
  const contactGeometry = new CylinderGeometry(LEAD_RADIUS * 1.08, LEAD_RADIUS * 1.08, CONTACT_LEN, 12);
  let built: BuiltLead[] = [];
  const clear = () => {
    for (const b of built) b.tube.dispose();
    object.clear();
    built = [];
  };
  return {
    object,
    sync(state, previous) {
      if (!previous || state.placement?.leads !== previous.placement?.leads || changed(state, previous, ['mode'])) {
        clear();
        for (const lead of state.placement?.leads ?? []) {
          const b = buildLead(lead, materials, state.mode === 'fluoro', contactGeometry);
          built.push(b);
          object.add(b.group);
        }
        invalidate();
      }
      if (object.visible !== state.layers.devices) {
        object.visible = state.layers.devices;
        invalidate();
      }
    },
    frame(state, delta) {
      if (built.length === 0) return;
      const k = motionAt(state, state.frame.progress, 'lead');
      const track = state.tracks[state.step];
      const pulsing = !!track?.pulses && !state.reducedMotion;
      for (const b of built) {
        b.body.visible = k > 0.001;
        // The tube's indices run along the path, so a draw range reveals the lead as it advances.
        b.tube.setDrawRange(0, Math.ceil(b.segments * k) * RADIAL * 6);
        if (b.ghost) b.ghost.visible = k > 0.001;
        b.contacts.forEach((c, i) => {
          c.visible = k >= b.stations[i]! - 0.002;
        });
        // Each lead advances the pulse clock, as each R3F <Lead> does.
        if (pulsing && state.frame.pulse < 8) state.frame.pulse += Math.min(delta, 0.1);
      }
      const active = track?.pulses ? (pulsing && state.frame.pulse < 8 ? 0.4 + 0.6 * Math.max(0, Math.sin(state.frame.pulse * 6)) : 0.8) : 0;
      materials.contactActive.emissiveIntensity = active;
      if (pulsing && state.frame.pulse < 8) invalidate();
    },
    dispose() {
      clear();
      contactGeometry.dispose();
    },
  };
}
