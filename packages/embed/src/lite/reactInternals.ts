// The React-free modules of @spine-explainer/react that the lite viewer's UI uses, from the package's index (each
// lives in a .ts module, so none of them brings React into the lite bundle).
export {
  acquireSpineModel, readPalette, resolveOptions, unknownProcedureMessage, stringsFor, format, defaultCatalog, DEFAULT_LAYERS,
} from '@spine-explainer/react';
export type { SpineModelLease, ModelQuality, ResolvedOptions } from '@spine-explainer/react';
