import type { SpineStore } from '@spine-explainer/react';
import { createSurface } from './surface';
import { animationFrames } from './frameLoop';
import { mountLiteScene, type MountedScene } from './liteScene';

export interface LiteSceneOptions {
  labels: boolean;
  /** Image-based light from an environment built in code; `auto` skips it on software WebGL. @defaultValue 'auto' */
  environment?: boolean | 'auto';
}

export interface LiteScene {
  /**
   * The element to place in the stage: `div.sx-canvas` (absolutely filling its positioned parent, as SceneCanvas
   * renders it) with the 2D canvas fed by the page's shared WebGL context, and the structure labels. Orbit controls
   * listen on it. It draws once it is in the document and has a size.
   */
  readonly element: HTMLElement;
  dispose(): void;
}

/**
 * The 3D scene of the compact viewer in plain three, driven by the viewer store: it reads model, placement, tracks,
 * step, view, mode, layers, x-ray, isolate, labels, palette, reducedMotion and cameraRequest; it fills `frame` and
 * `runtime` (invalidate, orbit, zoom, snapshot, project, frames, drawCalls, triangles) and calls `onStepEnd`,
 * `onFrame` and `onContentDrawn`, as the R3F `<SpineScene>` does. Renders on demand. Throws when WebGL 2 is not
 * available.
 */
export function createLiteScene(store: SpineStore, options: LiteSceneOptions): LiteScene {
  let mounted: MountedScene | undefined;
  const surface = createSurface(document, {
    resized: () => mounted?.resized(),
    contextLost: () => mounted?.contextLost(),
    contextRestored: () => mounted?.contextRestored(),
  });
  try {
    mounted = mountLiteScene(store, { labels: options.labels, environment: options.environment ?? 'auto' }, surface, animationFrames(window));
  } catch (e) {
    surface.dispose();
    throw e;
  }
  const scene = mounted;
  return {
    element: surface.element,
    dispose() {
      scene.dispose();
      surface.dispose();
    },
  };
}
