import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SpineModel } from '@spine-explainer/anatomy';
import type { LayerName, Locale, PlacementLike, ProcedureLike, ReadingLevel, SceneMode, Status, ViewName } from './types';
import type { StepTrack } from './steps';
import type { Palette } from './palette';

/**
 * Values that change every frame. They live in one mutable object that `useFrame` callbacks read and write;
 * React never re-renders for them.
 */
export interface SpineFrameState {
  /** Progress through the current step, 0…1 (eased by each motion). */
  progress: number;
  /** When true the progress stays where `setProgress` put it. */
  held: boolean;
  /** Seconds spent at the end of the step while playing. */
  dwell: number;
  /** Seconds since the last change, for the target glow. */
  glow: number;
  /** Seconds of pulse animation on the SCS contacts. */
  pulse: number;
}

/** Imperative hooks the scene registers (camera, snapshot). Not React state. */
export interface SceneRuntime {
  invalidate?: () => void;
  orbit?: (azimuth: number, polar: number) => void;
  zoom?: (factor: number) => void;
  snapshot?: () => Promise<Blob>;
  project?: (lps: [number, number, number]) => { x: number; y: number; visible: boolean } | undefined;
  /** Called by playback when a step has finished and the dwell is over. */
  onStepEnd?: () => void;
  /** Called after a frame that shows newly committed content has been drawn. */
  onContentDrawn?: () => void;
  /** Called after every drawn frame. */
  onFrame?: () => void;
  frames: number;
  /** Draw calls and triangles of the last frame (renderer.info), for budgets. */
  drawCalls?: number;
  triangles?: number;
}

export interface SpineState {
  procedureId: string;
  procedure?: ProcedureLike;
  level?: string;
  side?: string;
  site?: string;
  step: number;
  tracks: readonly StepTrack[];
  playing: boolean;
  view: ViewName;
  mode: SceneMode;
  layers: Record<LayerName, boolean>;
  xray: boolean;
  isolate: boolean;
  labels: boolean;
  readingLevel: ReadingLevel;
  locale: Locale;
  reducedMotion: boolean;
  quality: 'low' | 'medium' | 'high';
  status: Status;
  error?: string;
  /** The WebGL context was lost (GPU reset, too many contexts); cleared when it is restored. */
  contextLost?: boolean;
  /** Bumped to send the camera back to the current view (e.g. the same view chosen again). */
  cameraRequest: number;
  model?: SpineModel;
  placement?: PlacementLike;
  /** Theme colours read from `--sx-color-*`. */
  palette?: Palette;
  /** Per-frame values; mutate in place. */
  frame: SpineFrameState;
  runtime: SceneRuntime;
  set: (partial: Partial<Omit<SpineState, 'frame' | 'runtime' | 'set'>>) => void;
}

export type SpineStore = StoreApi<SpineState>;

export type SpineStoreInit = Partial<Omit<SpineState, 'frame' | 'runtime' | 'set'>>;

export const DEFAULT_LAYERS: Record<LayerName, boolean> = { skin: true, muscle: true, bone: true, disc: true, neural: true, devices: true };

/** One store per viewer instance (never a module singleton). */
export function createSpineStore(init: SpineStoreInit = {}): SpineStore {
  return createStore<SpineState>()((set) => ({
    procedureId: '',
    step: 0,
    tracks: [],
    playing: false,
    view: 'posterior',
    mode: 'anatomy',
    layers: { ...DEFAULT_LAYERS },
    xray: false,
    isolate: false,
    labels: true,
    readingLevel: 'patient',
    locale: 'en',
    reducedMotion: false,
    quality: 'medium',
    status: 'loading',
    cameraRequest: 0,
    ...init,
    frame: { progress: 1, held: false, dwell: 0, glow: 0, pulse: 0 },
    runtime: { frames: 0 },
    set: (partial) => set(partial),
  }));
}

const clamp01 = (n: number) => (n < 0 ? 0 : n > 1 ? 1 : n);
/** Smooth in and out. */
export const ease = (t: number) => {
  const x = clamp01(t);
  return x * x * (3 - 2 * x);
};

/** The value of a motion (needle, spread, lead) at the current step and progress. */
export function motionAt(state: Pick<SpineState, 'tracks' | 'step'>, progress: number, motion: 'needle' | 'spread' | 'lead' | 'lesion'): number {
  const track = state.tracks[state.step];
  if (!track) return state.tracks.length === 0 ? 1 : 0;
  const [from, to] = track[motion];
  return from + (to - from) * ease(progress);
}
