import { useEffect, useLayoutEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useSpineStore, useSpineStoreApi } from './context';
import { advanceStep, restartStep } from './stepClock';
import { reportFrame } from './frameReport';

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
    restartStep(store.getState());
    invalidate();
  }, [step, procedureId, placement, store, invalidate]);

  useEffect(() => {
    store.getState().frame.dwell = 0;
    invalidate();
  }, [playing, store, invalidate]);

  useFrame((_, delta) => {
    if (advanceStep(store.getState(), delta)) invalidate();
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
      const content = pending;
      pending = false;
      reportFrame(store.getState().runtime, renderer, content);
    };
    invalidate();
    return () => {
      scene.onAfterRender = previous;
    };
  }, [model, placement, mode, status, scene, store, invalidate]);
  return null;
}
