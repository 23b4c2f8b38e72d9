'use client';
import { webglAvailable } from './webglSupport';
import {
  forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState,
  type CSSProperties, type KeyboardEvent, type ReactNode,
} from 'react';
import type { SpineModel } from '@spine-explainer/anatomy';
import { acquireSpineModel, type SpineModelLease } from './sharedModel';
import { SpineStoreProvider } from './context';
import { useStore } from 'zustand';
import { createSpineStore, DEFAULT_LAYERS, type SpineStore } from './store';
import { useControllableState } from './useControllableState';
import { buildTracks, localizedTextParams, procedureTitle, stepText, stepTitle } from './steps';
import { describeState } from './describeState';
import { format, stringsFor, type MessageTable } from './strings';
import { spineExplainerCss } from './css';
import { readPalette } from './palette';
import { resolveOptions, unknownProcedureMessage } from './options';
import { SpineScene } from './SpineScene';
import { StepPlayer } from './StepPlayer';
import { StepText } from './StepText';
import { VIEW_NAMES } from './views';
import { defaultCatalog } from './defaultCatalog';
import { Workbench } from './workbench/Workbench';
import type { WorkbenchController } from './workbench/types';
import type {
  ChangeEvent, ChangeSource, LayerName, Layout, Locale, PlacementLike, ProcedureCatalog, ProcedureChangeEvent, ReadingLevel,
  SceneMode, Side, SpineError, StepChangeEvent, Theme, ViewChangeEvent, ViewName,
} from './types';

// ---------------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------------

/** What `ref` and `onReady` hand you: verbs that act on the viewer. Every change they make reports `source: 'api'`. */
export interface SpineExplainerController {
  next(): void;
  previous(): void;
  play(): void;
  pause(): void;
  /** Jumps to a step (0-based). `progress` pins the step's motions (0…1) instead of animating them: for tests. */
  goToStep(step: number, options?: { progress?: number }): void;
  /** Pins the current step's motions at a progress (0…1); the next step change animates again. */
  setProgress(progress: number): void;
  setView(view: ViewName): void;
  setMode(mode: SceneMode): void;
  setProcedure(id: string): void;
  setLevel(level: string): void;
  setSide(side: Side): void;
  setSite(site: string): void;
  setLayer(layer: LayerName, visible: boolean): void;
  setXray(on: boolean): void;
  setIsolate(on: boolean): void;
  /** Turns the camera (radians). */
  orbit(azimuth: number, polar?: number): void;
  /** Multiplies the camera distance. */
  zoom(factor: number): void;
  /** A PNG of the current view. */
  snapshot(): Promise<Blob>;
  /** Where an LPS point (default: the needle or lead target) is on the canvas, in CSS pixels from its top left. */
  project(point?: [number, number, number]): { x: number; y: number; visible: boolean } | undefined;
  /** A plain copy of the current state. */
  getState(): SpineExplainerState;
  /** The component's root element (carries `data-state`, `data-sx-ready`; dispatches `spine:ready`). */
  readonly element: HTMLElement | null;
}

export interface SpineExplainerState {
  procedure: string; level?: string; side?: string; site?: string; step: number; stepCount: number;
  view: ViewName; mode: SceneMode; playing: boolean; status: 'loading' | 'ready' | 'error'; placement?: PlacementLike;
}

export interface SpineExplainerProps {
  /** Procedure id (controlled). */
  procedure?: string;
  /** Initial procedure id (uncontrolled). @defaultValue the catalog's first procedure */
  defaultProcedure?: string;
  onProcedureChange?: (event: ProcedureChangeEvent) => void;
  /** Level or interspace, e.g. `L4-L5` (controlled). Only the procedure's allowed levels are accepted. */
  level?: string;
  defaultLevel?: string;
  onLevelChange?: (event: ChangeEvent<string | undefined>) => void;
  side?: Side;
  defaultSide?: Side;
  onSideChange?: (event: ChangeEvent<string | undefined>) => void;
  /** Site for procedures with sites (a muscle, an approach). */
  site?: string;
  defaultSite?: string;
  onSiteChange?: (event: ChangeEvent<string | undefined>) => void;
  /** Current step, 0-based (controlled). */
  step?: number;
  /** @defaultValue 0 */
  defaultStep?: number;
  onStepChange?: (event: StepChangeEvent) => void;
  /** Camera view (controlled). Steps move the view unless you control it. */
  view?: ViewName;
  defaultView?: ViewName;
  /** `anatomy` or `fluoro` (an X-ray-style projection of the bones). */
  mode?: SceneMode;
  defaultMode?: SceneMode;
  onViewChange?: (event: ViewChangeEvent) => void;
  /** @defaultValue 'compact' */
  layout?: Layout;
  /** @defaultValue 'light' */
  theme?: Theme;
  /** Any locale code; `en` and `es` ship, others come from `messages`. @defaultValue 'en' */
  locale?: Locale | (string & {});
  /** The UI message table, e.g. `mergeUiStrings(UI_STRINGS, { fr: {…} })` from `@spine-explainer/procedures`. */
  messages?: MessageTable;
  /** Plain words for patients or precise ones for physicians. @defaultValue 'patient' */
  readingLevel?: ReadingLevel;
  /** Geometry detail. @defaultValue 'medium' */
  quality?: 'low' | 'medium' | 'high';
  /** Start playing the steps on load. @defaultValue false */
  autoPlay?: boolean;
  /** Show the procedure picker. @defaultValue true */
  showProcedurePicker?: boolean;
  /** Anchored structure labels. @defaultValue true */
  labels?: boolean;
  /** Image-based light built in code; `auto` skips it on software WebGL, where it costs seconds per frame. @defaultValue 'auto' */
  environment?: boolean | 'auto';
  /** Replaces the disclaimer text (it stays visible). */
  disclaimer?: string;
  /** Removes the "patient education, not medical advice" note. Deliberate: warns in development. */
  hideDisclaimer?: boolean;
  /** Overrides `prefers-reduced-motion`. */
  reducedMotion?: boolean;
  /** Image shown when WebGL is unavailable. */
  poster?: string;
  /**
   * Render the component's stylesheet in an inline `<style>` inside its root. Set `false` under a strict
   * Content-Security-Policy (`style-src 'self'` without `'unsafe-inline'`) and load `spineExplainerCss` yourself,
   * e.g. as a constructable stylesheet or from a CSS file on your own origin.
   * @defaultValue true
   */
  injectStyles?: boolean;
  /** Accessible name of the whole widget. @defaultValue the procedure's title */
  label?: string;
  /** Where procedures and placements come from. @defaultValue `@spine-explainer/procedures` */
  catalog?: ProcedureCatalog;
  /** Receives the controller once mounted; may return a cleanup. */
  onReady?: (controller: SpineExplainerController) => void | (() => void);
  /** With `layout="workbench"`: receives the workbench controller once mounted; may return a cleanup. */
  onWorkbenchReady?: (controller: WorkbenchController) => void | (() => void);
  /** Unknown ids, levels, sides or sites, and rendering failures: the viewer shows a message and keeps working. */
  onError?: (error: SpineError) => void;
  className?: string;
  style?: CSSProperties;
  id?: string;
  /** Extra scene content, in LPS millimetres. */
  children?: ReactNode;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

let warnedDisclaimer = false;
const isDev = () => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV !== 'production';
const clampStep = (n: number, count: number) => Math.max(0, Math.min(Math.max(count - 1, 0), Math.round(n)));

// ---------------------------------------------------------------------------------------------------------------
// Component
// ---------------------------------------------------------------------------------------------------------------

/**
 * The explainer: a procedure shown on an interactive 3D spine, with guided steps, text and pickers.
 * Self-contained (its CSS is inside its root), keyboard-operable and safe to server-render.
 */
const CompactExplainer = /* @__PURE__ */ forwardRef<SpineExplainerController, SpineExplainerProps>(function CompactExplainer(props, ref) {
  const {
    layout = 'compact', theme = 'light', locale = 'en', readingLevel = 'patient', quality = 'medium', autoPlay = false,
    showProcedurePicker = true, labels = true, hideDisclaimer = false, catalog = defaultCatalog, injectStyles = true,
  } = props;
  const t = stringsFor(locale, props.messages);
  const rootRef = useRef<HTMLDivElement>(null);
  const [store] = useState<SpineStore>(() => createSpineStore({ locale: locale as Locale, readingLevel, quality, labels }));
  const ids = useMemo(() => catalog.procedures.map((p) => p.id), [catalog]);

  // --- controllable state ------------------------------------------------------------------------------------
  /** The values last reported through on*Change, to report changes that did not come through a setter (source 'api'). */
  const reported = useRef<{ procedureId?: string; level?: string; side?: string; site?: string; step?: number; init?: boolean }>({});
  /** Who caused the change being applied; reset to 'api' after each commit. */
  const lastSource = useRef<ChangeSource>('api');
  const [procedureId, setProcedureRaw] = useControllableState<string, ChangeSource>({
    name: 'procedure', value: props.procedure, defaultValue: () => props.defaultProcedure ?? (ids.includes('epidural-transforaminal') ? 'epidural-transforaminal' : ids[0] ?? ''),
    onChange: (v, source) => {
      reported.current.procedureId = v;
      props.onProcedureChange?.({ procedure: v, value: v, source });
    },
  });
  const [levelReq, setLevelRaw] = useControllableState<string | undefined, ChangeSource>({
    name: 'level', value: props.level, defaultValue: props.defaultLevel, warnOnFlip: false, onChange: (v, source) => {
      reported.current.level = v;
      props.onLevelChange?.({ value: v, source });
    },
  });
  const [sideReq, setSideRaw] = useControllableState<string | undefined, ChangeSource>({
    name: 'side', value: props.side, defaultValue: props.defaultSide, warnOnFlip: false, onChange: (v, source) => {
      reported.current.side = v;
      props.onSideChange?.({ value: v, source });
    },
  });
  const [siteReq, setSiteRaw] = useControllableState<string | undefined, ChangeSource>({
    name: 'site', value: props.site, defaultValue: props.defaultSite, warnOnFlip: false, onChange: (v, source) => {
      reported.current.site = v;
      props.onSiteChange?.({ value: v, source });
    },
  });

  const procedure = useMemo(() => catalog.procedures.find((p) => p.id === procedureId), [catalog, procedureId]);
  const options = useMemo(() => resolveOptions(procedure, { level: levelReq, side: sideReq, site: siteReq }), [procedure, levelReq, sideReq, siteReq]);
  const tracks = useMemo(() => buildTracks(procedure, options.side), [procedure, options.side]);
  const stepCount = tracks.length;

  const [stepRaw, setStepRaw] = useControllableState<number, ChangeSource>({
    name: 'step', value: props.step, defaultValue: props.defaultStep ?? 0,
    onChange: (v, source) => {
      reported.current.step = v;
      props.onStepChange?.({ step: v, value: v, stepCount, source });
    },
  });
  const step = clampStep(stepRaw, stepCount);
  const [view, setViewRaw] = useControllableState<ViewName, ChangeSource>({
    name: 'view', value: props.view, defaultValue: () => props.defaultView ?? tracks[step]?.view ?? 'posterior',
    onChange: (v, source) => props.onViewChange?.({ view: v, value: v, mode: modeRef.current, source }),
  });
  const [mode, setModeRaw] = useControllableState<SceneMode, ChangeSource>({
    name: 'mode', value: props.mode, defaultValue: () => props.defaultMode ?? tracks[step]?.mode ?? 'anatomy',
    onChange: (v, source) => props.onViewChange?.({ view: viewRef.current, value: viewRef.current, mode: v, source }),
  });
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const viewRef = useRef(view);
  viewRef.current = view;
  const [playing, setPlaying] = useState(false);
  const [layers, setLayers] = useState(DEFAULT_LAYERS);
  const [xray, setXray] = useState(false);
  const [isolate, setIsolate] = useState(false);

  // --- client-only resources -------------------------------------------------------------------------------------
  const [mounted, setMounted] = useState(false);
  const [webgl, setWebgl] = useState<boolean | undefined>(undefined);
  const [model, setModel] = useState<SpineModel | undefined>(undefined);
  const [phase, setPhase] = useState<'loading' | 'ready'>('loading');
  // Read synchronously on the client, so the very first step already honours it (it changes no markup).
  const [reducedMotionPref, setReducedMotionPref] = useState(() => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
  const reducedMotion = props.reducedMotion ?? reducedMotionPref;

  useEffect(() => {
    setMounted(true);
    setWebgl(webglAvailable());
    if (typeof matchMedia === 'function') {
      const mq = matchMedia('(prefers-reduced-motion: reduce)');
      setReducedMotionPref(mq.matches);
      const on = () => setReducedMotionPref(mq.matches);
      mq.addEventListener?.('change', on);
      return () => mq.removeEventListener?.('change', on);
    }
    return undefined;
  }, []);

  // The anatomy is generated once per page and quality (shared with the page's other viewers), after the loading
  // state has painted; given back on change/unmount.
  const [modelError, setModelError] = useState<string | undefined>();
  useEffect(() => {
    if (!webgl) return undefined;
    let lease: SpineModelLease | undefined;
    const timer = setTimeout(() => {
      try {
        const t0 = performance.now();
        lease = acquireSpineModel(quality);
        // Measured, for the perf bench and for curious developers (near 0 when another viewer built it).
        if (rootRef.current) rootRef.current.dataset.sxModelMs = String(Math.round(performance.now() - t0));
        setModel(lease.model);
      } catch (e) {
        setModelError(e instanceof Error ? e.message : String(e));
      }
    }, 0);
    return () => {
      clearTimeout(timer);
      lease?.release();
      setModel(undefined);
    };
  }, [webgl, quality]);

  // --- placement & errors ----------------------------------------------------------------------------------------
  const placementResult = useMemo((): { placement?: PlacementLike; error?: string } => {
    if (!model || !procedure) return {};
    try {
      return { placement: catalog.resolvePlacement(model, procedure.id, { level: options.level, side: options.side, site: options.site }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [model, procedure, catalog, options.level, options.side, options.site]);
  const placement = placementResult.placement;

  const error: SpineError | undefined = useMemo(() => {
    if (!procedure) return { code: 'unknown-procedure', message: unknownProcedureMessage(procedureId, ids), source: 'api' };
    const p = options.problems[0];
    if (p) return { code: 'invalid-option', message: p.message, source: 'api' };
    if (placementResult.error) return { code: 'placement', message: placementResult.error, source: 'api' };
    if (modelError) return { code: 'internal', message: modelError, source: 'api' };
    return undefined;
  }, [procedure, procedureId, ids, options.problems, placementResult.error, modelError]);

  const onErrorRef = useRef(props.onError);
  onErrorRef.current = props.onError;
  useEffect(() => {
    if (error) onErrorRef.current?.(error);
  }, [error?.code, error?.message]); // eslint-disable-line react-hooks/exhaustive-deps

  // No WebGL: the steps are shown as text, and the host hears why the 3D view is missing.
  useEffect(() => {
    if (webgl === false) {
      onErrorRef.current?.({
        code: 'webgl', source: 'api',
        message: 'WebGL is not available in this browser, so the 3D view cannot be shown. The steps are shown as text instead.',
      });
    }
  }, [webgl]);

  const status: 'loading' | 'ready' | 'error' = error && (!procedure || !placement) ? 'error' : webgl === false ? 'ready' : phase;

  // --- changes ---------------------------------------------------------------------------------------------------
  const stepSource = useRef<ChangeSource>('api');
  const setStep = useCallback((n: number, source: ChangeSource, opts?: { progress?: number }) => {
    const f = store.getState().frame;
    if (opts?.progress !== undefined) {
      f.held = true;
      f.progress = Math.max(0, Math.min(1, opts.progress));
    } else {
      f.held = false;
    }
    stepSource.current = source;
    const next = clampStep(n, stepCountRef.current);
    // The latest step, before React renders: two calls in one task (`next(); next();`) move two steps.
    stepRef.current = next;
    setStepRaw(next, source);
    store.getState().runtime.invalidate?.();
  }, [store, setStepRaw]);
  const stepCountRef = useRef(stepCount);
  stepCountRef.current = stepCount;

  const setProcedure = useCallback((id: string, source: ChangeSource) => {
    if (id === procedureRef.current) return;
    procedureRef.current = id; // a second call in the same task compares with this one
    lastSource.current = source;
    setProcedureRaw(id, source);
    // New procedure: its own defaults for level, side and site (uncontrolled), and the first step. The resulting
    // changes are reported by the effect above, with this source.
    setLevelRaw(undefined, source, { silent: true });
    setSideRaw(undefined, source, { silent: true });
    setSiteRaw(undefined, source, { silent: true });
    stepSource.current = source;
    stepRef.current = 0;
    setStepRaw(0, source, { silent: true });
    setPlaying(false);
  }, [setProcedureRaw, setLevelRaw, setSideRaw, setSiteRaw, setStepRaw]);
  const procedureRef = useRef(procedureId);
  procedureRef.current = procedureId;

  const setView = useCallback((v: ViewName, source: ChangeSource) => {
    if (v === viewRef.current) store.setState((s) => ({ cameraRequest: s.cameraRequest + 1 }));
    setViewRaw(v, source);
  }, [setViewRaw, store]);
  const setMode = useCallback((m: SceneMode, source: ChangeSource) => setModeRaw(m, source), [setModeRaw]);

  // Each step brings its own camera view (and X-ray mode for fluoroscopy views).
  const lastTrackKey = useRef<string>('');
  useEffect(() => {
    const key = `${procedureId}|${step}`;
    if (key === lastTrackKey.current) return;
    const first = lastTrackKey.current === '';
    lastTrackKey.current = key;
    const track = tracks[step];
    if (!track || first) return;
    if (track.view && props.view === undefined) setViewRaw(track.view, stepSource.current);
    if (track.mode && props.mode === undefined) setModeRaw(track.mode, stepSource.current);
  }, [procedureId, step, tracks, props.view, props.mode, setViewRaw, setModeRaw]);

  // Every change is reported, also those that came from props or followed from another change (a new procedure
  // brings its default level): source 'api' unless a user action started it.
  useEffect(() => {
    const r = reported.current;
    const src = lastSource.current;
    lastSource.current = 'api';
    const now = { procedureId, level: options.level, side: options.side, site: options.site, step };
    if (!r.init) {
      reported.current = { ...now, init: true };
      return;
    }
    if (r.procedureId !== now.procedureId) props.onProcedureChange?.({ procedure: procedureId, value: procedureId, source: src });
    if (r.level !== now.level) props.onLevelChange?.({ value: now.level, source: src });
    if (r.side !== now.side) props.onSideChange?.({ value: now.side, source: src });
    if (r.site !== now.site) props.onSiteChange?.({ value: now.site, source: src });
    if (r.step !== now.step) props.onStepChange?.({ step, value: step, stepCount, source: src });
    reported.current = { ...now, init: true };
  }); // eslint-disable-line react-hooks/exhaustive-deps

  // Playback: at the end of a step's dwell, go on; stop after the last step.
  const playSource = useRef<ChangeSource>('user');
  useEffect(() => {
    store.getState().runtime.onStepEnd = () => {
      const s = stepRef.current;
      if (s < stepCountRef.current - 1) setStep(s + 1, playSource.current);
      else setPlaying(false);
    };
  }, [store, setStep]);
  const stepRef = useRef(step);
  stepRef.current = step;
  const startPlaying = useCallback((on: boolean, source: ChangeSource) => {
    playSource.current = source;
    if (on && stepRef.current >= stepCountRef.current - 1) setStep(0, source);
    setPlaying(on);
  }, [setStep]);
  useEffect(() => {
    if (autoPlay && webgl && phase === 'ready') startPlaying(true, 'api');
  }, [autoPlay, webgl, phase]); // eslint-disable-line react-hooks/exhaustive-deps

  // --- store sync (slow values only) ----------------------------------------------------------------------------
  useLayoutEffect(() => {
    store.setState({
      procedureId, procedure, level: options.level, side: options.side, site: options.site, step, tracks, playing, view, mode,
      layers, xray, isolate, labels, readingLevel, locale: locale as Locale, reducedMotion, quality, model, placement,
      status, error: error?.message,
    });
  });
  useLayoutEffect(() => {
    store.setState({ palette: readPalette(rootRef.current) });
  }, [store, theme, mounted]);

  // --- ready signal ----------------------------------------------------------------------------------------------
  const readyKey = `${procedureId}|${options.level}|${options.side}|${options.site}|${mode}|${model ? 'm' : ''}`;
  useLayoutEffect(() => {
    const el = rootRef.current;
    if (el && webgl) el.dataset.sxReady = 'false';
  }, [readyKey, webgl]);
  useEffect(() => {
    const rt = store.getState().runtime;
    rt.onContentDrawn = () => {
      const el = rootRef.current;
      const s = store.getState();
      if (!el || !s.model) return;
      setPhase('ready');
      if (!el.dataset.sxFirstFrameMs) el.dataset.sxFirstFrameMs = String(Math.round(performance.now()));
      el.dataset.sxReady = 'true';
      el.dispatchEvent(new CustomEvent('spine:ready', {
        bubbles: true, composed: true,
        detail: { procedure: s.procedureId, level: s.level, side: s.side, site: s.site, step: s.step, view: s.view, mode: s.mode },
      }));
    };
    rt.onFrame = () => {
      const el = rootRef.current;
      if (!el) return;
      el.dataset.sxFrames = String(rt.frames);
      el.dataset.sxDrawCalls = String(rt.drawCalls ?? '');
      el.dataset.sxTriangles = String(rt.triangles ?? '');
    };
  }, [store]);
  // Without WebGL the text fallback is the content: ready at once.
  useEffect(() => {
    const el = rootRef.current;
    if (webgl === false && el && !el.dataset.sxReady) {
      el.dataset.sxReady = 'true';
      el.dispatchEvent(new CustomEvent('spine:ready', { bubbles: true, composed: true, detail: { procedure: procedureId, fallback: 'no-webgl' } }));
    }
  }, [webgl, procedureId]);

  // --- disclaimer --------------------------------------------------------------------------------------------
  if (hideDisclaimer && isDev() && !warnedDisclaimer && typeof window !== 'undefined') {
    warnedDisclaimer = true;
    console.warn('SpineExplainer: `hideDisclaimer` removes the "patient education, not medical advice" note. Make sure your page carries an equivalent notice.');
  }

  // --- controller ------------------------------------------------------------------------------------------------
  const latest = useRef({ procedureId, options, step, stepCount, view, mode, playing, status, placement });
  latest.current = { procedureId, options, step, stepCount, view, mode, playing, status, placement };
  const controller = useMemo<SpineExplainerController>(() => ({
    // Verbs read the latest state (the refs setters update at once), never a value captured at the last render.
    next: () => setStep(stepRef.current + 1, 'api'),
    previous: () => setStep(stepRef.current - 1, 'api'),
    play: () => startPlaying(true, 'api'),
    pause: () => startPlaying(false, 'api'),
    goToStep: (n, o) => setStep(n, 'api', o),
    setProgress: (p) => {
      const f = store.getState().frame;
      f.held = true;
      f.progress = Math.max(0, Math.min(1, p));
      store.getState().runtime.invalidate?.();
    },
    setView: (v) => setView(v, 'api'),
    setMode: (m) => setMode(m, 'api'),
    setProcedure: (id) => setProcedure(id, 'api'),
    setLevel: (l) => setLevelRaw(l, 'api'),
    setSide: (s) => setSideRaw(s, 'api'),
    setSite: (s) => setSiteRaw(s, 'api'),
    setLayer: (layer, visible) => setLayers((l) => ({ ...l, [layer]: visible })),
    setXray: (on) => setXray(on),
    setIsolate: (on) => setIsolate(on),
    orbit: (a, p = 0) => store.getState().runtime.orbit?.(a, p),
    zoom: (f) => store.getState().runtime.zoom?.(f),
    snapshot: () => store.getState().runtime.snapshot?.() ?? Promise.reject(new Error('The 3D view is not rendered.')),
    project: (point) => {
      const pl = latest.current.placement;
      const p = point ?? pl?.needles[0]?.target ?? pl?.leads[0]?.path.at(-1);
      return p ? store.getState().runtime.project?.(p as [number, number, number]) : undefined;
    },
    getState: () => {
      const l = latest.current;
      return { procedure: l.procedureId, level: l.options.level, side: l.options.side, site: l.options.site, step: stepRef.current, stepCount: l.stepCount, view: l.view, mode: l.mode, playing: l.playing, status: l.status, placement: l.placement };
    },
    get element() {
      return rootRef.current;
    },
  }), [store, setStep, startPlaying, setView, setMode, setProcedure, setLevelRaw, setSideRaw, setSiteRaw]);
  useImperativeHandle(ref, () => controller, [controller]);
  const onReadyRef = useRef(props.onReady);
  onReadyRef.current = props.onReady;
  useEffect(() => {
    const cleanup = onReadyRef.current?.(controller);
    return typeof cleanup === 'function' ? cleanup : undefined;
  }, [controller]);

  // --- keyboard (scoped to the stage) --------------------------------------------------------------------------
  const onStageKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const rt = store.getState().runtime;
    const k = e.key;
    let handled = true;
    if (k === 'ArrowLeft') rt.orbit?.(-0.2, 0);
    else if (k === 'ArrowRight') rt.orbit?.(0.2, 0);
    else if (k === 'ArrowUp') rt.orbit?.(0, -0.15);
    else if (k === 'ArrowDown') rt.orbit?.(0, 0.15);
    else if (k === '+' || k === '=') rt.zoom?.(0.85);
    else if (k === '-' || k === '_') rt.zoom?.(1 / 0.85);
    else if (k === 'PageDown' || k === 'n' || k === 'N') setStep(stepRef.current + 1, 'user');
    else if (k === 'PageUp' || k === 'p' || k === 'P') setStep(stepRef.current - 1, 'user');
    else if (k === 'Home') setStep(0, 'user');
    else if (k === 'End') setStep(stepCount - 1, 'user');
    else if (k === ' ' || k === 'Spacebar') startPlaying(!playing, 'user');
    else if (k === 'f' || k === 'F') setMode(mode === 'fluoro' ? 'anatomy' : 'fluoro', 'user');
    else if (k === '0' || k === 'r' || k === 'R') setView(view, 'user');
    else if (/^[1-6]$/.test(k)) setView(VIEW_NAMES[Number(k) - 1]!, 'user');
    else handled = false;
    if (handled) e.preventDefault();
  };

  // --- render ----------------------------------------------------------------------------------------------------
  const title = procedureTitle(procedure, locale, readingLevel) || procedureId;
  const sideWord = (s: string) => (s === 'left' ? t.left : s === 'right' ? t.right : s === 'bilateral' ? t.bilateral : s);
  // `{level}`, `{side}`, `{site}` in step texts, in the viewer's language (also the site picker's names).
  const params = localizedTextParams(options, locale, props.messages);
  const siteWord = (s: string) => localizedTextParams({ site: s }, locale, props.messages).site!;
  const current = stepText(procedure?.steps[step], locale, readingLevel, params);
  const kicker = stepCount ? format(t.stepOf, { n: step + 1, count: stepCount }) : '';
  const track = tracks[step];
  const needle = placement?.needles[0];
  const announcement = describeState({
    locale, readingLevel, status, error: error?.message, procedureId, procedureTitle: title, step, stepCount, stepTitle: current.title,
    level: options.level, side: options.side, site: options.site,
    needle: track?.needle[1], spread: track?.spread[1], lead: track?.lead[1],
    hasNeedle: !!needle || (!placement && !!procedure), hasLead: !!placement?.leads.length,
    targetName: needle ? model?.get(needle.targetStructure)?.name : undefined, view, mode,
  });
  const showScene = mounted && webgl === true && !!procedure;
  const contextLost = useStore(store, (s) => s.contextLost);
  const textFallback = !mounted || webgl === false || !procedure;
  const views: ViewName[] = mode === 'fluoro' ? ['posterior', 'lateral', options.side === 'right' ? 'oblique-right' : 'oblique-left'] : ['posterior', 'lateral', 'oblique-left', 'oblique-right', 'close-up'];
  const stageId = `${props.id ?? 'sx'}-stage`;

  return (
    <div
      ref={rootRef}
      id={props.id}
      className={`sx-root sx-theme-${theme}${props.className ? ` ${props.className}` : ''}`}
      style={props.style}
      data-state={status}
      data-layout={layout}
      data-theme={theme}
      data-procedure={procedureId}
      data-level={options.level}
      data-side={options.side}
      data-step={step}
      data-mode={mode}
      role="region"
      aria-label={props.label ?? format(t.region, { title })}
      lang={locale}
    >
      {injectStyles ? <style>{spineExplainerCss}</style> : null}
      <div className="sx-header">
        {showProcedurePicker ? (
          <label className="sx-field sx-field--procedure">
            {t.procedure}
            <select value={procedure ? procedureId : ''} onChange={(e) => setProcedure(e.currentTarget.value, 'user')}>
              {!procedure ? <option value="">{procedureId}</option> : null}
              {catalog.procedures.map((p) => (
                <option key={p.id} value={p.id}>{procedureTitle(p, locale, readingLevel)}</option>
              ))}
            </select>
          </label>
        ) : null}
        {procedure && procedure.levels.length > 1 ? (
          <label className="sx-field">
            {t.level}
            <select value={options.level} onChange={(e) => setLevelRaw(e.currentTarget.value, 'user')}>
              {procedure.levels.map((l) => <option key={l} value={l}>{l.replace('-', '–')}</option>)}
            </select>
          </label>
        ) : null}
        {procedure && procedure.sides.length > 1 ? (
          <label className="sx-field">
            {t.side}
            <select value={options.side} onChange={(e) => setSideRaw(e.currentTarget.value, 'user')}>
              {procedure.sides.map((s) => <option key={s} value={s}>{sideWord(s)}</option>)}
            </select>
          </label>
        ) : null}
        {procedure && procedure.sites.length > 1 ? (
          <label className="sx-field">
            {t.site}
            <select value={options.site} onChange={(e) => setSiteRaw(e.currentTarget.value, 'user')}>
              {procedure.sites.map((s) => <option key={s} value={s}>{siteWord(s)}</option>)}
            </select>
          </label>
        ) : null}
      </div>
      <div className="sx-body">
        <div className="sx-scene">
        <div
          id={stageId}
          className="sx-stage"
          role="application"
          aria-label={format(t.sceneLabel, { title })}
          aria-describedby={`${stageId}-help`}
          aria-roledescription="3D"
          tabIndex={0}
          onKeyDown={onStageKey}
          data-mode={mode}
        >
          <p id={`${stageId}-help`} className="sx-sr-only">{t.keyboardHelp}</p>
          {showScene ? (
            <SpineStoreProvider value={store}>
              <SpineScene labels={labels} environment={props.environment ?? 'auto'}>{props.children}</SpineScene>
            </SpineStoreProvider>
          ) : null}
          {status === 'loading' && webgl !== false ? (
            <div className="sx-loading" role="status">
              <progress aria-label={t.loading} />
              <span>{model ? t.loading : t.loadingModel}</span>
            </div>
          ) : null}
          {contextLost ? (
            <div className="sx-loading" role="status">
              <span>{t.contextLost}</span>
            </div>
          ) : null}
          {webgl === false ? (
            <div className="sx-fallback">
              {props.poster ? <img src={props.poster} alt="" /> : null}
              <p>{t.noWebgl}</p>
            </div>
          ) : null}
          {error ? (
            <div className={status === 'error' ? 'sx-error' : 'sx-error sx-error--notice'} role="alert">
              <strong>{t.errorTitle}</strong>
              <span>{error.message}</span>
            </div>
          ) : null}
        </div>
        {showScene ? (
          <div className="sx-toolbar" role="toolbar" aria-label={t.views}>
            {views.map((v) => (
              <button key={v} type="button" className="sx-chip" aria-pressed={view === v} onClick={() => setView(v, 'user')}>
                {mode === 'fluoro' ? t.fluoroView[v] : t.view[v]}
              </button>
            ))}
            <button type="button" className="sx-chip" aria-pressed={mode === 'fluoro'} onClick={() => setMode(mode === 'fluoro' ? 'anatomy' : 'fluoro', 'user')}>
              {t.fluoro}
            </button>
            <details className="sx-layers">
              <summary className="sx-chip">{t.layers}</summary>
              <div className="sx-layers-menu">
                {(Object.keys(DEFAULT_LAYERS) as LayerName[]).map((l) => (
                  <label key={l}>
                    <input type="checkbox" checked={layers[l]} onChange={(e) => setLayers((x) => ({ ...x, [l]: e.currentTarget.checked }))} />
                    {t.layer[l]}
                  </label>
                ))}
                <label>
                  <input type="checkbox" checked={xray} onChange={(e) => setXray(e.currentTarget.checked)} />
                  {t.xray}
                </label>
                <label>
                  <input type="checkbox" checked={isolate} onChange={(e) => setIsolate(e.currentTarget.checked)} />
                  {t.isolate}
                </label>
              </div>
            </details>
          </div>
        ) : null}
        </div>
        <div className="sx-panel">
          {procedure ? (
            <>
              <StepText kicker={kicker} title={current.title} body={current.body} />
              <StepPlayer
                step={step}
                stepCount={stepCount}
                playing={playing}
                strings={t}
                titles={procedure.steps.map((s) => stepTitle(s, locale, params))}
                onStepChange={(n) => setStep(n, 'user')}
                onPlayingChange={(on) => startPlaying(on, 'user')}
              />
            </>
          ) : null}
          {textFallback && procedure ? (
            <section aria-label={`${title}: ${t.steps}`}>
              <h2 className="sx-step-title">{title}</h2>
              <ol className="sx-all-steps">
                {procedure.steps.map((s, i) => {
                  const txt = stepText(s, locale, readingLevel, params);
                  return (
                    <li key={s.id ?? i}>
                      <strong>{txt.title}</strong> {txt.body}
                    </li>
                  );
                })}
              </ol>
            </section>
          ) : null}
          {hideDisclaimer ? null : <p className="sx-disclaimer" role="note">{props.disclaimer ?? t.disclaimer}</p>}
        </div>
      </div>
      <div className="sx-sr-only" aria-live="polite" aria-atomic="true" data-sx-live="">
        {mounted ? announcement : ''}
      </div>
    </div>
  );
});

/**
 * The explainer: a procedure shown on an interactive 3D spine, with guided steps, text and pickers.
 * `layout="compact"` (default) is the calm viewer for clinic sites; `layout="workbench"` is the physician's
 * consult workbench (its controller comes through `onWorkbenchReady`; `ref` is for the compact layout).
 */
export const SpineExplainer = /* @__PURE__ */ forwardRef<SpineExplainerController, SpineExplainerProps>(function SpineExplainer(props, ref) {
  if (props.layout === 'workbench') return <WorkbenchLayout {...props} />;
  return <CompactExplainer {...props} ref={ref} />;
});

function WorkbenchLayout(props: SpineExplainerProps) {
  return (
    <Workbench
      procedure={props.procedure ?? props.defaultProcedure}
      level={props.level ?? props.defaultLevel}
      side={props.side ?? props.defaultSide}
      site={props.site ?? props.defaultSite}
      theme={props.theme}
      locale={props.locale as Locale | undefined}
      readingLevel={props.readingLevel}
      className={props.className}
      style={props.style}
      injectStyles={props.injectStyles}
      onReady={props.onWorkbenchReady}
      onProcedureChange={(e) => props.onProcedureChange?.({ procedure: e.procedure, value: e.procedure, source: e.source })}
      onStepChange={(e) => props.onStepChange?.({ step: e.step, value: e.step, stepCount: e.stepCount, source: e.source })}
      onError={(e) => props.onError?.({ code: e.code === 'unknown-procedure' ? 'unknown-procedure' : 'internal', message: e.message, source: e.source })}
    />
  );
}
