// @spine-explainer/embed — the <spine-explainer> custom element, library entry.
// The self-registering script (dist/spine-explainer.js) is standalone.ts.
export { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
export { parseAttributes, LAYOUTS, LOCALES, READING_LEVELS, THEMES } from './parse';
export { ATTRIBUTES } from './types';
export type {
  ErrorDetail, ProcedureChangeDetail, SpineExplainerAttribute, SpineExplainerErrorCode,
  SpineExplainerEventMap, SpineExplainerLayout, SpineExplainerProperty, SpineExplainerReadingLevel,
  SpineExplainerSource, SpineExplainerTheme, StepChangeDetail, ViewChangeDetail,
} from './types';
export type { MountView, ViewCallbacks, ViewHandle, ViewProps } from './view';
