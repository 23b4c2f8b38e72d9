import type { SpineState } from './store';

/** Seconds one step's motions take. */
export const STEP_SECONDS = 2.4;
/** Seconds playback rests on a finished step before the next. */
export const DWELL_SECONDS = 2.2;

/** A new step (or target) starts its motions from the beginning, unless a test/API holds the progress. */
export function restartStep(state: SpineState): void {
  const f = state.frame;
  if (!f.held) f.progress = state.reducedMotion ? 1 : 0;
  f.dwell = 0;
  f.pulse = 0;
}

/**
 * Advances step progress and the playback dwell by `delta` seconds, and calls `runtime.onStepEnd` when a playing
 * step's dwell is over. Returns whether anything still moves (so another frame is wanted).
 */
export function advanceStep(state: SpineState, delta: number): boolean {
  const f = state.frame;
  // Wall-clock time, so a slow device (a few frames per second) finishes a step as fast; capped after a long idle gap.
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
  return more;
}
