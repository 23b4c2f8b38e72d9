import type { Scene, WebGLRenderer } from 'three';
import type { SpineState, SpineStore } from '@spine-explainer/react';
import { changed, type ScenePart } from './part';

/** Seconds one step's motions take (as Animator.tsx). */
export const STEP_SECONDS = 2.4;
/** Seconds playback rests on a finished step before the next. */
export const DWELL_SECONDS = 2.2;

/**
 * Animator in plain three: drives step progress and the playback dwell, asking for frames only while something
 * moves, and calls `runtime.onStepEnd` when a playing step has ended and its dwell is over.
 */
export function createAnimator(invalidate: () => void): ScenePart {
  return {
    sync(state, previous) {
      // Each new step (or target) starts its motions from the beginning, unless a test/API holds the progress.
      if (changed(state, previous, ['step', 'procedureId', 'placement'])) {
        const f = state.frame;
        if (!f.held) f.progress = state.reducedMotion ? 1 : 0;
        f.dwell = 0;
        f.pulse = 0;
        invalidate();
      }
      if (changed(state, previous, ['playing'])) {
        state.frame.dwell = 0;
        invalidate();
      }
    },
    frame(state: SpineState, delta: number) {
      const f = state.frame;
      // Wall-clock time, so a slow device finishes a step as fast; capped after a long idle gap.
      const dt = Math.min(delta, 0.5);
      let more = false;
      if (!f.held && f.progress < 1) {
        f.progress = Math.min(1, f.progress + dt / STEP_SECONDS);
        more = true;
      }
      if (state.playing && f.progress >= 1) {
        f.dwell += dt;
        if (f.dwell >= DWELL_SECONDS) {
          f.dwell = 0;
          state.runtime.onStepEnd?.();
        }
        more = true;
      }
      if (more) invalidate();
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
    const rt = store.getState().runtime;
    rt.frames++;
    rt.drawCalls = renderer.info.render.calls;
    rt.triangles = renderer.info.render.triangles;
    rt.onFrame?.();
    if (pending) {
      pending = false;
      rt.onContentDrawn?.();
    }
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
