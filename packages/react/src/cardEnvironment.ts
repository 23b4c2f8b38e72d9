import {
  Color, CubeCamera, DoubleSide, HalfFloatType, Mesh, MeshBasicMaterial, PlaneGeometry, RingGeometry, Scene,
  WebGLCubeRenderTarget, type BufferGeometry, type CubeTexture, type WebGLRenderer,
} from 'three';

/** One emissive card of a studio light rig, as drei's `<Lightformer>` draws it (unlit, double-sided, not tone mapped). */
export interface LightCard {
  form: 'rect' | 'ring';
  intensity: number;
  color: string;
  position: [number, number, number];
  /** A number scales evenly; a pair scales width and height. */
  scale: number | [number, number];
}

export interface CardEnvironment {
  /** The cube map to use as `scene.environment`. */
  readonly texture: CubeTexture;
  /** Draws the cards into the cube map (again after a restored context, which loses its pixels). */
  render(): void;
  dispose(): void;
}

/** Light cards built in code and rendered once into a half-float cube map: image-based light with no file to load. */
export function createCardEnvironment(renderer: WebGLRenderer, cards: readonly LightCard[], resolution: number): CardEnvironment {
  const rig = new Scene();
  const owned: { geometry: BufferGeometry; material: MeshBasicMaterial }[] = [];
  for (const card of cards) {
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
  const target = new WebGLCubeRenderTarget(resolution);
  target.texture.type = HalfFloatType;
  const camera = new CubeCamera(0.1, 1000, target);
  rig.add(camera);
  const render = () => {
    const autoClear = renderer.autoClear;
    renderer.autoClear = true;
    camera.update(renderer, rig);
    renderer.autoClear = autoClear;
  };
  render();
  return {
    texture: target.texture,
    render,
    dispose() {
      target.dispose();
      for (const o of owned) {
        o.geometry.dispose();
        o.material.dispose();
      }
    },
  };
}
