// The one place the workbench touches the procedures package.
import { procedures as builtinCatalog, validateCatalog } from '@spine-explainer/procedures';
import type { ProcedureLike } from '../types';
import type { CatalogValidator } from './registry';

export const defaultProcedures: readonly ProcedureLike[] = builtinCatalog as unknown as readonly ProcedureLike[];

export const defaultValidator: CatalogValidator = (input) => {
  const r = validateCatalog(input);
  return r.ok ? { ok: true, catalog: r.catalog as unknown as ProcedureLike[] } : { ok: false, errors: r.errors };
};
