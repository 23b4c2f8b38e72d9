import { useLayoutEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { createCardEnvironment, type LightCard } from './cardEnvironment';

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
    const environment = createCardEnvironment(gl, cards, resolution);
    const previous = { environment: scene.environment, intensity: scene.environmentIntensity };
    scene.environment = environment.texture;
    scene.environmentIntensity = intensity;
    invalidate();
    return () => {
      scene.environment = previous.environment;
      scene.environmentIntensity = previous.intensity;
      environment.dispose();
    };
  }, [cards, resolution, intensity, gl, scene, invalidate]);
  return null;
}
