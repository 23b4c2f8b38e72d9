import type { SpineModel, Vec3 } from '@spine-explainer/anatomy';

export type { SpineModel, Vec3 };

/** Locales with UI strings. Procedure content falls back to English when a locale is missing. */
export type Locale = 'en' | 'es';
export type ReadingLevel = 'patient' | 'clinician';
export type Theme = 'light' | 'dark' | 'high-contrast';
export type Layout = 'compact' | 'workbench';
export type Side = 'left' | 'right' | 'bilateral';
/** Named camera views. In fluoroscopy, posterior is the AP projection and the obliques show the "Scotty dog". */
export type ViewName = 'posterior' | 'lateral' | 'oblique-left' | 'oblique-right' | 'anterior' | 'close-up';
export type SceneMode = 'anatomy' | 'fluoro';
export type LayerName = 'skin' | 'muscle' | 'bone' | 'disc' | 'neural' | 'devices';
/** Lifecycle of one viewer. Mirrored as `data-state` on the root element. */
export type Status = 'loading' | 'ready' | 'error';
/** Who caused a change: a person using the widget, or code (props, methods, playback). */
export type ChangeSource = 'user' | 'api';

/** Text that may be a plain string or a per-locale record, e.g. `{ en: '…', es: '…' }`. */
export type LocalizedText = string | Partial<Record<string, string>>;

/** The step fields this package reads. Anything else on a step is ignored. */
export interface StepLike {
  id?: string;
  title?: LocalizedText;
  patient?: LocalizedText;
  clinician?: LocalizedText;
  text?: LocalizedText | { patient?: LocalizedText; clinician?: LocalizedText };
  view?: string;
  show?: readonly string[];
  highlight?: readonly string[];
  [key: string]: unknown;
}

/** The procedure fields this package reads (DESIGN §3). */
export interface ProcedureLike {
  id: string;
  category?: string;
  title?: LocalizedText;
  name?: LocalizedText;
  levels: readonly string[];
  defaultLevel?: string;
  sites: readonly string[];
  defaultSite?: string;
  sides: readonly Side[];
  defaultSide?: Side;
  steps: readonly StepLike[];
  [key: string]: unknown;
}

export interface NeedlePlacement {
  id: string;
  kind: 'spinal' | 'tuohy' | 'hypodermic' | 'radiofrequency';
  entry: Vec3;
  target: Vec3;
  targetStructure: string;
  gauge: number;
  lengthMm: number;
}
export interface LeadPlacement { id: string; path: Vec3[]; contacts: number; tipStructure: string }
export interface DevicePlacement { id: string; kind: 'trial-generator' | 'implanted-generator' | 'remote'; position: Vec3 }
export interface SpreadPlacement { structure: string; volumeMl: number }

export interface PlacementLike {
  procedureId: string;
  level?: string;
  side?: Side;
  site?: string;
  needles: readonly NeedlePlacement[];
  leads: readonly LeadPlacement[];
  devices: readonly DevicePlacement[];
  highlight: readonly string[];
  spread: readonly SpreadPlacement[];
  /** Extension cables (permanent SCS), subcutaneous paths from the lead anchor to the generator. */
  extensions?: readonly { id: string; path: Vec3[] }[];
}

/** Where procedures and placements come from. Defaults to `@spine-explainer/procedures`. */
export interface ProcedureCatalog {
  procedures: readonly ProcedureLike[];
  resolvePlacement(model: SpineModel, procedureId: string, options?: { level?: string; side?: string; site?: string }): PlacementLike;
}

export interface ChangeEvent<T> { value: T; source: ChangeSource }
export interface ProcedureChangeEvent extends ChangeEvent<string> { procedure: string }
export interface StepChangeEvent extends ChangeEvent<number> { step: number; stepCount: number }
export interface ViewChangeEvent extends ChangeEvent<ViewName> { view: ViewName; mode: SceneMode }
export interface SpineError { code: 'unknown-procedure' | 'invalid-option' | 'placement' | 'webgl' | 'internal'; message: string; source: ChangeSource; cause?: unknown }
