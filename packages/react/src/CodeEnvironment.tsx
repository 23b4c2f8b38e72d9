import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import {
  Color, CubeCamera, DoubleSide, HalfFloatType, Mesh, MeshBasicMaterial, PlaneGeometry, RingGeometry, Scene,
  WebGLCubeRenderTarget, type BufferGeometry,
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

export interface CodeEnvironmentProps {
  cards: readonly LightCard[];
  /** Cube map edge in pixels. @defaultValue 64 */
  resolution?: number;
  /** `scene.environmentIntensity` while mounted. @defaultValue 1 */
  intensity?: number;
}

/**
 * Image-based light from cards built in code, rendered once into a cube map that becomes `scene.environment`.
 * It does what drei's `<Environment frames={1}>` with `<Lightformer>` children did for us, without drei's
 * environment module, which brings file loaders (HDR, EXR, gain-map JPEG) the scene never uses: about
 * 22 KiB gzip of the embed bundle.
 */
export function CodeEnvironment({ cards, resolution = 64, intensity = 1 }: CodeEnvironmentProps) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useLayoutEffect(() => {
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
    const autoClear = gl.autoClear;
    gl.autoClear = true;
    camera.update(gl, rig);
    gl.autoClear = autoClear;

    const previous = { environment: scene.environment, intensity: scene.environmentIntensity };
    scene.environment = target.texture;
    scene.environmentIntensity = intensity;
    invalidate();
    return () => {
      scene.environment = previous.environment;
      scene.environmentIntensity = previous.intensity;
      target.dispose();
      for (const o of owned) {
        o.geometry.dispose();
        o.material.dispose();
      }
    };
  }, [cards, resolution, intensity, gl, scene, invalidate]);
  return null;
}
