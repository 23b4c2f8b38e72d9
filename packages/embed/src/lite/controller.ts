// The compact viewer's state and rules, without React and without a DOM: what <SpineExplainer>'s compact
// layout decides (selection, defaults, steps, playback, views, errors, the page-wide model) as plain methods
// that change plain fields, report changes with their source, and keep the scene's store in step.
import type { SpineModel } from '@spine-explainer/anatomy';
import {
  acquireSpineModel, createSpineStore, defaultCatalog, DEFAULT_LAYERS,
  type ChangeSource, type LayerName, type Locale, type ModelQuality, type Palette, type PlacementLike, type ProcedureCatalog,
  type ProcedureLike, type ReadingLevel, type ResolvedOptions, type SceneMode, type SpineError, type SpineModelLease,
  type SpineState, type SpineStore, type Status, type StepTrack, type ViewName,
} from '@spine-explainer/react';
import { clampStep, resolveSelection, sameResolved, selectionError, type Requested, type Resolved, type Selection } from './selection';

export type Choice = 'procedure' | 'level' | 'side' | 'site';

/** What the controller tells its owner. Every change reports who caused it. */
export interface ControllerEvents {
  /** The resolved procedure/level/side/site changed (not reported for the first one). */
  selectionChange(resolved: Resolved, source: ChangeSource): void;
  stepChange(step: number, stepCount: number, source: ChangeSource): void;
  viewChange(view: ViewName, mode: SceneMode, source: ChangeSource): void;
  /** A new error to show (reported once until it goes away). */
  error(error: SpineError): void;
  /** A person chose in the widget: the owner writes it back to the attributes and calls `select` again. */
  choose(values: Partial<Record<Choice, string | null>>): void;
  /** Something changed: render (and `flush`) before the end of the task. */
  changed(): void;
}

export interface ControllerOptions {
  catalog?: ProcedureCatalog;
  /** Whether this page can draw WebGL; without it, no model is built and the text is the content. */
  webgl: boolean;
  quality?: ModelQuality;
  labels?: boolean;
  locale?: string;
  readingLevel?: ReadingLevel;
  /** Zero-based first step. */
  step?: number;
  /** The page-wide model (sharedModel.ts); injectable for tests. */
  acquireModel?: (quality: ModelQuality) => SpineModelLease;
}

export class LiteController {
  readonly store: SpineStore;
  readonly catalog: ProcedureCatalog;
  readonly webgl: boolean;
  readonly quality: ModelQuality;

  step: number;
  playing = false;
  view: ViewName;
  mode: SceneMode;
  layers: Record<LayerName, boolean> = { ...DEFAULT_LAYERS };
  xray = false;
  isolate = false;
  locale: string;
  readingLevel: ReadingLevel;
  reducedMotion = false;
  model: SpineModel | undefined;
  /** Milliseconds the model took to acquire (near 0 when another viewer on the page built it). */
  modelMs: number | undefined;
  phase: 'loading' | 'ready' = 'loading';

  #events: ControllerEvents;
  #acquire: (quality: ModelQuality) => SpineModelLease;
  #labels: boolean;
  #requested: Requested;
  #selection: Selection;
  #reported: Resolved;
  /** Who caused the selection change the next `select` applies: `user` after a person's choice. */
  #pendingSource: ChangeSource = 'api';
  #playSource: ChangeSource = 'user';
  #lastTrackKey: string;
  #errorKey: string | undefined;
  #modelError: string | undefined;
  #lease: SpineModelLease | undefined;
  #modelTimer: ReturnType<typeof setTimeout> | undefined;
  #placement: { key: string; placement?: PlacementLike; error?: string } = { key: '' };
  #disposed = false;

  constructor(requested: Requested, options: ControllerOptions, events: ControllerEvents) {
    this.catalog = options.catalog ?? defaultCatalog;
    this.webgl = options.webgl;
    this.quality = options.quality ?? 'medium';
    this.locale = options.locale ?? 'en';
    this.readingLevel = options.readingLevel ?? 'patient';
    this.#labels = options.labels ?? true;
    this.#acquire = options.acquireModel ?? acquireSpineModel;
    this.#events = events;
    this.#requested = requested;
    this.#selection = resolveSelection(this.catalog, requested);
    this.#reported = this.#selection.resolved;
    this.step = clampStep(options.step ?? 0, this.stepCount);
    const track = this.tracks[this.step];
    this.view = track?.view ?? 'posterior';
    this.mode = track?.mode ?? 'anatomy';
    this.#lastTrackKey = this.#trackKey();
    this.store = createSpineStore({
      locale: this.locale as Locale, readingLevel: this.readingLevel, quality: this.quality, labels: this.#labels,
    });
    this.store.getState().runtime.onStepEnd = () => this.#stepEnded();
  }

  // -------------------------------------------------------------------------------------------------------------
  // Reading
  // -------------------------------------------------------------------------------------------------------------

  get requested(): Requested { return this.#requested; }
  get procedure(): ProcedureLike | undefined { return this.#selection.procedure; }
  get procedureId(): string { return this.#requested.procedure; }
  get options(): ResolvedOptions { return this.#selection.options; }
  get resolved(): Resolved { return this.#selection.resolved; }
  get tracks(): readonly StepTrack[] { return this.#selection.tracks; }
  get stepCount(): number { return this.#selection.tracks.length; }
  get placement(): PlacementLike | undefined { return this.#placementNow().placement; }

  get error(): SpineError | undefined {
    return selectionError(this.catalog, this.#selection, this.#requested.procedure, {
      placement: this.#placementNow().error, model: this.#modelError,
    });
  }

  get status(): Status {
    if (this.error && (!this.procedure || !this.placement)) return 'error';
    return this.webgl ? this.phase : 'ready';
  }

  // -------------------------------------------------------------------------------------------------------------
  // Lifecycle
  // -------------------------------------------------------------------------------------------------------------

  /** Reports the first state's error, if any, and builds the model after the loading state has painted. */
  start(): void {
    if (this.webgl) {
      this.#modelTimer = setTimeout(() => {
        this.#modelTimer = undefined;
        if (this.#disposed) return;
        try {
          const t0 = performance.now();
          this.#lease = this.#acquire(this.quality);
          this.modelMs = Math.round(performance.now() - t0);
          this.model = this.#lease.model;
        } catch (err) {
          this.#modelError = err instanceof Error ? err.message : String(err);
        }
        this.#commit();
      }, 0);
    }
    this.#commit();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    if (this.#modelTimer !== undefined) clearTimeout(this.#modelTimer);
    const runtime = this.store.getState().runtime;
    runtime.onStepEnd = undefined;
    runtime.onContentDrawn = undefined;
    runtime.onFrame = undefined;
    this.store.setState({ model: undefined, placement: undefined });
    this.model = undefined;
    this.#lease?.release();
    this.#lease = undefined;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Changes
  // -------------------------------------------------------------------------------------------------------------

  /**
   * Applies the page's procedure/level/side/site. A new procedure starts at its first step unless `resetStep` is
   * false (the page asked for a step in the same breath), and stops playback.
   */
  select(requested: Requested, { resetStep = true }: { resetStep?: boolean } = {}): void {
    if (this.#disposed) return;
    const source = this.#pendingSource;
    this.#pendingSource = 'api';
    this.#requested = requested;
    this.#selection = resolveSelection(this.catalog, requested, this.#selection);
    const now = this.#selection.resolved;
    if (!sameResolved(this.#reported, now)) {
      const procedureChanged = this.#reported.procedure !== now.procedure;
      this.#reported = now;
      this.#events.selectionChange(now, source);
      if (procedureChanged) {
        this.playing = false;
        if (resetStep) this.#moveTo(0, source);
      }
    }
    // Fewer steps than before: stay on the last one.
    this.#moveTo(clampStep(this.step, this.stepCount), source);
    this.#applyTrack(source);
    this.#commit();
  }

  /** Language and reading level of the text (and of the scene's labels). */
  present(locale: string, readingLevel: ReadingLevel): void {
    if (locale === this.locale && readingLevel === this.readingLevel) return;
    this.locale = locale;
    this.readingLevel = readingLevel;
    this.#commit();
  }

  /** A person picked a value in one of the widget's selects. */
  choose(field: Choice, value: string): void {
    if (this.#disposed) return;
    if (field === 'procedure') {
      if (value === this.#requested.procedure) return;
      this.#pendingSource = 'user';
      this.#events.choose({ procedure: value, level: null, side: null, site: null });
      return;
    }
    if (value === (this.#requested[field] ?? '')) return;
    this.#pendingSource = 'user';
    this.#events.choose({ [field]: value });
  }

  /** Goes to a step (clamped). `progress` pins its motions (0…1) instead of animating them. */
  setStep(n: number, source: ChangeSource, options?: { progress?: number }): void {
    if (this.#disposed) return;
    const frame = this.store.getState().frame;
    if (options?.progress !== undefined) {
      frame.held = true;
      frame.progress = Math.max(0, Math.min(1, options.progress));
    } else {
      frame.held = false;
    }
    this.#moveTo(clampStep(n, this.stepCount), source);
    this.#applyTrack(source);
    this.#commit();
    this.store.getState().runtime.invalidate?.();
  }

  next(source: ChangeSource): void { this.setStep(this.step + 1, source); }
  previous(source: ChangeSource): void { this.setStep(this.step - 1, source); }

  play(on: boolean, source: ChangeSource): void {
    if (this.#disposed) return;
    this.#playSource = source;
    if (on && this.step >= this.stepCount - 1) this.setStep(0, source);
    this.playing = on;
    this.#commit();
  }

  /** The same view again sends the camera back to it. */
  setView(view: ViewName, source: ChangeSource): void {
    if (this.#disposed) return;
    if (view === this.view) this.store.setState((s) => ({ cameraRequest: s.cameraRequest + 1 }));
    else this.#setView(view, source);
    this.#commit();
  }

  setMode(mode: SceneMode, source: ChangeSource): void {
    if (this.#disposed) return;
    this.#setMode(mode, source);
    this.#commit();
  }

  setLayer(layer: LayerName, visible: boolean): void {
    this.layers = { ...this.layers, [layer]: visible };
    this.#commit();
  }

  setXray(on: boolean): void {
    this.xray = on;
    this.#commit();
  }

  setIsolate(on: boolean): void {
    this.isolate = on;
    this.#commit();
  }

  setReducedMotion(on: boolean): void {
    if (on === this.reducedMotion) return;
    this.reducedMotion = on;
    this.#commit();
  }

  setPalette(palette: Palette): void {
    if (!this.#disposed) this.store.setState({ palette });
  }

  /** The scene drew a frame with the current content; false while there is no model yet. */
  contentDrawn(): boolean {
    if (this.#disposed || !this.model) return false;
    if (this.phase !== 'ready') {
      this.phase = 'ready';
      this.#commit();
    }
    return true;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Internals
  // -------------------------------------------------------------------------------------------------------------

  #trackKey(): string {
    return `${this.#selection.resolved.procedure}|${this.step}`;
  }

  #moveTo(step: number, source: ChangeSource): void {
    if (step === this.step) return;
    this.step = step;
    this.#events.stepChange(step, this.stepCount, source);
  }

  /** Each step brings its own camera view (and the X-ray mode for fluoroscopy views). */
  #applyTrack(source: ChangeSource): void {
    const key = this.#trackKey();
    if (key === this.#lastTrackKey) return;
    this.#lastTrackKey = key;
    const track = this.tracks[this.step];
    if (track?.view) this.#setView(track.view, source);
    if (track?.mode) this.#setMode(track.mode, source);
  }

  #setView(view: ViewName, source: ChangeSource): void {
    if (view === this.view) return;
    this.view = view;
    this.#events.viewChange(view, this.mode, source);
  }

  #setMode(mode: SceneMode, source: ChangeSource): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.#events.viewChange(this.view, mode, source);
  }

  /** Playback: at the end of a step's dwell, go on; stop after the last step. */
  #stepEnded(): void {
    if (this.#disposed) return;
    if (this.step < this.stepCount - 1) this.setStep(this.step + 1, this.#playSource);
    else {
      this.playing = false;
      this.#commit();
    }
  }

  #placementNow(): { placement?: PlacementLike; error?: string } {
    const procedure = this.#selection.procedure;
    if (!this.model || !procedure) return {};
    const { level, side, site } = this.#selection.options;
    const key = `${procedure.id}|${level}|${side}|${site}`;
    if (this.#placement.key !== key) {
      try {
        this.#placement = { key, placement: this.catalog.resolvePlacement(this.model, procedure.id, { level, side, site }) };
      } catch (err) {
        this.#placement = { key, error: err instanceof Error ? err.message : String(err) };
      }
    }
    return this.#placement;
  }

  /** Asks the owner for a render, which flushes: changes made in one task reach the scene and the errors once. */
  #commit(): void {
    if (this.#disposed) return;
    this.#events.changed();
  }

  /**
   * Pushes what changed to the scene's store and reports a new error. The owner calls it once per task (as React
   * commits once per task): a page that sets five attributes in a row resolves one placement, not five.
   */
  flush(): void {
    if (this.#disposed) return;
    const error = this.error;
    const { level, side, site } = this.#selection.options;
    const next: Partial<SpineState> = {
      procedureId: this.#requested.procedure, procedure: this.procedure, level, side, site, step: this.step,
      tracks: this.tracks, playing: this.playing, view: this.view, mode: this.mode, layers: this.layers, xray: this.xray,
      isolate: this.isolate, labels: this.#labels, readingLevel: this.readingLevel, locale: this.locale as Locale,
      reducedMotion: this.reducedMotion, quality: this.quality, model: this.model, placement: this.placement,
      status: this.status, error: error?.message,
    };
    const current = this.store.getState() as unknown as Record<string, unknown>;
    const patch: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) if (!Object.is(current[k], v)) patch[k] = v;
    if (Object.keys(patch).length) this.store.setState(patch as Partial<SpineState>);

    const errorKey = error && `${error.code}|${error.message}`;
    if (errorKey !== this.#errorKey) {
      this.#errorKey = errorKey;
      if (error) this.#events.error(error);
    }
  }
}
