import {
  Color, CubeCamera, DoubleSide, HalfFloatType, Mesh, MeshBasicMaterial, PlaneGeometry, RingGeometry, Scene,
  WebGLCubeRenderTarget, type WebGLRenderer,
} from 'three';
import type { ScenePart } from './part';

/**
 * True for CPU rasterisers (SwiftShader, llvmpipe), where image-based light costs seconds per frame. Copied from
 * packages/react/src/SpineScene.tsx, whose module imports React.
 */
export function isSoftwareRenderer(gl: { getContext(): WebGLRenderingContext | WebGL2RenderingContext }): boolean {
  try {
    const ctx = gl.getContext();
    const info = ctx.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? ctx.getParameter(info.UNMASKED_RENDERER_WEBGL) : ctx.getParameter(ctx.RENDERER));
    return /swiftshader|llvmpipe|software|softpipe/i.test(name);
  } catch {
    return false;
  }
}

interface LightCard { form: 'rect' | 'ring'; intensity: number; color: string; position: [number, number, number]; scale: number | [number, number] }

/** The studio's light cards of SpineScene.tsx (world units, aimed at the origin): a soft key from above, two coloured strips, a ring below. */
const STUDIO_CARDS: readonly LightCard[] = [
  { form: 'rect', intensity: 2.2, color: '#ffffff', position: [0, 6, 4], scale: [10, 4] },
  { form: 'rect', intensity: 0.9, color: '#ffe9d0', position: [-6, 1, 2], scale: [2, 10] },
  { form: 'rect', intensity: 0.7, color: '#d8e6ff', position: [6, 0, -3], scale: [2, 10] },
  { form: 'ring', intensity: 0.5, color: '#ffffff', position: [0, -5, 0], scale: 4 },
];
const RESOLUTION = 64;
const INTENSITY = 0.55;

/**
 * CodeEnvironment in plain three: the studio cards rendered once into a 64 px cube map that becomes
 * `scene.environment` (outside fluoroscopy, whose shader ignores it). Rendered again after a restored context,
 * which loses the cube map's pixels.
 */
export function createEnvironment(scene: Scene, renderer: WebGLRenderer, invalidate: () => void): ScenePart & { render(): void } {
  const rig = new Scene();
  const owned: { geometry: PlaneGeometry | RingGeometry; material: MeshBasicMaterial }[] = [];
  for (const card of STUDIO_CARDS) {
    const geometry = card.form === 'ring' ? new RingGeometry(0.25, 0.5, 64) : new PlaneGeometry(1, 1);
    const material = new MeshBasicMaterial({ toneMapped: false, side: DoubleSide, color: new Color(card.color).multiplyScalar(card.intensity) });
    const mesh = new Mesh(geometry, material);
    mesh.position.set(...card.position);
    if (typeof card.scale === 'number') mesh.scale.setScalar(card.scale);
    else mesh.scale.set(card.scale[0], card.scale[1], 1);
    mesh.lookAt(0, 0, 0);
    rig.add(mesh);
    owned.push({ geometry, material });
  }
  const target = new WebGLCubeRenderTarget(RESOLUTION);
  target.texture.type = HalfFloatType;
  const camera = new CubeCamera(0.1, 1000, target);
  rig.add(camera);
  const render = () => {
    const autoClear = renderer.autoClear;
    renderer.autoClear = true;
    camera.update(renderer, rig);
    renderer.autoClear = autoClear;
    invalidate();
  };
  render();
  scene.environmentIntensity = INTENSITY;
  return {
    render,
    sync(state) {
      const environment = state.mode === 'fluoro' ? null : target.texture;
      if (scene.environment === environment) return;
      scene.environment = environment;
      invalidate();
    },
    dispose() {
      scene.environment = null;
      target.dispose();
      for (const o of owned) {
        o.geometry.dispose();
        o.material.dispose();
      }
    },
  };
}
