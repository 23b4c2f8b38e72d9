// The React-free modules of @spine-explainer/react that its index does not export. One seam: when the React package
// exports them (see the report of issue #8), these lines become `from '@spine-explainer/react'` and nothing else
// changes. Through this file the lite scene shares the very same modules as the R3F scene, so in one bundle there
// is one page-wide renderer, not two.
export { acquireSharedRenderer } from '../../../../react/src/sharedRenderer';
export type { SharedRendererLease } from '../../../../react/src/sharedRenderer';
export { createWidgetRenderer } from '../../../../react/src/widgetRenderer';
export { createTrackedRenderer } from '../../../../react/src/trackedRenderer';
export { byKind, mergeStructures, structureCentre, structureRadius, LPS_QUATERNION } from '../../../../react/src/geometry';
export { highlightIds, layerOfKind } from '../../../../react/src/highlight';
export { KIND_LOOK } from '../../../../react/src/materials';
export { KIND_ORDER } from '../../../../react/src/palette';
export { structureLabel } from '../../../../react/src/names';
