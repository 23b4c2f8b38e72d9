import type { Object3D } from 'three';
import type { SpineMaterials, SpineState, SpineStore } from '@spine-explainer/react';

/** What every piece of the lite scene is given: its viewer's store and materials, and a way to ask for a frame. */
export interface PartContext {
  readonly store: SpineStore;
  readonly materials: SpineMaterials;
  /** Asks for one more frame (frames are drawn on demand only). */
  invalidate(): void;
}

/**
 * One piece of the scene (the anatomy, the needles, …): the plain-three counterpart of one R3F component.
 * `sync` runs on every store change (a React re-render with its effects), `frame` before every drawn frame (a
 * `useFrame` callback), `dispose` once, releasing what the part created (never the model's own geometries).
 */
export interface ScenePart {
  readonly object?: Object3D;
  sync(state: SpineState, previous: SpineState | undefined): void;
  frame?(state: SpineState, delta: number): void;
  dispose(): void;
}

/** True when any of the named state fields differs (by identity) from the previous state, or there is none. */
export function changed(state: SpineState, previous: SpineState | undefined, keys: readonly (keyof SpineState)[]): boolean {
  if (!previous) return true;
  for (const k of keys) if (state[k] !== previous[k]) return true;
  return false;
}
