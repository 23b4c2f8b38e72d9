import { AdditiveBlending, Color, DoubleSide, FrontSide, GreaterDepth, Material, MeshBasicMaterial, MeshLambertMaterial, MeshStandardMaterial, ShaderMaterial } from 'three';
import type { StructureKind } from '@spine-explainer/anatomy';
import { DEFAULT_PALETTE, type Palette } from './palette';

interface KindLook { roughness: number; opacity: number; depthWrite: boolean; order: number; emissive?: number }

/** How each tissue looks. Opaque tissues first; translucent ones draw after, innermost first. */
export const KIND_LOOK: Record<StructureKind, KindLook> = {
  bone: { roughness: 0.78, opacity: 1, depthWrite: true, order: 0 },
  cord: { roughness: 0.6, opacity: 1, depthWrite: true, order: 0 },
  nerve: { roughness: 0.45, opacity: 1, depthWrite: true, order: 0, emissive: 0.12 },
  disc: { roughness: 0.5, opacity: 0.92, depthWrite: true, order: 1 },
  joint: { roughness: 0.5, opacity: 0.7, depthWrite: true, order: 2 },
  ligament: { roughness: 0.7, opacity: 0.75, depthWrite: true, order: 2 },
  space: { roughness: 0.3, opacity: 0.1, depthWrite: false, order: 3 },
  dura: { roughness: 0.35, opacity: 0.3, depthWrite: false, order: 4 },
  muscle: { roughness: 0.8, opacity: 0.12, depthWrite: false, order: 5 },
  skin: { roughness: 0.9, opacity: 0.07, depthWrite: false, order: 6 },
};

const FLUORO_VERTEX = /* glsl */ `
varying vec3 vNormal;
varying vec3 vView;
#include <clipping_planes_pars_vertex>
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vView = -mv.xyz;
  gl_Position = projectionMatrix * mv;
  #include <clipping_planes_vertex>
}`;
const FLUORO_FRAGMENT = /* glsl */ `
uniform vec3 uColor;
uniform float uBase;
uniform float uEdge;
varying vec3 vNormal;
varying vec3 vView;
#include <clipping_planes_pars_fragment>
void main() {
  #include <clipping_planes_fragment>
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  float density = uBase + uEdge * pow(1.0 - facing, 2.0);
  gl_FragColor = vec4(uColor * density, 1.0);
}`;

/** A radiograph look: every surface adds brightness, edges (cortex seen tangentially) add most. */
export function createFluoroMaterial(base = 0.07, edge = 0.22, color = '#ffffff'): ShaderMaterial {
  return new ShaderMaterial({
    name: 'sx-fluoro',
    uniforms: { uColor: { value: new Color(color) }, uBase: { value: base }, uEdge: { value: edge } },
    vertexShader: FLUORO_VERTEX,
    fragmentShader: FLUORO_FRAGMENT,
    blending: AdditiveBlending,
    transparent: true,
    depthWrite: false,
    depthTest: false,
    side: DoubleSide,
  });
}

/** Every material one viewer uses. Created once per instance; `dispose()` releases them all. */
export class SpineMaterials {
  /** Opaque tissues are PBR; the large translucent sheets are Lambert, which is far cheaper per pixel. */
  readonly kinds = new Map<StructureKind, MeshStandardMaterial | MeshLambertMaterial>();
  readonly highlight: MeshStandardMaterial;
  readonly highlightTranslucent: MeshStandardMaterial;
  /** Context around the target (the rest of the vertebra): a soft tint, so the target itself stands out. */
  readonly highlightSoft: MeshStandardMaterial;
  /** The part of a highlighted structure hidden behind others, shown as a faint glow through them. */
  readonly highlightOccluded: MeshBasicMaterial;
  /** Instruments inside the body, seen through the tissue in front of them. */
  readonly instrumentOccluded: MeshBasicMaterial;
  readonly fluoroBone: ShaderMaterial;
  readonly fluoroMetal: ShaderMaterial;
  readonly fluoroContrast: ShaderMaterial;
  readonly steel: MeshStandardMaterial;
  readonly hub: MeshStandardMaterial;
  readonly spread: MeshStandardMaterial;
  readonly lead: MeshStandardMaterial;
  readonly contact: MeshStandardMaterial;
  readonly contactActive: MeshStandardMaterial;
  readonly device: MeshStandardMaterial;
  readonly deviceScreen: MeshStandardMaterial;
  private readonly all: Material[] = [];

  constructor(palette: Palette = DEFAULT_PALETTE) {
    const track = <M extends Material>(m: M): M => {
      this.all.push(m);
      return m;
    };
    for (const [kind, look] of Object.entries(KIND_LOOK) as [StructureKind, KindLook][]) {
      const common = {
        name: `sx-${kind}`,
        color: palette[kind],
        transparent: look.opacity < 1,
        opacity: look.opacity,
        depthWrite: look.depthWrite,
        side: kind === 'joint' ? DoubleSide : FrontSide,
      };
      const m = track(look.depthWrite ? new MeshStandardMaterial({ ...common, roughness: look.roughness, metalness: 0, vertexColors: kind === 'bone' }) : new MeshLambertMaterial(common));
      if (look.emissive) {
        m.emissive.set(palette[kind]);
        m.emissiveIntensity = look.emissive;
      }
      this.kinds.set(kind, m);
    }
    this.highlight = track(new MeshStandardMaterial({
      name: 'sx-highlight', color: palette.highlight, emissive: palette.highlight, emissiveIntensity: 0.5, roughness: 0.5,
      polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2,
    }));
    this.highlightTranslucent = track(new MeshStandardMaterial({
      name: 'sx-highlight-translucent', color: palette.highlight, emissive: palette.highlight, emissiveIntensity: 0.5, roughness: 0.5,
      transparent: true, opacity: 0.72, depthWrite: false, side: DoubleSide,
    }));
    this.highlightOccluded = track(new MeshBasicMaterial({
      name: 'sx-highlight-occluded', color: palette.highlight, transparent: true, opacity: 0.3, depthWrite: false, depthFunc: GreaterDepth,
    }));
    this.highlightSoft = track(new MeshStandardMaterial({
      name: 'sx-highlight-soft', color: palette.highlight, emissive: palette.highlight, emissiveIntensity: 0.15, roughness: 0.6,
      transparent: true, opacity: 0.3, depthWrite: false, polygonOffset: true, polygonOffsetFactor: -2, polygonOffsetUnits: -2,
    }));
    this.instrumentOccluded = track(new MeshBasicMaterial({
      name: 'sx-instrument-occluded', color: '#2d3b4a', transparent: true, opacity: 0.55, depthWrite: false, depthFunc: GreaterDepth,
    }));
    this.fluoroBone = track(createFluoroMaterial());
    this.fluoroMetal = track(createFluoroMaterial(0.75, 0.25));
    this.fluoroContrast = track(createFluoroMaterial(0.2, 0.35));
    this.steel = track(new MeshStandardMaterial({ name: 'sx-steel', color: palette.needle, metalness: 0.85, roughness: 0.22 }));
    this.hub = track(new MeshStandardMaterial({ name: 'sx-hub', color: '#f4d03f', roughness: 0.35, transparent: true, opacity: 0.9 }));
    this.spread = track(new MeshStandardMaterial({
      name: 'sx-spread', color: palette.spread, emissive: palette.spread, emissiveIntensity: 0.35, roughness: 0.3,
      transparent: true, opacity: 0.5, depthWrite: false,
    }));
    this.lead = track(new MeshStandardMaterial({ name: 'sx-lead', color: palette.lead, roughness: 0.45 }));
    this.contact = track(new MeshStandardMaterial({ name: 'sx-contact', color: '#d9dee3', metalness: 0.9, roughness: 0.2 }));
    this.contactActive = track(new MeshStandardMaterial({ name: 'sx-contact-active', color: '#d9dee3', emissive: palette.highlight, emissiveIntensity: 0, metalness: 0.6, roughness: 0.3 }));
    this.device = track(new MeshStandardMaterial({ name: 'sx-device', color: palette.device, metalness: 0.6, roughness: 0.35 }));
    this.deviceScreen = track(new MeshStandardMaterial({ name: 'sx-device-screen', color: '#1d2733', emissive: '#5ad1ff', emissiveIntensity: 0.35, roughness: 0.2 }));
    this.setPalette(palette);
  }

  /** Applies theme colours (from `--sx-color-*`). */
  setPalette(p: Palette): void {
    for (const [kind, m] of this.kinds) {
      m.color.set(p[kind]);
      if (KIND_LOOK[kind].emissive) m.emissive.set(p[kind]);
    }
    this.highlight.color.set(p.highlight).lerp(new Color('#ffffff'), 0.1);
    this.highlight.emissive.set(p.highlight);
    this.highlightTranslucent.color.set(p.highlight);
    this.highlightTranslucent.emissive.set(p.highlight);
    this.highlightOccluded.color.set(p.highlight);
    this.highlightSoft.color.set(p.highlight);
    this.highlightSoft.emissive.set(p.highlight);
    this.steel.color.set(p.needle);
    this.spread.color.set(p.spread);
    this.spread.emissive.set(p.spread);
    this.lead.color.set(p.lead);
    this.contactActive.emissive.set(p.highlight);
    this.device.color.set(p.device);
  }

  /** See-through mode: every tissue fades so the target and instruments show. */
  setXray(on: boolean): void {
    for (const [kind, m] of this.kinds) {
      const look = KIND_LOOK[kind];
      const opacity = on ? Math.min(look.opacity, kind === 'bone' ? 0.28 : kind === 'nerve' || kind === 'cord' ? 0.8 : look.opacity * 0.5) : look.opacity;
      m.opacity = opacity;
      m.transparent = opacity < 1;
      m.depthWrite = on ? kind === 'nerve' || kind === 'cord' : look.depthWrite;
      m.needsUpdate = true;
    }
  }

  dispose(): void {
    for (const m of this.all) m.dispose();
  }

  /** Every material, for tests and leak checks. */
  list(): readonly Material[] {
    return this.all;
  }
}
