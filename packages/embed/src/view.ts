// The seam between the element and what renders inside it. Production uses one implementation,
// `reactView` (the <SpineExplainer> component of @spine-explainer/react); unit tests inject a fake.
import type {
  ErrorDetail, ProcedureChangeDetail, SpineExplainerLayout, SpineExplainerReadingLevel,
  SpineExplainerTheme, StepChangeDetail, ViewChangeDetail,
} from './types';

/** What the element hands to the view: parsed, validated attribute values. */
export interface ViewProps {
  procedure?: string;
  level?: string;
  side?: string;
  site?: string;
  layout: SpineExplainerLayout;
  theme: SpineExplainerTheme;
  locale: string;
  /** Zero-based step index requested by the page, if any. */
  step?: number;
  readingLevel: SpineExplainerReadingLevel;
  /** Bumped whenever the page sets `step` (even to the same value) so the view re-seeks. */
  stepRequest: number;
}

type Reported<T> = Omit<T, 'source'> & { source: 'user' | 'api' };

export interface ViewCallbacks {
  procedureChange(detail: Reported<ProcedureChangeDetail>): void;
  stepChange(detail: Reported<StepChangeDetail>): void;
  viewChange(detail: Reported<ViewChangeDetail>): void;
  error(detail: Reported<ErrorDetail>): void;
  /** Writes a person's choice back to the attributes (`null` removes one); reports nothing by itself. */
  reflect(values: Partial<Record<'procedure' | 'level' | 'side' | 'site' | 'step', string | null>>): void;
  /** The first frame (or the poster fallback) is on screen. */
  ready(): void;
}

export interface ViewHandle {
  update(props: ViewProps): void;
  next(): void;
  previous(): void;
  play(): void;
  pause(): void;
  /** A PNG of the current view. */
  snapshot(): Promise<Blob>;
  /** Draws a frame again (after a restored WebGL context). */
  redraw(): void;
  dispose(): void;
}

export type MountView = (container: HTMLElement, props: ViewProps, callbacks: ViewCallbacks) => ViewHandle;
