import { useEffect, useLayoutEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useSpineStore, useSpineStoreApi } from './context';

/** Seconds one step's motions take. */
export const STEP_SECONDS = 2.4;
/** Seconds playback rests on a finished step before the next. */
export const DWELL_SECONDS = 2.2;

/**
 * Drives the per-frame values: step progress, playback dwell. Renders on demand: it asks for frames only while
 * something moves, so an idle viewer draws nothing.
 */
export function Animator() {
  const store = useSpineStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const step = useSpineStore((s) => s.step);
  const procedureId = useSpineStore((s) => s.procedureId);
  const placement = useSpineStore((s) => s.placement);
  const playing = useSpineStore((s) => s.playing);

  useEffect(() => {
    const rt = store.getState().runtime;
    rt.invalidate = invalidate;
    return () => {
      if (rt.invalidate === invalidate) rt.invalidate = undefined;
    };
  }, [store, invalidate]);

  // Each new step (or target) starts its motions from the beginning, unless a test/API holds the progress.
  useLayoutEffect(() => {
    const s = store.getState();
    const f = s.frame;
    if (!f.held) f.progress = s.reducedMotion ? 1 : 0;
    f.dwell = 0;
    f.pulse = 0;
    invalidate();
  }, [step, procedureId, placement, store, invalidate]);

  useEffect(() => {
    store.getState().frame.dwell = 0;
    invalidate();
  }, [playing, store, invalidate]);

  useFrame((_, delta) => {
    const s = store.getState();
    const f = s.frame;
    // Wall-clock time, so a slow device (a few frames per second) finishes a step as fast; capped after a long idle gap.
    const dt = Math.min(delta, 0.5);
    let more = false;
    if (!f.held && f.progress < 1) {
      f.progress = Math.min(1, f.progress + dt / STEP_SECONDS);
      more = true;
    }
    if (s.playing && f.progress >= 1) {
      f.dwell += dt;
      if (f.dwell >= DWELL_SECONDS) {
        f.dwell = 0;
        s.runtime.onStepEnd?.();
      }
      more = true;
    }
    if (more) invalidate();
  });
  return null;
}

/**
 * Reports drawn frames: `onFrame` after each, `onContentDrawn` once after the first frame that contains newly
 * committed content (model, placement, mode). The viewer turns that into `data-sx-ready` and `spine:ready`.
 */
export function FrameReporter() {
  const store = useSpineStoreApi();
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const model = useSpineStore((s) => s.model);
  const placement = useSpineStore((s) => s.placement);
  const mode = useSpineStore((s) => s.mode);
  const status = useSpineStore((s) => s.status);

  useLayoutEffect(() => {
    let pending = !!model;
    const previous = scene.onAfterRender;
    scene.onAfterRender = (renderer) => {
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
    invalidate();
    return () => {
      scene.onAfterRender = previous;
    };
  }, [model, placement, mode, status, scene, store, invalidate]);
  return null;
}
