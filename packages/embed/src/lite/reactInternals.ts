// The React-free modules of @spine-explainer/react that its index does not export, for the lite viewer's UI. One
// seam: once the React package exports them (see the report of issue #8), these lines become
// `from '@spine-explainer/react'` and nothing else changes. The scene has its own seam (scene/reactInternals.ts).
export { acquireSpineModel } from '../../../react/src/sharedModel';
export type { SpineModelLease, ModelQuality } from '../../../react/src/sharedModel';
export { readPalette } from '../../../react/src/palette';
export { resolveOptions, unknownProcedureMessage } from '../../../react/src/options';
export type { ResolvedOptions } from '../../../react/src/options';
export { stringsFor, format } from '../../../react/src/strings';
export { defaultCatalog } from '../../../react/src/defaultCatalog';
export { DEFAULT_LAYERS } from '../../../react/src/store';
