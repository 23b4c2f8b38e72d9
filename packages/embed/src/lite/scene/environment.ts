import type { Scene, WebGLRenderer } from 'three';
import { createCardEnvironment, STUDIO_CARDS, STUDIO_INTENSITY, STUDIO_RESOLUTION } from '@spine-explainer/react';
import type { ScenePart } from './part';

/**
 * CodeEnvironment in plain three: the studio cards rendered once into a cube map that becomes `scene.environment`
 * (outside fluoroscopy, whose shader ignores it). Rendered again after a restored context, which loses the cube
 * map's pixels.
 */
export function createEnvironment(scene: Scene, renderer: WebGLRenderer, invalidate: () => void): ScenePart & { render(): void } {
  const cards = createCardEnvironment(renderer, STUDIO_CARDS, STUDIO_RESOLUTION);
  invalidate();
  scene.environmentIntensity = STUDIO_INTENSITY;
  return {
    render() {
      cards.render();
      invalidate();
    },
    sync(state) {
      const environment = state.mode === 'fluoro' ? null : cards.texture;
      if (scene.environment === environment) return;
      scene.environment = environment;
      invalidate();
    },
    dispose() {
      scene.environment = null;
      cards.dispose();
    },
  };
}
