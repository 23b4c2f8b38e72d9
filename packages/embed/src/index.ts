// @spine-explainer/embed — the <spine-explainer> custom element, library entry.
// The self-registering script (dist/spine-explainer.js) is standalone.ts.
import { spineExplainerCss } from '@spine-explainer/react';
import { SpineExplainerElement } from './SpineExplainerElement';
import { reactView } from './reactView';
import { hoistTokens } from './styles';

// One implementation: the element renders <SpineExplainer> from @spine-explainer/react.
SpineExplainerElement.mountView = reactView;
SpineExplainerElement.viewCss = hoistTokens(spineExplainerCss);

export { SpineExplainerElement, defineSpineExplainer } from './SpineExplainerElement';
export { parseAttributes, LAYOUTS, LOCALES, READING_LEVELS, THEMES } from './parse';
export { MESSAGE_TYPE, parseAllowedOrigins, startFrame } from './frame';
export type { FrameCommand, FrameMessage } from './frame';
export { ATTRIBUTES } from './types';
export type {
  ErrorDetail, ProcedureChangeDetail, SpineExplainerAttribute, SpineExplainerErrorCode,
  SpineExplainerEventMap, SpineExplainerLayout, SpineExplainerProperty, SpineExplainerReadingLevel,
  SpineExplainerSource, SpineExplainerTheme, StepChangeDetail, ViewChangeDetail,
} from './types';
export type { MountView, ViewCallbacks, ViewHandle, ViewProps } from './view';
