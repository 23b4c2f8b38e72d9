import type { Scene, WebGLRenderer } from 'three';
import { advanceStep, reportFrame, restartStep, type SpineState, type SpineStore } from '@spine-explainer/react';
import { changed, type ScenePart } from './part';

/**
 * Animator in plain three: drives step progress and the playback dwell, asking for frames only while something
 * moves, and calls `runtime.onStepEnd` when a playing step has ended and its dwell is over.
 */
export function createAnimator(invalidate: () => void): ScenePart {
  return {
    sync(state, previous) {
      // Each new step (or target) starts its motions from the beginning, unless a test/API holds the progress.
      if (changed(state, previous, ['step', 'procedureId', 'placement'])) {
        restartStep(state);
        invalidate();
      }
      if (changed(state, previous, ['playing'])) {
        state.frame.dwell = 0;
        invalidate();
      }
    },
    frame(state: SpineState, delta: number) {
      if (advanceStep(state, delta)) invalidate();
    },
    dispose() {},
  };
}

/**
 * FrameReporter in plain three: after every drawn frame, counts it and its draw calls and triangles into the
 * runtime and calls `onFrame`; after the first frame showing newly committed content (model, placement, mode,
 * status), `onContentDrawn` once.
 */
export function createFrameReporter(store: SpineStore, scene: Scene, invalidate: () => void): ScenePart {
  let pending = false;
  scene.onAfterRender = (renderer: WebGLRenderer) => {
    const content = pending;
    pending = false;
    reportFrame(store.getState().runtime, renderer, content);
  };
  return {
    sync(state, previous) {
      if (!changed(state, previous, ['model', 'placement', 'mode', 'status'])) return;
      pending = !!state.model;
      invalidate();
    },
    dispose() {
      scene.onAfterRender = () => {};
    },
  };
}
