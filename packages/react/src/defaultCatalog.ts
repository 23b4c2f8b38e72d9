import { procedures, resolvePlacement } from '@spine-explainer/procedures';
import type { ProcedureCatalog, ProcedureLike } from './types';

/** The built-in catalog of `@spine-explainer/procedures`. */
export const defaultCatalog: ProcedureCatalog = {
  procedures: procedures as unknown as readonly ProcedureLike[],
  resolvePlacement: resolvePlacement as unknown as ProcedureCatalog['resolvePlacement'],
};
