// Public types of <spine-explainer>: attributes, event details, the event map.

/** Who caused a change: a person using the widget, or the page (attribute, property, method). */
export type SpineExplainerSource = 'user' | 'api';

export type SpineExplainerLayout = 'compact' | 'workbench';
export type SpineExplainerTheme = 'light' | 'dark' | 'high-contrast';
export type SpineExplainerReadingLevel = 'patient' | 'clinician';

/** Attribute name → property name. Every attribute is mirrored by a camelCase property. */
export const ATTRIBUTES = {
  procedure: 'procedure',
  level: 'level',
  side: 'side',
  site: 'site',
  layout: 'layout',
  theme: 'theme',
  locale: 'locale',
  step: 'step',
  'reading-level': 'readingLevel',
} as const;

export type SpineExplainerAttribute = keyof typeof ATTRIBUTES;
export type SpineExplainerProperty = (typeof ATTRIBUTES)[SpineExplainerAttribute];

export interface ProcedureChangeDetail {
  procedure: string;
  level?: string;
  side?: string;
  site?: string;
  source: SpineExplainerSource;
}

export interface StepChangeDetail {
  procedure: string;
  /** One-based number of the step now shown, as written in the `step` attribute. */
  step: number;
  /** How many steps the procedure has. */
  stepCount: number;
  title?: string;
  source: SpineExplainerSource;
}

export interface ViewChangeDetail {
  /** The camera preset or view name now shown (e.g. `lateral`, `posterior`). */
  view: string;
  source: SpineExplainerSource;
}

/**
 * - `unknown-procedure`: `procedure` names no procedure in the catalog.
 * - `invalid-option`: `level`, `side` or `site` is not one the procedure allows.
 * - `invalid-locale`: `locale` is malformed or not available; English is shown.
 * - `invalid-attribute`: `layout`, `theme`, `step` or `reading-level` is not an allowed value; the default is used.
 * - `placement`: the procedure could not be placed on the model.
 * - `webgl`: no WebGL, or the context was lost; the poster and the step text are shown.
 * - `internal`: anything else; the message says what.
 */
export type SpineExplainerErrorCode =
  | 'unknown-procedure'
  | 'invalid-option'
  | 'invalid-locale'
  | 'invalid-attribute'
  | 'placement'
  | 'webgl'
  | 'internal';

export interface ErrorDetail {
  code: SpineExplainerErrorCode;
  /** A sentence a web person can act on: names the bad value and lists the allowed ones. */
  message: string;
  attribute?: SpineExplainerAttribute;
  value?: string;
  allowed?: readonly string[];
  source: SpineExplainerSource;
}

export interface SpineExplainerEventMap {
  'procedure-change': CustomEvent<ProcedureChangeDetail>;
  'step-change': CustomEvent<StepChangeDetail>;
  'view-change': CustomEvent<ViewChangeDetail>;
  error: CustomEvent<ErrorDetail>;
}
